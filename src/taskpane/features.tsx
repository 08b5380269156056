// The places of the pane, in the order of the OKR cycle (UX.md): New sheet → Check → Score →
// Check-in → Summary. A place is listed only once the feature behind it works: nothing here pretends.
//
// Each place's code is its own chunk, loaded the first time it is needed (docs/PERFORMANCE.md): the
// pane's first load carries only the shell (header, host notice, tabs). Adding a place is one
// `lazyPlace(...)` line in FEATURES below, plus its key in FeatureKey and CYCLE_ORDER
// and its tab label in messages/shell.ts (not its own table, which the first load does not carry).
import { lazy, type ComponentType, type ReactElement } from "react";
import type { Lang, Localized } from "../domain/types";
import type { ExcelApi } from "./office";
import { SHELL_MESSAGES } from "./messages/shell";

export type FeatureKey =
  | "newSheet"
  | "check"
  | "score"
  | "checkin"
  | "chase"
  | "split"
  | "collect"
  | "summary"
  | "close"
  | "review"
  | "import";

/** What the pane gives every place. */
export interface PlaceProps {
  lang: Lang;
  excel: ExcelApi;
}

export interface PaneFeature {
  key: FeatureKey;
  label: Localized;
  render: (props: PlaceProps) => ReactElement;
  /** Starts loading the place's code ahead of its first showing (lazily loaded places only). */
  preload?: () => Promise<unknown>;
}

/** The order places appear in, whichever of them exist. */
export const CYCLE_ORDER: readonly FeatureKey[] = [
  "newSheet",
  "check",
  "score",
  "checkin",
  "chase",
  "split",
  "collect",
  "summary",
  "close",
  "review",
  // Bringing OKRs in from another tool is done once, not every cycle: last.
  "import",
];

/**
 * A place whose component `load` imports on demand: `import("./components/X").then((m) => m.X)`
 * makes webpack put the module, and whatever only it uses, in a chunk of its own. The pane renders
 * it inside a Suspense boundary (App.tsx); `preload` fetches it early without showing it.
 */
export function lazyPlace(
  key: FeatureKey,
  label: Localized,
  load: () => Promise<ComponentType<PlaceProps>>
): PaneFeature {
  let loading: Promise<{ default: ComponentType<PlaceProps> }> | undefined;
  const preload = () => (loading ??= load().then((component) => ({ default: component })));
  const Place = lazy(preload);
  return { key, label, preload, render: (props) => <Place {...props} /> };
}

/** The features this build ships. Later work adds each one here as it lands. */
export const FEATURES: readonly PaneFeature[] = [
  lazyPlace("newSheet", SHELL_MESSAGES.newSheetTab, () =>
    import("./components/NewSheetPanel").then((m) => m.NewSheetPanel)
  ),
  lazyPlace("checkin", SHELL_MESSAGES.checkinTab, () =>
    import("./components/CheckinPanel").then((m) => m.CheckinPanel)
  ),
  lazyPlace("score", SHELL_MESSAGES.scoreTab, () =>
    import("./components/ScorePanel").then((m) => m.ScorePanel)
  ),
  lazyPlace("check", SHELL_MESSAGES.checkTab, () =>
    import("./components/CheckPanel").then((m) => m.CheckPanel)
  ),
  lazyPlace("close", SHELL_MESSAGES.closeTab, () =>
    import("./components/ClosePanel").then((m) => m.ClosePanel)
  ),
  lazyPlace("review", SHELL_MESSAGES.reviewTab, () =>
    import("./components/ReviewPanel").then((m) => m.ReviewPanel)
  ),
  lazyPlace("split", SHELL_MESSAGES.splitTab, () =>
    import("./components/SplitPanel").then((m) => m.SplitPanel)
  ),
  lazyPlace("collect", SHELL_MESSAGES.collectTab, () =>
    import("./components/CollectPanel").then((m) => m.CollectPanel)
  ),
  lazyPlace("import", SHELL_MESSAGES.importTab, () =>
    import("./components/ImportPanel").then((m) => m.ImportPanel)
  ),
  lazyPlace("chase", SHELL_MESSAGES.chaseTab, () =>
    import("./components/ChasePanel").then((m) => m.ChasePanel)
  ),
];

export function inCycleOrder(features: readonly PaneFeature[]): PaneFeature[] {
  return [...features].sort((a, b) => CYCLE_ORDER.indexOf(a.key) - CYCLE_ORDER.indexOf(b.key));
}
