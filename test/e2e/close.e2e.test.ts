// Closing the period in an independent engine: LibreOffice recalculates the closed workbook and its
// numbers — final scores mixed in with computed progress, the Review's final scores and grades, and
// the next period's sheets — equal the reference model's.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REVIEW_COLUMNS } from "../../src/domain/close/periodReview";
import { GRADES } from "../../src/domain/reading/vocabulary";
import { okr } from "../support/cli";
import { closedQuarter } from "../support/closing";
import { recalculate } from "../support/libreoffice";
import { expectSame } from "../support/modelCheck";

const KEYS = Object.keys(REVIEW_COLUMNS);
const rcol = (key: string) => KEYS.indexOf(key);
const GRADE = new Map(GRADES.flatMap((g) => Object.values(g.label).map((l) => [l, g.value])));

describe.each(["en", "zh-CN", "zh-TW"] as const)("closing in LibreOffice (%s)", (lang) => {
  it("agrees with the model on final scores, the Review and the next period", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-close-lo-"));
    // Final scores on some KRs: agreeing with progress, far from it, a percentage, a 0 and a 1.
    const closed = await closedQuarter(dir, {
      templates: "company,sales,hr",
      lang,
      values:
        'ID,Current\nSALES-O1-KR1,"1,600,000"\nSALES-O1-KR3,20%\nCO-O1-KR1,50\nHR-O1-KR1,4.2\n',
      scores:
        "ID,Final score,What worked,What did not,Why,Lesson,Carry over\n" +
        "SALES-O1-KR1,0.5\nSALES-O1-KR2,90%\nSALES-O2-KR1,0\nCO-O1-KR2,1\nHR-O1-KR1,0.35\n" +
        "SALES-O1,,Enterprise deals,Partners,Late start,Start early,yes\nCO-O2,,,,,,yes\n",
    });
    const scoredFile = join(dir, "scored.xlsx");
    const json = await okr(
      "score",
      closed,
      "--as-of",
      "2026-03-31",
      "--lang",
      lang,
      "--format",
      "json",
      "-o",
      scoredFile
    );
    expect(json.status).toBe(0);
    const model = JSON.parse(json.out);
    const sheets = recalculate(scoredFile);
    // The Summary's details (its tables) are "Summary details" in English, "OKR 汇总明细" /
    // "OKR 彙總明細" in Chinese.
    const summaryName = [...sheets.keys()].find((n) =>
      /^(Summary details|OKR 汇总明细|OKR 彙總明細)$/.test(n)
    )!;
    sheets.set("Summary details", sheets.get(summaryName)!);
    expectSame(sheets, model);

    // The Review: one row per objective, its final score and grade as the model has them.
    const reviewName = { en: "Review", "zh-CN": "复盘", "zh-TW": "檢討" }[lang];
    const review = (sheets.get(reviewName) ?? []).slice(3);
    const objectives = model.rows.filter((r: { level: string }) => r.level === "objective");
    expect(review.map((r) => r[rcol("id")])).toEqual(objectives.map((o: { id: string }) => o.id));
    for (const o of objectives) {
      const line = review.find((r) => r[rcol("id")] === o.id)!;
      expect([o.id, Math.abs((line[rcol("finalScore")] as number) - o.progress) < 1e-9]).toEqual([
        o.id,
        true,
      ]);
      expect([o.id, GRADE.get(String(line[rcol("grade")]))]).toEqual([o.id, o.status]);
    }
    // A final score replaced SALES-O1-KR2's progress of 0 in its objective's mean (40/30/30 %).
    const sales1 = objectives.find((o: { id: string }) => o.id === "SALES-O1");
    expect(sales1.progress).toBeCloseTo(0.4 * 0.5 + 0.3 * 0.9 + (0.3 * (0.2 - 0.18)) / 0.07, 9);

    // The next period, scored in LibreOffice too.
    const q2 = join(dir, "q2.xlsx");
    expect(
      (await okr("next", closed, "--period", "2026-Q2", "--lang", lang, "-o", q2)).status
    ).toBe(0);
    const q2Scored = join(dir, "q2-scored.xlsx");
    const q2Json = await okr(
      "score",
      q2,
      "--as-of",
      "2026-04-15",
      "--lang",
      lang,
      "--format",
      "json",
      "-o",
      q2Scored
    );
    expect(q2Json.status).toBe(0);
    const q2Model = JSON.parse(q2Json.out);
    expect(
      q2Model.sheets
        .map((s: { name: string }) => s.name)
        .filter((n: string) => n.includes("2026-Q2"))
    ).toHaveLength(2);
    const q2Sheets = recalculate(q2Scored);
    q2Sheets.set("Summary details", q2Sheets.get(summaryName)!);
    expectSame(q2Sheets, q2Model);
  });
});
