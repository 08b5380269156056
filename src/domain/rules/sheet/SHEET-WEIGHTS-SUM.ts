// SHEET-WEIGHTS-SUM: Objective weights do not add up.
import { rule } from "../rule";
import { isBlankCell } from "../../reading/sheet";
import { has, percentText, rowName } from "../helpers";
import { WEIGHT_TOLERANCE } from "../objective/O-WEIGHTS-SUM";

export default rule({
  id: "SHEET-WEIGHTS-SUM",
  topic: "sheet",
  on: "sheet",
  severity: "warning",
  name: {
    en: "Objective weights do not add up",
    "zh-CN": "目标权重合计不为 100%",
    "zh-TW": "目標權重合計不為 100%",
  },
  message: {
    en: "Objective weights {problem}.",
    "zh-CN": "目标权重{problem}。",
    "zh-TW": "目標權重{problem}。",
  },
  hint: {
    en: "Give every objective on the sheet a weight so they total 100%, or clear them all for equal weights.",
    "zh-CN": "为本表每个目标填写权重并使其合计为 100%，或全部清空以平均分配。",
    "zh-TW": "為本表每個目標填寫權重並使其合計為 100%，或全部清空以平均分配。",
  },
  reads: WEIGHT_TOLERANCE,
  example: "objective weights 60 % and 30 %, or a weight on one objective and not the other",
  // Objective weights: all or none, and together 100 % (the KRs' own sum is O-WEIGHTS-SUM's).
  check: (sheet, ctx) => {
    const weighted = sheet.objectives.filter((o) => !isBlankCell(o.cells.weight));
    if (weighted.length === 0 || !has(sheet, "weight")) return null;
    if (weighted.length < sheet.objectives.length) {
      return sheet.objectives
        .filter((o) => isBlankCell(o.cells.weight))
        .map((o) => ({
          column: "weight",
          row: o.row,
          okrId: o.id,
          params: { id: rowName(o), problem: "partial" },
        }));
    }
    const sum = weighted.reduce((total, o) => total + (o.weight ?? 0), 0);
    if (weighted.some((o) => o.weight === null)) return null; // KR-BAD-VALUE's
    return Math.abs(sum - 1) > ctx.settings.weightTolerance
      ? {
          column: "weight",
          row: sheet.headerRow,
          params: { sum: percentText(sum), problem: "sum" },
        }
      : null;
  },
});
