// The 360° review's plans: the Ratings sheet (when the workbook has none; the command line fills it
// from RATINGS.csv) and the review sheet — weights and scale on top as editable cells, one row per
// person with live formulas (OKR score from the OKR sheets' objective progress, each rater role from
// the Ratings sheet, the weighted total, the rank in the department), per department the people,
// the average total and the distribution of totals in bands with a chart.
import { absA1, absColumnRange, columnLetters } from "../reading/cellRefs";
import { isoToSerial, parseIsoDate } from "../reading/dates";
import { format, joinList } from "../reading/i18n";
import { uniqueSheetName } from "../reading/ids";
import { COLOURS, DATE_FORMAT, PERCENT_FORMAT, SPARE_ROWS } from "../plan/layout";
import { refusedSheets } from "../score/scoreWorkbook";
import { layOut, type LaidOutSheet, type SheetInput } from "../plan/sheetLayout";
import { area, countAxis, emptyPlan, type PlanValue, type SheetPlan } from "../plan/types";
import {
  bandCountFormula,
  departmentAverageFormula,
  departmentCountFormula,
  departmentRankFormula,
  peerCountFormula,
  ratingComponentFormula,
  reviewBasisFormula,
  reviewTotalFormula,
  sheetColumn,
  sheetRef,
  weightedMeanFormula,
  weightsSumFormula,
  weightsWarningFormula,
  type RatingRefs,
} from "../scoring/formulas";
import { scoreWorkbook } from "../scoring/model";
import { cellNumber } from "../reading/valueCells";
import { isSummarySheet } from "../reading/ownSheets";
import { numberShown } from "../plan/shown";
import type { CellValue, Finding, Lang, Period } from "../types";
import { periodScope, type PeriodScope } from "../reading/periodScope";
import {
  BANDS,
  DEFAULT_SCALE,
  DEFAULT_WEIGHTS,
  TIE,
  findPeople,
  reviewModel,
  type Person,
  type ReviewScore,
} from "./model";
import {
  type ReviewSettings,
  readRatings,
  roleWord,
  type RatingsTable,
  COMPONENTS,
  RATING_COLUMNS,
  RATING_KEYS,
  ROLES,
  type Component,
  type Role,
} from "../reading/ratingsSheet";
import { lintReview } from "../rules/lint";
import { FORMER_REVIEW_TITLES, REVIEW_TEXT } from "./text";

/** Columns of the review sheet's table (0-based). */
export const REVIEW_COL = {
  person: 0,
  department: 1,
  okr: 2,
  okrSource: 3,
  self: 4,
  peer: 5,
  peers: 6,
  manager: 7,
  designated: 8,
  total: 9,
  basis: 10,
  rank: 11,
} as const;
type ReviewColumn = keyof typeof REVIEW_COL;
const TABLE_KEYS = Object.keys(REVIEW_COL) as ReviewColumn[];

/** Rows of the review sheet (0-based): title, scale, weights, the table's header, its first person. */
export const REVIEW_ROW = { title: 0, scale: 1, weights: 2, header: 4, first: 5 } as const;
/** The scale's cells: low in column B, high in column C of the scale row. */
export const SCALE_COL = { low: 1, high: 2 } as const;
/** Where the department figures start (column N). */
export const DEPARTMENT_COL = 13;
const CHART_COL = DEPARTMENT_COL + 4;
const CHART_ROWS = 15;

/** A rating for a new Ratings sheet (the command line's RATINGS.csv, its role already read). */
export interface NewRating {
  person: string;
  rater: string;
  role: Role;
  score: number | string;
  comment: string;
  date: string;
}

