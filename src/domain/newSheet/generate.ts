// "New sheet": one OKR sheet per template — header block, filter, formats, dropdowns — plus the
// formula columns from the same builders Score uses. Nothing existing is touched: each sheet gets a
// free name, and a second Sales sheet gets its own ID prefix (SALES2-O1).
import { COLUMNS, headerRow, type ColumnKey } from "../reading/columns";
import { isoToSerial } from "../reading/dates";
import { uniqueSheetName } from "../reading/ids";
import { KR_TYPES } from "../scoring/krTypes";
import { scoreWorkbook } from "../scoring/model";
import { isPercentUnit } from "../reading/valueCells";
import { asDisplayed, readSheet, type OkrSheet } from "../reading/sheet";
import { holdsAnything } from "../reading/tableEnd";
import {
  COMPANY_PREFIX,
  DEFAULT_OWNERS,
  type Template,
  type TemplateKey,
  templateByKey,
} from "./templates";
import type { CellValue, IsoDate, KeyResult, Lang, Period, Scope } from "../types";
import { COMMITMENTS, KR_TYPE_TERMS, LEVELS, SCOPES, termLabel } from "../reading/vocabulary";
import {
  BLOCK_LABELS,
  BLOCK_POSITIONS,
  COLOURS,
  COLUMN_WIDTHS,
  DATE_FORMAT,
  HEADER_ROW_POINTS,
  NUMBER_COLUMNS,
  PERCENT_FORMAT,
  SCORE_FORMAT,
  SHARE_FORMAT,
  SPARE_ROWS,
  TABLE_HEADER_ROW,
  type BlockKey,
} from "../plan/layout";
import { OKR_SHEET_PRINT, periodOperands, scoreSheetPlan } from "../score/scoreSheet";
import { periodIdPrefix } from "../reading/periodIds";
import { clampIntoPeriod } from "../reading/period";
import { unitFormat } from "../plan/unitFormats";
import { actionCountsPlan } from "../actions/counts";
import { actionsSheetPlan } from "../actions/plan";
import { ACTIONS_SHEET_NAME, isActionsSheetName } from "../reading/actionsSheet";
import { childProgressRefs, layOut, type LaidOutSheet } from "../plan/sheetLayout";
import { widestRow } from "../reading/largest";
import { area, emptyPlan, mergePlans, type CellFormat, type SheetPlan } from "../plan/types";

export interface GenerateOptions {
  templates: readonly TemplateKey[];
  lang: Lang;
  period: Period;
  /** Overrides each template's own scope. */
  scope?: Scope;
  /** Owner names by template; a template's default role otherwise. */
  owners?: Partial<Record<TemplateKey, string>>;
  asOf: IsoDate;
  /** Names of the sheets the workbook has now. */
  existingSheets: readonly string[];
  /**
   * The IDs the workbook has now (every period's): a new sheet's prefix avoids them, and a later
   * period's sheet writes its period into its IDs (reading/periodIds.ts). Without them, a sheet
   * named "Sales 2026-Q1 (2)" gets SALES2, as before.
   */
  existingIds?: readonly string[];
  /** The ID prefix of the period's Company objectives already in the workbook (their Parent). */
  companyPrefix?: string;
}

export interface GeneratePlan {
  plans: SheetPlan[];
  sheets: string[];
  /** The Actions sheet the new sheets count their actions on (created unless the workbook had one). */
  actionsSheet: string;
}

const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);

/** A sheet's title in its header block: "Sales OKRs — 2026-Q1" / "销售 OKR — 2026-Q1". */
export function sheetTitle(name: string, period: string, lang: Lang): string {
  return `${name} ${SHEET_TITLE_WORD[lang]} — ${period}`;
}

const SHEET_TITLE_WORD: Record<Lang, string> = { en: "OKRs", "zh-CN": "OKR", "zh-TW": "OKR" };

function titleOf(template: Template, lang: Lang, period: Period): string {
  return sheetTitle(template.name[lang], period.label, lang);
}

export interface BlockFacts {
  title: string;
  department: string;
  scope: Scope;
  period: Period | null;
  asOf: IsoDate;
  lang: Lang;
}

/** The header block: the rows above the table's header row (which is row TABLE_HEADER_ROW). */
export function headerBlockRows(f: BlockFacts): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: TABLE_HEADER_ROW }, () => []);
  grid[0][0] = f.title;
  const put = (key: BlockKey, value: CellValue) => {
    const [r, c] = BLOCK_POSITIONS[key];
    grid[r][c] = BLOCK_LABELS[key][f.lang];
    grid[r][c + 1] = value;
  };
  put("department", f.department);
  put("scope", termLabel(SCOPES, f.scope, f.lang));
  put("period", f.period?.label ?? "");
  put("language", f.lang);
  put("periodStart", f.period ? isoToSerial(f.period.start) : "");
  put("periodEnd", f.period ? isoToSerial(f.period.end) : "");
  put("asOf", isoToSerial(f.asOf));
  put("lastCheckIn", "");
  for (const key of ["sheetScore", "objectives", "keyResults", "green", "yellow", "red"] as const)
    put(key, null);
  return grid;
}

