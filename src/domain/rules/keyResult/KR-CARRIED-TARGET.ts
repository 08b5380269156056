// KR-CARRIED-TARGET: Carried key result needs a new target. A key result that reached or passed
// its target carries with Start = its last Current and no Target (scoring/carryOver.ts): never
// turned around silently.
import { rule } from "../rule";
import { carriedWithoutTarget, isShare, shownNumber } from "../helpers";
import { carriedFrom } from "../../scoring/carryOver";
import { krValues } from "../../scoring/values";

export default rule({
  id: "KR-CARRIED-TARGET",
  topic: "keyResult",
  on: "keyResult",
  severity: "error",
  name: {
    en: "Carried key result needs a new target",
    "zh-CN": "延续的关键结果需要新目标值",
    "zh-TW": "延續的關鍵結果需要新目標值",
  },
  message: {
    en: "{id} carries over {from}, which reached or passed its target: it starts at {start} with no Target.",
    "zh-CN": "{id} 延续自 {from}，后者已达到或超过目标值：本期从 {start} 开始，尚无目标值。",
    "zh-TW": "{id} 延續自 {from}，後者已達到或超過目標值：本期從 {start} 開始，尚無目標值。",
  },
  hint: {
    en: "Type a Target beyond {start} in the direction it should move, and say it in the statement; or delete the row if it is done.",
    "zh-CN": "请在应变化的方向上填写超过 {start} 的目标值，并在描述中写明；若已完成，请删除该行。",
    "zh-TW": "請在應變化的方向上填寫超過 {start} 的目標值，並在描述中寫明；若已完成，請刪除該列。",
  },
  example:
    "a key result carried from one at Start 100, Target 200, Current 260: it starts at 260 and needs a new Target",
  check: (kr) => {
    if (!carriedWithoutTarget(kr)) return null;
    const start = krValues(kr).start;
    return {
      column: "target",
      params: {
        from: carriedFrom(kr.notes) as string,
        start: start === null ? "?" : shownNumber(start, isShare(kr)),
      },
    };
  },
});
