// The places of the pane, in the order of the OKR cycle (UX.md): New sheet → Check → Score →
// Check-in → Summary. A place is listed only once the feature behind it works: nothing here pretends.
import type { ReactElement } from "react";
import type { Lang, Localized } from "../domain/types";
import { CheckPanel } from "./components/CheckPanel";
import { CheckinPanel } from "./components/CheckinPanel";
import { CLOSE_STRINGS, ClosePanel } from "./components/ClosePanel";
import { NewSheetPanel } from "./components/NewSheetPanel";
import { REVIEW_STRINGS, ReviewPanel } from "./components/ReviewPanel";
import { ScorePanel } from "./components/ScorePanel";
import type { ExcelApi } from "./office";
import { STRINGS } from "./strings";

export type FeatureKey =
  "newSheet" | "check" | "score" | "checkin" | "summary" | "close" | "review";

export interface PaneFeature {
  key: FeatureKey;
  label: Localized;
  render: (props: { lang: Lang; excel: ExcelApi }) => ReactElement;
}

/** The order places appear in, whichever of them exist. */
export const CYCLE_ORDER: readonly FeatureKey[] = [
  "newSheet",
  "check",
  "score",
  "checkin",
  "summary",
  "close",
  "review",
];

/** The features this build ships. Later work adds each one here as it lands. */
export const FEATURES: readonly PaneFeature[] = [
  {
    key: "newSheet",
    label: STRINGS.newSheetTab,
    render: ({ lang, excel }) => <NewSheetPanel lang={lang} excel={excel} />,
  },
  {
    key: "checkin",
    label: STRINGS.checkinTab,
    render: ({ lang, excel }) => <CheckinPanel lang={lang} excel={excel} />,
  },
  {
    key: "score",
    label: STRINGS.scoreTab,
    render: ({ lang, excel }) => <ScorePanel lang={lang} excel={excel} />,
  },
  {
    key: "check",
    label: STRINGS.checkTab,
    render: ({ lang, excel }) => <CheckPanel lang={lang} excel={excel} />,
  },
  {
    key: "close",
    label: CLOSE_STRINGS.tab,
    render: ({ lang, excel }) => <ClosePanel lang={lang} excel={excel} />,
  },
  {
    key: "review",
    label: REVIEW_STRINGS.tab,
    render: ({ lang, excel }) => <ReviewPanel lang={lang} excel={excel} />,
  },
];

export function inCycleOrder(features: readonly PaneFeature[]): PaneFeature[] {
  return [...features].sort((a, b) => CYCLE_ORDER.indexOf(a.key) - CYCLE_ORDER.indexOf(b.key));
}
