// Score, for the whole workbook: which sheets are OKR sheets, the Summary's name, the check whose
// counts the Summary shows, and the plans in the order a host must apply them (the Summary's two
// sheets first: OKR sheets with very many rows point into its details).
import { isHistorySheet, readHistory } from "../reading/historySheet";
import { emptyHistoryPlan } from "../checkins/plan";
import { inFirstWindow } from "../scoring/notStarted";
import { a1 } from "../reading/cellRefs";
import { uniqueSheetName } from "../reading/ids";
import { lintWorkbook, type LintSettings, actionsInput } from "../rules/lint";
import { scoreWorkbook, sheetsAsOf, type WorkbookScore } from "../scoring/model";
import { readSheet, type OkrSheet } from "../reading/sheet";
import type { Finding, IsoDate, Lang, Period } from "../types";
import { DEFAULT_CADENCE_DAYS } from "../reading/cadence";
import { periodScope, unknownPeriodText, type PeriodScope } from "../reading/periodScope";
import type { PeriodSheet } from "../scoring/model";
import { departmentLabel, sheetScoreRef } from "./quarterByQuarter";
import { actionCountsPlan } from "../actions/counts";
import { isActionsSheet, readActions } from "../reading/actionsSheet";
import { chase } from "../chase/owing";
import { isSentRecordSheet, sentRecordFromRows } from "../chase/sentRecord";
import { periodOperands, scoreSheetPlan } from "./scoreSheet";
import { childProgressRefs, layOut, type LaidOutSheet, type SheetInput } from "../plan/sheetLayout";
import { SUMMARY_TEXT, isSummaryDetailsSheet, isSummarySheet, summaryPlans } from "./summary";
import { mergePlans, type SheetPlan } from "../plan/types";

export interface ScoreOptions {
  asOf: IsoDate;
  /** The day of the check whose findings the Summary counts (today). */
  checkedOn: IsoDate;
  lang: Lang;
  settings?: LintSettings;
  /**
   * The period scored and shown (reading/periodScope.ts): by default the latest one not closed. Sheets of
   * other periods are left as they are; the Summary compares them in "Quarter by quarter".
   */
  period?: Period | null;
  /** Days between check-ins (the workbook's setting, reading/cadence.ts). */
  cadence?: number;
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
  /** The period scored and what was left out. */
  scope: PeriodScope;
}

