// KR-FINAL-SCORE-FAR: Final score far from progress.
import { rule } from "../rule";
import { FINAL_SCORE_FAR, readFinalScore, scoreKrAtEnd } from "../../scoring/finalScore";
import { percentText } from "../helpers";

export default rule({
  id: "KR-FINAL-SCORE-FAR",
  topic: "keyResult",
  on: "keyResult",
  severity: "info",
  name: {
    en: "Final score far from progress",
    "zh-CN": "最终得分与进度相差较大",
    "zh-TW": "最終得分與進度相差較大",
  },
  message: {
    en: "{id} has the final score {score} while its values say {progress}.",
    "zh-CN": "{id} 的最终得分为 {score}，而数值计算的进度为 {progress}。",
    "zh-TW": "{id} 的最終得分為 {score}，而數值計算的進度為 {progress}。",
  },
  hint: {
    en: "Note in the review why the score differs, so the next period learns from it.",
    "zh-CN": "在复盘中写明得分不同的原因，供下一期借鉴。",
    "zh-TW": "在檢討中寫明得分不同的原因，供下一期借鏡。",
  },
  example:
    "Final score 90 % where the values say 37.5 % (more than 0.3 apart): say why in the review",
  check: (kr) => {
    if (readFinalScore(kr.cells.finalScore).kind !== "score") return null;
    const { final, computed: progress } = scoreKrAtEnd(kr);
    if (final.kind !== "score" || progress === null) return null;
    return Math.abs(final.value - progress) > FINAL_SCORE_FAR
      ? {
          column: "finalScore",
          params: { score: percentText(final.value), progress: percentText(progress) },
        }
      : null;
  },
});
