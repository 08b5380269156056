// KR-FINAL-SCORE-RANGE: Final score not 0–1.
import { rule } from "../rule";
import { readFinalScore } from "../../scoring/finalScore";

export default rule({
  id: "KR-FINAL-SCORE-RANGE",
  topic: "keyResult",
  on: "keyResult",
  severity: "error",
  name: { en: "Final score not 0–1", "zh-CN": "最终得分不在 0–1", "zh-TW": "最終得分不在 0–1" },
  message: {
    en: "The final score “{value}” of {id} is not a score from 0 to 1; the key result is not scored until it is.",
    "zh-CN": "{id} 的最终得分“{value}”不是 0 到 1 之间的分数；改正之前该关键结果不计分。",
    "zh-TW": "{id} 的最終得分「{value}」不是 0 到 1 之間的分數；改正之前該關鍵結果不計分。",
  },
  hint: {
    en: "Type a score from 0 to 1 (0.7) or a percentage with its % sign (70%), or leave it empty to use the progress.",
    "zh-CN": "请输入 0 到 1 的分数（0.7）或带 % 号的百分比（70%），或留空以采用进度。",
    "zh-TW": "請輸入 0 到 1 的分數（0.7）或帶 % 號的百分比（70%），或留空以採用進度。",
  },
  example:
    "Final score `70` or `120%` (type 0.7 or 70 %): the key result is not scored until it is 0–1",
  // Seed 003: the owner's final score replaces progress; one that is no score is not guessed at,
  // and one far from what the values say is worth a question in the review.
  check: (kr) => {
    // Read as scoreKrAtEnd reads it, without scoring the row: most rows have no final score.
    const final = readFinalScore(kr.cells.finalScore);
    return final.kind === "bad" ? { column: "finalScore", params: { value: final.text } } : null;
  },
});
