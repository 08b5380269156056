// Score, for the whole workbook: which sheets are OKR sheets, the Summary's name, the check whose
// counts the Summary shows, and the plans in the order a host must apply them (the Summary's two
// sheets first: OKR sheets with very many rows point into its details).
import { isHistorySheet, readHistory } from "../checkins/history";
import { a1 } from "../cellRefs";
import { uniqueSheetName } from "../ids";
import { lintWorkbook, type LintSettings } from "../lint";
import { scoreWorkbook, type WorkbookScore } from "../scoring/model";
import type { OkrSheet } from "../sheet";
import type { Finding, IsoDate, Lang } from "../types";
import { actionCountsPlan } from "../actions/counts";
import { actionsInput } from "../actions/findings";
import { isActionsSheet } from "../actions/sheet";
import { mergePlans } from "./generate";
import { periodOperands, scoreSheetPlan } from "./score";
import { childProgressRefs, layOut, type LaidOutSheet, type SheetInput } from "./sheetLayout";
import { SUMMARY_TEXT, isSummaryDetailsSheet, isSummarySheet, summaryPlans } from "./summary";
import type { SheetPlan } from "./types";

export interface ScoreOptions {
  asOf: IsoDate;
  /** The day of the check whose findings the Summary counts (today). */
  checkedOn: IsoDate;
  lang: Lang;
  settings?: LintSettings;
  /** At most this many key results under "What needs attention" (default ATTENTION_ROWS). */
  attentionRows?: number;
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
  /** The Summary's second sheet, with every table. */
  detailsSheet: string;
  okrSheets: string[];
  findings: Finding[];
  model: WorkbookScore;
  /** The OKR sheets as laid out (their columns), for pointing at their cells. */
  laidOut: LaidOutSheet[];
}

export function planScore(inputs: readonly SheetInput[], o: ScoreOptions): ScorePlan {
  const summaries = inputs.filter((i) => isSummarySheet(i.rows));
  const detailed = inputs.find((i) => isSummaryDetailsSheet(i.rows));
  const historyInput = inputs.find((i) => isHistorySheet(i.rows));
  const history = historyInput
    ? { name: historyInput.sheet.name, entries: readHistory(historyInput.rows) }
    : null;
  const candidates = inputs.filter(
    (i) => i.sheet.match && !summaries.includes(i) && i !== detailed
  );
  // One check over the candidates: it says which to refuse and, when none is, what the Summary counts.
  const checked = lintWorkbook(
    candidates.map((i) => i.sheet),
    o.settings
  );
  const refused = refusedSheets(
    candidates.map((i) => i.sheet),
    checked
  );
  const refusedNames = new Set(refused.map((r) => r.sheet));
  const okr = candidates.filter((i) => !refusedNames.has(i.sheet.name));
  const existing = summaries[0]?.sheet.name;
  const taken = inputs.map((i) => i.sheet.name);
  const summarySheet = existing ?? uniqueSheetName(SUMMARY_TEXT.sheetName[o.lang], taken);
  const detailsSheet =
    detailed?.sheet.name ??
    uniqueSheetName(SUMMARY_TEXT.detailsSheetName[o.lang], [...taken, summarySheet]);
  const sheets = okr.map((i) => i.sheet);
  // Without the refused sheets, workbook rules (IDs, parents) can say otherwise: check again then.
  const findings = refused.length ? lintWorkbook(sheets, o.settings) : checked;
  const laids = okr.map((i) => layOut(i, o.lang));
  const model = scoreWorkbook(sheets, o.asOf);
  const summary = summaryPlans(laids, {
    sheetName: summarySheet,
    detailsName: detailsSheet,
    replace: existing !== undefined,
    replaceDetails: detailed !== undefined,
    lang: o.lang,
    asOf: o.asOf,
    checkedOn: o.checkedOn,
    findings,
    history,
    model,
    attentionRows: o.attentionRows,
  });
  const positions = summary.positions;
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
  const plans = [...summary.plans, ...laids.map(sheetPlan)];
  return {
    plans,
    refused,
    summarySheet,
    detailsSheet,
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
