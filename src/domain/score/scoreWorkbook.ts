// Score, for the whole workbook: which sheets are OKR sheets, the Summary's name, the check whose
// counts the Summary shows, and the plans in the order a host must apply them (the Summary first:
// OKR sheets with very many rows point into it).
import { isHistorySheet, readHistory } from "../reading/historySheet";
import { a1 } from "../reading/cellRefs";
import { uniqueSheetName } from "../reading/ids";
import { lintWorkbook, type LintSettings, actionsInput } from "../rules/lint";
import { scoreWorkbook, sheetsAsOf, type WorkbookScore } from "../scoring/model";
import { readSheet, type OkrSheet } from "../reading/sheet";
import type { Finding, IsoDate, Lang } from "../types";
import { actionCountsPlan } from "../actions/counts";
import { isActionsSheet } from "../reading/actionsSheet";
import { periodOperands, scoreSheetPlan } from "./scoreSheet";
import { childProgressRefs, layOut, type LaidOutSheet, type SheetInput } from "../plan/sheetLayout";
import { SUMMARY_TEXT, isSummarySheet, summaryPlan } from "./summary";
import { mergePlans, type SheetPlan } from "../plan/types";

export interface ScoreOptions {
  asOf: IsoDate;
  /** The day of the check whose findings the Summary counts (today). */
  checkedOn: IsoDate;
  lang: Lang;
  settings?: LintSettings;
}

/**
 * A sheet with a header row that Score leaves alone: Check reports a required column missing or
 * unrecognised (its SHEET-HEADER findings), or no objective or key-result row is under the header.
 */
export interface RefusedSheet {
  sheet: string;
  headerRow: number;
  reason: "header" | "empty";
  findings: Finding[];
}

export interface ScorePlan {
  plans: SheetPlan[];
  /** Sheets that look like OKR sheets but cannot be scored, and why. */
  refused: RefusedSheet[];
  summarySheet: string;
  okrSheets: string[];
  findings: Finding[];
  model: WorkbookScore;
  /** The OKR sheets as laid out (their columns), for pointing at their cells. */
  laidOut: LaidOutSheet[];
}

export function planScore(inputs: readonly SheetInput[], o: ScoreOptions): ScorePlan {
  const summaries = inputs.filter((i) => isSummarySheet(i.rows));
  const historyInput = inputs.find((i) => isHistorySheet(i.rows));
  const history = historyInput
    ? { name: historyInput.sheet.name, entries: readHistory(historyInput.rows) }
    : null;
  const candidates = inputs.filter((i) => i.sheet.match && !summaries.includes(i));
  // One check over the candidates: it says which to refuse and, when none is, what the Summary counts.
  // It sees the sheets at the as-of date Score writes into them, as the grades do.
  const checked = lintWorkbook(
    sheetsAsOf(
      candidates.map((i) => i.sheet),
      o.asOf
    ),
    o.settings
  );
  const refused = refusedSheets(
    candidates.map((i) => i.sheet),
    checked
  );
  const refusedNames = new Set(refused.map((r) => r.sheet));
  const okr = candidates.filter((i) => !refusedNames.has(i.sheet.name));
  const existing = summaries[0]?.sheet.name;
  const summarySheet =
    existing ??
    uniqueSheetName(
      SUMMARY_TEXT.sheetName[o.lang],
      inputs.map((i) => i.sheet.name)
    );
  const sheets = okr.map((i) => i.sheet);
  // Without the refused sheets, workbook rules (IDs, parents) can say otherwise: check again then.
  const findings = refused.length ? lintWorkbook(sheetsAsOf(sheets, o.asOf), o.settings) : checked;
  const laids = okr.map((i) => layOut(i, o.lang));
  const model = scoreWorkbook(sheets, o.asOf);
  const { plan: summary, positions } = summaryPlan(laids, {
    sheetName: summarySheet,
    create: true,
    lang: o.lang,
    asOf: o.asOf,
    checkedOn: o.checkedOn,
    findings,
    history,
    model,
  });
  summary.replace = existing !== undefined;
  const children = childProgressRefs(laids);
  // With an Actions sheet, each OKR sheet also counts its key results' actions (actions/counts.ts).
  const actionsRead = inputs.find((i) => isActionsSheet(i.rows));
  const actions = actionsRead?.sheet.name;
  const actionList = actionsRead
    ? actionsInput(actionsRead.sheet.name, actionsRead.rows).actions
    : [];
  const sheetPlan = (l: LaidOutSheet) => {
    const plan = scoreSheetPlan(
      l,
      o.asOf,
      children,
      positions,
      model.sheets.find((s) => s.name === l.input.sheet.name)
    );
    if (!actions) return plan;
    const asOf = periodOperands(l, o.asOf)?.asOf ?? null;
    const known = { actions: actionList, asOf: asOf === null ? null : o.asOf };
    return mergePlans(plan, actionCountsPlan(l, actions, asOf, known));
  };
  const plans = [summary, ...laids.map(sheetPlan)];
  return {
    plans,
    refused,
    summarySheet,
    okrSheets: okr.map((i) => i.sheet.name),
    findings,
    model,
    laidOut: laids,
  };
}

