// A small OKR sheet for rule tests: a sound objective with three sound key results, varied one
// thing at a time by the tests.
import { COLUMNS, headerRow, type ColumnKey } from "../../src/domain/reading/columns";
import { lintWorkbook } from "../../src/domain/rules/lint";
import { parsePeriod } from "../../src/domain/reading/period";
import { readSheet, type OkrSheet, type ReadOptions } from "../../src/domain/reading/sheet";
import type { CellValue, Finding } from "../../src/domain/types";

export type Row = Partial<Record<ColumnKey, CellValue>>;
export const Q1 = (() => {
  const p = parsePeriod("2026-Q1");
  if (!p.ok) throw new Error();
  return p.value;
})();

/** A sound objective with three sound key results; tests change one thing at a time. */
export function objective(over: Row = {}, n = 1): Row {
  return {
    id: `T-O${n}`,
    level: "Objective",
    statement: "Win the mid-market segment",
    owner: "Dana",
    commitment: "Committed",
    ...over,
  };
}
/** A key result; `okr` numbers its ID unless the test gives one. */
export function kr(over: Row = {}): Row {
  return {
    level: "Key result",
    statement: "Grow qualified pipeline from 120 to 200 deals",
    owner: "Dana",
    krType: "Metric",
    unit: "deals",
    start: 120,
    target: 200,
    current: 150,
    weight: "",
    confidence: "70%",
    due: "2026-03-31",
    ...over,
  };
}
export function okr(o: Row = {}, krs: Row[] = [kr(), kr(), kr()], n = 1): Row[] {
  return [objective(o, n), ...krs.map((k, i) => ({ ...k, id: k.id ?? `T-O${n}-KR${i + 1}` }))];
}

export function sheet(
  rows: Row[],
  opts: {
    name?: string;
    period?: typeof Q1 | null;
    scope?: OkrSheet["header"]["scope"];
    columns?: ColumnKey[];
    hidden?: Pick<ReadOptions, "hiddenRows" | "hiddenSheet">;
    /** An "As of" line above the header row (which then moves down one row). */
    asOf?: string;
  } = {}
): OkrSheet {
  const columns = opts.columns ?? COLUMNS.map((c) => c.key);
  const header = columns.map((k) => headerRow("en")[COLUMNS.findIndex((c) => c.key === k)]);
  const table = [
    ...(opts.asOf ? [["As of", opts.asOf]] : []),
    header,
    ...rows.map((r) => columns.map((k) => r[k] ?? "")),
  ];
  return readSheet(opts.name ?? "Team", table, {
    period: opts.period === undefined ? Q1 : opts.period,
    scope: opts.scope ?? "team",
    ...opts.hidden,
  });
}

export function lint(rows: Row[], opts: Parameters<typeof sheet>[1] = {}): Finding[] {
  return lintWorkbook([sheet(rows, opts)]);
}
export const ids = (findings: Finding[], rule: string) =>
  findings.filter((f) => f.ruleId === rule).map((f) => f.okrId);
