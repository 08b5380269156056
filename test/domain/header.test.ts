import {
  COLUMNS,
  REQUIRED_COLUMNS,
  headerRow,
  type ColumnKey,
} from "../../src/domain/reading/columns";
import { findHeaderRow, matchHeaderRow, normaliseHeader } from "../../src/domain/reading/header";
import { describeMissingColumns } from "../../src/domain/reading/i18n";
import { readHeaderBlock } from "../../src/domain/reading/sheet";
import { LANGS } from "../../src/domain/types";

describe("column schema", () => {
  it("has the contract's 21 columns in the contract's order", () => {
    expect(COLUMNS.map((c) => c.header.en)).toEqual([
      "ID",
      "Level",
      "Parent",
      "Statement",
      "Owner",
      "Commitment",
      "KR type",
      "Unit",
      "Start",
      "Target",
      "Current",
      "Weight",
      "Confidence",
      "Due",
      "Progress",
      "Final score",
      "Gap to target",
      "Expected",
      "Status",
      "Alignment gap",
      "Notes",
    ]);
  });

  it("marks exactly the product's formula columns as formula columns", () => {
    expect(COLUMNS.filter((c) => c.kind === "formula").map((c) => c.key)).toEqual([
      "progress",
      "gapToTarget",
      "expected",
      "status",
      "alignmentGap",
    ]);
  });

  it("uses the glossary's words for the vocabulary columns", () => {
    const byKey = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header]));
    expect(byKey.owner).toEqual({
      en: "Owner",
      "zh-CN": "负责人",
      "zh-TW": "負責人",
    });
    expect(byKey.current).toEqual({
      en: "Current",
      "zh-CN": "当前值",
      "zh-TW": "目前值",
    });
    expect(byKey.alignmentGap).toEqual({
      en: "Alignment gap",
      "zh-CN": "目标差值",
      "zh-TW": "目標差值",
    });
    expect(byKey.gapToTarget["zh-CN"]).toBe("目标差距");
  });

  it("gives every column a distinct header within each language", () => {
    for (const lang of LANGS) {
      const headers = headerRow(lang).map(normaliseHeader);
      expect(new Set(headers).size).toBe(headers.length);
    }
  });
});

describe("header row recognition", () => {
  it.each(LANGS)("recognises every column of a generated %s header", (lang) => {
    const match = matchHeaderRow(headerRow(lang));
    COLUMNS.forEach((col, index) => expect(match.columns[col.key]).toBe(index));
    expect(match.missing).toEqual([]);
    expect(match.extras).toEqual([]);
    expect(match.lang).toBe(lang);
  });

  it("finds columns by name whatever their order, and keeps the user's extra columns apart", () => {
    const shuffled = [
      "Notes",
      "我的备注",
      "Statement",
      "ID",
      "Owner",
      "Level",
      "Target",
      "Start",
      "Current",
      "Commitment",
      "KR type",
      "Unit",
      "Weight",
      "Confidence",
      "Due",
      "Parent",
      "Budget (USD)",
    ];
    const match = matchHeaderRow(shuffled);
    expect(match.columns.notes).toBe(0);
    expect(match.columns.statement).toBe(2);
    expect(match.columns.id).toBe(3);
    expect(match.columns.parent).toBe(15);
    expect(match.missing).toEqual([]);
    expect(match.extras).toEqual([1, 16]);
    expect(match.columns.progress).toBeUndefined();
  });

  it("ignores case, width, spacing and punctuation in header text", () => {
    const match = matchHeaderRow([
      "  id ",
      "LEVEL",
      "kr-type",
      "Ｓｔａｒｔ",
      "Gap to Target:",
      "当前值 ",
      "目 标 值",
    ]);
    expect(match.columns).toMatchObject({
      id: 0,
      level: 1,
      krType: 2,
      start: 3,
      gapToTarget: 4,
      current: 5,
      target: 6,
    });
  });

  it("reads a header that mixes languages and Simplified/Traditional spellings", () => {
    const match = matchHeaderRow([
      "ID",
      "层级",
      "上級目標",
      "Statement",
      "負責人",
      "承诺类型",
      "KR type",
      "單位",
      "起始值",
      "目标值",
      "當前值",
      "权重",
      "信心指數",
      "截止日期",
      "Notes",
    ]);
    expect(match.missing).toEqual([]);
    expect(match.columns.current).toBe(10);
  });

  it("names the missing required columns, in contract order", () => {
    const cells = headerRow("en").filter((h) => h !== "Owner" && h !== "Weight");
    const match = matchHeaderRow(cells);
    expect(match.missing).toEqual<ColumnKey[]>(["owner", "weight"]);
    expect(describeMissingColumns(match.missing, "en")).toContain("Owner, Weight");
    expect(describeMissingColumns(match.missing, "zh-CN")).toContain("负责人、权重");
    expect(describeMissingColumns(match.missing, "zh-TW")).toContain("負責人、權重");
  });

  it("does not require the formula columns (the product adds them)", () => {
    expect(REQUIRED_COLUMNS).not.toContain("progress");
    // Sheets made before the period could be closed have no Final score column and still read.
    expect(REQUIRED_COLUMNS).not.toContain("finalScore");
    const older = matchHeaderRow(headerRow("zh-TW").filter((h) => h !== "最終得分"));
    expect([older.missing, older.columns.finalScore]).toEqual([[], undefined]);
    const match = matchHeaderRow(headerRow("zh-TW").slice(0, 14).concat(["備註"]));
    expect(match.missing).toEqual([]);
  });

  it("reports a column given twice and uses its first occurrence", () => {
    const match = matchHeaderRow([...headerRow("en"), "Owner"]);
    expect(match.columns.owner).toBe(4);
    expect(match.duplicates).toEqual([{ key: "owner", index: 21 }]);
  });

  it("finds the header row below a header block, and ignores cells that are not text", () => {
    const rows = [
      ["Sales OKRs — 2026-Q1"],
      ["Department: Sales", "Scope: Department", "Period: 2026-Q1"],
      ["Sheet score", 0.62, null, true],
      [],
      headerRow("zh-CN"),
      ["SALES-O1", "目标"],
    ];
    const match = findHeaderRow(rows);
    expect(match?.rowIndex).toBe(4);
    expect(match?.lang).toBe("zh-CN");
  });

  it("does not take a sheet of ordinary data for an OKR sheet", () => {
    expect(
      findHeaderRow([
        ["Name", "Amount", "Date"],
        ["Owner", 1, 2],
        ["Notes about the ID", "x"],
      ])
    ).toBeNull();
    expect(findHeaderRow([])).toBeNull();
  });

  it("still finds a header with several columns missing, so they can be reported", () => {
    const match = findHeaderRow([["ID", "Level", "Statement", "Owner", "Target"]]);
    expect(match).not.toBeNull();
    expect(match?.missing).toContain("commitment");
    expect(match?.missing).toContain("current");
  });
});

describe("the header block's language", () => {
  it.each([
    [[["Language: zh-TW"]], "zh-TW"],
    [[["语言", "ZH CN"]], "zh-CN"],
    [[["Language", "en"]], "en"],
    [[["Language: fr"]], null],
    [[["Team: Sales"]], null],
  ])("reads %j as %p", (rows, lang) => {
    expect(readHeaderBlock(rows).lang).toBe(lang);
  });
});
