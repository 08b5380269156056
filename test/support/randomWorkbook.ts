// Random OKR workbooks for property tests: every KR type, increasing and decreasing metrics, values
// past the target and below the start, blanks, Start = Target, text in numeric cells, weights given,
// partly given or absent, and department sheets aligned to a company sheet.
import fc from "fast-check";
import { COLUMNS, headerRow } from "../../src/domain/reading/columns";
import type { CellValue } from "../../src/domain/types";

const FINAL_SCORE = COLUMNS.findIndex((c) => c.key === "finalScore");
const NOTES = COLUMNS.findIndex((c) => c.key === "notes");
/** Milestone ladders in Notes, whose steps' names a Current may hold (reading/ladder.ts). */
const LADDERS = [
  "",
  "Ladder: 0% start · 20% site agreed · 70% lease signed · 100% open",
  "0% 开始5% 提议区域20% 同意位置70% 收购办公室100% 启动和运行",
];
const TYPES = ["Metric", "Milestone", "Binary", "Keep above", "Keep below", ""] as const;

const number = fc.oneof(
  fc.integer({ min: -50, max: 150 }),
  fc
    .double({ min: -100, max: 1000, noNaN: true, noDefaultInfinity: true })
    .map((x) => Math.round(x * 1000) / 1000)
);
const numeric: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("n/a") }
);
const weight: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }).map((w) => w / 100) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("tbd") }
);

const keyResult = fc
  .record({
    type: fc.noBias(fc.constantFrom(...TYPES)),
    start: numeric,
    target: numeric,
    current: numeric,
    binary: fc.constantFrom<CellValue>(true, false, 1, 0, null, 0.5, 3, "yes", "no"),
    // % key results written as shares (0.4), as text ("40%") or as percent points (40).
    unit: fc.constantFrom("", "%"),
    percentStyle: fc.constantFrom("share", "text", "points"),
    // A milestone ladder that ends at 100, at 1, or is not given.
    ladder: fc.constantFrom<number | null>(100, 1, null),
    // Its steps in Notes, and a Current typed as a step's name (any case, spacing or width), or not.
    notes: fc.constantFrom(...LADDERS),
    step: fc.constantFrom<string | null>(
      null,
      null,
      "lease signed",
      " Lease  SIGNED",
      "ｌｅａｓｅ ｓｉｇｎｅｄ",
      "lease sined",
      "收购办公室"
    ),
    // Final scores typed at the period's end: mostly none, shares, percentages, and bad ones.
    final: fc.oneof(
      { weight: 5, arbitrary: fc.constant<CellValue>(null) },
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }).map<CellValue>((x) => x / 100) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map<CellValue>((x) => `${x}%`) },
      { weight: 1, arbitrary: fc.constantFrom<CellValue>(1.5, 70, -0.2, "n/a") }
    ),
    sameStartTarget: fc.noBias(fc.integer({ min: 0, max: 9 })).map((n) => n === 0),
    weight,
  })
  .map((k) => {
    const percent = k.unit === "%" && k.type !== "Milestone" && k.type !== "Binary";
    const styled = (v: CellValue): CellValue => {
      if (!percent || typeof v !== "number") return v;
      if (k.percentStyle === "share") return v / 100;
      return k.percentStyle === "text" ? `${v}%` : v;
    };
    const target = k.sameStartTarget && k.type === "Metric" ? k.start : k.target;
    if (k.type === "Milestone")
      return {
        ...k,
        target: k.ladder,
        current:
          k.step ??
          (typeof k.current === "number" && k.ladder !== 100 ? k.current / 100 : k.current),
      };
    return {
      ...k,
      start: styled(k.start),
      target: styled(target),
      current: k.type === "Binary" ? k.binary : styled(k.current),
    };
  });

const objective = fc.record({
  commitment: fc.constantFrom("Committed", "Aspirational", ""),
  weight,
  keyResults: fc.array(keyResult, { minLength: 0, maxLength: 4 }),
  parent: fc.nat(3),
});

export interface RandomSheet {
  name: string;
  rows: CellValue[][];
}

export const randomWorkbook: fc.Arbitrary<{ sheets: RandomSheet[]; asOf: string }> = fc
  .record({
    company: fc.array(objective, { minLength: 1, maxLength: 3 }),
    departments: fc.array(
      fc.record({
        objectives: fc.array(objective, { minLength: 1, maxLength: 3 }),
        block: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 }
    ),
    asOfDay: fc.integer({ min: -10, max: 100 }),
  })
  .map(({ company, departments, asOfDay }) => {
    const asOf = new Date(Date.UTC(2026, 0, 1 + asOfDay)).toISOString().slice(0, 10);
    const sheet = (
      name: string,
      prefix: string,
      objectives: typeof company,
      block: boolean,
      aligned: boolean
    ) => {
      const rows: CellValue[][] = block
        ? [
            [`${name} OKRs`],
            ["Department", name, "Period", "2026-Q1"],
            ["Period start", "", "Period end", "", "As of", ""],
            [],
            [],
          ]
        : [];
      rows.push(headerRow("en").slice());
      objectives.forEach((o, i) => {
        const id = `${prefix}-O${i + 1}`;
        rows.push([
          id,
          "Objective",
          aligned && o.parent > 0 ? `CO-O${o.parent}` : "",
          `Grow ${name}`,
          "Ann",
          o.commitment,
          "",
          "",
          null,
          null,
          null,
          o.weight,
        ]);
        o.keyResults.forEach((k, j) =>
          rows.push([
            `${id}-KR${j + 1}`,
            "Key result",
            "",
            "Raise x from 1 to 2",
            "",
            "",
            k.type,
            k.unit,
            k.start,
            k.target,
            k.current,
            k.weight,
            ...Array(FINAL_SCORE - 12).fill(null),
            k.final,
            ...Array(NOTES - FINAL_SCORE - 1).fill(null),
            k.type === "Milestone" ? k.notes : "",
          ])
        );
        if (i === 0) rows.push([]);
      });
      return { name, rows };
    };
    return {
      asOf,
      sheets: [
        sheet("Company", "CO", company, true, false),
        ...departments.map((d, i) =>
          sheet(`Dept ${i + 1}`, `D${i + 1}`, d.objectives, d.block, true)
        ),
      ],
    };
  });
