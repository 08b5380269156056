// ID-INVISIBLE-CHAR: an invisible character (zero width space, non-joiner, joiner, word joiner,
// byte-order mark) inside an ID is named, with its code point and position, in three languages —
// in Check's findings in the pane and on the command line — and the quick fix removes it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixAll } from "../../src/domain/rules/fixes";
import { lintWorkbook, renderFinding } from "../../src/domain/rules/lint";
import { LANGS } from "../../src/domain/types";
import { okr } from "../support/cli";
import { kr, okr as okrRows, sheet } from "./rulesSheet";

const RULE = "ID-INVISIBLE-CHAR";
const found = (id: string) => {
  const s = sheet(okrRows({}, [kr({ id }), kr(), kr()]));
  return { s, findings: lintWorkbook([s]).filter((f) => f.ruleId === RULE) };
};

describe("ID-INVISIBLE-CHAR", () => {
  it.each([
    ["U+200B", "\u200B"],
    ["U+200C", "\u200C"],
    ["U+200D", "\u200D"],
    ["U+2060", "\u2060"],
    ["U+FEFF", "\uFEFF"],
  ])("names %s inside an ID: sheet, row, cell, code point and position", (code, ch) => {
    const { findings } = found(`T-O1${ch}-KR1`);
    expect(findings).toHaveLength(1);
    // The finding keeps the ID as typed; the message shows it without the character.
    expect(findings[0]).toMatchObject({
      sheet: "Team",
      row: 3,
      cell: "A3",
      okrId: `T-O1${ch}-KR1`,
    });
    expect(LANGS.map((lang) => renderFinding(findings[0], lang).message)).toEqual([
      `The ID T-O1-KR1 holds an invisible character (${code}) at position 5: it looks the same, but links, check-ins and other sheets read it as another ID.`,
      `编号 T-O1-KR1 的第 5 个字符是不可见字符（${code}）：看起来一样，但链接、进度更新和其他工作表会把它当作另一个编号。`,
      `編號 T-O1-KR1 的第 5 個字元是不可見字元（${code}）：看起來一樣，但連結、進度更新和其他工作表會把它當作另一個編號。`,
    ]);
  });

  it("says nothing of a clean ID, nor of ordinary spaces Check already trims", () => {
    expect(found("T-O1-KR1").findings).toEqual([]);
    expect(found(" T-O1-KR1 ").findings).toEqual([]);
  });

  it("the quick fix removes every invisible character and nothing else", () => {
    const { s, findings } = found("\u200BT-O1\u200D-KR1\u2060");
    expect(findings).toHaveLength(1);
    expect(fixAll(findings, [s])).toEqual([
      { sheet: "Team", row: 3, column: "id", cell: "A3", value: "T-O1-KR1" },
    ]);
  });

  it("okr check names it in the language asked for", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-zw-"));
    const file = join(dir, "team.csv");
    writeFileSync(
      file,
      "ID,Level,Parent,Statement,Owner,Commitment,KR type,Unit,Start,Target,Current,Weight,Confidence,Due,Notes\n" +
        "A-O1,Objective,,Win the mid-market,Dana,Committed,,,,,,,,,\n" +
        "A-O1\u200B-KR1,Key result,,Grow pipeline from 120 to 200 deals,Dana,,Metric,deals,120,200,150,,70%,2026-03-31,\n"
    );
    const run = (lang: string) => okr("check", file, "--period", "2026-Q1", "--lang", lang);
    const en = await run("en");
    expect(en.status).toBe(1);
    expect(en.out).toMatch(/A3.*invisible character \(U\+200B\) at position 5/);
    expect((await run("zh-CN")).out).toContain("第 5 个字符是不可见字符（U+200B）");
    expect((await run("zh-TW")).out).toContain("第 5 個字元是不可見字元（U+200B）");
  });
});
