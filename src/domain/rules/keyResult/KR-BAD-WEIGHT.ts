// KR-BAD-WEIGHT: Bad weight.
import { rule } from "../rule";
import { isBlankCell } from "../../reading/sheet";
import { has, rowName, shareFormat } from "../helpers";
import type { KeyResult } from "../../types";

export default rule({
  id: "KR-BAD-WEIGHT",
  topic: "keyResult",
  on: "sheet",
  severity: "error",
  name: { en: "Bad weight", "zh-CN": "权重有误", "zh-TW": "權重有誤" },
  message: {
    en: "Weight of {id} {problem}.",
    "zh-CN": "{id} 的权重{problem}。",
    "zh-TW": "{id} 的權重{problem}。",
  },
  hint: {
    en: "Give every key result of the objective a weight of 0% or more, or clear them all.",
    "zh-CN": "为该目标的每个关键结果填写不小于 0% 的权重，或全部清空。",
    "zh-TW": "為該目標的每個關鍵結果填寫不小於 0% 的權重，或全部清空。",
  },
  example: "weight −10 %, or missing while its siblings have weights",
  fix: {
    readme: "the missing weights share what the others leave of 100 %",
    // Missing weights share what the given ones leave of 100 %, equally.
    label: {
      en: "Fill in the weights to 100%",
      "zh-CN": "补齐权重至 100%",
      "zh-TW": "補齊權重至 100%",
    },
    offered: (finding) => finding.params?.problem === "missing",
    edits: ({ finding, objective, keyResult }) => {
      if (!objective || !keyResult || finding.params?.problem !== "missing") return null;
      const missing = objective.keyResults.filter(
        (kr) => kr.weight === null && isBlankCell(kr.cells.weight)
      );
      const given = objective.keyResults.reduce((sum, kr) => sum + (kr.weight ?? 0), 0);
      if (missing.length === 0 || given > 1) return null;
      const share = Math.round(((1 - given) / missing.length) * 1e4) / 1e4;
      return [
        { row: keyResult.row, column: "weight", value: share, numberFormat: shareFormat(share) },
      ];
    },
  },
  // Weights are only wrong relative to the objective's other key results.
  check: (sheet) => {
    if (!has(sheet, "weight")) return null;
    return sheet.objectives.flatMap((o) => {
      const anyWeight = o.keyResults.some((kr) => kr.weight !== null);
      const bad = (kr: KeyResult) =>
        kr.weight !== null && kr.weight < 0
          ? "negative"
          : kr.weight === null && anyWeight && isBlankCell(kr.cells.weight)
            ? "missing"
            : null;
      return o.keyResults.flatMap((kr) => {
        const problem = bad(kr);
        return problem
          ? [
              {
                column: "weight" as const,
                row: kr.row,
                okrId: kr.id,
                params: { id: rowName(kr), problem },
              },
            ]
          : [];
      });
    });
  },
});
