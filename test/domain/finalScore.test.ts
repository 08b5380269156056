// The Final score column (seed 003): where typed it replaces progress in the objective's weighted
// score and in the grade, in the reference model and in the formulas HyperFormula computes; where
// empty, progress stands; a score that is no share is an error, one far from progress an info.
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { renderFinding } from "../../src/domain/rules/lint";
import { readFinalScore } from "../../src/domain/scoring/finalScore";
import { scoreWorkbook } from "../../src/domain/scoring/model";
import { LANGS, type CellValue } from "../../src/domain/types";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { valuesOf } from "../support/emulatorRead";
import { ids, kr, lint, okr, sheet, type Row } from "./rulesSheet";

const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
// Each sound KR is at (150 − 120) / (200 − 120) = 0.375.
const P = 0.375;
const withFinals = (finals: CellValue[]) =>
  okr(
    {},
    finals.map((f) => kr({ finalScore: f }))
  );

describe("reading a final score", () => {
  it("takes shares and percentages, and nothing else", () => {
    expect(readFinalScore(0.7)).toEqual({ kind: "score", value: 0.7 });
    expect(readFinalScore("70%")).toEqual({ kind: "score", value: 0.7 });
    expect(readFinalScore(1)).toEqual({ kind: "score", value: 1 });
    expect(readFinalScore("")).toEqual({ kind: "empty" });
    expect(readFinalScore(" ")).toEqual({ kind: "bad", text: " " });
    expect(readFinalScore(70)).toEqual({ kind: "bad", text: "70" });
    expect(readFinalScore("120%")).toEqual({ kind: "bad", text: "120%" });
    expect(readFinalScore("good")).toEqual({ kind: "bad", text: "good" });
  });
});

describe("the final score in the reference model", () => {
  const scoreOf = (rows: Row[], asOf = "2026-03-31", columns?: ColumnKey[]) =>
    scoreWorkbook([sheet(rows, { columns })], asOf);

  it("replaces progress in the objective's mean and in the grade; empty keeps progress", () => {
    const score = scoreOf(withFinals([1, "", "50%"]));
    const [objective, k1, k2, k3] = score.rows;
    expect(objective.progress).toBeCloseTo((1 + P + 0.5) / 3, 12);
    // The KR's Progress is its final score (no gap: the score speaks), and so is its grade.
    expect([k1.progress, k1.gapToTarget, k1.status]).toEqual([1, null, "green"]);
    expect([k2.progress, k2.gapToTarget, k2.status]).toEqual([P, 50, "red"]);
    expect([k3.progress, k3.gapToTarget, k3.status]).toEqual([0.5, null, "red"]);
    expect(score.sheets[0].score).toBeCloseTo((1 + P + 0.5) / 3, 12);
  });

  it("leaves a KR with a bad final score out of the mean and ungraded", () => {
    const [objective, bad] = scoreOf(withFinals([1.5, 1, 1])).rows;
    expect([objective.progress, bad.progress, bad.status, bad.problem]).toEqual([
      1,
      null,
      null,
      "KR-FINAL-SCORE-RANGE",
    ]);
  });

  it("scores a sheet without the column as before", () => {
    const columns = COLUMNS.map((c) => c.key).filter((k) => k !== "finalScore");
    const [objective] = scoreOf(okr(), "2026-03-31", columns).rows;
    expect(objective.progress).toBeCloseTo(P, 12);
  });
});

describe("final score findings", () => {
  it("an error, located, in three languages, for a score that is no share", () => {
    const findings = lint(withFinals([70, 0.5, ""]));
    const hits = findings.filter((f) => f.ruleId === "KR-FINAL-SCORE-RANGE");
    const letter = String.fromCharCode(65 + col("finalScore"));
    expect(hits.map((f) => [f.okrId, f.cell, f.severity])).toEqual([
      ["T-O1-KR1", `${letter}3`, "error"],
    ]);
    expect(LANGS.map((l) => renderFinding(hits[0], l).message)).toEqual([
      "The final score “70” of T-O1-KR1 is not a score from 0 to 1; the key result is not scored until it is.",
      "T-O1-KR1 的最终得分“70”不是 0 到 1 之间的分数；改正之前该关键结果不计分。",
      "T-O1-KR1 的最終得分「70」不是 0 到 1 之間的分數；改正之前該關鍵結果不計分。",
    ]);
  });

  it("an info when the final score is more than 0.3 from the progress", () => {
    const findings = lint(withFinals([0.9, 0.6, 0.05]));
    expect(ids(findings, "KR-FINAL-SCORE-FAR")).toEqual(["T-O1-KR1", "T-O1-KR3"]);
    const far = findings.find((f) => f.ruleId === "KR-FINAL-SCORE-FAR")!;
    expect(far.severity).toBe("info");
    expect(renderFinding(far, "en").message).toBe(
      "T-O1-KR1 has the final score 90% while its values say 37.5%."
    );
    expect(renderFinding(far, "zh-TW").message).toContain("最終得分為 90%");
  });
});

describe("the final score in the sheet's formulas (HyperFormula)", () => {
  it("gives the model's objective score and grades", async () => {
    const rows = withFinals([1, "", 0.5]);
    const header = COLUMNS.map((c) => c.header.en);
    const grid = [
      ["Team OKRs"],
      ["Period", "2026-Q1"],
      header,
      ...rows.map((r) => COLUMNS.map((c) => r[c.key] ?? "")),
    ];
    const excel = createEmulatedExcel({ sheets: ["Team"] });
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Team")
        .getRange("A1")
        .getResizedRange(grid.length - 1, header.length - 1).values = grid.map((r) =>
        Array.from({ length: header.length }, (_, i) => r[i] ?? "")
      ) as never;
      await context.sync();
    });
    await scoreWorkbookInExcel(excel, { asOf: "2026-03-31", checkedOn: "2026-03-31", lang: "en" });
    const values = valuesOf(excel, "Team");
    expect(values[3][col("progress")]).toBeCloseTo((1 + P + 0.5) / 3, 12);
    expect([4, 5, 6].map((r) => values[r][col("status")])).toEqual([
      "Achieved",
      "Missed",
      "Missed",
    ]);
    expect([4, 5, 6].map((r) => values[r][col("progress")])).toEqual([1, P, 0.5]);
    expect([4, 5, 6].map((r) => values[r][col("gapToTarget")])).toEqual(["", 50, ""]);
  });
});