/** The cells of a generated sheet, rows from sheet row 1. */
function gridOf(
  template: Template,
  prefix: string,
  o: GenerateOptions,
  companyPrefix: string
): CellValue[][] {
  const { lang, period } = o;
  const grid = headerBlockRows({
    title: titleOf(template, lang, period),
    department: template.name[lang],
    scope: o.scope ?? template.scope,
    period,
    asOf: o.asOf,
    lang,
  });
  grid[TABLE_HEADER_ROW] = headerRow(lang);
  const owner = o.owners?.[template.key]?.trim() || DEFAULT_OWNERS[template.key][lang];
  const due = isoToSerial(period.end);
  template.objectives.forEach((ob, i) => {
    const id = `${prefix}-O${i + 1}`;
    const row: CellValue[] = new Array(COLUMNS.length).fill(null);
    row[col("id")] = id;
    row[col("level")] = termLabel(LEVELS, "objective", lang);
    row[col("parent")] =
      ob.alignsTo && template.key !== "company" ? `${companyPrefix}-O${ob.alignsTo}` : null;
    row[col("statement")] = ob.statement[lang];
    row[col("owner")] = owner;
    row[col("commitment")] = termLabel(COMMITMENTS, ob.commitment, lang);
    row[col("weight")] = ob.weight / 100;
    grid.push(row);
    ob.keyResults.forEach((kr, k) => {
      const line: CellValue[] = new Array(COLUMNS.length).fill(null);
      line[col("id")] = `${id}-KR${k + 1}`;
      line[col("level")] = termLabel(LEVELS, "keyResult", lang);
      line[col("statement")] = kr.statement[lang];
      line[col("krType")] = termLabel(KR_TYPE_TERMS, kr.type, lang);
      line[col("unit")] = kr.unit[lang];
      line[col("start")] = kr.start ?? null;
      line[col("target")] = kr.target;
      line[col("current")] = kr.current ?? kr.start ?? 0;
      line[col("weight")] = kr.weight / 100;
      line[col("confidence")] = 0.7;
      line[col("due")] = due;
      line[col("notes")] = kr.notes?.[lang] ?? null;
      grid.push(line);
    });
  });
  return grid;
}

/**
 * The rows whose Start, Target and Current a sheet the product lays out shows as percentages
 * (grid rows, from 0): every milestone and every % key result that is not a yes/no one.
 */
export function shareRowsOf(sheet: OkrSheet): Set<number> {
  const krs = [...sheet.orphans, ...sheet.objectives.flatMap((o) => o.keyResults)];
  const shares = (kr: KeyResult) => {
    const type = kr.krType ? KR_TYPES[kr.krType] : null;
    return type?.ladder === true || (!type?.yesNo && isPercentUnit(kr.unit));
  };
  return new Set(krs.filter(shares).map((kr) => kr.row - 1));
}

const VALUE_COLS = new Set([col("start"), col("target"), col("current")]);

/**
 * A grid as the domain reads it once written: the values of share rows percent-formatted, so
 * handed over as "102%" (hosts give a percent-formatted cell as its text, see asDisplayed).
 */
export function asShown(
  grid: readonly CellValue[][],
  shareRows: ReadonlySet<number>
): CellValue[][] {
  return grid.map((row, r) =>
    shareRows.has(r)
      ? row.map((v, c) => (VALUE_COLS.has(c) ? asDisplayed(v, SHARE_FORMAT) : v))
      : // the empty rows below a table's end stay the one shared NO_CELLS (contractGrid)
        row.length === 0
        ? row
        : [...row]
  );
}

/**
 * A sheet the product lays out itself (New sheet, the next period), read as it will be shown. Its
 * percent cells hold shares — Excel's percent entry stores a typed 40 as 40 % — so its live
 * formulas read them as shares from the first keystroke: 1.02 is 102 %, never 1.02 percent points.
 * The points-or-share guess stays for sheets whose formats the product did not make (Score reads
 * their cells as they are and writes its decision into the formulas).
 */
export function layOutOwnSheet(
  name: string,
  grid: readonly CellValue[][],
  lang: Lang
): { laid: LaidOutSheet; shareRows: Set<number> } {
  const shareRows = shareRowsOf(readSheet(name, grid));
  const shown = asShown(grid, shareRows);
  return { laid: layOut({ sheet: readSheet(name, shown), rows: shown }, lang), shareRows };
}

