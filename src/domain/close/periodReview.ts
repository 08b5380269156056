// The period review (seed 003): one row per objective — its final score and grade (formulas, live
// from its OKR sheet), what worked, what did not, why, the lesson for the next period, whether it
// carries over, and its owner. The product's own sheet, recognised by its title (reading/ownSheets.ts); the
// text people type in it is read back, so closing twice keeps it.
import { absA1, a1 } from "../reading/cellRefs";
import { idKey } from "../reading/ids";
import { REVIEW_TITLE } from "../reading/ownSheets";
import {
  REVIEW_COL as COL,
  REVIEW_COLUMNS,
  REVIEW_HEADER_ROW,
  REVIEW_KEYS as KEYS,
  REVIEW_TEXT_KEYS,
  CARRY_WORDS,
  type ReviewColumn,
  type ReviewText,
} from "../reading/periodReviewSheet";
import { COLOURS, SCORE_FORMAT } from "../plan/layout";
import { statusWordsIn } from "../plan/sheetLayout";
import { area, emptyPlan, type PlanValue, type SheetPlan } from "../plan/types";
import { linkFormula, sheetRef, statusFormula } from "../scoring/formulas";
import { COMMITTED_ASSUMED } from "../scoring/grading";
import type { Commitment, Lang } from "../types";

// The Review's reader is on the reading floor (reading/periodReviewSheet.ts), where the period
// scope reads which sheets are closed; its names stay importable from here.
export {
  CARRY_WORDS,
  REVIEW_COLUMNS,
  REVIEW_HEADER_ROW,
  REVIEW_TEXT_KEYS,
  parseCarry,
  readReview,
  reviewedSheets,
  type ReviewColumn,
  type ReviewText,
} from "../reading/periodReviewSheet";

export { PERIOD_REVIEW_SHEET_NAME as REVIEW_SHEET_NAME } from "../reading/ownSheets";

/** One objective on the Review: where it is, and where its progress (its final score) is. */
export interface ReviewLine {
  sheet: string;
  id: string;
  statement: string;
  owner: string;
  commitment: Commitment | null;
  /** Its Progress cell on its sheet (absolute A1). */
  progressRef: string;
}

export interface ReviewOptions {
  name: string;
  /** The workbook has a Review already: it is replaced (its text kept, see `texts`). */
  replace: boolean;
  periodLabel: string;
  lang: Lang;
  lines: readonly ReviewLine[];
  /** Review text by objective ID key: what the Review held, with new text laid over it. */
  texts: ReadonlyMap<string, ReviewText>;
}

export function reviewPlan(o: ReviewOptions): SheetPlan {
  const plan = emptyPlan(o.name, true);
  plan.replace = o.replace;
  const words = statusWordsIn(o.lang);
  const first = REVIEW_HEADER_ROW + 1;
  const carryWord = (c: boolean | null | undefined) =>
    c === true ? CARRY_WORDS.yes[o.lang] : c === false ? CARRY_WORDS.no[o.lang] : "";
  const rows: PlanValue[][] = o.lines.map((line, i) => {
    const text = o.texts.get(idKey(line.id)) ?? {};
    const score = a1(COL.finalScore, first + i);
    return [
      line.sheet,
      line.id,
      // Its grade is against the committed bar only because its Commitment is empty: say so.
      line.commitment === null
        ? `${line.statement} — ${COMMITTED_ASSUMED[o.lang]}`
        : line.statement,
      line.owner,
      { formula: linkFormula(sheetRef(line.sheet, line.progressRef)) },
      // Expected pace 1: the grade at the period's end, in the words the Status cells use.
      { formula: statusFormula(line.commitment, score, "1", words) },
      ...REVIEW_TEXT_KEYS.map((k) => text[k] ?? ""),
      carryWord(text.carry),
      (text.carryKrs ?? []).join(", "),
    ];
  });
  plan.blocks.push(
    { row: 0, col: 0, values: [[`${REVIEW_TITLE[o.lang]} — ${o.periodLabel}`]] },
    { row: REVIEW_HEADER_ROW, col: 0, values: [KEYS.map((k) => REVIEW_COLUMNS[k][o.lang])] }
  );
  if (rows.length) plan.blocks.push({ row: first, col: 0, values: rows });
  const height = Math.max(1, rows.length);
  plan.formats.push(
    { area: area(0, 0), format: { bold: true, fontSize: 16 } },
    {
      area: area(REVIEW_HEADER_ROW, 0, 1, KEYS.length),
      format: { bold: true, fill: COLOURS.inputHeaderFill, wrap: true },
    },
    { area: area(first, COL.finalScore, height, 2), format: { fill: COLOURS.formulaFill } },
    { area: area(first, COL.worked, height, REVIEW_TEXT_KEYS.length), format: { wrap: true } }
  );
  plan.numberFormats.push({ area: area(first, COL.finalScore, height), format: SCORE_FORMAT });
  plan.validations.push({
    area: area(first, COL.carry, height),
    list: [CARRY_WORDS.yes[o.lang], CARRY_WORDS.no[o.lang]],
  });
  const widths: Record<ReviewColumn, number> = {
    sheet: 18,
    id: 14,
    objective: 40,
    owner: 14,
    finalScore: 11,
    grade: 12,
    worked: 30,
    didNot: 30,
    why: 30,
    lesson: 30,
    carry: 12,
    carryKrs: 22,
  };
  for (const k of KEYS) plan.columnWidths.push({ col: COL[k], chars: widths[k] });
  plan.freezeRows = first;
  plan.filter = area(REVIEW_HEADER_ROW, 0, rows.length + 1, KEYS.length);
  return plan;
}

/** Where an objective's Progress is on its sheet. */
export function progressRefOf(progressCol: number, row: number): string {
  return absA1(progressCol, row - 1);
}
