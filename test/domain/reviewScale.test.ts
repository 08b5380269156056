// The 360° review grows linearly with the people and their ratings (issue 35: `okr review` of
// 10,000 people ran past a minute). Names are compared ignoring case, by lowercasing them; a search
// of every person or rating per person (what made it quadratic) lowercases per pair. So the work is
// counted as calls to toLowerCase at two sizes, not timed: twice the people, about twice the calls.
import { findPeople, reviewModel, DEFAULT_WEIGHTS } from "../../src/domain/review360/model";
import { readRatings, type RatingsTable } from "../../src/domain/reading/ratingsSheet";
import { readSheet, type OkrSheet } from "../../src/domain/reading/sheet";
import { lintReview } from "../../src/domain/rules/lint";
import type { CellValue } from "../../src/domain/types";
import { okrRows } from "../support/reviewSheets";

const settings = { weights: DEFAULT_WEIGHTS, scale: { low: 1, high: 5 } };
const name = (i: number) => `Person ${i}`;

/** `people` people in departments of 50, each owning one objective and rated six times. */
function inputs(people: number): { sheets: OkrSheet[]; table: RatingsTable } {
  const sheets: OkrSheet[] = [];
  for (let first = 0; first < people; first += 50) {
    const owners = Array.from({ length: 50 }, (_, k) => ({
      owner: name(first + k),
      current: (first + k) % 11,
    }));
    const department = `Dept ${first / 50}`;
    sheets.push(readSheet(department, okrRows(department, owners, { prefix: `D${first}-` })));
  }
  const grid: CellValue[][] = [["Person", "Rater", "Role", "Score"]];
  for (let i = 0; i < people; i++)
    grid.push(
      [name(i), name(i), "Self", 1 + (i % 5)],
      [name(i), "Boss", "Manager", 1 + ((i + 1) % 5)],
      [name(i), "HR", "Designated", 1 + ((i + 2) % 5)],
      ...[1, 2, 3].map((k) => [name(i), name((i + k) % people), "Peer", 1 + ((i + k) % 5)])
    );
  grid.push(["Nobody", "Boss", "Manager", 3]);
  return { sheets, table: readRatings(grid) as RatingsTable };
}

/** Calls to toLowerCase while the people are found, modelled and their ratings checked. */
function lowercasings(people: number): number {
  const { sheets, table } = inputs(people);
  // Counted by a plain wrapper: a jest spy records every call's arguments, too slow for millions.
  const toLowerCase = String.prototype.toLowerCase;
  let calls = 0;
  String.prototype.toLowerCase = function (this: string) {
    calls++;
    return toLowerCase.call(this);
  };
  try {
    const found = findPeople(sheets);
    const model = reviewModel(found, table.ratings, table.lang, settings, () => 0.5);
    const findings = lintReview({
      okrSheets: sheets,
      ratingsSheet: "Ratings",
      ratings: table,
      people: found,
      settings,
      reviewSheet: "360 Review",
      weightsTotal: { row: 2, col: 10 },
      scaleLow: { row: 1, col: 1 },
    });
    // The work was done: everyone found, ranked within their department, the stranger reported.
    expect(found).toHaveLength(people);
    expect(model.people.every((p) => p.rank !== null && p.rank <= 50)).toBe(true);
    expect(findings.map((f) => f.ruleId)).toEqual(["REVIEW-UNKNOWN-PERSON"]);
    return calls;
  } finally {
    String.prototype.toLowerCase = toLowerCase;
  }
}

it("finds people, models them and checks their ratings in work linear in their number", () => {
  const small = lowercasings(100);
  const large = lowercasings(400);
  // Linear: 4×; a search per person or per rating: 16×.
  expect(large / small).toBeLessThan(4.5);
});
