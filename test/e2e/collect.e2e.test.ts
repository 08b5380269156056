// The rolled-up master in an independent engine: split a generated workbook, return two edited
// files, collect them, and LibreOffice's recalculation of the result equals the reference model.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { COLUMNS } from "../../src/domain/reading/columns";
import type { CellValue } from "../../src/domain/types";
import { okr } from "../support/cli";
import { checkedInMaster, generatedMaster } from "../support/split";
import { recalculate, recalculatedXlsx } from "../support/libreoffice";
import { expectSame } from "../support/modelCheck";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key) + 1;

describe("a collected master recalculated by LibreOffice", () => {
  it("equals the reference model's numbers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-collect-lo-"));
    const master = await generatedMaster(dir, "company,sales,hr", "master.xlsx");
    const out = join(dir, "out");
    expect((await okr("split", master, "-o", out)).status).toBe(0);
    // Sales and HR check in different values and Sales raises a target.
    const returned = readdirSync(out)
      .filter((f) => /^(Sales|HR)/.test(f))
      .map((f) => join(out, f));
    for (const [i, file] of returned.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.worksheets[0];
      ws.eachRow((row) => {
        if (row.getCell(col("level")).value !== "Key result") return;
        const start = Number(row.getCell(col("start")).value ?? 0);
        const target = Number(row.getCell(col("target")).value ?? 0);
        if (Number.isFinite(start) && Number.isFinite(target))
          row.getCell(col("current")).value = start + (target - start) * (0.3 + 0.2 * i);
      });
      await wb.xlsx.writeFile(file);
    }
    const rolled = join(dir, "rolled.xlsx");
    const collected = await okr(
      "collect",
      master,
      ...returned,
      "--as-of",
      "2026-02-15",
      "-o",
      rolled
    );
    expect(collected.err).toBe("");
    expect(collected.status).toBe(0);
    // The reference model of the rolled-up master, at the same date.
    const model = await okr(
      "score",
      rolled,
      "--as-of",
      "2026-02-15",
      "--format",
      "json",
      "-o",
      join(dir, "model.xlsx")
    );
    expect(model.status).toBe(0);
    const json = JSON.parse(model.out) as { rows: { sheet: string; progress: number | null }[] };
    // The returned check-ins are in the result: Sales and HR key results have progress.
    for (const sheet of ["Sales 2026-Q1", "HR 2026-Q1"])
      expect(json.rows.some((r) => r.sheet === sheet && (r.progress ?? 0) > 0)).toBe(true);
    expectSame(recalculate(rolled), JSON.parse(model.out));
  });
});

describe("split files recalculated by LibreOffice", () => {
  it("show the master's numbers: reference sheets and history as values, the sheet itself live", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-split-lo-"));
    const checked = await checkedInMaster(dir, "SALES-O1-KR1,1000\nHR-O1-KR1,3\nCO-O1-KR1,40");
    // The master as Excel would send it: saved with every formula's value.
    const master = recalculatedXlsx(checked);
    const expected = recalculate(master);
    const out = join(dir, "out");
    const split = await okr("split", master, "-o", out);
    expect(split.err).toBe("");
    expect(split.out).not.toMatch(/left empty/);

    const byId = (rows: CellValue[][]) =>
      new Map(rows.filter((r) => typeof r[0] === "string" && r[0] !== "").map((r) => [r[0], r]));
    let compared = 0;
    for (const file of readdirSync(out)) {
      const sheets = recalculate(join(out, file));
      for (const [name, rows] of sheets) {
        if (name === "okrSheets.sent") continue;
        const source = name.startsWith("Aligned to - ") ? name.slice("Aligned to - ".length) : name;
        const want = expected.get(source)!;
        expect(want).toBeDefined();
        if (name === "Check-ins") {
          // Each history row is the master's row of the same sheet, KR and date.
          const key = (r: CellValue[]) => `${r[0]}|${r[1]}|${r[2]}`;
          const wantRows = new Map(want.map((r) => [key(r), r]));
          for (const row of rows.slice(1)) {
            expect(row).toEqual(wantRows.get(key(row)));
            compared++;
          }
          continue;
        }
        // The header block sits where it did; the rows under it are found by ID.
        expect(rows.slice(0, 4)).toEqual(want.slice(0, 4));
        const wanted = byId(want);
        for (const [id, row] of byId(rows.slice(4))) {
          expect({ id, row }).toEqual({ id, row: wanted.get(id) });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
    // The check-ins made numbers to compare: Sales' KR1 progress is not empty.
    expect(byId(expected.get("Sales 2026-Q1")!).get("SALES-O1-KR1")![14]).toEqual(
      expect.any(Number)
    );
  });
});
