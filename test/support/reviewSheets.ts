// Small OKR sheets for review tests: a header block, a header row, then objectives (owner, weight)
// each with one metric key result from 0 to 10 at `current`.
import { headerRow } from "../../src/domain/reading/columns";
import type { CellValue } from "../../src/domain/types";

export interface OwnedObjective {
  owner: string;
  weight?: CellValue;
  current: number;
}

export function okrRows(
  department: string,
  objectives: readonly OwnedObjective[],
  o: { scope?: string; header?: CellValue[]; prefix?: string } = {}
): CellValue[][] {
  const id = (i: number) => `${o.prefix ?? ""}O${i + 1}`;
  return [
    [`${department} OKRs`],
    ["Department", department, "Scope", o.scope ?? "Department", "Period", "2026-Q1"],
    [],
    o.header ?? headerRow("en").slice(),
    ...objectives.flatMap((ob, i) => [
      [
        id(i),
        "Objective",
        "",
        "Grow it",
        ob.owner,
        "Committed",
        "",
        "",
        null,
        null,
        null,
        ob.weight ?? null,
      ],
      [
        `${id(i)}-KR1`,
        "Key result",
        "",
        "Raise x from 0 to 10",
        "",
        "",
        "Metric",
        "",
        0,
        10,
        ob.current,
        null,
      ],
    ]),
  ];
}

/** Rows as putTable takes them: blanks as ""; a boolean passes through as the boolean it is. */
export const cells = (rows: readonly CellValue[][]): (string | number)[][] =>
  rows.map((r) =>
    Array.from(r, (v) => (v === null || v === undefined ? "" : v) as string | number)
  );
