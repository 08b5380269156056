// LibreOffice as the independent engine: tools/xlsx-recalc (a copy of the team's shared tool) opens an
// .xlsx headless, recalculates every formula and exports each sheet to CSV. No soffice, no test: it
// fails loudly (CI installs libreoffice-calc-nogui).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parse } from "csv-parse/sync";
import type { CellValue } from "../../src/domain/types";

const TOOL = join(__dirname, "..", "..", "tools", "xlsx-recalc");

/**
 * A cell of LibreOffice's CSV export as a value: "51.1%" is 0.511, "" is empty; an objective's
 * progress with its note ("25% (1 KR not scored)") is its number.
 */
function cellOf(cell: string): CellValue {
  const text = cell.replace(/^(-?[\d.]+%)\s*[（(].*[)）]$/, "$1");
  if (text === "") return null;
  if (/^-?\d+(\.\d+)?(E[+-]?\d+)?%$/i.test(text)) return Number(text.slice(0, -1)) / 100;
  if (/^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(text)) return Number(text);
  return text;
}

/** The workbook re-saved by LibreOffice with every formula's value computed and saved beside it. */
export function recalculatedXlsx(xlsx: string): string {
  const out = mkdtempSync(join(tmpdir(), "okr-recalc-"));
  execFileSync(TOOL, ["--xlsx", xlsx, out], { stdio: "pipe" });
  return join(out, basename(xlsx));
}

/** Every sheet of the workbook as LibreOffice computes it, by sheet name. */
export function recalculate(xlsx: string): Map<string, CellValue[][]> {
  const out = mkdtempSync(join(tmpdir(), "okr-recalc-"));
  execFileSync(TOOL, [xlsx, out], { stdio: "pipe" });
  const base = basename(xlsx, ".xlsx");
  const sheets = new Map<string, CellValue[][]>();
  for (const file of readdirSync(out)) {
    const name = file.startsWith(`${base}-`) ? file.slice(base.length + 1, -4) : file.slice(0, -4);
    const rows = parse(readFileSync(join(out, file), "utf8"), {
      relax_column_count: true,
    }) as string[][];
    sheets.set(
      name,
      rows.map((r) => r.map(cellOf))
    );
  }
  return sheets;
}