export interface ReviewOptions {
  lang: Lang;
  /** Weights and scale given (command line); otherwise the review sheet's own cells, else defaults. */
  weights?: Record<Component, number>;
  scale?: { low: number; high: number };
  /** Ratings for a new Ratings sheet; without them a workbook without one gets an empty one. */
  newRatings?: readonly NewRating[];
  /**
   * The periods whose objectives make each person's OKR score (reading/periodScope.ts): by default the
   * latest one not closed. Several: all of a person's objectives of those periods together, each with
   * its own weight (the same weighted mean as for one period).
   */
  periods?: readonly Period[];
}

export interface ReviewPlan {
  /**
   * In the order to apply: the Ratings sheet first (the review's formulas point into it). Empty when
   * the review cannot be built: no OKR sheets (okrSheets empty), or findings with severity error say why.
   */
  plans: SheetPlan[];
  reviewSheet: string;
  ratingsSheet: string;
  ratingsCreated: boolean;
  findings: Finding[];
  model: ReviewScore;
  people: Person[];
  okrSheets: string[];
  /** The periods reviewed, oldest first (empty when no sheet names one). */
  periods: string[];
  /** What was reviewed and what left out (reading/periodScope.ts); none when the period is unknown. */
  scope: PeriodScope | null;
  /** A period asked for that the workbook has no sheet of, with the ones it has. */
  unknownPeriod?: { asked: string; known: string[] };
}

/** The review sheet is the product's own: its first cell starts with the title, in any language. */
export function isReviewSheet(rows: readonly (readonly CellValue[])[]): boolean {
  const first = rows[0]?.[0];
  return (
    typeof first === "string" &&
    [...Object.values(REVIEW_TEXT.title), ...FORMER_REVIEW_TITLES].some((t) => first.startsWith(t))
  );
}

/** The weights and scale the review sheet holds now (kept when it is rebuilt). */
function settingsFrom(rows: readonly (readonly CellValue[])[]): ReviewSettings {
  const cell = (r: number, c: number): CellValue => rows[r]?.[c] ?? null;
  return {
    weights: Object.fromEntries(
      COMPONENTS.map((c) => [c, cell(REVIEW_ROW.weights, REVIEW_COL[c])])
    ) as Record<Component, CellValue>,
    scale: {
      low: cell(REVIEW_ROW.scale, SCALE_COL.low),
      high: cell(REVIEW_ROW.scale, SCALE_COL.high),
    },
  };
}

/** A settings cell written back: a number stays a number ("40%" as read is 0.4), text stays text. */
const settingValue = (v: CellValue): PlanValue =>
  cellNumber(v) ?? (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));

/** The new Ratings sheet's cells: header row in the sheet's language, then one row per rating. */
function ratingsGrid(ratings: readonly NewRating[], lang: Lang): PlanValue[][] {
  const date = (text: string): PlanValue => {
    const parsed = parseIsoDate(text);
    return parsed.ok ? isoToSerial(parsed.value) : text;
  };
  return [
    RATING_KEYS.map((k) => RATING_COLUMNS[k][lang]),
    ...ratings.map((r) => [
      r.person,
      r.rater,
      roleWord(r.role, lang),
      r.score,
      r.comment,
      date(r.date),
    ]),
  ];
}

function ratingsPlan(name: string, grid: PlanValue[][], lang: Lang): SheetPlan {
  const plan = emptyPlan(name, true);
  const rows = grid.length - 1;
  const col = (k: (typeof RATING_KEYS)[number]) => RATING_KEYS.indexOf(k);
  plan.numberFormats.push({ area: area(1, col("date"), rows + SPARE_ROWS), format: DATE_FORMAT });
  plan.blocks.push({ row: 0, col: 0, values: grid });
  plan.formats.push({
    area: area(0, 0, 1, RATING_KEYS.length),
    format: { bold: true, fill: COLOURS.inputHeaderFill },
  });
  plan.validations.push({
    area: area(1, col("role"), rows + SPARE_ROWS),
    list: ROLES.map((r) => roleWord(r, lang)),
  });
  [18, 18, 14, 8, 40, 12].forEach((chars, c) => plan.columnWidths.push({ col: c, chars }));
  plan.freezeRows = 1;
  return plan;
}

