// The cached results of an .xlsx's formula cells (what viewers that do not recalculate show), read
// with ExcelJS, and LibreOffice's own results for the same cells after a full recalculation.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const TOOL = join(__dirname, "..", "..", "tools", "xlsx-recalc");

/** A formula cell: where it is, its formula, and its cached result (null: none, or empty text). */
export interface FormulaCell {
  at: string;
  formula: string;
  result: unknown;
}

/**
 * A cached result as a plain value: dates as serials, an empty string as null (ExcelJS reads an
 * empty cached string as no result; `uncachedFormulas` tells the two apart).
 */
function plain(result: unknown): unknown {
  if (result instanceof Date) return result.getTime() / 86_400_000 + 25_569;
  if (result === "" || result === undefined) return null;
  return result;
}

/** Every formula cell of the workbook, by "Sheet!A1". */
export async function formulaCells(file: string): Promise<Map<string, FormulaCell>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells = new Map<string, FormulaCell>();
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // The model, not `value`: ExcelJS's value getter drops a cached 0.
        const m = cell.model as { formula?: string; result?: unknown };
        if (m.formula) {
          const at = `${ws.name}!${cell.address}`;
          cells.set(at, { at, formula: m.formula, result: plain(m.result) });
        }
      })
    )
  );
  return cells;
}

/** The same cells as LibreOffice computes them (it is made to recalculate every formula on load). */
export async function recalculatedCells(file: string): Promise<Map<string, FormulaCell>> {
  const out = mkdtempSync(join(tmpdir(), "okr-recalc-xlsx-"));
  execFileSync(TOOL, ["--xlsx", file, out], { stdio: "pipe" });
  return formulaCells(join(out, basename(file)));
}

/** The cells (sheet part and reference) of the file's worksheets that hold a formula without a cached value. */
export async function uncachedFormulas(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    for (const [cell, ref] of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(.*?)<\/c>/g))
      if (cell.includes("<f") && !cell.includes("<v")) out.push(`${name} ${ref}`);
  }
  return out;
}

/** The cells whose cached result differs from LibreOffice's (numbers within 1e-9). */
export function disagreements(
  ours: ReadonlyMap<string, FormulaCell>,
  theirs: ReadonlyMap<string, FormulaCell>
): string[] {
  const bad: string[] = [];
  for (const [at, cell] of ours) {
    const lo = theirs.get(at)?.result ?? null;
    // LibreOffice has no boolean type: TRUE and FALSE are 1 and 0 shown with a boolean format, and
    // a formula passing one on into a cell with a number format is saved as that number.
    const ourNumber = typeof cell.result === "boolean" ? Number(cell.result) : cell.result;
    const same =
      typeof ourNumber === "number" && typeof lo === "number"
        ? Math.abs(ourNumber - lo) < 1e-9
        : cell.result === lo;
    if (!same)
      bad.push(
        `${at} =${cell.formula.slice(0, 60)}: cached ${String(cell.result)}, LibreOffice ${String(lo)}`
      );
  }
  return bad;
}
