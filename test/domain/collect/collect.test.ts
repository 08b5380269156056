import {
  FINGERPRINT_KEY,
  fingerprintFromRows,
  fingerprintRows,
  type Fingerprint,
} from "../../../src/domain/collect/fingerprint";
import { findingText, isError, type CollectFinding } from "../../../src/domain/collect/findings";
import { mergeHistory } from "../../../src/domain/collect/history";
import { historyHeader } from "../../../src/domain/ownSheets";

describe("fingerprint", () => {
  it("round-trips through rows, cut into pieces under Excel's cell limit", () => {
    const fp: Fingerprint = {
      version: 1,
      sheet: "销售 2026-Q1",
      period: "2026-Q1",
      krs: Array.from({ length: 2000 }, (_, i) => ({
        id: `S-O1-KR${i}`,
        start: 0,
        target: i,
        weight: null,
      })),
    };
    const rows = fingerprintRows(fp);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every(([key, text]) => key === FINGERPRINT_KEY && text.length <= 32767)).toBe(true);
    expect(fingerprintFromRows(rows)).toEqual(fp);
  });

  it("is null for rows that hold none or were edited beyond reading", () => {
    expect(fingerprintFromRows(undefined)).toBeNull();
    expect(fingerprintFromRows([[FINGERPRINT_KEY, "{not json"]])).toBeNull();
    expect(fingerprintFromRows([[FINGERPRINT_KEY, '{"version":2}']])).toBeNull();
  });
});

describe("collect findings", () => {
  const changed: CollectFinding = {
    kind: "changed",
    file: "销售.xlsx",
    sheet: "销售",
    id: "S-O1-KR1",
    field: "target",
    old: 100,
    new: null,
  };

  it("say a change to what was sent as old → new in the three languages", () => {
    expect(findingText(changed, "en")).toBe(
      '销售.xlsx: sheet "销售", S-O1-KR1: Target changed 100 → (empty)'
    );
    expect(findingText(changed, "zh-CN")).toBe(
      "销售.xlsx: 工作表“销售”，S-O1-KR1：目标值 由 100 改为 （空）"
    );
    expect(findingText(changed, "zh-TW")).toBe(
      "销售.xlsx: 工作表「销售」，S-O1-KR1：目標值 由 100 改為 （空）"
    );
  });

  it("make a change an error only with --strict; a file not ours always is", () => {
    expect(isError(changed, false)).toBe(false);
    expect(isError(changed, true)).toBe(true);
    expect(isError({ kind: "not-ours", file: "x.xlsx" }, false)).toBe(true);
  });
});

describe("mergeHistory", () => {
  it("lets the returned row win for the same sheet, KR and date, and leaves other sheets' rows", () => {
    const head = historyHeader("en");
    const master = [
      head,
      ["2026-02-01", "Sales", "S-KR1", 1],
      ["2026-02-01", "HR", "S-KR1", 2],
      ["2026-01-01", "Sales", "S-KR1", 3],
    ];
    const returned = [
      head,
      ["2026-02-01", "Sales", "s-kr1", 9],
      ["2026-02-08", "Sales", "S-KR1", 10],
    ];
    expect(mergeHistory(master, returned, "Sales")).toEqual({ drop: [1], add: [1, 2] });
  });
});
