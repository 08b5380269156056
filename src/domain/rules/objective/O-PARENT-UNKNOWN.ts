// O-PARENT-UNKNOWN: Unknown parent objective.
import { rule } from "../rule";
import { idKey } from "../../reading/ids";

export default rule({
  id: "O-PARENT-UNKNOWN",
  topic: "objective",
  on: "objective",
  severity: "warning",
  name: { en: "Unknown parent objective", "zh-CN": "上级目标不存在", "zh-TW": "上級目標不存在" },
  message: {
    en: "Parent “{parent}” of {id} is not an objective in this workbook.",
    "zh-CN": "{id} 的上级目标“{parent}”不是本工作簿中的目标。",
    "zh-TW": "{id} 的上級目標「{parent}」不是本活頁簿中的目標。",
  },
  hint: {
    en: "Use the ID of an objective on any sheet (e.g. CO-O1), or leave Parent empty.",
    "zh-CN": "填写任一工作表中某个目标的编号（如 CO-O1），或留空。",
    "zh-TW": "填寫任一工作表中某個目標的編號（如 CO-O1），或留空。",
  },
  example: 'Parent "CO-O9" when no sheet has that objective',
  check: (o, ctx) =>
    o.parent && !ctx.objectiveIds.has(idKey(o.parent))
      ? { column: "parent", params: { parent: o.parent } }
      : null,
});
