// What a person has typed in the Close place, and what saving one sheet sends: only what they
// changed. An empty final score keeps the key result's progress, as in `okr close`, where a scores
// file names only the key results it scores — so the pane and the command line close alike.
import type { CloseEntry } from "../domain/close/plan";
import { REVIEW_TEXT_KEYS } from "../domain/close/periodReview";
import { gradePreview, type GradePreview } from "../domain/close/gradePreview";
import { readFinalScore } from "../domain/scoring/finalScore";
import { asTyped } from "../domain/reading/valueCells";
import { EN_US_SEPARATORS, parseNumber, type NumberSeparators } from "../domain/reading/numbers";
import type { CloseForm, CloseFormObjective } from "../excel/close";

export type ReviewTexts = Partial<Record<(typeof REVIEW_TEXT_KEYS)[number], string>>;

/** The fields of the Close place, by key-result or objective ID. */
export interface CloseDraft {
  scores: Record<string, string>;
  texts: Record<string, ReviewTexts>;
  carry: Record<string, boolean>;
  krCarry: Record<string, boolean>;
}

export const percentText = (x: number | null) =>
  x === null ? "" : `${Math.round(x * 1000) / 10}%`;

/** The fields as the workbook has them: a final score only where one is typed on the sheet. */
export function draftOf(form: CloseForm): CloseDraft {
  const krs = form.objectives.flatMap((o) => o.keyResults);
  return {
    scores: Object.fromEntries(krs.map((k) => [k.id, percentText(k.finalScore)])),
    texts: Object.fromEntries(form.objectives.map((o) => [o.id, textsOf(o)])),
    carry: Object.fromEntries(form.objectives.map((o) => [o.id, o.review.carry === true])),
    krCarry: Object.fromEntries(krs.map((k) => [k.id, k.carry])),
  };
}

function textsOf(o: CloseFormObjective): ReviewTexts {
  return Object.fromEntries(REVIEW_TEXT_KEYS.map((k) => [k, o.review[k] ?? ""]));
}

/**
 * A typed final score: none (empty), a share, or text that is no score (said at the field). Read
 * as Excel reads it typed into the cell: with its decimal mark ("0,7" where Excel uses a comma).
 */
export function typedScore(
  text: string,
  separators: NumberSeparators = EN_US_SEPARATORS
): { kind: "none" } | { kind: "score"; value: number } | { kind: "bad" } {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "none" };
  const local = separators.decimal === "." ? null : parseNumber(trimmed, separators);
  const read = readFinalScore(local ? (local.ok ? local.value : trimmed) : asTyped(trimmed));
  return read.kind === "score" ? { kind: "score", value: read.value } : { kind: "bad" };
}

/**
 * A typed score as the workbook's writers read it (en-US's marks, as `okr close` files hold it):
 * as typed where Excel uses a decimal point, else its value ("0,7" is "0.7", "70,5%" "70.5%").
 */
function scoreEntry(text: string, separators: NumberSeparators): string {
  const typed = typedScore(text, separators);
  if (separators.decimal === "." || typed.kind !== "score") return text;
  return /[%％]/.test(text)
    ? `${Number((typed.value * 100).toPrecision(15))}%`
    : String(typed.value);
}

/** What saving these objectives sends: the scores, review text and carry marks that changed. */
export function changedEntries(
  objectives: readonly CloseFormObjective[],
  draft: CloseDraft,
  before: CloseDraft,
  separators: NumberSeparators = EN_US_SEPARATORS
): CloseEntry[] {
  const entries: CloseEntry[] = [];
  for (const o of objectives) {
    for (const k of o.keyResults) {
      const score = (draft.scores[k.id] ?? "").trim();
      const entry: CloseEntry = { id: k.id };
      if (score !== "" && score !== before.scores[k.id])
        entry.score = scoreEntry(score, separators);
      // A key result that reached its target carries over only when marked.
      if (k.reached && Boolean(draft.krCarry[k.id]) !== Boolean(before.krCarry[k.id]))
        entry.carry = draft.krCarry[k.id] ? "yes" : "no";
      if (Object.keys(entry).length > 1) entries.push(entry);
    }
    const entry: CloseEntry = { id: o.id };
    const text = draft.texts[o.id] ?? {};
    if (REVIEW_TEXT_KEYS.some((k) => (text[k] ?? "") !== (before.texts[o.id]?.[k] ?? "")))
      entry.text = text;
    if (Boolean(draft.carry[o.id]) !== Boolean(before.carry[o.id]))
      entry.carry = draft.carry[o.id] ? "yes" : "no";
    if (Object.keys(entry).length > 1) entries.push(entry);
  }
  return entries;
}

/** Two fields alike: the same text or mark, or review texts the same field by field. */
function alike(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a === b;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].every(
    (k) => (x[k] ?? "") === (y[k] ?? "")
  );
}

/**
 * The fields read again after a save: what the workbook now holds, except where a person has typed
 * something not saved yet — on another sheet (typed ≠ as read before), or on the saved sheet while
 * it was read again (typed ≠ as sent; `savedIds`: the saved sheet's objectives and key results).
 */
export function keepUnsaved(
  read: CloseDraft,
  typed: CloseDraft,
  before: CloseDraft,
  sent: CloseDraft,
  savedIds: ReadonlySet<string>
): CloseDraft {
  const merged = <K extends keyof CloseDraft>(key: K) =>
    Object.fromEntries(
      Object.entries(read[key]).map(([id, value]) => {
        const mine = typed[key][id];
        const base = (savedIds.has(id) ? sent : before)[key][id];
        return [id, mine !== undefined && !alike(mine, base) ? mine : value];
      })
    ) as CloseDraft[K];
  return {
    scores: merged("scores"),
    texts: merged("texts"),
    carry: merged("carry"),
    krCarry: merged("krCarry"),
  };
}

/** The objective's score and grade with the final scores typed so far (a bad one counts as none). */
export function previewOf(
  o: CloseFormObjective,
  draft: CloseDraft,
  separators: NumberSeparators = EN_US_SEPARATORS
): GradePreview {
  return gradePreview(
    o.commitment,
    o.keyResults.map((k) => {
      const typed = typedScore(draft.scores[k.id] ?? "", separators);
      return {
        progress: k.progress,
        weight: k.weight,
        typed: typed.kind === "score" ? typed.value : null,
      };
    })
  );
}
