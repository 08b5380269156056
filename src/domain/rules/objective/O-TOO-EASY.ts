// O-TOO-EASY: Maybe too easy.
import { rule } from "../rule";
import { tooEasyScore } from "../../scoring/model";
import { rowName } from "../helpers";
import type { ColumnKey } from "../../reading/columns";

export default rule({
  id: "O-TOO-EASY",
  topic: "objective",
  on: "sheet",
  severity: "info",
  name: { en: "Maybe too easy", "zh-CN": "目标可能过易", "zh-TW": "目標可能過易" },
  message: {
    en: "The aspirational objective {id} ended the period at {score}: it may not have been ambitious enough.",
    "zh-CN": "挑战型目标 {id} 期末得分 {score}：目标可能不够有挑战性。",
    "zh-TW": "挑戰型目標 {id} 期末得分 {score}：目標可能不夠有挑戰性。",
  },
  hint: {
    en: "An aspirational OKR that ends at 0.6–0.7 is a very good result; set the next one higher.",
    "zh-CN": "挑战型 OKR 期末达到 0.6–0.7 已是很好的结果；下一期把目标定得更高。",
    "zh-TW": "挑戰型 OKR 期末達到 0.6–0.7 已是很好的結果；下一期把目標訂得更高。",
  },
  example:
    "an aspirational objective that ends the period at 0.97: it may not have been ambitious enough",
  // At the period's end an aspirational objective at 0.95 or more may have aimed too low.
  check: (sheet) =>
    sheet.objectives.flatMap((o) => {
      const score = tooEasyScore(sheet, o);
      return score === null
        ? []
        : [
            {
              column: "statement" as ColumnKey,
              row: o.row,
              okrId: o.id,
              params: { id: rowName(o), score: score.toFixed(2) },
            },
          ];
    }),
});
