// `okr review` of 10,000 people and `okr collect` of a returned sheet of 100,000 key results, each
// as its own process under /usr/bin/time (bench/processes.ts): seconds and max RSS beside the budget
// of issue 35, "< 30 s, < 1 GB". The inputs are made here with the project's own builders: the
// review sheets of test/support/reviewSheets.ts, the big sheet of test/support/bigSheet.ts, and the
// file `okr split` sends out, as it writes it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { krRowsSheet } from "../test/support/bigSheet";
import { okrRows } from "../test/support/reviewSheets";
import { writeSheetsXlsx } from "../test/support/xlsxFile";
import { timeOkr, type ProcessFigure } from "./processes";

/** People per department sheet of the review's workbook. */
const PER_DEPARTMENT = 500;

/**
 * A workbook of `people` people, each the owner of one objective (one metric key result) on their
 * department's sheet, 500 a department, and RATINGS.csv with six ratings each: self, manager,
 * designated and three peers from the same department.
 */
export async function reviewInputs(
  dir: string,
  people: number
): Promise<{ workbook: string; ratings: string }> {
  const person = (i: number) => `Person ${String(i + 1).padStart(5, "0")}`;
  const sheets: { name: string; rows: ReturnType<typeof okrRows> }[] = [];
  for (let first = 0; first < people; first += PER_DEPARTMENT) {
    const department = `Dept ${String(sheets.length + 1).padStart(3, "0")}`;
    const owners = Array.from({ length: Math.min(PER_DEPARTMENT, people - first) }, (_, k) => ({
      owner: person(first + k),
      weight: 1,
      current: (first + k) % 11,
    }));
    sheets.push({
      name: department,
      rows: okrRows(department, owners, { prefix: `D${sheets.length + 1}-` }),
    });
  }
  const workbook = join(dir, `review-${people}.xlsx`);
  await writeSheetsXlsx(workbook, sheets);
  const lines = ["Person,Rater,Role,Score,Comment,Date"];
  for (let i = 0; i < people; i++) {
    const base = i - (i % PER_DEPARTMENT);
    const size = Math.min(PER_DEPARTMENT, people - base);
    const peer = (k: number) => person(base + ((i - base + k) % size));
    const score = (k: number) => 1 + ((i + k) % 5);
    lines.push(
      `${person(i)},${person(i)},Self,${score(0)},,2026-03-30`,
      `${person(i)},Manager ${base / PER_DEPARTMENT + 1},Manager,${score(1)},,2026-03-30`,
      `${person(i)},HR partner,Designated,${score(2)},,2026-03-30`,
      ...[1, 2, 3].map((k) => `${person(i)},${peer(k)},Peer,${score(k + 2)},,2026-03-30`)
    );
  }
  const ratings = join(dir, `ratings-${people}.csv`);
  writeFileSync(ratings, `${lines.join("\n")}\n`);
  return { workbook, ratings };
}

/** `okr review` of `people` people as its own process (one run: it takes seconds to tens of them). */
export async function measureReview(dir: string, people: number): Promise<ProcessFigure> {
  const { workbook, ratings } = await reviewInputs(dir, people);
  const out = join(dir, `reviewed-${people}.xlsx`);
  return timeOkr(
    [
      "review",
      workbook,
      "--ratings",
      ratings,
      "--period",
      "2026-Q1",
      "--as-of",
      "2026-03-31",
    ].concat(["-o", out, "--force"]),
    1
  );
}

/**
 * A master of one department sheet of `krs` key results (test/support/bigSheet.ts), split with
 * `okr split` as its own process, and the department's file as it comes back: every key result's
 * Current value moved on by one, edited with ExcelJS as Excel would save it.
 */
export async function collectInputs(
  dir: string,
  krs: number
): Promise<{ master: string; returned: string; split: ProcessFigure }> {
  const master = join(dir, `collect-master-${krs}.xlsx`);
  // numbers as Excel stores typed numbers (the big sheet's cells are CSV text)
  const rows = krRowsSheet(krs).map((r) => r.map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
  await writeSheetsXlsx(master, [{ name: "Sales", rows: [["Period", "2026-Q1"], ...rows] }]);
  const folder = join(dir, `collect-split-${krs}`);
  const split = timeOkr(["split", master, "-o", folder, "--force"], 1);
  const returned = join(folder, "Sales.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(returned);
  const sheet = wb.getWorksheet("Sales");
  if (!sheet) throw new Error(`${returned}: no sheet "Sales"`);
  const header = sheet.getRow(2).values as unknown[];
  const current = header.indexOf("Current");
  if (current < 0) throw new Error(`${returned}: no Current column`);
  sheet.eachRow((row) => {
    const v = row.getCell(current).value;
    if (typeof v === "number") row.getCell(current).value = v + 1;
  });
  await wb.xlsx.writeFile(returned);
  return { master, returned, split };
}

/** `okr collect` of one returned sheet of `krs` key results as its own process (one run). */
export async function measureCollect(
  dir: string,
  krs: number
): Promise<{ collect: ProcessFigure; split: ProcessFigure }> {
  const { master, returned, split } = await collectInputs(dir, krs);
  const out = join(dir, `collected-${krs}.xlsx`);
  const collect = timeOkr(["collect", master, returned, "-o", out, "--force"], 1);
  return { collect, split };
}
