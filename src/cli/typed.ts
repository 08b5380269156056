// A CSV's cells as Excel would store them had a person typed them: numbers, percentages, dates and
// booleans become values, everything else stays text (never a formula). The command line lays a CSV
// sheet out in the contract's column order with a header block, as the add-in generates sheets.
import { COLUMNS, headerRow, type ColumnKey } from "../domain/columns";
import { isoToSerial, parseDate } from "../domain/dates";
import { numberOrNull } from "../domain/numbers";
import { headerBlockRows } from "../domain/plan/generate";
import { parseShare, type OkrSheet } from "../domain/sheet";
import type { CellValue, IsoDate, Lang, Scope } from "../domain/types";

const NUMBERS: ReadonlySet<ColumnKey> = new Set(["start", "target", "current"]);
const SHARES: ReadonlySet<ColumnKey> = new Set(["weight", "confidence"]);

export function typedCell(key: ColumnKey, value: CellValue): CellValue {
  if (typeof value !== "string") return value ?? null;
  const text = value.trim();
  if (text === "") return null;
  if (NUMBERS.has(key)) {
    if (/^(true|false)$/i.test(text)) return text.toUpperCase() === "TRUE";
    return numberOrNull(text) ?? value;
  }
  if (SHARES.has(key)) return parseShare(text) ?? value;
  if (key === "due") {
    const date = parseDate(text);
    return date.ok ? isoToSerial(date.value) : value;
  }
  return value;
}

export interface LayoutFacts {
  lang: Lang;
  scope: Scope;
  asOf: IsoDate;
}

/** A CSV sheet as a new sheet's cells: header block, contract header row, typed rows, extra columns. */
export function contractGrid(
  sheet: OkrSheet,
  rows: readonly (readonly CellValue[])[],
  f: LayoutFacts
): CellValue[][] {
  const match = sheet.match;
  if (!match) throw new Error(`${sheet.name} is not an OKR sheet`);
  const header = rows[match.rowIndex] ?? [];
  const used = new Set(Object.values(match.columns));
  const extras = header
    .map((_, i) => i)
    .filter((i) => !used.has(i) && String(header[i] ?? "").trim() !== "");
  const period = sheet.header.period;
  const grid = headerBlockRows({
    title:
      f.lang === "en"
        ? `${sheet.name} OKRs — ${period?.label ?? ""}`
        : `${sheet.name} OKR — ${period?.label ?? ""}`,
    department: sheet.header.department || sheet.name,
    scope: sheet.header.scope ?? f.scope,
    period,
    asOf: f.asOf,
    lang: f.lang,
  });
  grid.push([...headerRow(f.lang), ...extras.map((i) => header[i])]);
  for (let r = match.rowIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    grid.push([
      ...COLUMNS.map((c) =>
        c.kind === "input" && match.columns[c.key] !== undefined
          ? typedCell(c.key, row[match.columns[c.key] as number])
          : null
      ),
      ...extras.map((i) => row[i] ?? null),
    ]);
  }
  return grid;
}
