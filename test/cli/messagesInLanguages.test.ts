// The command line's older messages about input and output files, in the reader's language: the
// same place (the file), what is wrong and what to do, in en, zh-CN and zh-TW (readProblems.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { okr } from "../support/cli";
import { generatedMaster } from "../support/split";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "okr-msg-"));
});

/** What `okr …` prints on stderr in a language, and its exit code. */
async function said(lang: string, ...argv: string[]) {
  const { status, err } = await okr(...argv, "--lang", lang);
  return { status, err: err.trim() };
}

describe("older command-line messages in three languages", () => {
  it("an input that is a folder", async () => {
    const folder = join(dir, "q1");
    mkdirSync(folder);
    expect(await said("zh-CN", "check", folder)).toEqual({
      status: 2,
      err: `okr-sheets: ${folder}: 这是一个文件夹。请给出其中的 .xlsx 或 .csv 文件（如 ${folder}/*.xlsx）。`,
    });
    expect((await said("zh-TW", "check", folder)).err).toBe(
      `okr-sheets: ${folder}: 這是一個資料夾。請給出其中的 .xlsx 或 .csv 檔案（如 ${folder}/*.xlsx）。`
    );
  });

  it("a file with no OKR header row, and an unknown file type", async () => {
    const csv = join(dir, "shopping.csv");
    writeFileSync(csv, "item,price\nmilk,2\n");
    expect((await said("zh-CN", "check", csv)).err).toBe(
      `okr-sheets: ${csv}: 找不到 OKR 表头行（列出 ID、Level、Statement、Owner 等列名的一行，英文、简体或繁体均可）。请在表格上方加上表头行。`
    );
    const pdf = join(dir, "okr.pdf");
    writeFileSync(pdf, "%PDF");
    expect((await said("zh-TW", "check", pdf)).err).toBe(
      `okr-sheets: ${pdf}: 未知的檔案類型「.pdf」。請給出 .xlsx 活頁簿或 .csv 檔案。`
    );
  });

  it("an output that exists, that is the input, and score without -o", async () => {
    const made = await generatedMaster(dir, "sales", "made.xlsx");
    expect((await said("zh-CN", "score", made, "-o", made, "--force")).err).toBe(
      `okr-sheets: ${made}: 这是输入文件；OKR Sheets 从不覆盖输入文件，即使加上 --force 也不会。请换一个输出文件名。`
    );
    const other = join(dir, "other.xlsx");
    writeFileSync(other, "");
    expect((await said("zh-TW", "score", made, "-o", other)).err).toBe(
      `okr-sheets: ${other}: 該檔案已存在。請換一個檔名，或加上 --force 取代它。`
    );
    expect((await said("zh-CN", "score", made)).err).toBe(
      "okr-sheets: okr score 需要 -o OUT.xlsx 指定要写出的工作簿（或用 --format json 只输出分数、不写文件）。"
    );
    expect((await said("en", "score", made)).err).toBe(
      "okr-sheets: okr score needs -o OUT.xlsx, the workbook to write (or --format json to print the scores without writing a file)."
    );
  });

  it("a command that needs a workbook given a CSV", async () => {
    const csv = join(dir, "team.csv");
    writeFileSync(csv, "ID,Level,Statement,Owner\nA-O1,Objective,Win,Dana\n");
    expect((await said("zh-TW", "split", csv, "-o", join(dir, "out"))).err).toBe(
      `okr-sheets: ${csv}: split 需要 .xlsx 活頁簿。請先用 okr score 把 CSV 轉成活頁簿。`
    );
  });

  it("check --fix without -o, and collect of a folder with no workbook", async () => {
    const made = await generatedMaster(dir, "sales", "fixme.xlsx");
    expect((await said("zh-CN", "check", made, "--fix")).err).toBe(
      "okr-sheets: --fix 与 -o 需一起使用：okr check --fix INPUT.xlsx -o FIXED.xlsx（输入文件不会被修改）。"
    );
    const empty = join(dir, "returned");
    mkdirSync(empty);
    const collected = await said("zh-TW", "collect", made, empty, "-o", join(dir, "c.xlsx"));
    expect(collected.status).toBe(2);
    expect(collected.err).toBe(
      `okr-sheets: ${empty}: 該資料夾中沒有 .xlsx 檔案。請給出儲存交回活頁簿的資料夾。`
    );
  });

  it("an unknown template", async () => {
    expect(
      (
        await said(
          "zh-TW",
          "new",
          "--template",
          "legal",
          "--period",
          "2026-Q1",
          "-o",
          join(dir, "n.xlsx")
        )
      ).err
    ).toMatch(/^okr-sheets: 未知的範本「legal」。可用的範本：.*，或 all。$/);
  });

  it("a --period the workbook does not have", async () => {
    const made = await generatedMaster(dir, "sales", "periods.xlsx");
    const zh = await said("zh-CN", "check", made, "--period", "2027-Q3");
    expect(zh.status).toBe(2);
    expect(zh.err).toMatch(
      /^okr-sheets: --period 2027-Q3：工作簿中没有该周期的 OKR 表；现有周期为 /
    );
  });
});
