// Collect where the pane parses a returned file (iPad, or a file Excel would not insert): the
// department's own formulas come back as formulas, as the inserted path's copy keeps them, not as
// the values they last showed; a formula linking another workbook comes back as what it showed
// (its link part cannot come along).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulatedExcel } from "../../emulator";
import { columnLetters } from "../../src/domain/reading/cellRefs";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { applyCollect, previewCollect, toBase64 } from "../../src/excel/collect";
import { formulasOf, valuesOf } from "../support/emulatorRead";
import { withExternalLink } from "../support/externalLink";
import { generatedMaster, loadXlsx, splitFileOf } from "../support/split";
import { PANE_COLLECT_OPTIONS } from "../support/paneCollect";

const SALES = "Sales 2026-Q1";
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
const options = PANE_COLLECT_OPTIONS;

it("writes the returned file's formulas back as formulas, and a linked one as the value it showed", async () => {
  const dir = mkdtempSync(join(tmpdir(), "okr-collect-formulas-"));
  const master = await generatedMaster(dir, "sales", "master.xlsx");
  const file = await splitFileOf(master, dir);
  // The department works its Current out from its Start, and links its Notes to a budget file.
  const wb = await loadXlsx(file);
  const ws = wb.getWorksheet(SALES)!;
  let row = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(col("id") + 1).value === "SALES-O1-KR2") row = n;
  });
  const start = `${columnLetters(col("start"))}${row}`;
  ws.getCell(row, col("current") + 1).value = { formula: `${start}+5`, result: 5 };
  const notes = `${columnLetters(col("notes"))}${row}`;
  const bytes = await withExternalLink(
    new Uint8Array(await wb.xlsx.writeBuffer()),
    SALES,
    notes,
    42
  );

  const loader = createEmulatedExcel({ platform: "desktop" });
  await loader.run(async (context) => {
    context.workbook.insertWorksheetsFromBase64(toBase64(new Uint8Array(readFileSync(master))));
    await context.sync();
  });
  const excel = createEmulatedExcel({ platform: "ipad", state: loader.state });
  const preview = await previewCollect(excel, [{ name: "Sales.xlsx", bytes }], options);
  expect(preview.via).toBe("parse");
  expect(preview.used).toEqual([{ file: "Sales.xlsx", sheet: SALES }]);
  await applyCollect(excel, preview, { lang: "en", today: "2026-02-15" });

  const formulas = formulasOf(excel, SALES);
  expect(formulas[row - 1][col("current")]).toBe(`=${start}+5`);
  expect(formulas[row - 1][col("notes")]).toBe(42);
  expect(valuesOf(excel, SALES)[row - 1][col("current")]).toBe(
    Number(valuesOf(excel, SALES)[row - 1][col("start")] ?? 0) + 5
  );
});