export function planScore(inputs: readonly SheetInput[], o: ScoreOptions): ScorePlan {
  const summaries = inputs.filter((i) => isSummarySheet(i.rows));
  const detailed = inputs.find((i) => isSummaryDetailsSheet(i.rows));
  const historyInput = inputs.find((i) => isHistorySheet(i.rows));
  const history = historyInput
    ? { name: historyInput.sheet.name, entries: readHistory(historyInput.rows) }
    : null;
  // The Summary's own two sheets are not OKR sheets, whatever their headers look like.
  const own = (i: SheetInput) => summaries.includes(i) || i === detailed;
  const chosen = periodScope(
    inputs.filter((i) => !own(i)),
    o.period ?? null
  );
  // Hosts check the period first and say so in the reader's language; this is a caller's mistake.
  if (!chosen.ok) throw new Error(unknownPeriodText(chosen, "en"));
  const scope = chosen.scope;
  const everyOkr = inputs.filter((i) => i.sheet.match && !own(i));
  const candidates = everyOkr.filter((i) => scope.shown.has(i.sheet.name));
  const workbook = everyOkr.map((i) => i.sheet);
  // One check over the candidates: it says which to refuse and, when none is, what the Summary counts.
  // It sees the sheets at the as-of date Score writes into them, as the grades do.
  const checked = lintWorkbook(
    sheetsAsOf(
      candidates.map((i) => i.sheet),
      o.asOf
    ),
    o.settings,
    workbook,
    { history: history?.entries }
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
  const findings = refused.length
    ? lintWorkbook(
        sheetsAsOf(sheets, o.asOf),
        o.settings,
        workbook.filter((s) => !refusedNames.has(s.name)),
        { history: history?.entries }
      )
    : checked;
  const laids = okr.map((i) => layOut(i, o.lang));
  const cadence = o.cadence ?? DEFAULT_CADENCE_DAYS;
  // Before a period's first check-in is due its key results say "Not started" until checked in:
  // their formulas count check-ins, so a workbook without a history gets an empty one.
  const newHistory =
    !history && sheets.some((s) => inFirstWindow(s, o.asOf, cadence))
      ? emptyHistoryPlan(
          inputs.map((i) => i.sheet.name),
          o.lang
        )
      : null;
  const first = {
    cadence,
    history: history ?? (newHistory ? { name: newHistory.sheet, entries: [] } : null),
  };
  const model = scoreWorkbook(sheets, o.asOf, first);
  // Who owes an update at the as-of date: the Summary details' section (chase/owing.ts).
  const actionsSheet = inputs.find((i) => isActionsSheet(i.rows));
  const record = inputs.find((i) => isSentRecordSheet(i.rows));
  const owing = chase({
    sheets,
    history: history?.entries ?? [],
    actions: actionsSheet ? readActions(actionsSheet.rows) : [],
    cadence,
    asOf: o.asOf,
    period: scope.period,
    record: record ? sentRecordFromRows(record.rows) : null,
  });
  const summary = summaryPlans(laids, {
    scope,
    cadence,
    across: periodSheets(everyOkr, okr, model, o.lang),
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
    owing,
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
      model.sheets.find((s) => s.name === l.input.sheet.name),
      first
    );
    if (!actions) return plan;
    const asOf = periodOperands(l, o.asOf)?.asOf ?? null;
    const known = { actions: actionList, asOf: asOf === null ? null : o.asOf };
    return mergePlans(plan, actionCountsPlan(l, actions, asOf, known));
  };
  const plans = [...(newHistory ? [newHistory] : []), ...summary.plans, ...laids.map(sheetPlan)];
  return {
    plans,
    refused,
    summarySheet,
    detailsSheet,
    okrSheets: okr.map((i) => i.sheet.name),
    findings,
    model,
    laidOut: laids,
    scope,
  };
}

/**
 * Every OKR sheet with a period, for the Summary's "Quarter by quarter": those scored now (linked
 * from the Sheets section), and the other periods' sheets as they are (their own Sheet score cell,
 * their scores at their own as-of date).
 */
function periodSheets(
  every: readonly SheetInput[],
  scored: readonly SheetInput[],
  model: WorkbookScore,
  lang: Lang
): PeriodSheet[] {
  const others = every.filter((i) => !scored.includes(i));
  const theirs = scoreWorkbook(
    others.map((i) => i.sheet),
    null
  );
  return every.flatMap((i): PeriodSheet[] => {
    const { sheet } = i;
    const period = sheet.header.period;
    if (!period) return [];
    const own = scored.includes(i);
    const score = (own ? model : theirs).sheets.find((s) => s.name === sheet.name)?.score ?? null;
    // A sheet never scored has no Progress column its score cell could read: its value alone.
    const block = sheet.match?.columns.progress !== undefined ? layOut(i, lang).block : {};
    return [
      {
        sheet: sheet.name,
        period,
        label: departmentLabel(sheet.name, sheet.header.department, period),
        ref: own ? null : sheetScoreRef(sheet.name, block.sheetScore),
        score,
      },
    ];
  });
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

/** An objective graded as committed because it has no Commitment, with its Commitment cell. */
export interface AssumedCommitment {
  sheet: string;
  id: string;
  row: number;
  /** Its Commitment cell (A1), where a person decides. */
  cell: string;
}

/**
 * The objectives graded as committed only because their Commitment is empty (the stricter bar,
 * grading.ts): every place that shows a grade says so, and points at the cell to fill in.
 */
export function assumedCommitments(plan: ScorePlan): AssumedCommitment[] {
  const column = new Map(plan.laidOut.map((l) => [l.input.sheet.name, l.columns.commitment]));
  return plan.model.rows.flatMap((r) =>
    r.level === "objective" && r.commitmentAssumed
      ? [{ sheet: r.sheet, id: r.id, row: r.row, cell: a1(column.get(r.sheet) ?? 0, r.row - 1) }]
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
