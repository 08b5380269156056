// `okr next`: one new sheet per OKR sheet with something to carry over, beside the old ones; carried
// key results start where they ended; objectives not carried are listed as closed; IDs stay unique.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { worksheetRows } from "../../src/cli/input";
import { COLUMNS } from "../../src/domain/reading/columns";
import { duplicateIds } from "../../src/domain/reading/ids";
import { readSheet } from "../../src/domain/reading/sheet";
import { okr } from "../support/cli";
import { closedQuarter } from "../support/closing";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

async function sheets(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return new Map(wb.worksheets.map((ws) => [ws.name, worksheetRows(ws)]));
}

/** Company and Sales for 2026-Q1, checked in and closed: SALES-O1 carried (yes), SALES-O2 not (no). */
async function closed(lang = "en", scores?: string) {
  const dir = mkdtempSync(join(tmpdir(), "okr-next-"));
  const file = await closedQuarter(dir, {
    templates: "company,sales",
    lang,
    values: 'ID,Current\nSALES-O1-KR1,"1,600,000"\nSALES-O1-KR3,20%\n',
    scores:
      scores ??
      "ID,Final score,What worked,What did not,Why,Lesson,Carry over\nSALES-O1-KR2,1\nSALES-O1,,,,,,yes\nSALES-O2,,,,,,no\n",
  });
  return { dir, file };
}

describe("okr next", () => {
  it("carries the objectives the Review marks, with their unfinished key results", async () => {
    const { dir, file } = await closed();
    const before = readFileSync(file);
    const out = join(dir, "q2.xlsx");
    const result = await okr("next", file, "--period", "2026-Q2", "-o", out);
    expect([result.status, result.err]).toEqual([0, ""]);
    expect(result.out).toContain(
      "Started 2026-Q2: Sales 2026-Q2 (objectives carried over: 1, closed: 5"
    );
    expect(readFileSync(file).equals(before)).toBe(true);

    const all = await sheets(out);
    // The old sheets stay; the new one is added beside them.
    expect([...all.keys()]).toEqual(
      expect.arrayContaining(["Sales 2026-Q1", "Company 2026-Q1", "Review", "Sales 2026-Q2"])
    );
    const q2 = all.get("Sales 2026-Q2")!;
    expect(q2[1].slice(4, 6)).toEqual(["Period", "2026-Q2"]);
    expect(q2[4][0]).toBe("Closed in 2026-Q1: SALES-O2, SALES-O3");
    const table = q2.slice(6);
    // SALES-O1-KR2 was scored 1 at closing: done, so not carried.
    expect(table.map((r) => [r[col("id")], r[col("notes")]])).toEqual([
      ["SALES-26Q2-O1", "Carried over from SALES-O1"],
      ["SALES-26Q2-O1-KR1", "Carried over from SALES-O1-KR1"],
      ["SALES-26Q2-O1-KR2", "Carried over from SALES-O1-KR3"],
    ]);
    const [o, kr1, kr2] = table;
    // Start is the last Current, Target unchanged, Current empty, confidence 70 %; weights rescaled to 100 %.
    expect([
      kr1[col("start")],
      kr1[col("target")],
      kr1[col("current")],
      kr1[col("confidence")],
    ]).toEqual([1_600_000, 2_000_000, null, "70%"]);
    expect([kr2[col("start")], kr2[col("target")]]).toEqual(["20%", "25%"]);
    // SALES-O1-KR1 and KR3 weighed 40 % and 30 %: now 4/7 and 3/7 of the objective.
    const shown = (x: number) => `${Number((x * 100).toPrecision(15))}%`;
    expect([o[col("weight")], kr1[col("weight")], kr2[col("weight")]]).toEqual([
      "100%",
      shown(0.4 / 0.7),
      shown(0.3 / 0.7),
    ]);
    expect(kr1[col("due")]).toBe("2026-06-30");

    // Every ID in the workbook is unique, and the new sheet checks clean of errors.
    const ids = [...all.values()].flatMap((rows) => {
      const s = readSheet("x", rows);
      return [...s.objectives.flatMap((x) => [x.id, ...x.keyResults.map((k) => k.id)])];
    });
    expect(duplicateIds(ids).size).toBe(0);
    const check = await okr("check", out, "--format", "json");
    expect(check.status).toBe(0);
    const score = await okr("score", out, "--as-of", "2026-04-15", "--format", "json");
    expect(score.status).toBe(0);
    expect(
      JSON.parse(score.out).rows.find((r: { id: string }) => r.id === "SALES-26Q2-O1-KR1").progress
    ).toBe(0);
  });

  it("--carry unfinished takes every objective with a key result not done; none carries nothing", async () => {
    const { dir, file } = await closed();
    const out = join(dir, "q2.xlsx");
    expect(
      (await okr("next", file, "--period", "2026-Q2", "--carry", "unfinished", "-o", out)).status
    ).toBe(0);
    const all = await sheets(out);
    const q2 = all.get("Sales 2026-Q2")!.slice(6);
    expect(q2.filter((r) => r[col("level")] === "Objective").map((r) => r[col("notes")])).toEqual([
      "Carried over from SALES-O1",
      "Carried over from SALES-O2",
      "Carried over from SALES-O3",
    ]);
    expect(all.has("Company 2026-Q2")).toBe(true);
    const none = join(dir, "none.xlsx");
    const result = await okr("next", file, "--period", "2026-Q2", "--carry", "none", "-o", none);
    expect(result.status).toBe(0);
    expect(result.out).toContain("no new sheet (objectives carried over: 0, closed: 6");
  });

  it("works in Chinese: notes and the closed line in the sheet's language", async () => {
    const { dir, file } = await closed(
      "zh-CN",
      "ID,Final score,What worked,What did not,Why,Lesson,Carry over\nSALES-O1,,,,,,是\n"
    );
    const out = join(dir, "q2.xlsx");
    expect((await okr("next", file, "--period", "2026-Q2", "-o", out)).status).toBe(0);
    const all = await sheets(out);
    const name = [...all.keys()].find((n) => n.endsWith("2026-Q2"))!;
    const q2 = all.get(name)!;
    expect(q2[4][0]).toBe("已于 2026-Q1 结束：SALES-O2, SALES-O3");
    expect(q2[6][col("notes")]).toBe("延续自 SALES-O1");
  });

  it("refuses a period that does not follow, with nothing written", async () => {
    const { dir, file } = await closed();
    const out = join(dir, "q2.xlsx");
    const result = await okr("next", file, "--period", "2026-Q1", "-o", out);
    expect(result.status).toBe(2);
    expect(result.err).toContain(
      "--period: 2026-Q1 does not start after 2026-Q1 of “Company 2026-Q1” (it ends 2026-03-31)"
    );
    expect(existsSync(out)).toBe(false);
    const bad = await okr("next", file, "--period", "spring", "-o", out);
    expect(bad.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
