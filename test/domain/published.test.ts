// The wording rules on published OKRs nobody here wrote (test/fixtures/published: sources in its
// README), against a coach's labels: each rule's precision and recall stay at or above the floor.
// `npm run bench -- --accuracy` prints the figures (and, for another checkout, its figures).
import { lintWorkbook } from "../../src/domain/rules/lint";
import { readSheet } from "../../src/domain/reading/sheet";
import { Q1 } from "./rulesSheet";
import { PUBLISHED, loadLabelled, rowsFor, scoreFindings } from "../support/publishedOkrs";

const items = loadLabelled(PUBLISHED);
const sheet = readSheet("Published", rowsFor(items), { period: Q1, scope: "team" });
const scores = scoreFindings(items, lintWorkbook([sheet]));

describe("published OKRs", () => {
  it("are a few hundred statements in the three languages, from the listed sources", () => {
    expect(items.length).toBeGreaterThanOrEqual(250);
    for (const lang of ["en", "zh-CN", "zh-TW"])
      expect(items.filter((x) => x.lang === lang).length).toBeGreaterThanOrEqual(30);
  });

  it.each(scores.map((s) => [s.rule, s] as const))(
    "%s: precision and recall at least 95 %",
    (_rule, score) => {
      expect(score.truePositives).toBeGreaterThan(0);
      expect({
        precision: score.precision >= 0.95,
        recall: score.recall >= 0.95,
        wrong: score.wrong,
      }).toEqual({
        precision: true,
        recall: true,
        wrong: expect.any(Array),
      });
    }
  );
});
