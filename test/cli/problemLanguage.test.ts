// The command line says check-in, close and next-period problems in the reader's language (--lang),
// as the pane does: each problem is a code the domain renders (checkins/messages.ts,
// close/messages.ts), located by the file and line it came from. Issue 34 found the command line
// saying them in English only.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { okr } from "../support/cli";

async function workbook() {
  const dir = mkdtempSync(join(tmpdir(), "okr-lang-"));
  const file = join(dir, "q1.xlsx");
  const made = await okr(
    "new",
    "--template",
    "sales",
    "--lang",
    "zh-CN",
    "--period",
    "2026-Q1",
    "-o",
    file
  );
  expect(made.status).toBe(0);
  return { dir, file };
}

describe("problems in the reader's language", () => {
  it("okr checkin: an unknown ID, a value that is no number, a period the workbook lacks", async () => {
    const { dir, file } = await workbook();
    const values = join(dir, "v.csv");
    const out = join(dir, "out.xlsx");
    const checkin = (lang: string, ...more: string[]) =>
      okr(
        "checkin",
        file,
        "--date",
        "2026-02-01",
        "--values",
        values,
        "--lang",
        lang,
        "-o",
        out,
        ...more
      );
    writeFileSync(values, "NOPE-1,5\n");
    const unknown = await checkin("zh-CN");
    expect(unknown.status).toBe(2);
    expect(unknown.err).toContain("v.csv, line 1: NOPE-1：没有关键结果使用此编号。");
    writeFileSync(values, "SALES-O1-KR1,很多\n");
    const notNumber = await checkin("zh-TW");
    expect(notNumber.err).toContain("v.csv, line 1: SALES-O1-KR1：「很多」不是數字。");
    writeFileSync(values, "SALES-O1-KR1,5\n");
    const period = await checkin("zh-CN", "--period", "2027-Q1");
    expect(period.err).toContain(
      "--period 2027-Q1：工作簿中没有该周期的 OKR 表；现有周期为 2026-Q1。"
    );
    expect(existsSync(out)).toBe(false);
  });

  it("okr close and okr next: a score out of range, a period that does not come after", async () => {
    const { dir, file } = await workbook();
    const scores = join(dir, "s.csv");
    writeFileSync(scores, "SALES-O1-KR1,7\n");
    const close = await okr(
      "close",
      file,
      "--as-of",
      "2026-03-31",
      "--scores",
      scores,
      "--lang",
      "zh-CN",
      "-o",
      join(dir, "c.xlsx")
    );
    expect(close.status).toBe(2);
    expect(close.err).toContain("s.csv, line 1: SALES-O1-KR1：“7”不是 0 到 1 的分数。");
    const next = await okr(
      "next",
      file,
      "--period",
      "2025-Q4",
      "--lang",
      "zh-TW",
      "-o",
      join(dir, "n.xlsx")
    );
    expect(next.status).toBe(2);
    expect(next.err).toMatch(/^okr-sheets: --period: 2025-Q4 .*之後開始/);
  });
});