const cellValue = (v: PlanValue): CellValue => (typeof v === "object" && v !== null ? null : v);

/** Plans the review of a workbook: every sheet's cells in, the plans and the reference numbers out. */
export function planReview(inputs: readonly SheetInput[], o: ReviewOptions): ReviewPlan {
  const names = inputs.map((i) => i.sheet.name);
  const review = inputs.find((i) => isReviewSheet(i.rows));
  const ratingsInput = inputs.find(
    (i) => i !== review && !i.sheet.match && readRatings(i.rows) !== null
  );
  const chosen = periodScope(inputs, o.periods?.length ? o.periods : null);
  const scope = chosen.ok ? chosen.scope : null;
  const candidates = inputs.filter(
    (i) =>
      i.sheet.match &&
      i !== review &&
      i !== ratingsInput &&
      !isSummarySheet(i.rows) &&
      (scope?.shown.has(i.sheet.name) ?? false)
  );
  const refused = refusedSheets(candidates.map((i) => i.sheet));
  const okr = candidates.filter((i) => !refused.some((r) => r.sheet === i.sheet.name));
  const reviewSheet = review?.sheet.name ?? uniqueSheetName(REVIEW_TEXT.sheetName[o.lang], names);
  const ratingsSheet =
    ratingsInput?.sheet.name ??
    uniqueSheetName(REVIEW_TEXT.ratingsName[o.lang], [...names, reviewSheet]);

  const settings: ReviewSettings = {
    ...(review ? settingsFrom(review.rows) : { weights: DEFAULT_WEIGHTS, scale: DEFAULT_SCALE }),
    ...(o.weights ? { weights: o.weights } : {}),
    ...(o.scale ? { scale: o.scale } : {}),
  };
  const newGrid = ratingsInput ? null : ratingsGrid(o.newRatings ?? [], o.lang);
  const table = ratingsInput
    ? (readRatings(ratingsInput.rows) as RatingsTable)
    : (readRatings(newGrid!.map((r) => r.map(cellValue))) as RatingsTable);
  const people = findPeople(okr.map((i) => i.sheet)).map((p) => ({
    ...p,
    department: p.department || REVIEW_TEXT.noDepartment[o.lang],
  }));
  const progress = new Map(
    scoreWorkbook(
      okr.map((i) => i.sheet),
      null
    ).rows.map((r) => [`${r.sheet}\u0000${r.row}`, r.progress])
  );
  const model = reviewModel(
    people,
    table.ratings,
    table.lang,
    settings,
    (ref) => progress.get(`${ref.sheet}\u0000${ref.objective.row}`) ?? null
  );

  const findings = lintReview({
    okrSheets: okr.map((i) => i.sheet),
    ratingsSheet,
    ratings: table,
    people,
    settings,
    reviewSheet,
    weightsTotal: { row: REVIEW_ROW.weights, col: REVIEW_COL.total },
    scaleLow: { row: REVIEW_ROW.scale, col: SCALE_COL.low },
  });
  // Without a Progress column or a required ratings column there is nothing to build on.
  const blocking = findings.filter(
    (f) => f.ruleId === "REVIEW-NOT-SCORED" || f.ruleId === "REVIEW-RATINGS-HEADER"
  );
  const base = {
    reviewSheet,
    ratingsSheet,
    ratingsCreated: !ratingsInput,
    findings,
    model,
    people,
    okrSheets: okr.map((i) => i.sheet.name),
    periods: (scope?.chosen ?? [])
      .map((c) => c.period)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((p) => p.label),
    scope,
    ...(chosen.ok ? {} : { unknownPeriod: { asked: chosen.asked, known: chosen.known } }),
  };
  // Nothing to review without OKR sheets; nothing to link before they are scored.
  if (blocking.length > 0 || okr.length === 0) return { ...base, plans: [] };

  const laid = new Map(okr.map((i) => [i.sheet.name, layOut(i, o.lang)]));
  const letter = (k: keyof typeof RATING_COLUMNS) =>
    sheetColumn(ratingsSheet, columnLetters(table.columns[k] as number));
  const refs: RatingRefs = {
    person: letter("person"),
    rater: letter("rater"),
    role: letter("role"),
    score: letter("score"),
    low: absA1(SCALE_COL.low, REVIEW_ROW.scale),
    high: absA1(SCALE_COL.high, REVIEW_ROW.scale),
  };
  const plan = reviewSheetPlan(reviewSheet, Boolean(review), settings, people, model, refs, laid, {
    lang: o.lang,
    ratingsLang: table.lang,
  });
  return {
    ...base,
    plans: [...(newGrid ? [ratingsPlan(ratingsSheet, newGrid, o.lang)] : []), ...splitBlock(plan)],
  };
}

