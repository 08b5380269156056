import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
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

  it("sets Current and Confidence from VALUES.csv, one history row per key result given", async () => {
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
    expect(result.out).toContain("Checked in 2 key results on 2026-01-20 (Sales 2026-Q1)");
    const sales = await rows(out, "Sales 2026-Q1");
    expect(sales[7][col("current")]).toBe(1_400_000);
    expect(sales[7][col("confidence")]).toBe("60%");
    const history = await rows(out, "Check-ins");
    expect(history[0]).toEqual(historyHeader("en"));
    // What people said, and nothing for the five key results nobody mentioned.
    expect(history.slice(1).map((r) => r[2])).toEqual(["SALES-O1-KR1", "SALES-O2-KR1"]);
    expect(history[1].slice(1, 6)).toEqual([
      "Sales 2026-Q1",
      "SALES-O1-KR1",
      1_400_000,
      "60%",
      "two deals slipped",
    ]);
  });

  it("records one row for a one-line check-in and says so in the singular", async () => {
    const { dir, file } = await made();
    const values = join(dir, "week6.csv");
    writeFileSync(values, 'ID,Current,Confidence,Comment\nSALES-O1-KR1,"1,600,000",80%,signed\n');
    const out = join(dir, "w6.xlsx");
    const result = await okr(
      "checkin",
      file,
      "--date",
      "2026-02-10",
      "--values",
      values,
      "-o",
      out
    );
    expect([result.status, result.err]).toEqual([0, ""]);
    expect(result.out).toMatch(/^Checked in 1 key result on 2026-02-10 \(Sales 2026-Q1\)/);
    expect((await rows(out, "Check-ins")).slice(1)).toHaveLength(1);
  });

  it("needs --values; a confidence alone keeps Current; the same key result on the same date replaces its row", async () => {
    const { dir, file } = await made();
    const missing = await okr("checkin", file, "--date", "2026-01-20", "-o", join(dir, "x.xlsx"));
    expect(missing.status).toBe(2);
    expect(missing.err).toContain("--values");
    const one = join(dir, "one.xlsx");
    const two = join(dir, "two.xlsx");
    const first = join(dir, "v1.csv");
    writeFileSync(first, "SALES-O1-KR1,1500000\nSALES-O1-KR2,,60%\n");
    expect(
      (await okr("checkin", file, "--date", "2026-02-03", "--values", first, "-o", one)).status
    ).toBe(0);
    const sales = await rows(one, "Sales 2026-Q1");
    // KR2 got a confidence only: its Current (4,000,000, the template's start) stays.
    expect([sales[8][col("current")], sales[8][col("confidence")]]).toEqual([4_000_000, "60%"]);
    const second = join(dir, "v2.csv");
    writeFileSync(second, "SALES-O1-KR1,1550000\n,\n");
    expect(
      (await okr("checkin", one, "--date", "2026-02-03", "--values", second, "-o", two)).status
    ).toBe(0);
    const history = (await rows(two, "Check-ins")).slice(1);
    expect(history.map((r) => [r[2], r[3]])).toEqual([
      ["SALES-O1-KR1", 1_550_000],
      ["SALES-O1-KR2", 4_000_000],
    ]);
    const empty = join(dir, "v3.csv");
    writeFileSync(empty, "ID,Current\nSALES-O1-KR1,\n");
    const nothing = await okr(
      "checkin",
      two,
      "--date",
      "2026-02-10",
      "--values",
      empty,
      "-o",
      join(dir, "n.xlsx")
    );
    expect(nothing.status).toBe(2);
    expect(nothing.err).toContain("no line gives a value, a confidence or a comment");
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
    const csv = await okr(
      "checkin",
      values,
      "--date",
      "2026-01-20",
      "--values",
      values,
      "-o",
      join(dir, "y.xlsx")
    );
    expect(csv.err).toContain("needs an .xlsx workbook");
    const before = statSync(file).mtimeMs;
    const same = await okr(
      "checkin",
      file,
      "--date",
      "2026-01-20",
      "--values",
      values,
      "-o",
      file,
      "--force"
    );
    expect(same.status).toBe(2);
    expect(statSync(file).mtimeMs).toBe(before);
    const date = await okr(
      "checkin",
      file,
      "--date",
      "20 Jan 2026",
      "--values",
      values,
      "-o",
      join(dir, "z.xlsx")
    );
    expect(date.status).toBe(2);
    expect(date.err).toContain("YYYY-MM-DD");
  });

  it("checks in a workbook whose saved dates (document properties) do not read, writing its own in their place", async () => {
    const { dir, file } = await made();
    // The dates Excel keeps of the file itself, damaged (fuzz seed 2222): they say nothing of the
    // OKRs, and ExcelJS stopped writing the output at them ("Invalid time value", exit 2).
    const zip = await JSZip.loadAsync(readFileSync(file));
    const core = await zip.file("docProps/core.xml")!.async("string");
    zip.file(
      "docProps/core.xml",
      core.replace(/(<dcterms:(created|modified)[^>]*>)/g, "$12026-12->2026-12->")
    );
    const damaged = join(dir, "damaged.xlsx");
    writeFileSync(damaged, await zip.generateAsync({ type: "nodebuffer" }));
    const values = join(dir, "v.csv");
    writeFileSync(values, "ID,Current\nSALES-O1-KR1,1400000\n");
    const out = join(dir, "c.xlsx");
    const r = await okr("checkin", damaged, "--date", "2026-01-20", "--values", values, "-o", out);
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    expect((await rows(out, "Sales 2026-Q1"))[7][col("current")]).toBe(1_400_000);
    // ExcelJS writes the time of writing in place of a date left out.
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(Number.isNaN(written.created.getTime())).toBe(false);
    expect(Number.isNaN(written.modified.getTime())).toBe(false);
  });
});
