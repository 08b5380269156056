// Revisions through the command line: okr checkin records the KR's definition; after its target is
// raised in the file, the next okr checkin says so on the history row, and okr score lists it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { worksheetRows } from "../../src/cli/input";
import { COLUMNS } from "../../src/domain/reading/columns";
import { HISTORY_COL } from "../../src/domain/reading/historySheet";
import { REVISED_TEXT } from "../../src/domain/checkins/revisions";
import { okr } from "../support/cli";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("okr checkin and revisions", () => {
  it("records the target change old → new, and okr score's Summary lists the key result", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-revisions-"));
    const made = join(dir, "made.xlsx");
    const opts = ["--lang", "zh-CN", "--period", "2026-Q1"];
    expect((await okr("new", "--template", "sales", ...opts, "-o", made)).status).toBe(0);
    const values = join(dir, "v.csv");
    writeFileSync(values, "ID,Current\nSALES-O1-KR1,1400000\n");
    const first = join(dir, "first.xlsx");
    expect(
      (
        await okr(
          "checkin",
          made,
          "--date",
          "2026-01-20",
          "--values",
          values,
          "--lang",
          "zh-CN",
          "-o",
          first
        )
      ).status
    ).toBe(0);
    // The owner raises KR1's target in the file (row 8: the first key result).
    const wb = await load(first);
    const sales = wb.getWorksheet("销售 2026-Q1")!;
    sales.getCell(8, col("target") + 1).value = 2_500_000;
    const edited = join(dir, "edited.xlsx");
    await wb.xlsx.writeFile(edited);
    const second = join(dir, "second.xlsx");
    expect(
      (
        await okr(
          "checkin",
          edited,
          "--date",
          "2026-02-10",
          "--values",
          values,
          "--lang",
          "zh-CN",
          "-o",
          second
        )
      ).status
    ).toBe(0);
    const history = worksheetRows((await load(second)).getWorksheet("进度更新")!);
    const kr1 = history.filter((r) => r[HISTORY_COL.krId] === "SALES-O1-KR1");
    expect(kr1.map((r) => r[HISTORY_COL.revised] ?? "")).toEqual(["", "目标值 2000000 → 2500000"]);
    // KR2 was never checked in: no rows of its own (a check-in records what people said).
    const kr2 = history.filter((r) => r[HISTORY_COL.krId] === "SALES-O1-KR2");
    expect(kr2).toEqual([]);

    const scored = join(dir, "scored.xlsx");
    expect(
      (await okr("score", second, "--as-of", "2026-02-15", "--lang", "zh-CN", "-o", scored)).status
    ).toBe(0);
    const summary = worksheetRows((await load(scored)).getWorksheet("OKR 汇总明细")!);
    const at = summary.findIndex((r) => r[0] === REVISED_TEXT.heading["zh-CN"]);
    expect(at).toBeGreaterThan(0);
    expect(summary[at + 2]?.[0]).toBe("SALES-O1-KR1");
    expect(summary[at + 2]?.[2]).toBe("目标值 2000000 → 2500000");
    // Nothing else was revised: the next row is blank (the findings block follows).
    expect((summary[at + 3] ?? []).filter((c) => c !== null && c !== "")).toEqual([]);
  });
});
