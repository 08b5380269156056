// Random 360° reviews for property tests: the random OKR workbooks with their objectives owned by
// random people (some on an Individual-scope sheet of their own), and random ratings — many peers,
// missing roles, scores off the scale, text, raters rating themselves, unknown people, role words
// in another case — on a random scale, with random weights.
import fc from "fast-check";
import type { CellValue } from "../../src/domain/types";
import { randomWorkbook, type RandomSheet } from "./randomWorkbook";
import { okrRows } from "./reviewSheets";

const PEOPLE = ["Ann", "Bo Li", "陈静", "Dana", "Eve", "林小明", "Finn"];
const ROLE_WORDS = ["Self", "Peer", "Peer", "peer", "Manager", "Designated", "Boss"];
const SCALES = [
  { low: 1, high: 5 },
  { low: 0, high: 100 },
  { low: 0, high: 1 },
];

export interface RandomReview {
  sheets: RandomSheet[];
  asOf: string;
  ratings: CellValue[][];
  scale: { low: number; high: number };
  weights: number[];
}

const rating = fc.record({
  person: fc.nat(PEOPLE.length),
  rater: fc.nat(PEOPLE.length + 3),
  role: fc.constantFrom(...ROLE_WORDS),
  // A share of the scale, sometimes past either end; or something that is not a number.
  at: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -10, max: 110 }).map((x) => x / 100) },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>("n/a", null, true) }
  ),
  whole: fc.boolean(),
});

export const randomReview: fc.Arbitrary<RandomReview> = fc
  .record({
    workbook: randomWorkbook,
    owners: fc.array(fc.nat(PEOPLE.length - 1), { minLength: 12, maxLength: 12 }),
    individual: fc.option(fc.record({ owner: fc.nat(PEOPLE.length - 1), weight: fc.nat(100) })),
    ratings: fc.array(rating, { minLength: 0, maxLength: 40 }),
    // The owner of the first objective, rated by many peers.
    crowd: fc.array(
      fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
      { minLength: 0, maxLength: 15 }
    ),
    scale: fc.constantFrom(...SCALES),
    weights: fc.oneof(
      fc.constant<number[]>([40, 10, 15, 25, 10]),
      fc.array(fc.nat(50), { minLength: 5, maxLength: 5 })
    ),
  })
  .map(({ workbook, owners, individual, ratings, scale, weights, crowd }) => {
    let n = 0;
    const sheets = workbook.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((r) =>
        r[1] === "Objective" ? r.map((c, i) => (i === 4 ? PEOPLE[owners[n++ % 12]] : c)) : r
      ),
    }));
    if (individual) {
      const owner = PEOPLE[individual.owner];
      sheets.push({
        name: "Mine",
        rows: okrRows(
          "Solo",
          [
            { owner, weight: individual.weight / 100, current: 4 },
            { owner, weight: 0.5, current: 9 },
          ],
          { scope: "Individual", prefix: "IND-" }
        ),
      });
    }
    const range = scale.high - scale.low;
    const name = (i: number) => PEOPLE[i] ?? `Stranger ${i}`;
    return {
      sheets,
      asOf: workbook.asOf,
      scale,
      weights: weights.map((w) => w / 100),
      ratings: [
        ...crowd.map((u, i) => [
          PEOPLE[owners[0]],
          `Peer ${i}`,
          "Peer",
          scale.low + u * range,
          "",
          "",
        ]),
        ...ratings.map((r) => [
          name(r.person),
          name(r.rater),
          r.role,
          typeof r.at === "number"
            ? scale.low + (r.whole && range > 1 ? Math.round(r.at * range) : r.at * range)
            : r.at,
          "",
          "",
        ]),
      ],
    };
  });