/**
 * About how many bytes of cells one plan carries. Each person's row holds a few kilobytes of formula
 * text (names are literals in their criteria), so a review of thousands would pass Excel on the
 * web's 5 MB request limit as one plan: its rows go into further plans writing into the same sheet,
 * which the host sends in further round trips only when they do not fit one request.
 */
export const PLAN_BYTES = 1024 * 1024;

/** The plan with its one block of rows cut into plans of at most about PLAN_BYTES each. */
export function splitBlock(plan: SheetPlan, limit = PLAN_BYTES): SheetPlan[] {
  const [block] = plan.blocks;
  const parts: { row: number; values: PlanValue[][] }[] = [];
  let size = Infinity;
  block.values.forEach((line, i) => {
    const bytes = JSON.stringify(line).length;
    if (size + bytes > limit) {
      parts.push({ row: block.row + i, values: [] });
      size = 0;
    }
    parts[parts.length - 1].values.push(line);
    size += bytes;
  });
  const [first, ...rest] = parts.map((p) => ({ ...p, col: block.col }));
  return [
    { ...plan, blocks: [first] },
    ...rest.map((b) => ({ ...emptyPlan(plan.sheet, false), blocks: [b] })),
  ];
}

function reviewSheetPlan(
  name: string,
  replace: boolean,
  settings: ReviewSettings,
  people: readonly Person[],
  model: ReviewScore,
  refs: RatingRefs,
  laid: Map<string, LaidOutSheet>,
  langs: { lang: Lang; ratingsLang: Lang }
): SheetPlan {
  const { lang } = langs;
  const t = (k: keyof typeof REVIEW_TEXT) => REVIEW_TEXT[k][lang];
  const plan = emptyPlan(name, !replace);
  plan.replace = replace;
  const width = DEPARTMENT_COL + 3;
  const rows: PlanValue[][] = [];
  const line = (r: number): PlanValue[] => (rows[r] ??= new Array<PlanValue>(width).fill(null));
  const put = (r: number, c: number, v: PlanValue) => (line(r)[c] = v);

  put(REVIEW_ROW.title, 0, t("title"));
  put(REVIEW_ROW.scale, 0, t("scale"));
  put(REVIEW_ROW.scale, SCALE_COL.low, settingValue(settings.scale.low));
  put(REVIEW_ROW.scale, SCALE_COL.high, settingValue(settings.scale.high));
  put(REVIEW_ROW.weights, 0, t("weights"));
  const weightRef = (c: Component) => absA1(REVIEW_COL[c], REVIEW_ROW.weights);
  for (const c of COMPONENTS)
    put(REVIEW_ROW.weights, REVIEW_COL[c], settingValue(settings.weights[c]));
  const sum = absA1(REVIEW_COL.total, REVIEW_ROW.weights);
  // What the formulas show (cached in files): SUM counts the weights written as numbers.
  const weightsSum = COMPONENTS.map((c) => settingValue(settings.weights[c]))
    .filter((v): v is number => typeof v === "number")
    .reduce((a, b) => a + b, 0);
  put(REVIEW_ROW.weights, REVIEW_COL.total, {
    formula: weightsSumFormula(COMPONENTS.map(weightRef)),
    shows: weightsSum,
  });
  put(REVIEW_ROW.weights, REVIEW_COL.basis, {
    formula: weightsWarningFormula(sum, t("weightsOff")),
    shows: Math.abs(weightsSum - 1) > 0.005 ? t("weightsOff") : "",
  });
  TABLE_KEYS.forEach((k) => put(REVIEW_ROW.header, REVIEW_COL[k], t(k === "peers" ? "peers" : k)));

  const first = REVIEW_ROW.first;
  const last = first + Math.max(people.length, 1) - 1;
  const departments = absColumnRange(REVIEW_COL.department, first, last);
  const totals = absColumnRange(REVIEW_COL.total, first, last);
  people.forEach((p, i) => {
    const r = first + i;
    const cell = (k: ReviewColumn) => absA1(REVIEW_COL[k], r);
    const okrItems = p.objectives.map(({ sheet, objective }) => {
      const l = laid.get(sheet) as LaidOutSheet;
      return {
        progress: sheetRef(sheet, absA1(l.columns.progress, objective.row - 1)),
        weight: sheetRef(sheet, absA1(l.columns.weight, objective.row - 1)),
      };
    });
    const m = model.people[i];
    const role = (x: Role, extra: { count?: string } = {}): PlanValue => ({
      formula: ratingComponentFormula(refs, p.name, roleWord(x, langs.ratingsLang), {
        peer: x === "peer",
        ...extra,
      }),
      shows: numberShown(m.components[x]),
    });
    const basis =
      m.missing.length === 0
        ? t("allComponents")
        : m.missing.length === COMPONENTS.length
          ? t("noComponents")
          : t("rescaled") + m.missing.map((c) => ` ${t(c)}`).join("");
    const values: Record<ReviewColumn, PlanValue> = {
      person: p.name,
      department: p.department,
      okr: { formula: weightedMeanFormula(okrItems), shows: numberShown(m.components.okr) },
      okrSource:
        p.source.kind === "individual"
          ? format(t("individualSheet"), { sheet: p.source.sheet })
          : format(t("ownedObjectives"), {
              count: p.objectives.length,
              sheets: joinList(p.source.sheets, lang),
            }),
      self: role("self"),
      peer: role("peer", { count: cell("peers") }),
      peers: {
        formula: peerCountFormula(refs, p.name, roleWord("peer", langs.ratingsLang)),
        shows: numberShown(m.peerCount),
      },
      manager: role("manager"),
      designated: role("designated"),
      total: {
        formula: reviewTotalFormula(
          COMPONENTS.map((c) => ({ value: cell(c), weight: weightRef(c) }))
        ),
        shows: numberShown(m.total),
      },
      basis: {
        formula: reviewBasisFormula(
          COMPONENTS.map((c) => ({ value: cell(c), label: t(c) })),
          { all: t("allComponents"), rescaled: t("rescaled"), none: t("noComponents") }
        ),
        shows: basis,
      },
      rank: {
        formula: departmentRankFormula(cell("total"), departments, totals, p.department, TIE),
        shows: numberShown(m.rank),
      },
    };
    TABLE_KEYS.forEach((k) => put(r, REVIEW_COL[k], values[k]));
  });
  departmentSection(plan, put, model, { departments, totals, t });

  plan.blocks.push({
    row: 0,
    col: 0,
    values: Array.from(rows, (r) => r ?? new Array<PlanValue>(width).fill(null)),
  });
  const count = Math.max(people.length, 1);
  for (const c of [...COMPONENTS, "total"] as const)
    plan.numberFormats.push({ area: area(first, REVIEW_COL[c], count), format: PERCENT_FORMAT });
  plan.numberFormats.push({
    area: area(REVIEW_ROW.weights, REVIEW_COL.okr, 1, REVIEW_COL.total - REVIEW_COL.okr + 1),
    format: PERCENT_FORMAT,
  });
  plan.formats.push(
    { area: area(REVIEW_ROW.title, 0), format: { bold: true, fontSize: 14 } },
    { area: area(REVIEW_ROW.scale, 0, 2, 1), format: { bold: true } },
    {
      area: area(REVIEW_ROW.weights, REVIEW_COL.basis),
      format: { bold: true, fontColor: COLOURS.alert },
    },
    {
      area: area(REVIEW_ROW.header, 0, 1, TABLE_KEYS.length),
      format: { bold: true, fill: COLOURS.formulaHeaderFill },
    },
    {
      area: area(REVIEW_ROW.header, DEPARTMENT_COL, 1, 3),
      format: { bold: true, fill: COLOURS.formulaHeaderFill },
    },
    // The cells people edit: the scale and the weights.
    {
      area: area(REVIEW_ROW.scale, SCALE_COL.low, 1, 2),
      format: { fill: COLOURS.inputHeaderFill },
    },
    ...COMPONENTS.map((c) => ({
      area: area(REVIEW_ROW.weights, REVIEW_COL[c]),
      format: { fill: COLOURS.inputHeaderFill },
    }))
  );
  [24, 16, 10, 30, 9, 9, 7, 9, 11, 9, 30, 8, 2, 18, 9, 12].forEach((chars, col) =>
    plan.columnWidths.push({ col, chars })
  );
  plan.freezeRows = REVIEW_ROW.first;
  return plan;
}

