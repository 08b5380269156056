// Reads an .xlsx's sheet protection back with ExcelJS, cell by cell: for `okr score --protect`'s
// tests (test/cli/protect.test.ts) and LibreOffice's re-save of the file (test/e2e/protect.e2e.test.ts).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { okr } from "./cli";

export interface LockRead {
  protection: Record<string, unknown> | null;
  /** Cells whose lock is not what their content says: locked ⟺ a formula. */
  wrong: string[];
  /** How many formula cells (all locked when `wrong` is empty). */
  formulas: number;
  /** How many cells with a value that is no formula (all unlocked when `wrong` is empty). */
  inputs: number;
  /** Whether a cell the sheet has not made, in the first column, below the table, is unlocked. */
  belowUnlocked: boolean;
  /**
   * Whether cells the sheet has not made, far to the right of the table, are unlocked, by column
   * (AZ, XFD: the last column): they take their column's style, or their row's where it has one.
   */
  rightUnlocked: Record<"AZ" | "XFD", boolean>;
}

/** Excel's rule: a cell without its own protection is locked. */
const lockedOf = (style: Partial<ExcelJS.Style> | undefined) => style?.protection?.locked !== false;

/**
 * The file with xsd:boolean's "true"/"false" spelled "1"/"0" in the styles and the sheets'
 * <sheetProtection>: LibreOffice writes words (valid OOXML), and ExcelJS reads a lock as off only
 * when it is "0" (its protection-xform), so it would read every unlocked cell as locked.
 */
async function withDigitBooleans(file: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const digits = (xml: string) =>
    xml.replace(/<(protection|sheetProtection)\b[^>]*>/g, (tag) =>
      tag.replace(/="true"/g, '="1"').replace(/="false"/g, '="0"')
    );
  for (const name of Object.keys(zip.files))
    if (name === "xl/styles.xml" || name.startsWith("xl/worksheets/sheet"))
      zip.file(name, digits(await zip.file(name)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer" });
}

export async function readLocks(file: string, sheet: string): Promise<LockRead> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withDigitBooleans(file)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const wrong: string[] = [];
  let formulas = 0;
  let inputs = 0;
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const formula = cell.type === ExcelJS.ValueType.Formula;
      if (formula) formulas++;
      else inputs++;
      if (lockedOf(cell.style) !== formula)
        wrong.push(`${cell.address} ${formula ? "open" : "locked"}`);
    })
  );
  const below = ws.getColumn(1).style;
  const styledRows: Partial<ExcelJS.Style>[] = [];
  ws.eachRow((row) => {
    // A row's own style: ExcelJS reads it, its typings do not name it.
    const { style } = row as unknown as { style?: Partial<ExcelJS.Style> };
    if (style && Object.keys(style).length) styledRows.push(style);
  });
  const openFrom = (col: string) =>
    !lockedOf(ws.getColumn(col).style) && styledRows.every((style) => !lockedOf(style));
  return {
    protection:
      (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection ??
      null,
    wrong,
    formulas,
    inputs,
    belowUnlocked: !lockedOf(below),
    rightUnlocked: { AZ: openFrom("AZ"), XFD: openFrom("XFD") },
  };
}

/** `okr score` of a CSV sheet named "team" in a fresh folder, with extra flags (`--protect`). */
export async function scoreTeamCsv(csv: string, ...flags: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "okr-protect-"));
  const input = join(dir, "team.csv");
  writeFileSync(input, csv);
  const out = join(dir, "scored.xlsx");
  const run = await okr(
    "score",
    input,
    "--period",
    "2026-Q1",
    "--as-of",
    "2026-02-15",
    ...flags,
    "-o",
    out
  );
  return { run, out };
}
