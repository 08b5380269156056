// Naming the plan features a host left out, in the pane's language.
import { format, joinList } from "../../domain/reading/i18n";
import type { Lang } from "../../domain/types";
import type { PlanFeature } from "../../excel/applyPlan";
import { t, type StringKey } from "../strings";

const NAMES: Record<PlanFeature, StringKey> = {
  dropdowns: "featureDropdowns",
  conditionalFormats: "featureConditionalFormats",
  freezePanes: "featureFreezePanes",
  indent: "featureIndent",
  columnWidths: "featureColumnWidths",
  filter: "featureFilter",
  printSetup: "featurePrintSetup",
};

/** "This version of Excel cannot show dropdown lists, …", or null when nothing was left out. */
export function skippedNote(skipped: readonly PlanFeature[], lang: Lang): string | null {
  if (skipped.length === 0) return null;
  return format(t("skippedNote", lang), {
    features: joinList(
      skipped.map((f) => t(NAMES[f], lang)),
      lang
    ),
  });
}