/** Per department: people and average total, then its totals in bands with a chart of them. */
function departmentSection(
  plan: SheetPlan,
  put: (r: number, c: number, v: PlanValue) => void,
  model: ReviewScore,
  o: { departments: string; totals: string; t: (k: keyof typeof REVIEW_TEXT) => string }
): void {
  const { t } = o;
  const col = DEPARTMENT_COL;
  put(REVIEW_ROW.header, col, t("department"));
  put(REVIEW_ROW.header, col + 1, t("people"));
  put(REVIEW_ROW.header, col + 2, t("averageTotal"));
  const bandsFrom = REVIEW_ROW.first + model.departments.length + 1;
  const blockRows = BANDS.length + 2;
  model.departments.forEach((d, i) => {
    const r = REVIEW_ROW.first + i;
    const head = bandsFrom + i * blockRows;
    const counted = absColumnRange(col + 1, head + 1, head + BANDS.length);
    put(r, col, d.department);
    put(r, col + 1, {
      formula: departmentCountFormula(o.departments, d.department),
      shows: d.people,
    });
    put(r, col + 2, {
      formula: departmentAverageFormula(o.departments, o.totals, d.department, counted),
      shows: numberShown(d.averageTotal),
    });
    plan.numberFormats.push({ area: area(r, col + 2), format: PERCENT_FORMAT });
    put(head, col, t("band"));
    put(head, col + 1, d.department);
    plan.formats.push({ area: area(head, col, 1, 2), format: { bold: true } });
    BANDS.forEach((from, b) => {
      const to = BANDS[b + 1] ?? null;
      put(head + 1 + b, col, `${Math.round(from * 100)}–${Math.round((to ?? 1) * 100)} %`);
      put(head + 1 + b, col + 1, {
        formula: bandCountFormula(
          o.departments,
          o.totals,
          d.department,
          { from: b === 0 ? null : from, to },
          TIE
        ),
        shows: d.bands[b],
      });
    });
    plan.charts.push({
      type: "column",
      title: format(t("chart"), { department: d.department }),
      source: area(head, col, BANDS.length + 1, 2),
      at: area(REVIEW_ROW.header + i * (CHART_ROWS + 1), CHART_COL, CHART_ROWS, 7),
      // People are counted in whole numbers, from 0.
      axis: countAxis(Math.max(0, ...d.bands)),
      labels: true,
    });
  });
}
