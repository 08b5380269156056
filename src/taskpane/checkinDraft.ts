// What a person types into the Check-in form before saving: the values shown as they read in the
// pane's language, and the problems of each field, found with the same parsers the save uses.
import { checkinProblemText } from "../domain/checkins/messages";
import { reportedValue, type CheckinEntry } from "../domain/checkins/plan";
import { PERCENT_FORMAT } from "../domain/plan/layout";
import { writesShares } from "../domain/scoring/values";
import { asDisplayed, parseShare } from "../domain/reading/sheet";
import type { CellValue, KeyResult, Lang } from "../domain/types";

export type DraftField = "value" | "confidence" | "comment";
export type Draft = Record<string, Record<DraftField, string>>;

/**
 * A cell's value as a person would type it in their language: 0.18 in a % key result is "18%",
 * 1200000 is "1,200,000" (grouped as the language groups; parseNumber reads it back).
 */
export function shownValue(value: CellValue, percent: boolean, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (percent) return String(asDisplayed(value, PERCENT_FORMAT));
  if (typeof value === "number")
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 10 }).format(value);
  return String(value);
}

/**
 * A typed value shown back as the sheet will hold it, once the person leaves the field: "1200000"
 * becomes "1,200,000", a confidence of "70" becomes "70%". Text that does not parse, and values of
 * percentage key results (whose reading depends on the key result), stay exactly as typed.
 */
export function tidied(text: string, field: DraftField, percentKr: boolean, lang: Lang): string {
  if (field === "confidence") {
    const share = text.trim() === "" ? null : parseShare(text);
    return share === null ? text : shownValue(share, true, lang);
  }
  if (field !== "value" || percentKr) return text;
  const parsed = reportedValue(text);
  return parsed.ok && typeof parsed.value === "number"
    ? shownValue(parsed.value, false, lang)
    : text;
}

export function draftOf(krs: readonly KeyResult[], lang: Lang): Draft {
  return Object.fromEntries(
    krs.map((kr) => [
      kr.id,
      {
        value: shownValue(kr.cells.current, writesShares(kr), lang),
        confidence: shownValue(kr.confidence, true, lang),
        comment: "",
      },
    ])
  );
}

/** Whether the draft says something other than the sheet does. */
export function isEdited(draft: Draft, krs: readonly KeyResult[], lang: Lang): boolean {
  const original = draftOf(krs, lang);
  return krs.some((kr) =>
    (["value", "confidence", "comment"] as const).some(
      (f) => (draft[kr.id]?.[f] ?? "") !== original[kr.id][f]
    )
  );
}

/** A problem at one field of the form. */
export interface FieldProblem {
  id: string;
  field: DraftField;
  message: string;
}

/** The problems of a draft, field by field, worded as the save would word them. */
export function draftProblems(draft: Draft, krs: readonly KeyResult[], lang: Lang): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const kr of krs) {
    const { value = "", confidence = "" } = draft[kr.id] ?? {};
    // A linked Current is read-only: its value is the formula's, never typed.
    if (!kr.link && !reportedValue(value).ok)
      problems.push({
        id: kr.id,
        field: "value",
        message: checkinProblemText({ kind: "bad-value", id: kr.id, value }, lang),
      });
    if (confidence.trim() !== "" && parseShare(confidence) === null)
      problems.push({
        id: kr.id,
        field: "confidence",
        message: checkinProblemText({ kind: "bad-confidence", id: kr.id, value: confidence }, lang),
      });
  }
  return problems;
}

/**
 * What the person said: the key results whose value, confidence or comment they changed, each with
 * only what changed (a check-in records those, and nothing for the untouched ones). A linked key
 * result never sends a value: its formula stays, and the history records what it shows.
 */
export function entriesOf(draft: Draft, krs: readonly KeyResult[], lang: Lang): CheckinEntry[] {
  const original = draftOf(krs, lang);
  return krs.flatMap((kr) => {
    const now = draft[kr.id];
    if (!now) return [];
    const changed = (f: DraftField) => (now[f] ?? "") !== original[kr.id][f];
    const value = !kr.link && changed("value") ? now.value : "";
    const confidence = changed("confidence") ? now.confidence : "";
    const comment = now.comment.trim();
    return value || confidence || comment ? [{ id: kr.id, value, confidence, comment }] : [];
  });
}

/** The id of a field's input, so the summary's links can move the focus to it. */
export const fieldId = (id: string, field: DraftField) =>
  `checkin-${field}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0)}`)}`;