/** Whether a row has a value (null if empty) in each of its `width` cells. */
function full(row: CellValue[], width: number): row is Exclude<CellValue, undefined>[] {
  return row.length === width && !row.includes(undefined);
}

/** Formats every objective or key-result row gets: one object each, shared (100,000 rows made 450,000). */
const OBJECTIVE_BAND: CellFormat = { bold: true, fill: COLOURS.objectiveBand };
const KR_INDENT: CellFormat = { indent: 1 };

/**
 * Formats, widths, dropdowns and the filter of a new sheet's input part (generated, or built from a
 * CSV by the command line); its rows are laid out in the contract's column order.
 */
export function inputPlan(
  sheet: OkrSheet,
  grid: CellValue[][],
  lang: Lang,
  /** Grid rows whose values are shares (shown as percentages); by default `shareRowsOf(sheet)`. */
  shareRows: ReadonlySet<number> = shareRowsOf(sheet)
): SheetPlan {
  const objectiveRows = new Set(sheet.objectives.map((o) => o.row - 1));
  const krRows = new Set(
    [...sheet.orphans, ...sheet.objectives.flatMap((o) => o.keyResults)].map((k) => k.row - 1)
  );
  const plan = emptyPlan(sheet.name, true);
  // A loop, not Math.max(...): a CSV of a million lines overflowed the call stack.
  const width = Math.max(COLUMNS.length, widestRow(grid));
  // A row already full and without holes is written as it is: copying every row was ~105 MB
  // at 100,000 rows, live beside the grid while the plan was built (the plan never changes it).
  const whole = (r: CellValue[]) =>
    full(r, width) ? r : Array.from({ length: width }, (_, c) => r[c] ?? null);
  // The table's stretch (sheet.tableEnd) is one block and is styled; below it, a stray line far
  // down (a CSV's line 1,000,000) is kept as a block of its own and the empty rows between are
  // not written at all: styling them took a million rows, 25 s and 1 GB.
  const first = TABLE_HEADER_ROW + 1;
  const end = sheet.match ? sheet.tableEnd : grid.length;
  const last = Math.min(grid.length, Math.max(end, first)) - 1;
  plan.blocks.push({ row: 0, col: 0, values: grid.slice(0, last + 1).map(whole) });
  for (let r = last + 1; r < grid.length; r++)
    if (holdsAnything(grid[r])) plan.blocks.push({ row: r, col: 0, values: [whole(grid[r])] });
  const rows = last - first + 1;
  const styled = rows + 2 + SPARE_ROWS;
  plan.formats.push({ area: area(0, 0), format: { bold: true, fontSize: 16 } });
  for (const [key, [r, c]] of Object.entries(BLOCK_POSITIONS) as [BlockKey, [number, number]][]) {
    plan.formats.push({ area: area(r, c), format: { bold: true } });
    // The value beside its label (a number right-aligned in a wide column reads as the next one's).
    plan.formats.push({ area: area(r, c + 1), format: { align: "left" } });
    if (key === "periodStart" || key === "periodEnd" || key === "asOf")
      plan.numberFormats.push({ area: area(r, c + 1), format: DATE_FORMAT });
  }
  const inputCols = COLUMNS.filter((c) => c.kind === "input").map((c) => col(c.key));
  for (const c of inputCols)
    plan.formats.push({
      area: area(TABLE_HEADER_ROW, c),
      format: {
        bold: true,
        fill: COLOURS.inputHeaderFill,
        wrap: true,
        align: NUMBER_COLUMNS.has(COLUMNS[c].key) ? "right" : "left",
      },
    });
  plan.rowHeights = [{ row: TABLE_HEADER_ROW, points: HEADER_ROW_POINTS }];
  plan.numberFormats.push(
    { area: area(first, col("weight"), styled), format: PERCENT_FORMAT },
    { area: area(first, col("confidence"), styled), format: PERCENT_FORMAT },
    { area: area(first, col("finalScore"), styled), format: SCORE_FORMAT },
    { area: area(first, col("due"), styled), format: DATE_FORMAT }
  );
  for (let r = first; r <= last; r++) {
    if (objectiveRows.has(r)) {
      for (const c of inputCols)
        plan.formats.push({
          area: area(r, c),
          format: OBJECTIVE_BAND,
        });
      continue;
    }
    if (!krRows.has(r)) continue;
    plan.formats.push({ area: area(r, col("statement")), format: KR_INDENT });
    const unit = String(grid[r][col("unit")] ?? "");
    const values = ["start", "target", "current"].map((k) => grid[r][col(k as ColumnKey)]);
    plan.numberFormats.push({
      area: area(r, col("start"), 1, 3),
      format: unitFormat(unit, values, shareRows.has(r)),
    });
  }
  plan.formats.push(
    { area: area(first, col("statement"), styled), format: { wrap: true } },
    { area: area(first, col("notes"), styled), format: { wrap: true } }
  );
  for (const c of COLUMNS) plan.columnWidths.push({ col: col(c.key), chars: COLUMN_WIDTHS[c.key] });
  const list = (terms: readonly { label: Record<Lang, string> }[]) =>
    terms.map((t) => t.label[lang]);
  plan.validations.push(
    { area: area(first, col("level"), styled), list: list(LEVELS) },
    { area: area(first, col("commitment"), styled), list: list(COMMITMENTS) },
    { area: area(first, col("krType"), styled), list: list(KR_TYPE_TERMS) }
  );
  plan.freezeRows = TABLE_HEADER_ROW + 1;
  plan.filter = area(TABLE_HEADER_ROW, 0, rows + 1, width);
  plan.print = OKR_SHEET_PRINT(last + 1);
  return plan;
}

