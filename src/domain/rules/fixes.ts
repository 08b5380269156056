// Quick fixes: for a finding whose repair is mechanical, the input cells to write. A rule's fix is
// in its file (rules/<topic>/<ID>.ts); the hosts (pane, command line) write the edits in one batch,
// and only these cells.
import { columnLetters } from "../reading/cellRefs";
import type { OkrSheet } from "../reading/sheet";
import type { Finding } from "../types";
import { ruleOf } from "./registry";
import type { CellEdit, FixDef, FixTarget } from "./rule";

/** The fix for a rule, if it has one. */
export function fixFor(ruleId: string): FixDef | undefined {
  return (ruleOf(ruleId) as { fix?: FixDef } | undefined)?.fix;
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
