// SHEET-COMMITMENT-MIX: Commitment mix.
import { rule } from "../rule";
import { has, percentText } from "../helpers";

export default rule({
  id: "SHEET-COMMITMENT-MIX",
  topic: "sheet",
  on: "sheet",
  severity: "info",
  name: { en: "Commitment mix", "zh-CN": "承诺型占比", "zh-TW": "承諾型佔比" },
  message: {
    en: "{share} of the objectives are committed; about 60% is usual.",
    "zh-CN": "承诺型目标占 {share}；通常约为 60%。",
    "zh-TW": "承諾型目標佔 {share}；通常約為 60%。",
  },
  hint: {
    en: "Mix committed objectives (must reach 1.0) with aspirational ones (stretch goals).",
    "zh-CN": "把承诺型目标（必须达到 1.0）与挑战型目标（跳一跳够得着）搭配起来。",
    "zh-TW": "把承諾型目標（必須達到 1.0）與挑戰型目標（跳一跳搆得著）搭配起來。",
  },
  thresholds: { commitmentMix: { min: { default: 0.4 }, max: { default: 0.8 } } },
  example: "every objective committed (usual share about 60 %, outside 40–80 %)",
  check: (sheet, ctx) => {
    const marked = sheet.objectives.filter((o) => o.commitment !== null);
    if (marked.length < 2 || !has(sheet, "commitment")) return null;
    const share = marked.filter((o) => o.commitment === "committed").length / marked.length;
    const { min, max } = ctx.settings.commitmentMix;
    return share < min || share > max
      ? { column: "commitment", row: sheet.headerRow, params: { share: percentText(share) } }
      : null;
  },
});
