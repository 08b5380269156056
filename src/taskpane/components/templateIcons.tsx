// An icon for each template card (UX.md: name, one-line description, icon).
import {
  ArrowTrendingLinesRegular,
  BoxRegular,
  BuildingRegular,
  MegaphoneRegular,
  MoneyRegular,
  PeopleTeamRegular,
  PersonHeartRegular,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { TemplateKey } from "../../domain/newSheet/templates";

export const TEMPLATE_ICONS: Record<TemplateKey, FluentIcon> = {
  company: BuildingRegular,
  sales: ArrowTrendingLinesRegular,
  finance: MoneyRegular,
  hr: PeopleTeamRegular,
  marketing: MegaphoneRegular,
  product: BoxRegular,
  "customer-success": PersonHeartRegular,
};
