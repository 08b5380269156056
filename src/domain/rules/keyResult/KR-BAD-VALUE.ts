// KR-BAD-VALUE: Not a number.
import { rule, type Hit } from "../rule";
import { parseDate } from "../../reading/dates";
import { numberOrNull } from "../../reading/numbers";
import { isBlankCell } from "../../reading/sheet";
import { isYesNoWord } from "../../scoring/krTypes";
import { nameableSteps } from "../../scoring/krProgressFormula";
import { ladderSteps, stepList, stepNamed, stepsLike } from "../../reading/ladder";
import { typeOf } from "../helpers";

/** Cells that must hold numbers when they hold anything; Binary's Current may also say yes/no. */
const NUMERIC_COLUMNS: readonly ("start" | "target" | "current" | "weight" | "confidence")[] = [
  "start",
  "target",
  "current",
  "weight",
  "confidence",
];

export default rule({
  id: "KR-BAD-VALUE",
  topic: "keyResult",
  on: "keyResult",
  severity: "error",
  name: { en: "Not a number", "zh-CN": "不是数字", "zh-TW": "不是數字" },
  message: {
    en: "{column} of {id} is “{value}”, which is not a {expected}.",
    "zh-CN": "{id} 的{column}为“{value}”，不是有效的{expected}。",
    "zh-TW": "{id} 的{column}為「{value}」，不是有效的{expected}。",
  },
  hint: {
    en: "Type a plain value such as 1200, 20%, $150 or 2026-03-31.",
    "zh-CN": "请输入如 1200、20%、1.5万 或 2026-03-31 这样的值。",
    "zh-TW": "請輸入如 1200、20%、1.5萬 或 2026-03-31 這樣的值。",
  },
  example:
    'Current "about half", Due "end of March", a Binary key result\'s Current 3, a Milestone\'s Current "lease sined" when its ladder in Notes says "70% lease signed"',
  check: (kr) => {
    const hits: Hit[] = [];
    const yesNo = typeOf(kr)?.yesNo === true;
    // A milestone's Current may name a step of the ladder in its Notes (it reads as that step),
    // unless the ladder is too long for the Progress formula to compare names with.
    const ladder = typeOf(kr)?.ladder ? ladderSteps(kr.cells.notes) : [];
    const steps = ladder.length > 0 ? nameableSteps(kr.cells.notes) : [];
    const tooLong = ladder.length > 0 && steps.length === 0;
    // A yes/no key result is done at TRUE, 1 or a yes word and not at FALSE, 0 or a no word: 3 is neither.
    if (yesNo && kr.current !== null && kr.current !== 0 && kr.current !== 1)
      hits.push({
        column: "current",
        params: { column: "current", value: String(kr.cells.current), expected: "yesNo" },
      });
    for (const column of NUMERIC_COLUMNS) {
      const value = kr.cells[column];
      // A value the row was read with is a number already (reading it again cost a tenth of lint).
      if (kr[column] !== null || isBlankCell(value)) continue;
      if (column === "current" && yesNo && typeof value === "string" && isYesNoWord(value))
        continue;
      if (column === "current" && steps.length > 0 && typeof value === "string") {
        if (stepNamed(steps, value)) continue;
        if (numberOrNull(value) === null) {
          // Name the steps it could have meant, so the fix is a choice, not a guess.
          const could = stepList(stepsLike(steps, value), " · ");
          hits.push({ column, params: { column, value, expected: "step", steps: could } });
          continue;
        }
      }
      if (numberOrNull(value) === null) {
        const expected = column === "current" && tooLong ? "stepsTooLong" : "number";
        hits.push({ column, params: { column, value: String(value), expected } });
      }
    }
    const due = kr.cells.due;
    // The row was read with its due date parsed; only a cell that gave none is checked again.
    if (kr.due === null && !isBlankCell(due) && !parseDate(due).ok) {
      hits.push({
        column: "due",
        params: { column: "due", value: String(due), expected: "date" },
      });
    }
    return hits;
  },
});
