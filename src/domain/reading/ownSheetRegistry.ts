// Every sheet the product makes for itself, in one list: its kind, the names it gives the sheet in
// each language (a taken name gets a suffix, so a sheet is recognised by its content, never by its
// name, except the settings sheet, which nobody sees), and how it is recognised. The sheet reader
// takes none of them for an OKR sheet. Collect's fingerprint sheet is recognised in
// collect/fingerprint.ts, on the features floor, where its key is kept.
import { ACTIONS_SHEET_NAME, isActionsSheet } from "./actionsSheet";
import {
  HISTORY_SHEET_NAME,
  is360ReviewSheet,
  isHistorySheet,
  isReviewSheet,
  isSummaryDetailsSheet,
  isSummarySheet,
  PERIOD_REVIEW_SHEET_NAME,
  RATINGS_SHEET_NAME,
  REVIEW_360_SHEET_NAME,
  SETTINGS_SHEET,
  SUMMARY_DETAILS_SHEET_NAME,
  SUMMARY_SHEET_NAME,
} from "./ownSheets";
import { readRatings } from "./ratingsSheet";
import type { CellValue, Localized } from "../types";

type Rows = readonly (readonly CellValue[])[];

export interface OwnSheet {
  kind: OwnSheetKind;
  /** What the product names it, by language. */
  names: Localized;
  /** Whether a sheet (its rows, its name) is this one. */
  recognise: (rows: Rows, name: string) => boolean;
}

export type OwnSheetKind =
  | "summary"
  | "summaryDetails"
  | "history"
  | "periodReview"
  | "actions"
  | "review360"
  | "ratings"
  | "settings";

const everyLang = (name: string): Localized => ({ en: name, "zh-CN": name, "zh-TW": name });

/** In the order they are tried: the Summary before its details (whose title starts the same). */
export const OWN_SHEETS: readonly OwnSheet[] = [
  { kind: "summary", names: SUMMARY_SHEET_NAME, recognise: isSummarySheet },
  { kind: "summaryDetails", names: SUMMARY_DETAILS_SHEET_NAME, recognise: isSummaryDetailsSheet },
  { kind: "history", names: HISTORY_SHEET_NAME, recognise: isHistorySheet },
  { kind: "periodReview", names: PERIOD_REVIEW_SHEET_NAME, recognise: isReviewSheet },
  { kind: "actions", names: ACTIONS_SHEET_NAME, recognise: isActionsSheet },
  { kind: "review360", names: REVIEW_360_SHEET_NAME, recognise: is360ReviewSheet },
  // A ratings table is recognised by its header row (a person's own ratings sheet counts too).
  { kind: "ratings", names: RATINGS_SHEET_NAME, recognise: (rows) => readRatings(rows) !== null },
  {
    kind: "settings",
    names: everyLang(SETTINGS_SHEET),
    recognise: (_rows, name) => name === SETTINGS_SHEET,
  },
];

/** Which of the product's own sheets this is, or null (an OKR sheet, or anything else). */
export function ownSheetKind(rows: Rows, name: string): OwnSheetKind | null {
  return OWN_SHEETS.find((s) => s.recognise(rows, name))?.kind ?? null;
}
