// KR-STATEMENT-VALUES: Statement and values disagree. The statement names a start and a target
// (reading/statementNumbers.ts reads them, in the three languages) that the Start and Target cells
// do not hold, or holds them the other way round: the score would count what the statement does not.
import { rule } from "../rule";
import { isShare, shareFormat, shownNumber, typeOf } from "../helpers";
import {
  isPercentNumber,
  says,
  statementValues,
  type StatementNumber,
  type StatementValues,
} from "../../reading/statementNumbers";
import { krValues, writesShares } from "../../scoring/values";
import type { KeyResult } from "../../types";

type Key = "start" | "target";

/** Whether a written number is this cell value, in the key result's unit (shares or its own). */
function isValue(written: StatementNumber, value: number, shares: boolean): boolean {
  if (says(written, value)) return true;
  // "18" in a % key result's statement is 18 %; "12%" beside a bare 12 in a non-% one is 12 points.
  if (shares && !isPercentNumber(written)) return says(written, value * 100);
  return !shares && isPercentNumber(written) && says(written, value / 100);
}

/** The cells that disagree with the statement, Start first. */
function disagreeing(kr: KeyResult, said: StatementValues): Key[] {
  const values = krValues(kr);
  const shares = writesShares(kr);
  const keeps = Boolean(typeOf(kr)?.keepsLine);
  // A bound in a moving key result's statement is often a clause, not its target ("flag 100% of
  // accounts at least 30 days before they leave"): only a Keep key result's line is held to it.
  if (said.bound && !keeps) return [];
  const out: Key[] = [];
  if (said.start && !keeps && values.start !== null && !isValue(said.start, values.start, shares))
    out.push("start");
  const target = values.target;
  if (target !== null) {
    const line = said.target;
    const wrongValue = !isValue(line, target, shares);
    // A target alone ("降至 2%") still says which way: the cells must go that way too.
    const wrongWay =
      !said.start &&
      !said.bound &&
      said.direction !== null &&
      values.start !== null &&
      values.start !== target &&
      (target > values.start ? "up" : "down") !== said.direction;
    if (wrongValue || wrongWay) out.push("target");
  }
  return out;
}

/** A statement's number as the cell value that says it, or null where its unit cannot be told. */
function cellValue(kr: KeyResult, written: StatementNumber): number | null {
  const percent = isPercentNumber(written);
  if (writesShares(kr)) return percent ? written.value : null;
  return percent ? null : written.value;
}

/** What a statement says, as the finding names it: "5% → 2%", "→ 90", "below 1.5%". */
function saidText(said: StatementValues): string {
  if (said.start) return `${said.start.text} → ${said.target.text}`;
  return said.bound
    ? `${said.bound === "above" ? "≥" : "≤"} ${said.target.text}`
    : `→ ${said.target.text}`;
}

/** The statement's reading, for the key results whose Start and Target it can speak of. */
function readable(kr: KeyResult): StatementValues | null {
  const type = typeOf(kr);
  if (!type || type.yesNo || type.ladder) return null;
  return statementValues(kr.statement);
}

export default rule({
  id: "KR-STATEMENT-VALUES",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: {
    en: "Statement and values disagree",
    "zh-CN": "描述与数值不一致",
    "zh-TW": "描述與數值不一致",
  },
  message: {
    en: "{id}'s statement says {said}, but its Start → Target cells say {cells}: {column} disagrees, so the score measures something the statement does not.",
    "zh-CN":
      "{id} 的描述写的是 {said}，但起始值 → 目标值单元格是 {cells}：{column} 与描述不符，计分衡量的不是描述所说的内容。",
    "zh-TW":
      "{id} 的描述寫的是 {said}，但起始值 → 目標值儲存格是 {cells}：{column} 與描述不符，計分衡量的不是描述所說的內容。",
  },
  hint: {
    en: "Make the cells say {said} (the quick fix types the statement's numbers), or rewrite the statement to say what the cells mean.",
    "zh-CN":
      "请让单元格与描述一致（{said}，快速修复会填入描述中的数字），或改写描述使其与单元格一致。",
    "zh-TW":
      "請讓儲存格與描述一致（{said}，快速修復會填入描述中的數字），或改寫描述使其與儲存格一致。",
  },
  fix: {
    readme:
      "the statement's start and target typed into Start and Target, in the key result's unit",
    label: {
      en: "Take the statement's numbers",
      "zh-CN": "采用描述中的数字",
      "zh-TW": "採用描述中的數字",
    },
    edits: ({ keyResult }) => {
      const said = keyResult && readable(keyResult);
      if (!keyResult || !said || said.bound) return null;
      const edits = disagreeing(keyResult, said).flatMap((column) => {
        const written = said[column];
        const value = written && cellValue(keyResult, written);
        if (value === null || value === undefined) return [];
        const format = writesShares(keyResult) ? { numberFormat: shareFormat(value) } : {};
        return [{ row: keyResult.row, column, value, ...format }];
      });
      return edits.length ? edits : null;
    },
  },
  example:
    "「将客户投诉率从5%降低到2%」 with Start 2 % and Target 5 %: rising complaints would count as progress",
  check: (kr) => {
    const said = readable(kr);
    if (!said) return null;
    const wrong = disagreeing(kr, said);
    if (wrong.length === 0) return null;
    const values = krValues(kr);
    const shown = (v: number | null) => (v === null ? "—" : shownNumber(v, isShare(kr)));
    return {
      column: wrong[0],
      params: {
        column: wrong[0],
        said: saidText(said),
        cells: `${shown(values.start)} → ${shown(values.target)}`,
      },
    };
  },
});
