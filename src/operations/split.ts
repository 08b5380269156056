// Split / `okr split`: one file per OKR sheet (or per owner's Individual sheet) to send out, decided
// once for the pane and the command line — which sheets go, under which file names, with which
// parent objectives (a read-only reference, so alignment still works in the file), which key
// results (their actions go along), and the round every file carries beside its fingerprint so the
// master learns at Collect what is still out. Each host builds the files its own way (ExcelJS from
// the .xlsx on the command line, from Excel's cells in the pane: src/cli/splitFile.ts for both).
// The pane records the round in the master once it made the files (recordSent: Chase sees it at
// once); `okr split` never writes its input, and its round reaches the master with the first file
// collected.
import { fileNames } from "../domain/collect/fileNames";
import { fingerprintOf, fingerprintRows } from "../domain/collect/fingerprint";
import { roundRows, splitRound, withRound, type SentRound } from "../domain/chase/sentRecord";
import { isActionsSheet } from "../domain/reading/actionsSheet";
import { isHistorySheet } from "../domain/reading/ownSheets";
import type { OkrSheet } from "../domain/reading/sheet";
import type { IsoDate, Objective } from "../domain/types";
import type { Applied, WorkbookHost } from "./host";
import { sentRecordIn, sentRecordPlan } from "./sentRecord";

export type SplitBy = "sheet" | "owner";

/** A sheet of the master holding parent objectives of the sheet sent: the rows to keep of it. */
export interface ParentRows {
  sheet: string;
  headerRow: number;
  /** 1-based rows: each parent objective's and its key results'. */
  rows: number[];
  objectives: number;
}

/** One file to send. */
export interface SplitFilePlan {
  /** Its name (no folder), unique in the round. */
  file: string;
  /** The OKR sheet it carries. */
  sheet: string;
  krs: number;
  parents: ParentRows[];
  /** The key results sent (their actions go along). */
  krIds: string[];
  /** The very hidden sheet's rows: the fingerprint of what was sent, then the round. */
  record: [string, string][];
}

export interface SplitPlan {
  round: SentRound;
  files: SplitFilePlan[];
  /** The master's check-in history and Actions sheets, where it has them. */
  history: string | null;
  actions: string | null;
}

export type SplitProblem = { kind: "no-okr-sheet" } | { kind: "no-individual-sheet" };

export interface SplitOptions {
  by: SplitBy;
  /** The day the round is sent. */
  today: IsoDate;
}

export type Splitted = ({ problem: null } & SplitPlan) | { problem: SplitProblem; files: [] };

/** The sheets to send: every OKR sheet, or only the Individual ones (named by owner) by owner. */
function chosen(sheets: readonly OkrSheet[], by: SplitBy): { sheet: OkrSheet; name: string }[] {
  if (by === "sheet") return sheets.map((sheet) => ({ sheet, name: sheet.name }));
  return sheets
    .filter((s) => s.header.scope === "individual")
    .map((sheet) => ({ sheet, name: sheet.objectives[0]?.owner || sheet.name }));
}

/** The objective rows (with their key results' rows) of the given objectives, in order. */
function objectiveRows(objectives: readonly Objective[]): number[] {
  return [...new Set(objectives.flatMap((o) => [o.row, ...o.keyResults.map((k) => k.row)]))].sort(
    (a, b) => a - b
  );
}

/** Plans the files of a round from one read; writes nothing. */
export async function split(host: WorkbookHost, o: SplitOptions): Promise<Splitted> {
  const state = await host.read();
  const okr = state.sheets.filter((s) => s.sheet.match).map((s) => s.sheet);
  const targets = chosen(okr, o.by);
  if (targets.length === 0)
    return {
      problem: { kind: o.by === "owner" ? "no-individual-sheet" : "no-okr-sheet" },
      files: [],
    };
  const byId = new Map<string, { sheet: OkrSheet; objective: Objective }>();
  for (const sheet of okr)
    for (const ob of sheet.objectives) if (ob.id) byId.set(ob.id, { sheet, objective: ob });
  const names = fileNames(targets.map((t) => t.name));
  const round = splitRound(
    targets.map((t) => t.sheet),
    names,
    o.today
  );
  const files = targets.map(({ sheet }, i): SplitFilePlan => {
    // Parents in other sheets, grouped by the sheet that holds them.
    const parents = new Map<OkrSheet, Objective[]>();
    for (const ob of sheet.objectives) {
      const parent = ob.parent ? byId.get(ob.parent) : undefined;
      if (!parent || parent.sheet === sheet) continue;
      const list = parents.get(parent.sheet) ?? [];
      if (!list.includes(parent.objective)) list.push(parent.objective);
      parents.set(parent.sheet, list);
    }
    const krIds = sheet.objectives.flatMap((ob) => ob.keyResults.map((k) => k.id)).filter(Boolean);
    return {
      file: names[i],
      sheet: sheet.name,
      krs: sheet.objectives.reduce((n, ob) => n + ob.keyResults.length, 0),
      parents: [...parents].map(([source, objectives]) => ({
        sheet: source.name,
        headerRow: source.headerRow,
        rows: objectiveRows(objectives),
        objectives: objectives.length,
      })),
      krIds,
      record: [...fingerprintRows(fingerprintOf(sheet)), ...roundRows(round)],
    };
  });
  const plan: SplitPlan = {
    round,
    files,
    history: state.sheets.find((s) => isHistorySheet(s.rows))?.sheet.name ?? null,
    actions: state.sheets.find((s) => isActionsSheet(s.rows))?.sheet.name ?? null,
  };
  return { problem: null, ...plan };
}

/**
 * Keeps a round in the master's record once its files are made (the pane): Collect marks what comes
 * back, Chase names what has not. The command line never writes its input: its rounds reach the
 * master with the files collected.
 */
export async function recordSent(host: WorkbookHost, round: SentRound): Promise<Applied> {
  const { sheets } = await host.read();
  const kept = sentRecordIn(sheets);
  return host.apply([sentRecordPlan(kept.sheet, kept.exists, withRound(kept.record, round))], {
    hide: kept.sheet,
  });
}
