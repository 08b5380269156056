import {
  duplicateIds,
  keyResultId,
  objectiveId,
  sheetNameProblem,
  uniqueIdPrefix,
  uniqueSheetName,
} from "../../src/domain/reading/ids";

describe("OKR IDs", () => {
  it("builds objective and key-result IDs", () => {
    expect(objectiveId("SALES", 1)).toBe("SALES-O1");
    expect(keyResultId("SALES-O1", 2)).toBe("SALES-O1-KR2");
  });

  it("chooses a prefix no existing ID uses", () => {
    expect(uniqueIdPrefix("SALES", [])).toBe("SALES");
    expect(uniqueIdPrefix("sales", ["CO-O1", "FIN-O1"])).toBe("SALES");
    expect(uniqueIdPrefix("SALES", ["SALES-O1", "SALES-O1-KR1"])).toBe("SALES2");
    expect(uniqueIdPrefix("SALES", ["sales-o1", "SALES2-O1"])).toBe("SALES3");
    expect(uniqueIdPrefix("SALES", ["SALESFORCE-O1"])).toBe("SALES");
  });

  it("finds duplicate IDs ignoring case and spaces, and ignores blanks", () => {
    const dups = duplicateIds(["A-O1", "a-o1 ", "B-O1", "", "", "B-O2"]);
    expect([...dups]).toEqual([["A-O1", [0, 1]]]);
  });
});

describe("sheet names", () => {
  it("keeps a free name and numbers a taken one, ignoring case", () => {
    expect(uniqueSheetName("Sales 2026-Q1", ["Sheet1"])).toBe("Sales 2026-Q1");
    expect(uniqueSheetName("Sales 2026-Q1", ["sales 2026-q1"])).toBe("Sales 2026-Q1 (2)");
    expect(uniqueSheetName("Sales 2026-Q1", ["Sales 2026-Q1", "Sales 2026-Q1 (2)"])).toBe(
      "Sales 2026-Q1 (3)"
    );
  });

  it("makes any wanted name acceptable to Excel", () => {
    const name = uniqueSheetName("Customer Success / Support: 2026-Q1 [draft]", []);
    expect(sheetNameProblem(name)).toBeNull();
    expect(name.length).toBeLessThanOrEqual(31);
    const long = "A very long department name that goes on";
    const taken = [uniqueSheetName(long, [])];
    const second = uniqueSheetName(long, taken);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(sheetNameProblem(uniqueSheetName("History", []))).toBeNull();
    expect(sheetNameProblem(uniqueSheetName("'quoted'", []))).toBeNull();
  });

  it("explains why Excel would refuse a name", () => {
    expect(sheetNameProblem("")).toBe("empty");
    expect(sheetNameProblem("x".repeat(32))).toBe("too-long");
    expect(sheetNameProblem("a/b")).toBe("forbidden-character");
    expect(sheetNameProblem("'a")).toBe("apostrophe-edge");
    expect(sheetNameProblem("history")).toBe("reserved");
    expect(sheetNameProblem("销售 2026-Q1")).toBeNull();
  });
});
