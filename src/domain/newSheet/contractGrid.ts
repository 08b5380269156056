// A CSV's cells as Excel would store them had a person typed them: numbers, percentages, dates and
// booleans become values, everything else stays text (never a formula). A CSV sheet (the command
// line's, or OKRs imported in the pane or by `okr import`) is laid out in the contract's column
// order with a header block, as the add-in generates sheets.
import { COLUMNS, headerRow, type ColumnKey } from "../reading/columns";
import { isoToSerial, readTypedDate } from "../reading/dates";
import { numberOrNull } from "../reading/numbers";
import { headerBlockRows, sheetTitle } from "./generate";
import { asTyped } from "../reading/valueCells";
import { krValues, writesShares } from "../scoring/values";
import { NO_CELLS, parseShare, type OkrSheet } from "../reading/sheet";
import { holdsAnything } from "../reading/tableEnd";
import { KR_TYPE_TERMS, parseTerm } from "../reading/vocabulary";
import type { CellValue, IsoDate, Lang, Scope } from "../types";

const NUMBERS: ReadonlySet<ColumnKey> = new Set(["start", "target", "current"]);
const SHARES: ReadonlySet<ColumnKey> = new Set(["weight", "confidence"]);

/** `locale`: whose date order a typed date is read in (the system's on the command line). */
export function typedCell(key: ColumnKey, value: CellValue, locale = "en-US"): CellValue {
  if (typeof value !== "string") return value ?? null;
  const text = value.trim();
  if (text === "") return null;
  if (NUMBERS.has(key)) {
    if (/^(true|false)$/i.test(text)) return text.toUpperCase() === "TRUE";
    return numberOrNull(text) ?? value;
  }
  if (SHARES.has(key)) return parseShare(text) ?? value;
  if (key === "due") {
    // As a person's Excel would read it: in their locale's order (an ambiguous one stays text).
    const date = readTypedDate(text, locale);
    return date.ok ? isoToSerial(date.value.value) : value;
  }
  return value;
}

export interface LayoutFacts {
  lang: Lang;
  scope: Scope;
  asOf: IsoDate;
  /** The locale typed dates are read in (default en-US). */
  locale?: string;
}

/**
 * A CSV sheet as a new sheet's cells: header block, contract header row, typed rows, extra columns;
 * `shareRows` are the grid rows whose values became shares (to be shown as percentages).
 */
export function contractGrid(
  sheet: OkrSheet,
  rows: readonly (readonly CellValue[])[],
  f: LayoutFacts
): { grid: CellValue[][]; shareRows: Set<number> } {
  const match = sheet.match;
  if (!match) throw new Error(`${sheet.name} is not an OKR sheet`);
  const header = rows[match.rowIndex] ?? [];
  const used = new Set(Object.values(match.columns));
  // The user's own columns travel beside the table: those with a header, and those without one
  // that hold something on any row (notes kept beside the table).
  const filled = new Set<number>();
  header.forEach((v, i) => String(v ?? "").trim() !== "" && filled.add(i));
  for (let r = match.rowIndex + 1; r < rows.length; r++)
    (rows[r] ?? []).forEach((v, i) => String(v ?? "").trim() !== "" && filled.add(i));
  const extras = [...filled].filter((i) => !used.has(i)).sort((a, b) => a - b);
  const period = sheet.header.period;
  const grid = headerBlockRows({
    title: sheetTitle(sheet.name, period?.label ?? "", f.lang),
    department: sheet.header.department || sheet.name,
    scope: sheet.header.scope ?? f.scope,
    period,
    asOf: f.asOf,
    lang: f.lang,
  });
  grid.push([...headerRow(f.lang), ...extras.map((i) => header[i])]);
  const shareRows = new Set<number>();
  // Below the table's end (a thousand empty lines, then a stray line far down) only the lines
  // holding something are kept: every empty one is the one shared NO_CELLS, not a row of its own.
  const tableEnd = sheet.tableEnd - 1;
  for (let r = match.rowIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (r > tableEnd && !holdsAnything(row)) {
      grid.push(NO_CELLS);
      continue;
    }
    const line = COLUMNS.map((c) =>
      c.kind === "input" && match.columns[c.key] !== undefined
        ? typedCell(c.key, row[match.columns[c.key] as number], f.locale)
        : null
    );
    const raw = (key: ColumnKey) =>
      match.columns[key] === undefined ? null : (row[match.columns[key] as number] ?? null);
    const shares = sharesOf(line, raw);
    if (shares) {
      Object.assign(line, shares);
      shareRows.add(grid.length);
    }
    grid.push([...line, ...extras.map((i) => row[i] ?? null)]);
  }
  return { grid, shareRows };
}

const at = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);

/**
 * A % key result's Start, Target and Current as the shares they stand for (the percent rule:
 * "40%" and a bare 40 are both 0.4), so the sheet can show them with a % format. Null for a row
 * that is not a % key result, or whose bare values cannot be read on one scale (kept as typed, for
 * the linter to name).
 */
function sharesOf(
  line: readonly CellValue[],
  raw: (key: ColumnKey) => CellValue
): Record<number, CellValue> | null {
  // "40%" typed in a CSV is a share shown as a percentage, as Excel would store it.
  const typed = (key: ColumnKey) => asTyped(raw(key));
  const kr = {
    unit: String(line[at("unit")] ?? ""),
    krType: parseTerm(KR_TYPE_TERMS, line[at("krType")]),
    cells: { start: typed("start"), target: typed("target"), current: typed("current") },
    // A statement with % signs settles bare values the cells leave on no one scale.
    statement: String(line[at("statement")] ?? ""),
  };
  if (!writesShares(kr)) return null;
  const values = krValues(kr);
  const keys = ["start", "target", "current"] as const;
  if (values.ambiguous.length > 0) return null;
  return Object.fromEntries(
    keys.map((k) => [at(k), values[k] ?? (values.cells[k].kind === "empty" ? null : kr.cells[k])])
  );
}
