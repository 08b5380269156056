// The formula builders: one per formula column and summary cell, in en-US syntax for `range.formulas`
// (and ExcelJS). Every host writes these strings, so a formula proven in one engine is the formula
// every host writes. They mirror the reference model in model.ts exactly; change both together.
//
// Choices made when Score runs (not live): which KR-type formula a row gets and which grading bar its
// commitment uses. Changing a KR type or a commitment needs Score again; values, weights, start and
// target, the period dates and the as-of date are all live.
import type { Commitment, Status } from "../types";
import { ALIGNMENT_GAP_ALERT, gradingOf } from "./grading";
import type { Scale, ValueKey } from "../reading/valueCells";

/** A string literal in a formula. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Text to match exactly in a COUNTIF(S)/SUMIF(S) criterion: wildcards escaped, "=" so it is no operator. */
export function exactCriterion(text: string): string {
  return quote(`=${text.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

/** A whole column of another sheet: 'Check-ins'!$A:$A. */
export function sheetColumn(sheet: string, col: string): string {
  return sheetRef(sheet, `$${col}:$${col}`);
}

/**
 * A sheet-qualified reference: 'Sales 2026-Q1'!$O$6 (quotes doubled inside). A plain ASCII name
 * that cannot be read as a cell, R1C1 reference or boolean goes without quotes (Actions!$A:$A), as
 * Excel and HyperFormula show it, so what a host writes is what it reads back.
 */
export function sheetRef(sheet: string, ref: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/.test(sheet) &&
    !/^(true|false)$/i.test(sheet);
  return plain ? `${sheet}!${ref}` : `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** A value cell a key result's formulas read: its A1 reference and its number under the percent rule. */
export interface Operand {
  ref: string;
  value: string;
  /**
   * The cell may also hold a ladder step's name (`value` reads it as the step's share, or "" when
   * it names none): whether it holds a usable value is then ISNUMBER(value), not ISNUMBER(ref).
   */
  named?: true;
}

/** A ladder step as the live formula compares it: the names it goes by (see stepShareFormula). */
export interface StepKeys {
  /** Lower-cased, spaces dropped (reading/ladder.ts formulaKey). */
  keys: readonly string[];
  share: number;
}

/**
 * The share of the ladder step a text cell names, or "" when it names none: the cell with its
 * spaces (plain, no-break, ideographic) dropped and lower-cased, compared with each step's
 * spellings (reading/ladder.ts stepSpellings: the model compares the same keys).
 */
export function stepShareFormula(ref: string, steps: readonly StepKeys[]): string {
  const key = `LOWER(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref}," ",""),"\u00a0",""),"\u3000",""))`;
  const named = (s: StepKeys) => {
    // EXACT, not "=": engines' "=" folds text differently (HyperFormula's folds width too).
    const tests = s.keys.map((k) => `EXACT(${key},${quote(k)})`);
    return tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
  };
  return steps.reduceRight((rest, s) => `IF(${named(s)},${s.share},${rest})`, `""`);
}

/** An operand that reads a step's name where its cell holds text (a milestone with a ladder). */
export function withSteps(o: Operand, steps: readonly StepKeys[]): Operand {
  if (steps.length === 0) return o;
  return {
    ref: o.ref,
    value: `IF(${num(o.ref)},${o.value},${stepShareFormula(o.ref, steps)})`,
    named: true,
  };
}

/** TRUE when an operand holds a value the formulas can use (a number, or a step's name). */
const usable = (o: Operand) => num(o.named ? o.value : o.ref);

/** The value cells of a key result's row, as operands. */
export type KrOperands = Record<ValueKey, Operand>;

const num = (ref: string) => `ISNUMBER(${ref})`;

/** TRUE when a cell shows one of the words (compared as Excel compares text: ignoring case). */
const isOneOf = (cell: string, words: readonly string[]) =>
  `OR(${words.map((w) => `${cell}=${quote(w)}`).join(",")})`;

/** COUNTIF of each word over each range, as summands. */
const countIfs = (ranges: readonly string[], words: readonly string[]) =>
  ranges.flatMap((r) => words.map((w) => `COUNTIF(${r},${quote(w)})`));

/** A formula cell that shows nothing. */
export const EMPTY_FORMULA = `=""`;

/** A cell's number under its scale (values.ts): the formula twin of `applyScale`. */
export function scaledOperand(scale: Scale, ref: string, ladderEnd: string): Operand {
  const points = `IF(ABS(${ref})>=1,${ref}/100,${ref})`;
  switch (scale) {
    case "plain":
      return { ref, value: ref };
    case "points":
      return { ref, value: points };
    case "hundredths":
      return { ref, value: `(${ref}/100)` };
    case "ladder":
      return {
        ref,
        value: `IF(AND(${num(ladderEnd)},${ladderEnd}<>0),${ref}/${ladderEnd},${points})`,
      };
  }
}

/** The marker a progress cell shows for a key result that cannot be scored (DOMAIN.md). */
export const NOT_SCORED = "?";

/** TRUE when a cell holds something that is not a number (text, a boolean, an error's text). */
export const unreadable = (o: Operand) => `AND(NOT(${usable(o)}),${o.ref}<>"")`;
/** TRUE when a cell that must hold a number does not. */
export const missing = (o: Operand) => `NOT(${num(o.ref)})`;

/**
 * A key result's progress cell: the not-scored marker when `guards` hold (any of them), else the
 * `body` of its KR type. Guards come in order: later ones may assume earlier ones are false (Excel's
 * OR evaluates every argument, so a guard that would fail on text is nested, not OR-ed).
 */
export function guardedProgressFormula(guards: readonly string[][], body: string): string {
  let formula = body;
  for (const group of [...guards].reverse())
    if (group.length > 0)
      formula = `IF(${group.length === 1 ? group[0] : `OR(${group.join(",")})`},${quote(NOT_SCORED)},${formula})`;
  return `=${formula}`;
}

/** The progress cell of a row that cannot be scored until a person changes it (an ambiguous scale). */
export const notScoredFormula = () => `=${quote(NOT_SCORED)}`;

const clamp01 = (x: string) => `MAX(0,MIN(1,${x}))`;

/** Metric: how far Current has come from Start towards Target; empty Current is 0. */
export const metricProgress = ({ start: s, target: t, current: c }: KrOperands) =>
  `IF(${num(c.ref)},${clamp01(`(${c.value}-${s.value})/(${t.value}-${s.value})`)},0)`;

/** Milestone: Current is the share of the ladder reached. */
export const milestoneProgress = ({ current: c }: KrOperands) =>
  // A step lookup's "" (no step: empty, as the guard lets through) is 0 under N, so it is read once.
  c.named ? clamp01(`N(${c.value})`) : `IF(${num(c.ref)},${clamp01(c.value)},0)`;

/** Yes/no: TRUE, 1 or a yes word is done (the guard lets no other number through). */
export function binaryProgress({ current: c }: KrOperands, yes: readonly string[]): string {
  return `IF(ISLOGICAL(${c.ref}),IF(${c.ref},1,0),IF(${num(c.ref)},IF(${c.ref}=1,1,0),IF(${isOneOf(c.ref, yes)},1,0)))`;
}

/**
 * TRUE when a yes/no cell holds something else: a number other than 1 or 0, or text that is no
 * yes/no word (TRUE/FALSE and empty are fine).
 */
export function unreadableYesNo(o: Operand, words: readonly string[]): string {
  return (
    `IF(${num(o.ref)},AND(${o.ref}<>0,${o.ref}<>1),` +
    `AND(NOT(ISLOGICAL(${o.ref})),${o.ref}<>"",NOT(${isOneOf(o.ref, words)})))`
  );
}

/** Keep above / below: 1 while Current is on the right side of Target. */
export const keepProgress =
  (side: ">=" | "<=") =>
  ({ target: t, current: c }: KrOperands) =>
    `IF(${num(c.ref)},IF(${c.value}${side}${t.value},1,0),0)`;

/** Metric gap: what is still missing to Target from Current (Start while Current is empty). */
export function metricGap({ start: s, target: t, current: c }: KrOperands, progress: string) {
  const now = `IF(${num(c.ref)},${c.value},${s.value})`;
  return `=IF(${num(progress)},IF(${t.value}>${s.value},MAX(0,${t.value}-${now}),MAX(0,${now}-${t.value})),"")`;
}

/** Keep above / below gap: how far Current is on the wrong side; empty without a Current. */
export const keepGap =
  (side: "above" | "below") =>
  ({ target: t, current: c }: KrOperands, progress: string) =>
    `=IF(AND(${num(progress)},${num(c.ref)}),MAX(0,${side === "above" ? `${t.value}-${c.value}` : `${c.value}-${t.value}`}),"")`;

/** The share still to do, for key results whose progress is a share of done. */
export const shareGap = (_o: KrOperands, progress: string) =>
  `=IF(${num(progress)},1-${progress},"")`;

/**
 * The period's dates as formula operands: a cell of the header block, or a serial written in when
 * the sheet has no such cell.
 */
export interface PeriodOperands {
  start: string;
  end: string;
  asOf: string;
}

/** The share of the period elapsed at the as-of date, counting the as-of day. */
export function expectedFormula(p: PeriodOperands | null): string {
  if (!p) return EMPTY_FORMULA;
  const ok = `AND(${num(p.start)},${num(p.end)},${num(p.asOf)})`;
  return `=IF(${ok},MAX(0,MIN(1,(${p.asOf}-${p.start}+1)/(${p.end}-${p.start}+1))),"")`;
}

/** The words a Status cell shows for each status: forecasts during the period, grades at its end. */
export interface StatusWords {
  during: Record<Status, string>;
  end: Record<Status, string>;
  /** A key result not started yet (scoring/notStarted.ts). */
  notStarted?: string;
}

/**
 * Green / yellow / red as the sheet's words, from progress and expected pace. At the end of the
 * period (expected = 1) the words are grades (Achieved / Acceptable / Missed), before it forecasts.
 */
export function statusFormula(
  commitment: Commitment | null,
  progress: string,
  expected: string,
  words: StatusWords
): string {
  const { bar, band } = gradingOf(commitment);
  const pace = `IF(${num(expected)},${expected},1)`;
  const should = `${bar}*${pace}`;
  const ended = `AND(${num(expected)},${expected}>=1)`;
  const word = (s: Status) => `IF(${ended},${quote(words.end[s])},${quote(words.during[s])})`;
  return (
    `=IF(${num(progress)},IF(${progress}>=${should},${word("green")},` +
    `IF(${progress}>=${should}-${band},${word("yellow")},${word("red")})),"")`
  );
}

/**
 * A label that follows the period as the Status cells do: `ended` once the as-of date has reached
 * the period's end (expected pace 1), `during` before it, and while either date is missing.
 */
export function periodWordFormula(
  asOf: string,
  end: string,
  during: string,
  ended: string
): string {
  return `=IF(AND(${num(asOf)},${num(end)}),IF(${asOf}>=${end},${quote(ended)},${quote(during)}),${quote(during)})`;
}

/** TRUE when a status cell (a relative reference) shows one of the words. */
export function showsWordFormula(cell: string, words: readonly string[]): string {
  return `=${isOneOf(cell, words)}`;
}

/**
 * An objective's progress: the weighted mean of its key results' progress over the rows `first` to
 * `last` of the progress and weight columns (equal weights when no weight is a number; KRs without
 * progress left out).
 */
export function objectiveProgressFormula(progress: string, weight: string): string {
  const used = `SUMIF(${progress},">=0",${weight})`;
  return (
    `=IF(COUNT(${progress})=0,"",IF(COUNT(${weight})=0,AVERAGE(${progress}),` +
    `IF(${used}=0,"",SUMPRODUCT(${weight},${progress})/${used})))`
  );
}

/**
 * The same weighted mean over cells that are not side by side (objectives on a sheet): pairs of
 * progress and weight references.
 */
export function weightedMeanFormula(
  items: readonly { progress: string; weight: string }[]
): string {
  if (items.length === 0) return EMPTY_FORMULA;
  const progress = items.map((i) => i.progress).join(",");
  const weights = items.map((i) => i.weight).join(",");
  const used = items.map((i) => `IF(${num(i.progress)},N(${i.weight}),0)`).join("+");
  const sum = items.map((i) => `IF(${num(i.progress)},N(${i.weight})*${i.progress},0)`).join("+");
  return (
    `=IF(COUNT(${progress})=0,"",IF(COUNT(${weights})=0,AVERAGE(${progress}),` +
    `IF((${used})=0,"",(${sum})/(${used}))))`
  );
}

/**
 * A key result's Progress on a sheet with a Final score column (finalScore.ts): the final score
 * where one is typed (0–1; anything else is the not-scored marker), else the computed progress.
 * The objective's mean and the grade read Progress, so the final score counts in both.
 */
export function withFinalScore(progress: string, finalScore: string): string {
  const f = finalScore;
  const computed = progress.replace(/^=/, "");
  return `=IF(${num(f)},IF(AND(${f}>=0,${f}<=1),${f},${quote(NOT_SCORED)}),IF(${f}<>"",${quote(NOT_SCORED)},${computed}))`;
}

/** A key result's Gap to target on such a sheet: empty once a final score is typed (the score speaks). */
export function gapBeforeFinalScore(gap: string, finalScore: string): string {
  return `=IF(${finalScore}<>"","",${gap.replace(/^=/, "")})`;
}

/** Own progress minus the mean progress of the objectives aligned to it; "" without children. */
export function alignmentGapFormula(own: string, children: readonly string[]): string {
  if (children.length === 0) return EMPTY_FORMULA;
  const list = children.join(",");
  return `=IF(AND(${num(own)},COUNT(${list})>0),${own}-AVERAGE(${list}),"")`;
}

/** How many cells of the given status ranges show any of the words. */
export function countLabelFormula(ranges: readonly string[], words: readonly string[]): string {
  if (ranges.length === 0) return "=0";
  return `=${countIfs(ranges, words).join("+")}`;
}

/**
 * A sheet's count of one status on the Summary: its objectives' counts summed (a range of the
 * Summary) plus the key results above its first objective; null when it has neither.
 */
export function statusTotalFormula(
  objectiveCounts: string | null,
  orphanRanges: readonly string[],
  words: readonly string[]
): string | null {
  const parts = [
    ...(objectiveCounts ? [`SUM(${objectiveCounts})`] : []),
    ...countIfs(orphanRanges, words),
  ];
  return parts.length ? `=${parts.join("+")}` : null;
}

/** A reference to a value elsewhere, shown empty when that cell is empty. */
export function linkFormula(ref: string): string {
  return `=IF(${ref}="","",${ref})`;
}

/** The difference of two cells, empty unless both hold numbers. */
export function differenceFormula(a: string, b: string): string {
  return `=IF(AND(${num(a)},${num(b)}),${a}-${b},"")`;
}

/** TRUE when an alignment gap (a relative reference) is large enough to stand out. */
export function alignmentAlertFormula(gap: string): string {
  return `=AND(${num(gap)},ABS(${gap})>=${ALIGNMENT_GAP_ALERT})`;
}

/**
 * The mean of a history's values (e.g. confidence) for one sheet on one date: SUMIFS / COUNTIFS
 * (HyperFormula has no AVERAGEIFS), empty when there is none.
 */
export function meanOnDateFormula(
  columns: { sheet: string; date: string; value: string },
  sheet: string,
  dateSerial: number
): string {
  const on = `${columns.sheet},${exactCriterion(sheet)},${columns.date},${dateSerial}`;
  const count = `COUNTIFS(${on},${columns.value},">=0")`;
  return `=IF(${count}=0,"",SUMIFS(${columns.value},${on})/${count})`;
}

/** What is left to the target from a value: the distance the right way, 0 once reached. */
export function leftToTargetFormula(value: string, start: string, target: string): string {
  return (
    `=IF(AND(${num(value)},${num(target)}),IF(${num(start)},` +
    `IF(${target}>=${start},MAX(0,${target}-${value}),MAX(0,${value}-${target})),ABS(${target}-${value})),"")`
  );
}

/**
 * TRUE for a key result row (its ID and KR type cells) that has no history row of its sheet on or
 * after `since` (a serial expression): nobody updated it lately.
 */
export function staleKrFormula(
  row: { id: string; krType: string },
  history: { krId: string; sheet: string; date: string },
  sheet: string,
  since: string
): string {
  return (
    `=AND(${row.id}<>"",${row.krType}<>"",COUNTIFS(${history.krId},${row.id},${history.sheet},` +
    `${exactCriterion(sheet)},${history.date},">="&(${since}))=0)`
  );
}

// ——— The 360° review (domain/review): one sheet per workbook, its numbers live from the Ratings
// sheet and the OKR sheets. They mirror review360/model.ts exactly; change both together. ———

/** Text a COUNTIFS criterion must not equal (wildcards escaped), e.g. a rater who is not the person. */
export function notEqualCriterion(text: string): string {
  return quote(`<>${text.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

/** The Ratings sheet's columns (whole columns) and the scale's cells, for the rating formulas. */
export interface RatingRefs {
  person: string;
  rater: string;
  role: string;
  score: string;
  low: string;
  high: string;
}

/** TRUE when the scale's cells make a scale: numbers, the high end above the low end. */
const scaleOk = (r: RatingRefs) => `AND(${num(r.low)},${num(r.high)},${r.high}>${r.low})`;

/** The COUNTIFS / SUMIFS criteria of a person's counted ratings in a role (in-scale numbers only). */
function ratingCriteria(r: RatingRefs, person: string, roleWord: string, peer: boolean): string {
  return (
    `${r.person},${exactCriterion(person)},${r.role},${exactCriterion(roleWord)},` +
    `${r.score},">="&${r.low},${r.score},"<="&${r.high}` +
    (peer ? `,${r.rater},${notEqualCriterion(person)}` : "")
  );
}

/** How many peers' ratings count for a person (a rater rating themselves is left out); "" without a scale. */
export function peerCountFormula(r: RatingRefs, person: string, peerWord: string): string {
  return `=IF(${scaleOk(r)},COUNTIFS(${ratingCriteria(r, person, peerWord, true)}),"")`;
}

/**
 * A person's rating in a role on 0–1: the mean of their counted ratings, (mean − low) / (high − low);
 * "" when there is none. `count` is a cell holding the count already (the Peers column), if any.
 */
export function ratingComponentFormula(
  r: RatingRefs,
  person: string,
  roleWord: string,
  options: { peer: boolean; count?: string }
): string {
  const criteria = ratingCriteria(r, person, roleWord, options.peer);
  const count = options.count ?? `COUNTIFS(${criteria})`;
  const mean = `SUMIFS(${r.score},${criteria})/${count}`;
  return `=IF(${scaleOk(r)},IF(N(${count})=0,"",(${mean}-${r.low})/(${r.high}-${r.low})),"")`;
}

/** Σ w·v / Σ w over the components that hold a number (weights of missing ones rescaled away). */
export function reviewTotalFormula(items: readonly { value: string; weight: string }[]): string {
  const used = items.map((i) => `IF(${num(i.value)},N(${i.weight}),0)`).join("+");
  const sum = items.map((i) => `IF(${num(i.value)},N(${i.weight})*${i.value},0)`).join("+");
  return `=IF((${used})=0,"",(${sum})/(${used}))`;
}

/** What a total is made of, in words: all components, or which are missing (rescaled), or none. */
export function reviewBasisFormula(
  items: readonly { value: string; label: string }[],
  words: { all: string; rescaled: string; none: string }
): string {
  const refs = items.map((i) => i.value).join(",");
  const missingList = items.map((i) => `IF(${num(i.value)},"",${quote(` ${i.label}`)})`).join("&");
  return (
    `=IF(COUNT(${refs})=${items.length},${quote(words.all)},` +
    `IF(COUNT(${refs})=0,${quote(words.none)},${quote(words.rescaled)}&${missingList}))`
  );
}

/** The rank of a total within its department: 1 + totals there above it by more than `tie`. */
export function departmentRankFormula(
  total: string,
  departments: string,
  totals: string,
  department: string,
  tie: number
): string {
  return `=IF(${num(total)},COUNTIFS(${departments},${exactCriterion(department)},${totals},">"&(${total}+${tie}))+1,"")`;
}

/** How many people a department has. */
export function departmentCountFormula(departments: string, department: string): string {
  return `=COUNTIFS(${departments},${exactCriterion(department)})`;
}

/** How many of a department's totals fall in [from − tie, to − tie); a null end is open (not both). */
export function bandCountFormula(
  departments: string,
  totals: string,
  department: string,
  band: { from: number | null; to: number | null },
  tie: number
): string {
  const bound = (op: string, x: number) => `,${totals},${quote(`${op}${x - tie}`)}`;
  const lower = band.from === null ? "" : bound(">=", band.from);
  const upper = band.to === null ? "" : bound("<", band.to);
  return `=COUNTIFS(${departments},${exactCriterion(department)}${lower}${upper})`;
}

/** A department's average total: the sum of its totals over how many there are (its band counts). */
export function departmentAverageFormula(
  departments: string,
  totals: string,
  department: string,
  counted: string
): string {
  return `=IF(SUM(${counted})=0,"",SUMIFS(${totals},${departments},${exactCriterion(department)})/SUM(${counted}))`;
}

/** The sum of the weights, and a warning beside it when they do not make 100 % (± 0.5 %). */
export function weightsSumFormula(weights: readonly string[]): string {
  return `=SUM(${weights.join(",")})`;
}

export function weightsWarningFormula(sum: string, warning: string): string {
  return `=IF(ABS(${sum}-1)>0.005,${quote(warning)},"")`;
}

/**
 * The sheets a formula points at (the reverse of sheetRef): quoted names with '' for a quote, and
 * bare names. Text in double quotes is skipped first, so a "!" inside a string is not a reference.
 */
export function referencedSheets(formula: string): Set<string> {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const names = new Set<string>();
  for (const m of code.matchAll(/'((?:[^']|'')+)'!|([^\s'!"(),:;=+\-*/&<>^%{}]+)!/g))
    names.add(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return names;
}

/** The mean of the numbers in a range (text such as "" left out), or empty when it has none. */
export function meanOfNumbersFormula(range: string): string {
  return `=IF(COUNT(${range})=0,"",AVERAGE(${range}))`;
}

/** What share the sum of `part` is of the sum of `whole` (both ranges), or empty when whole is 0. */
export function shareOfTotalFormula(part: string, whole: string): string {
  return `=IF(SUM(${whole})=0,"",SUM(${part})/SUM(${whole}))`;
}

/** The sum of a range. */
export function sumFormula(range: string): string {
  return `=SUM(${range})`;
}

// ——— Action plans (domain/actions): a key result's actions counted live from the Actions sheet.
// They mirror actions/counts.ts (countActions) exactly; change both together. ———

/** The Actions sheet's columns (whole columns) and the status words that mean done. */
export interface ActionRefs {
  krId: string;
  due: string;
  status: string;
  /** Every spelling of "done" (each language's), counted alike. */
  doneWords: readonly string[];
}

/** Σ COUNTIFS of a key result's actions with extra criteria, once per done word. */
const doneCount = (r: ActionRefs, id: string, extra: string) =>
  r.doneWords.map((w) => `COUNTIFS(${r.krId},${id}${extra},${r.status},${exactCriterion(w)})`);

/** The key result's actions not done yet (any other status, or none). */
export function actionsOpenFormula(r: ActionRefs, id: string): string {
  return `=IF(${id}="","",COUNTIF(${r.krId},${id})-${doneCount(r, id, "").join("-")})`;
}

/** The key result's actions marked done (in any of the languages). */
export function actionsDoneFormula(r: ActionRefs, id: string): string {
  return `=IF(${id}="","",${doneCount(r, id, "").join("+")})`;
}

/** Actions not done whose due date is before the as-of date (a serial expression); empty without one. */
export function actionsOverdueFormula(r: ActionRefs, id: string, asOf: string | null): string {
  if (asOf === null) return EMPTY_FORMULA;
  const before = `,${r.due},"<"&(${asOf})`;
  return (
    `=IF(${id}="","",COUNTIFS(${r.krId},${id}${before})-` + `${doneCount(r, id, before).join("-")})`
  );
}
