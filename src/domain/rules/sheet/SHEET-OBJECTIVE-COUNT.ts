// SHEET-OBJECTIVE-COUNT: Too many objectives.
import { rule } from "../rule";
import { has } from "../helpers";

export default rule({
  id: "SHEET-OBJECTIVE-COUNT",
  topic: "sheet",
  on: "sheet",
  severity: "warning",
  name: { en: "Too many objectives", "zh-CN": "目标过多", "zh-TW": "目標過多" },
  message: {
    en: "The sheet has {count} objectives; at most {max} are recommended for this scope.",
    "zh-CN": "该表有 {count} 个目标；此范围建议最多 {max} 个。",
    "zh-TW": "該表有 {count} 個目標；此範圍建議最多 {max} 個。",
  },
  hint: {
    en: "Focus: keep the objectives that matter most this period and drop or defer the rest.",
    "zh-CN": "聚焦：保留本周期最重要的目标，其余删除或延后。",
    "zh-TW": "聚焦：保留本週期最重要的目標，其餘刪除或延後。",
  },
  thresholds: {
    maxObjectives: {
      team: {
        default: 5,
        label: {
          en: "Most objectives on a team or department sheet",
          "zh-CN": "团队或部门表最多目标数",
          "zh-TW": "團隊或部門表最多目標數",
        },
      },
      department: { default: 5, follows: "team" },
      company: { default: 5, follows: "team" },
      individual: {
        default: 3,
        label: {
          en: "Most objectives on an individual sheet",
          "zh-CN": "个人表最多目标数",
          "zh-TW": "個人表最多目標數",
        },
      },
    },
  },
  example: "6 objectives on a team sheet, 4 on an individual one (*setting*)",
  check: (sheet, ctx) => {
    const scope = sheet.header.scope ?? "team";
    const max = ctx.settings.maxObjectives[scope];
    const count = sheet.objectives.length;
    return count > max && has(sheet, "level")
      ? { column: "level", row: sheet.headerRow, params: { count, max, scope } }
      : null;
  },
});
