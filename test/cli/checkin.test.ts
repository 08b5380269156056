import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { worksheetRows } from "../../src/cli/input";
import { COLUMNS } from "../../src/domain/reading/columns";
import { historyHeader } from "../../src/domain/reading/historySheet";

const tmp = () => mkdtempSync(join(tmpdir(), "okr-checkin-"));
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

async function okr(...argv: string[]) {
  let out = "";
  let err = "";
  const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), tty: false });
  return { status, out, err };
}

async function rows(file: string, sheet: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return worksheetRows(wb.getWorksheet(sheet)!);
}

describe("okr checkin", () => {
  async function made() {
    const dir = tmp();
    const file = join(dir, "q1.xlsx");
    await okr("new", "--template", "sales,hr", "--period", "2026-Q1", "-o", file);
    return { dir, file };
  }

  it("sets Current and Confidence from VALUES.csv and appends one history row per KR", async () => {
    const { dir, file } = await made();
    const values = join(dir, "v.csv");
    writeFileSync(
      values,
      '\uFEFFID,Current,Confidence,Comment\nSALES-O1-KR1,"1,400,000",60%,two deals slipped\nSALES-O2-KR1,70\n'
    );
    const out = join(dir, "c1.xlsx");
    const result = await okr(
      "checkin",
      file,
      "--date",
      "2026-01-20",
      "--values",
      values,
      "-o",
      out
    );
    expect(result.err).toBe("");
    expect(result.status).toBe(0);
    expect(result.out).toContain("Checked in 7 key results on 2026-01-20 (Sales 2026-Q1)");
    const sales = await rows(out, "Sales 2026-Q1");
    expect(sales[7][col("current")]).toBe(1_400_000);
    expect(sales[7][col("confidence")]).toBe("60%");
    const history = await rows(out, "Check-ins");
    expect(history[0]).toEqual(historyHeader("en"));
    expect(history.slice(1)).toHaveLength(7);
    expect(history[1].slice(1, 6)).toEqual([
      "Sales 2026-Q1",
      "SALES-O1-KR1",
      1_400_000,
      "60%",
      "two deals slipped",
    ]);
  });

  it("records every sheet's values without --values; a same-date check-in replaces that date", async () => {
    const { dir, file } = await made();
    const one = join(dir, "one.xlsx");
    const two = join(dir, "two.xlsx");
    const three = join(dir, "three.xlsx");
    expect((await okr("checkin", file, "--date", "2026-01-20", "-o", one)).status).toBe(0);
    expect((await rows(one, "Check-ins")).slice(1)).toHaveLength(14);
    expect((await okr("checkin", one, "--date", "2026-02-03", "-o", two)).status).toBe(0);
    const values = join(dir, "v.csv");
    writeFileSync(values, "SALES-O1-KR1,1500000\n");
    expect(
      (await okr("checkin", two, "--date", "2026-02-03", "--values", values, "-o", three)).status
    ).toBe(0);
    const history = (await rows(three, "Check-ins")).slice(1);
    expect(history).toHaveLength(28);
    expect(history.slice(0, 14)).toEqual((await rows(two, "Check-ins")).slice(1, 15));
    expect(history.filter((r) => r[2] === "SALES-O1-KR1").map((r) => r[3])).toEqual([
      1_200_000, 1_500_000,
    ]);
  });

  it("says its problems in the reader's language, as the pane does (--lang zh-CN, zh-TW)", async () => {
    const { dir, file } = await made();
    const values = join(dir, "v.csv");
    writeFileSync(values, "LEGAL-O1-KR1,3\nSALES-O1-KR1,很多\n");
    const out = join(dir, "x.xlsx");
    const checkin = (lang: string) =>
      okr("checkin", file, "--date", "2026-01-20", "--values", values, "--lang", lang, "-o", out);
    const zhCN = await checkin("zh-CN");
    expect(zhCN.status).toBe(2);
    expect(zhCN.err).toContain("v.csv, line 1: LEGAL-O1-KR1：没有关键结果使用此编号。");
    const zhTW = await checkin("zh-TW");
    expect(zhTW.err).toContain("LEGAL-O1-KR1：沒有關鍵結果使用此編號。");
  });

  it("refuses unknown IDs and unreadable values with the line, a CSV input, and writing over its input", async () => {
    const { dir, file } = await made();
    const values = join(dir, "v.csv");
    writeFileSync(values, "ID,Current\nSALES-O1-KR1,lots\n");
    const bad = await okr(
      "checkin",
      file,
      "--date",
      "2026-01-20",
      "--values",
      values,
      "-o",
      join(dir, "x.xlsx")
    );
    expect(bad.status).toBe(2);
    expect(bad.err).toContain("v.csv, line 2");
    expect(bad.err).toContain("SALES-O1-KR1: “lots” is not a number");
    writeFileSync(values, "LEGAL-O1-KR1,3\n");
    const unknown = await okr(
      "checkin",
      file,
      "--date",
      "2026-01-20",
      "--values",
      values,
      "-o",
      join(dir, "x.xlsx")
    );
    expect(unknown.err).toContain("v.csv, line 1: LEGAL-O1-KR1: no key result has this ID.");
    const csv = await okr("checkin", values, "--date", "2026-01-20", "-o", join(dir, "y.xlsx"));
    expect(csv.err).toContain("needs an .xlsx workbook");
    const before = statSync(file).mtimeMs;
    const same = await okr("checkin", file, "--date", "2026-01-20", "-o", file, "--force");
    expect(same.status).toBe(2);
    expect(statSync(file).mtimeMs).toBe(before);
    const date = await okr("checkin", file, "--date", "20/01/2026", "-o", join(dir, "z.xlsx"));
    expect(date.status).toBe(2);
    expect(date.err).toContain("YYYY-MM-DD");
  });
});
