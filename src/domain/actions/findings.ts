// The action-plan rules (catalogue: KR-NO-ACTION, KR-NO-MEASURE, ACTION-UNKNOWN-KR, ACTION-OVERDUE,
// ACTION-NO-OWNER), run when the workbook has an Actions sheet. Overdue is judged as of the key
// result's own sheet's As-of date, as its Actions overdue column counts.
import { columnLetters } from "../reading/cellRefs";
import { idKey } from "../reading/ids";
import type { OkrSheet } from "../reading/sheet";
import type { CellValue, Finding, IsoDate, KeyResult, Lang } from "../types";
import {
  ACTION_COL,
  ACTION_COLUMNS,
  actionsLang,
  isOverdue,
  readActions,
  type Action,
  type ActionColumn,
} from "../reading/actionsSheet";

export interface ActionsInput {
  /** The Actions sheet's name. */
  sheet: string;
  actions: readonly Action[];
  /** The language its headers are in (the column names the hints quote). */
  lang: Lang;
}

/** An Actions sheet's rows as the rules read them. */
export function actionsInput(sheet: string, rows: readonly (readonly CellValue[])[]): ActionsInput {
  return { sheet, actions: readActions(rows), lang: actionsLang(rows) ?? "en" };
}

/** A period is over for planning once its as-of date is past its end. */
const planning = (s: OkrSheet) =>
  !s.header.period || !s.header.asOf || s.header.asOf <= s.header.period.end;

export function lintActions(sheets: readonly OkrSheet[], input: ActionsInput): Finding[] {
  const okr = sheets.filter((s) => s.match);
  const krs = new Map<string, { sheet: OkrSheet; kr: KeyResult }>();
  for (const sheet of okr)
    for (const kr of [...sheet.orphans, ...sheet.objectives.flatMap((o) => o.keyResults)])
      if (kr.id && !krs.has(idKey(kr.id))) krs.set(idKey(kr.id), { sheet, kr });
  const byKr = new Map<string, Action[]>();
  for (const a of input.actions) {
    const list = byKr.get(idKey(a.krId)) ?? [];
    list.push(a);
    byKr.set(idKey(a.krId), list);
  }
  const header = (c: ActionColumn) => ACTION_COLUMNS[c].header[input.lang];
  const out: Finding[] = [];

  // On the OKR sheets: key results without a plan, or without a way to measure them.
  for (const [key, { sheet, kr }] of krs) {
    const mine = byKr.get(key) ?? [];
    const at = {
      sheet: sheet.name,
      row: kr.row,
      cell: `${columnLetters(sheet.match?.columns.id ?? 0)}${kr.row}`,
      okrId: kr.id,
    };
    const params = { id: kr.id, actions: input.sheet, column: header("measures") };
    if (mine.length === 0 && planning(sheet))
      out.push({ ruleId: "KR-NO-ACTION", severity: "info", ...at, params });
    else if (mine.length > 0 && !mine.some((a) => a.measures))
      out.push({ ruleId: "KR-NO-MEASURE", severity: "info", ...at, params });
  }

  // On the Actions sheet: each action's row.
  for (const a of input.actions) {
    const at = (c: ActionColumn) => ({
      sheet: input.sheet,
      row: a.row,
      cell: `${columnLetters(ACTION_COL[c])}${a.row}`,
      ...(a.krId ? { okrId: a.krId } : {}),
    });
    const params = { row: a.row, krId: a.krId || "—", action: a.action || `#${a.row}` };
    const owner = a.krId ? krs.get(idKey(a.krId)) : undefined;
    if (!owner)
      out.push({
        ruleId: "ACTION-UNKNOWN-KR",
        severity: "error",
        ...at("krId"),
        params: { ...params, column: header("krId") },
      });
    if (!a.owner)
      out.push({
        ruleId: "ACTION-NO-OWNER",
        severity: "warning",
        ...at("owner"),
        params: { ...params, column: header("owner") },
      });
    const asOf = owner?.sheet.header.asOf ?? null;
    if (owner && a.due && isOverdue(a, asOf))
      out.push({
        ruleId: "ACTION-OVERDUE",
        severity: "warning",
        ...at("due"),
        params: { ...params, due: a.due, asOf: asOf as IsoDate },
      });
  }
  return out;
}
