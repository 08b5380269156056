// KR-PLACEHOLDER: Placeholder for a number.
import { rule } from "../rule";
import { placeholderIn } from "../../text/analyze";

export default rule({
  id: "KR-PLACEHOLDER",
  topic: "keyResult",
  on: "keyResult",
  severity: "error",
  name: {
    en: "Placeholder for a number",
    "zh-CN": "数字尚未填写",
    "zh-TW": "數字尚未填寫",
  },
  message: {
    en: "The key result “{statement}” holds “{placeholder}” where a number belongs.",
    "zh-CN": "关键结果“{statement}”中用“{placeholder}”代替了数字。",
    "zh-TW": "關鍵結果「{statement}」中用「{placeholder}」代替了數字。",
  },
  hint: {
    en: "Fill in the number, e.g. “Grow MAU from 40,000 to 55,000”.",
    "zh-CN": "填上具体数字，例如“月活用户从4万增长到5.5万”。",
    "zh-TW": "填上具體數字，例如「月活躍用戶從4萬成長到5.5萬」。",
  },
  example:
    '"Grow revenue by X%", "Reach N₀ MAU", "GMV达到XX万美元", "从？%提升到？%" — fill in the number',
  check: (kr) => {
    const placeholder = kr.statement ? placeholderIn(kr.statement) : null;
    return placeholder ? { column: "statement", params: { placeholder } } : null;
  },
});
