// What a person types into the Check-in form before saving: the values shown as they read in the
// pane's language, and the problems of each field, found with the same parsers the save uses.
import { checkinProblemText } from "../domain/checkins/messages";
import { reportedValue, type CheckinEntry } from "../domain/checkins/plan";
import { PERCENT_FORMAT } from "../domain/plan/layout";
import { writesShares } from "../domain/scoring/values";
import { asDisplayed, parseShare } from "../domain/reading/sheet";
import { EN_US_SEPARATORS, parseNumber, type NumberSeparators } from "../domain/reading/numbers";
import type { CellValue, KeyResult, Lang } from "../domain/types";

export type DraftField = "value" | "confidence" | "comment";
export type Draft = Record<string, Record<DraftField, string>>;

// Numbers are typed and shown with the marks of the Excel they are typed in (src/excel/culture.ts):
// "1.234,5" where Excel uses a decimal comma. The readers the save uses (reportedValue, parseShare)
// read en-US's marks, so a number typed in another culture's is spelled the en-US way before it
// goes to them, and the other culture's mark ("1.5" where Excel writes 1,5) is refused, not guessed.
const isEnUs = (s: NumberSeparators) => s.decimal === "." && s.group === ",";

/** Text written with en-US's marks, in the workbook's: "1,234.5" is "1.234,5" in de-DE. */
function inMarks(text: string, s: NumberSeparators): string {
  return isEnUs(s) ? text : text.replace(/[.,]/g, (m) => (m === "." ? s.decimal : s.group));
}

/**
 * Typed text as the en-US readers read it: a number in the workbook's marks respelled ("1.234,5" is
 * "1234.5", "12,5%" is "12.5%"), null for a number written in another culture's marks, other text
 * (TRUE, a date, words) as typed.
 */
export function inEnUs(text: string, s: NumberSeparators = EN_US_SEPARATORS): string | null {
  if (isEnUs(s) || text.trim() === "") return text;
  const trimmed = text.trim();
  if (parseNumber(trimmed, s).ok) {
    const group = s.group.trim() === "" ? /[\s\u00a0\u202f]/g : new RegExp(`[${s.group}]`, "g");
    return trimmed.replace(group, "").replace(s.decimal, ".");
  }
  return parseNumber(trimmed).ok ? null : text;
}

/**
 * A cell's value as a person would type it in their language: 0.18 in a % key result is "18%",
 * 1200000 is "1,200,000" (grouped as the language groups; parseNumber reads it back).
 */
export function shownValue(
  value: CellValue,
  percent: boolean,
  lang: Lang,
  s: NumberSeparators = EN_US_SEPARATORS
): string {
  if (value === null || value === undefined) return "";
  if (percent) {
    const shown = asDisplayed(value, PERCENT_FORMAT);
    return typeof shown === "string" && typeof value === "number"
      ? inMarks(shown, s)
      : String(shown);
  }
  if (typeof value === "number")
    return inMarks(new Intl.NumberFormat(lang, { maximumFractionDigits: 10 }).format(value), s);
  return String(value);
}

/**
 * A typed value shown back as the sheet will hold it, once the person leaves the field: "1200000"
 * becomes "1,200,000", a confidence of "70" becomes "70%". Text that does not parse, and values of
 * percentage key results (whose reading depends on the key result), stay exactly as typed.
 */
export function tidied(
  text: string,
  field: DraftField,
  percentKr: boolean,
  lang: Lang,
  s: NumberSeparators = EN_US_SEPARATORS
): string {
  const read = inEnUs(text, s);
  if (read === null) return text;
  if (field === "confidence") {
    const share = read.trim() === "" ? null : parseShare(read);
    return share === null ? text : shownValue(share, true, lang, s);
  }
  if (field !== "value" || percentKr) return text;
  const parsed = reportedValue(read);
  return parsed.ok && typeof parsed.value === "number"
    ? shownValue(parsed.value, false, lang, s)
    : text;
}

export function draftOf(
  krs: readonly KeyResult[],
  lang: Lang,
  s: NumberSeparators = EN_US_SEPARATORS
): Draft {
  return Object.fromEntries(
    krs.map((kr) => [
      kr.id,
      {
        value: shownValue(kr.cells.current, writesShares(kr), lang, s),
        confidence: shownValue(kr.confidence, true, lang, s),
        comment: "",
      },
    ])
  );
}

/** Whether the draft says something other than the sheet does. */
export function isEdited(
  draft: Draft,
  krs: readonly KeyResult[],
  lang: Lang,
  s: NumberSeparators = EN_US_SEPARATORS
): boolean {
  const original = draftOf(krs, lang, s);
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
export function draftProblems(
  draft: Draft,
  krs: readonly KeyResult[],
  lang: Lang,
  s: NumberSeparators = EN_US_SEPARATORS
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const kr of krs) {
    const { value = "", confidence = "" } = draft[kr.id] ?? {};
    const valueRead = inEnUs(value, s);
    const confidenceRead = inEnUs(confidence, s);
    // A linked Current is read-only: its value is the formula's, never typed.
    if (!kr.link && (valueRead === null || !reportedValue(valueRead).ok))
      problems.push({
        id: kr.id,
        field: "value",
        message: checkinProblemText({ kind: "bad-value", id: kr.id, value }, lang),
      });
    if (
      confidence.trim() !== "" &&
      (confidenceRead === null || parseShare(confidenceRead) === null)
    )
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
export function entriesOf(
  draft: Draft,
  krs: readonly KeyResult[],
  lang: Lang,
  s: NumberSeparators = EN_US_SEPARATORS
): CheckinEntry[] {
  const original = draftOf(krs, lang, s);
  return krs.flatMap((kr) => {
    const now = draft[kr.id];
    if (!now) return [];
    const changed = (f: DraftField) => (now[f] ?? "") !== original[kr.id][f];
    // As the save's readers read it (a number in another culture's marks stays, and is refused there).
    const read = (f: DraftField) => inEnUs(now[f], s) ?? now[f];
    const value = !kr.link && changed("value") ? read("value") : "";
    const confidence = changed("confidence") ? read("confidence") : "";
    const comment = now.comment.trim();
    return value || confidence || comment ? [{ id: kr.id, value, confidence, comment }] : [];
  });
}

/** The id of a field's input, so the summary's links can move the focus to it. */
export const fieldId = (id: string, field: DraftField) =>
  `checkin-${field}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0)}`)}`;