/** The sheets among these that Score must leave alone (see RefusedSheet), from Check's findings. */
export function refusedSheets(
  sheets: readonly OkrSheet[],
  findings: readonly Finding[] = lintWorkbook(sheets)
): RefusedSheet[] {
  const headerFindings = new Map<string, Finding[]>();
  for (const f of findings)
    if (f.ruleId === "SHEET-HEADER")
      headerFindings.set(f.sheet, [...(headerFindings.get(f.sheet) ?? []), f]);
  return sheets.flatMap((sheet): RefusedSheet[] => {
    const header = headerFindings.get(sheet.name) ?? [];
    const base = { sheet: sheet.name, headerRow: sheet.headerRow };
    if (header.length) return [{ ...base, reason: "header", findings: header }];
    if (sheet.objectives.length === 0 && sheet.orphans.length === 0)
      return [{ ...base, reason: "empty", findings: [] }];
    return [];
  });
}

/** A key result Score could not score: where its "?" is, and the rule that says why. */
export interface NotScored {
  sheet: string;
  id: string;
  /** 1-based sheet row and A1 address of its Progress cell. */
  row: number;
  cell: string;
  problem: string;
}

/** The key results of a scored workbook that show "?", with the cells to point at. */
export function notScoredCells(plan: ScorePlan): NotScored[] {
  const progressCol = new Map(plan.laidOut.map((l) => [l.input.sheet.name, l.columns.progress]));
  return plan.model.rows.flatMap((r) =>
    r.problem
      ? [
          {
            sheet: r.sheet,
            id: r.id,
            row: r.row,
            cell: a1(progressCol.get(r.sheet) ?? 0, r.row - 1),
            problem: r.problem,
          },
        ]
      : []
  );
}

/**
 * The sheets as a score plan leaves them, without reading them again: each OKR sheet Score wrote has
 * its formula columns where Score put them, and each sheet the plans create is there by name (its
 * cells are Score's own: the Summary). What reads a scored workbook next (the 360° review of `okr
 * review`) plans from these.
 */
export function sheetsAfterScore(inputs: readonly SheetInput[], plan: ScorePlan): SheetInput[] {
  const laid = new Map(plan.laidOut.map((l) => [l.input.sheet.name, l.columns]));
  const after = inputs.map((input): SheetInput => {
    const columns = laid.get(input.sheet.name);
    const match = input.sheet.match;
    return columns && match
      ? { ...input, sheet: { ...input.sheet, match: { ...match, columns } } }
      : input;
  });
  const names = new Set(inputs.map((i) => i.sheet.name));
  for (const p of plan.plans)
    if (p.create && !names.has(p.sheet)) {
      names.add(p.sheet);
      after.push({ sheet: readSheet(p.sheet, []), rows: [] });
    }
  return after;
}
