import {
  FINGERPRINT_KEY,
  fingerprintFromRows,
  fingerprintRows,
  type Fingerprint,
} from "../../../src/domain/collect/fingerprint";
import { findingText, isError, type CollectFinding } from "../../../src/domain/collect/findings";
import { mergeHistory } from "../../../src/domain/collect/history";
import { historyHeader } from "../../../src/domain/reading/ownSheets";
import { fingerprintOf } from "../../../src/domain/collect/fingerprint";
import { CollectValidation } from "../../../src/domain/collect/validate";
import { headerRow } from "../../../src/domain/reading/columns";
import { readSheet } from "../../../src/domain/reading/sheet";
import { metricKr, rowOf } from "../../support/okrRows";

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

  it("say a value in its key result's unit, as the sheet shows it", () => {
    const target = { ...changed, new: 1_800_000, old: 2_000_000, unit: "USD", shares: false };
    expect(findingText(target, "en")).toBe(
      '销售.xlsx: sheet "销售", S-O1-KR1: Target changed $2,000,000 → $1,800,000'
    );
    expect(findingText({ ...target, unit: "元" }, "zh-CN")).toBe(
      "销售.xlsx: 工作表“销售”，S-O1-KR1：目标值 由 ¥2,000,000 改为 ¥1,800,000"
    );
    expect(findingText({ ...target, field: "weight", old: 0.4, new: 0.35 }, "en")).toBe(
      '销售.xlsx: sheet "销售", S-O1-KR1: Weight changed 40% → 35%'
    );
    expect(findingText({ ...target, old: 0.18, new: 0.2, unit: "%", shares: true }, "en")).toBe(
      '销售.xlsx: sheet "销售", S-O1-KR1: Target changed 18% → 20%'
    );
  });

  it("group a value with no unit known (a record's) as the reader does, never rounding it", () => {
    const mismatch: CollectFinding = {
      kind: "not-this-master",
      file: "Sales.xlsx",
      sheet: "Sales",
      id: "S-O1-KR1",
      field: "target",
      old: 2_000_000,
      new: 7_777_777.125,
      detail: "differs",
    };
    expect(findingText(mismatch, "en")).toContain("2,000,000 here, 7,777,777.125 in the file");
    expect(findingText(mismatch, "zh-TW")).toContain("2,000,000");
    expect(findingText(mismatch, "zh-TW")).toContain("7,777,777.125");
  });

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

describe("CollectValidation (the same report in both hosts)", () => {
  const sheetOf = (name: string, rows: (string | number)[][]) =>
    readSheet(name, [["Period", "2026-Q1"], headerRow("en"), ...rows], {});
  const sales = () =>
    sheetOf("Sales", [
      rowOf({
        id: "S-O1",
        level: "Objective",
        statement: "Grow revenue",
        owner: "Ana",
        parent: "CO-O1",
      }),
      metricKr("S-O1-KR1", "Close 200 deals", { owner: "Ana" }),
    ]);
  const company = () =>
    sheetOf("Company", [
      rowOf({ id: "CO-O1", level: "Objective", statement: "Win the market", owner: "Kim" }),
      metricKr("CO-O1-KR1", "Reach 200 customers", { owner: "Kim" }),
    ]);

  it("uses a clean file, says what changed, refuses a file twice, one not ours, one of another period", () => {
    const v = new CollectValidation([company(), sales()], false);
    const sent = fingerprintOf(sales());
    const edited = sheetOf("Sales", [
      rowOf({
        id: "S-O1",
        level: "Objective",
        statement: "Grow revenue",
        owner: "Ana",
        parent: "CO-O9",
      }),
      metricKr("S-O1-KR1", "Close 200 deals", { owner: "Ana", target: 250 }),
    ]);
    expect(v.check({ file: "a.xlsx", sent, returned: edited })).toBe(true);
    expect(v.check({ file: "b.xlsx", sent, returned: edited })).toBe(false);
    expect(v.check({ file: "c.xlsx", sent: null, returned: null })).toBe(false);
    expect(v.check({ file: "d.xlsx", sent: { ...sent, period: "2026-Q2" }, returned: null })).toBe(
      false
    );
    v.unreadable("e.xlsx", "not a zip");
    expect(v.finish().map((f) => `${f.file} ${f.kind}`)).toEqual([
      "a.xlsx changed",
      "b.xlsx returned-twice",
      "c.xlsx not-ours",
      "d.xlsx other-period",
      "e.xlsx unreadable",
      "a.xlsx missing-parent",
    ]);
    expect(v.used).toEqual([{ file: "a.xlsx", sheet: "Sales" }]);
  });

  it("with strict, a changed Target keeps the file out; a sheet Score would refuse is located", () => {
    const strict = new CollectValidation([company(), sales()], true);
    const sent = fingerprintOf(sales());
    const changed = sheetOf("Sales", [
      rowOf({ id: "S-O1", level: "Objective", statement: "Grow revenue", owner: "Ana" }),
      metricKr("S-O1-KR1", "Close 200 deals", { owner: "Ana", target: 250 }),
    ]);
    expect(strict.check({ file: "a.xlsx", sent, returned: changed })).toBe(false);
    const headerless = readSheet(
      "Sales",
      [
        ["Period", "2026-Q1"],
        headerRow("en").map((h) => (h === "Target" ? "Aim" : h)),
        metricKr("S-O1-KR1", "x"),
      ],
      {}
    );
    const v = new CollectValidation([company(), sales()], false);
    expect(headerless.match?.missing.length).toBeGreaterThan(0);
    expect(v.check({ file: "b.xlsx", sent, returned: headerless })).toBe(false);
    const [refused] = v.finish();
    expect(refused.kind).toBe("refused");
    expect(findingText(refused, "en")).toMatch(
      /^b\.xlsx: sheet "Sales" cannot be scored: A2: .*; not used$/
    );
    expect(v.used).toEqual([]);
  });
});
