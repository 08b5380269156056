// KR-PERCENT-SCALE: Percent scale unclear.
import { rule } from "../rule";
import { VALUE_KEYS, asTyped } from "../../reading/valueCells";
import { shareFormat } from "../helpers";
import { krValues, mayBeAmbiguous } from "../../scoring/values";

export default rule({
  id: "KR-PERCENT-SCALE",
  topic: "keyResult",
  on: "keyResult",
  severity: "error",
  name: { en: "Percent scale unclear", "zh-CN": "百分比刻度不明", "zh-TW": "百分比刻度不明" },
  message: {
    en: "The values {values} of {id} mix shares (0.8) with percent points (1 or more): 1 could be 1 % or 100 %. It is not scored until they say which.",
    "zh-CN":
      "{id} 的数值 {values} 混用了小数（0.8）和百分点（1 及以上）：1 可能是 1% 也可能是 100%。在写明之前不计分。",
    "zh-TW":
      "{id} 的數值 {values} 混用了小數（0.8）和百分點（1 以上）：1 可能是 1% 也可能是 100%。寫明之前不計分。",
  },
  hint: {
    en: "Type the values with % signs (1%, 0.8%), then score again.",
    "zh-CN": "请带上 % 号输入数值（如 1%、0.8%），然后重新计分。",
    "zh-TW": "請帶上 % 號輸入數值（如 1%、0.8%），然後重新計分。",
  },
  fix: {
    readme:
      "every bare value read as percent points and written as a share with its % sign (`1` → 1 %, `0.8` → 0.8 %)",
    label: {
      en: "Read as percent points (1 → 1 %, 0.8 → 0.8 %)",
      "zh-CN": "按百分点读取（1 → 1%，0.8 → 0.8%）",
      "zh-TW": "按百分點讀取（1 → 1%，0.8 → 0.8%）",
    },
    edits: ({ keyResult }) => {
      if (!keyResult) return null;
      const edits = VALUE_KEYS.flatMap((column) => {
        const value = asTyped(keyResult.cells[column]);
        if (typeof value !== "number") return [];
        const share = value / 100;
        return [{ row: keyResult.row, column, value: share, numberFormat: shareFormat(share) }];
      });
      return edits.length ? edits : null;
    },
  },
  example:
    "a % key result with Target `1` and Current `0.8`: 1 % and 0.8 %, or 100 % and 80 %? Write the % signs; not scored until then",
  // Bare percentages on no one scale (0.8 beside 1): which one was meant cannot be told.
  check: (kr) => {
    if (!mayBeAmbiguous(kr)) return null;
    const typed = {
      start: asTyped(kr.cells.start),
      target: asTyped(kr.cells.target),
      current: asTyped(kr.cells.current),
    };
    const { ambiguous, cells } = krValues({ ...kr, cells: typed });
    if (ambiguous.length === 0) return null;
    const values = ambiguous
      .map((key) => (cells[key].kind === "number" ? String(cells[key].value) : ""))
      .join(", ");
    return { column: ambiguous[0], params: { values, columns: ambiguous.join(",") } };
  },
});