/** A sheet the product lays out itself, ready to be planned: its cells and how they are read. */
export interface OwnSheet {
  name: string;
  grid: CellValue[][];
  laid: LaidOutSheet;
  shareRows: Set<number>;
}

/**
 * The plans of new sheets the product lays out (New sheet, imported OKRs): input part, formula
 * columns scored as of `asOf`, and their action counts on the workbook's Actions sheet (a new one
 * after them when it has none; `taken` holds every sheet name, the new ones included).
 */
export function planOwnSheets(
  made: readonly OwnSheet[],
  o: { lang: Lang; asOf: IsoDate; existingSheets: readonly string[]; taken: readonly string[] }
): { plans: SheetPlan[]; actionsSheet: string } {
  const children = childProgressRefs(made.map((m) => m.laid));
  const model = scoreWorkbook(
    made.map((m) => m.laid.input.sheet),
    o.asOf
  );
  // One Actions sheet per workbook: the one it has (by its name in any language), else a new one
  // after the new sheets. Their action counts are written once it exists, so no formula ever
  // names a sheet that is not there yet (Excel would take it for a link to another file).
  const existingActions = o.existingSheets.find(isActionsSheetName);
  const actionsSheet = existingActions ?? uniqueSheetName(ACTIONS_SHEET_NAME[o.lang], o.taken);
  const plans = made.map((m) =>
    mergePlans(
      inputPlan(m.laid.input.sheet, m.grid, o.lang, m.shareRows),
      scoreSheetPlan(
        m.laid,
        o.asOf,
        children,
        undefined,
        model.sheets.find((s) => s.name === m.name)
      )
    )
  );
  if (!existingActions) plans.push(actionsSheetPlan(actionsSheet, o.lang));
  for (const m of made)
    plans.push(
      actionCountsPlan(
        m.laid,
        actionsSheet,
        periodOperands(m.laid, o.asOf)?.asOf ?? null,
        // A new Actions sheet is empty: every count is 0 (an existing one's are not known here).
        existingActions
          ? undefined
          : { actions: [], asOf: periodOperands(m.laid, o.asOf) ? o.asOf : null }
      )
    );
  return { plans, actionsSheet };
}

export function planGenerate(given: GenerateOptions): GeneratePlan {
  // A new sheet is seen inside its period: a sheet made in December for Q1 has As-of 31 March,
  // not a date that makes every key result Missed before anyone typed a number.
  const o = { ...given, asOf: clampIntoPeriod(given.asOf, given.period) };
  const taken = [...o.existingSheets];
  const made: OwnSheet[] = [];
  const ids = [...(o.existingIds ?? [])];
  const named = o.templates.map((key) => {
    const template = templateByKey(key);
    if (!template) throw new Error(`Unknown template: ${key}`);
    const name = uniqueSheetName(`${template.name[o.lang]} ${o.period.label}`, taken);
    taken.push(name);
    const copy = /\((\d+)\)$/.exec(name)?.[1];
    // A second sheet of the period ("Sales 2026-Q1 (2)") is numbered; a department whose IDs
    // another period already uses writes this period into its IDs.
    const prefix = copy
      ? `${template.idPrefix}${copy}`
      : o.existingIds
        ? periodIdPrefix(template.idPrefix, o.period, ids)
        : template.idPrefix;
    ids.push(`${prefix}-`);
    return { template, name, prefix };
  });
  // Department objectives align to this period's Company objectives: made now, or already there.
  const companyPrefix =
    named.find((n) => n.template.key === "company")?.prefix ?? o.companyPrefix ?? COMPANY_PREFIX;
  for (const { template, name, prefix } of named) {
    const grid = gridOf(template, prefix, o, companyPrefix);
    made.push({ name, grid, ...layOutOwnSheet(name, grid, o.lang) });
  }
  const { plans, actionsSheet } = planOwnSheets(made, {
    lang: o.lang,
    asOf: o.asOf,
    existingSheets: o.existingSheets,
    taken,
  });
  return { plans, sheets: made.map((m) => m.name), actionsSheet };
}
