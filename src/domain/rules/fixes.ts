// Quick fixes: for a finding whose repair is mechanical, the input cells to write. One entry per
// rule ID in FIXES; the hosts (pane, command line) write the edits in one batch, and only these cells.
import { VALUE_KEYS, asTyped } from "../reading/valueCells";
import { columnLetters } from "../reading/cellRefs";
import type { ColumnKey } from "../reading/columns";
import type { RuleId } from "./catalogue";
import { isBlankCell, type OkrSheet } from "../reading/sheet";
import { splitListMarker } from "../text/analyze";
import type { Finding, KeyResult, Localized, Objective } from "../types";

/** One input cell to write. Text is written as text (never a formula); a share with a % format. */
export interface CellEdit {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  column: ColumnKey;
  /** A1 address on its sheet. */
  cell: string;
  value: string | number;
  /** The number format a share is written with ("0%"). */
  numberFormat?: string;
}

/** The row a finding points at, found in its sheet. */
export interface FixTarget {
  finding: Finding;
  sheet: OkrSheet;
  /** The objective the row is, or holds the row's key result. */
  objective?: Objective;
  keyResult?: KeyResult;
}

export interface FixDef {
  /** What the button does, in each language. */
  label: Localized;
  /** Whether to offer the fix for this finding at all (default: every finding of the rule). */
  offered?: (finding: Finding) => boolean;
  /** The edits that fix this finding, or null when it cannot be fixed mechanically. */
  edits: (target: FixTarget) => Omit<CellEdit, "sheet" | "cell">[] | null;
}

/** A share as Excel shows it: whole percents as "0%", others to two decimals. */
function shareFormat(share: number): string {
  return Number.isInteger(Math.round(share * 1e6) / 1e4) ? "0%" : "0.00%";
}

/** Percent-scale fix: every bare value of the row read as percent points, written as a share. */
const PERCENT_POINTS: FixDef = {
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
};
/** The fixes by rule ID: a new mechanical fix is one entry here (its edits and its label). */
const FIXES: Partial<Record<RuleId, FixDef>> = {
  "KR-PERCENT-SCALE": PERCENT_POINTS,
  "TEXT-LIST-MARKER": {
    label: { en: "Remove the marker", "zh-CN": "删除符号", "zh-TW": "刪除符號" },
    edits: ({ finding, objective, keyResult }) => {
      const typed = (keyResult ?? objective)?.cells.statement;
      if (typeof typed !== "string") return null;
      const { marker, rest } = splitListMarker(typed);
      return marker ? [{ row: finding.row, column: "statement", value: rest }] : null;
    },
  },
  "KR-BAD-WEIGHT": {
    // Missing weights share what the given ones leave of 100 %, equally.
    label: {
      en: "Fill in the weights to 100%",
      "zh-CN": "补齐权重至 100%",
      "zh-TW": "補齊權重至 100%",
    },
    offered: (finding) => finding.params?.problem === "missing",
    edits: ({ finding, objective, keyResult }) => {
      if (!objective || !keyResult || finding.params?.problem !== "missing") return null;
      const missing = objective.keyResults.filter(
        (kr) => kr.weight === null && isBlankCell(kr.cells.weight)
      );
      const given = objective.keyResults.reduce((sum, kr) => sum + (kr.weight ?? 0), 0);
      if (missing.length === 0 || given > 1) return null;
      const share = Math.round(((1 - given) / missing.length) * 1e4) / 1e4;
      return [
        { row: keyResult.row, column: "weight", value: share, numberFormat: shareFormat(share) },
      ];
    },
  },
  "O-NO-COMMITMENT": {
    // The sheet's majority, as its own cells spell it; a tie is a person's decision.
    label: {
      en: "Use the sheet's usual commitment",
      "zh-CN": "采用本表多数的类型",
      "zh-TW": "採用本表多數的類型",
    },
    edits: ({ finding, sheet }) => {
      const marked = sheet.objectives.filter((o) => o.commitment !== null);
      const committed = marked.filter((o) => o.commitment === "committed");
      const aspirational = marked.filter((o) => o.commitment === "aspirational");
      if (committed.length === aspirational.length) return null;
      const majority = committed.length > aspirational.length ? committed : aspirational;
      const typed = String(majority[0].cells.commitment ?? "").trim();
      return typed ? [{ row: finding.row, column: "commitment", value: typed }] : null;
    },
  },
};

/** The fix for a rule, if it has one. */
export function fixFor(ruleId: string): FixDef | undefined {
  return FIXES[ruleId as RuleId];
}

/** Whether Check offers a fix for this finding (whether it can make one is known on writing). */
export function fixOffered(finding: Finding): boolean {
  const fix = fixFor(finding.ruleId);
  return fix !== undefined && (fix.offered?.(finding) ?? true);
}

/** The objective or key result on a finding's row. */
function targetOf(finding: Finding, sheets: readonly OkrSheet[]): FixTarget | null {
  const sheet = sheets.find((s) => s.name === finding.sheet);
  if (!sheet) return null;
  for (const objective of sheet.objectives) {
    if (objective.row === finding.row) return { finding, sheet, objective };
    const keyResult = objective.keyResults.find((kr) => kr.row === finding.row);
    if (keyResult) return { finding, sheet, objective, keyResult };
  }
  const orphan = sheet.orphans.find((kr) => kr.row === finding.row);
  return orphan ? { finding, sheet, keyResult: orphan } : { finding, sheet };
}

/** The edits that fix one finding ([] when it has no mechanical fix). */
export function fixEdits(finding: Finding, sheets: readonly OkrSheet[]): CellEdit[] {
  const fix = fixFor(finding.ruleId);
  const target = fix && targetOf(finding, sheets);
  if (!fix || !target) return [];
  const columns = target.sheet.match?.columns ?? {};
  return (fix.edits(target) ?? []).flatMap((edit) => {
    const col = columns[edit.column];
    return col === undefined
      ? []
      : [{ ...edit, sheet: target.sheet.name, cell: `${columnLetters(col)}${edit.row}` }];
  });
}

/** Whether Check can fix this finding itself. */
export function isFixable(finding: Finding, sheets: readonly OkrSheet[]): boolean {
  return fixEdits(finding, sheets).length > 0;
}

/** The edits for many findings, one per cell (the first edit of a cell wins). */
export function fixAll(findings: readonly Finding[], sheets: readonly OkrSheet[]): CellEdit[] {
  const byCell = new Map<string, CellEdit>();
  for (const finding of findings)
    for (const edit of fixEdits(finding, sheets)) {
      const key = `${edit.sheet}!${edit.cell}`;
      if (!byCell.has(key)) byCell.set(key, edit);
    }
  return [...byCell.values()];
}
