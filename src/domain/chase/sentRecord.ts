// What Split sent and what came back. Split writes the round (the day, the period and every file it
// sent) into each file beside the fingerprint; Collect copies it into the master's own very hidden
// record and marks the sheets that came back; Chase and Collect name the files still out. Nothing
// of this leaves the machine: it is how the master "knows what it sent".
import type { OkrSheet } from "../reading/sheet";
import type { CellValue, IsoDate } from "../types";

/** Column A of a round's row (in a sent file's fingerprint sheet, after the fingerprint rows). */
export const ROUND_KEY = "okrSheets.round";
/** The master's record sheet: a name people will not give a sheet; found by its first cell. */
export const SENT_RECORD_SHEET = "okrSheets.rounds";
export const SENT_RECORD_KEY = "okrSheets.sentRecord";

/** Excel keeps at most 32,767 characters in a cell: JSON is cut into pieces below that. */
const PIECE = 30000;

export interface SentFile {
  sheet: string;
  /** The file's name as Split wrote it (no folder). */
  file: string;
}

export interface SentRound {
  version: 1;
  sentOn: IsoDate;
  period: string | null;
  files: SentFile[];
}

export interface RecordedRound extends SentRound {
  /** Sheet name → the day its file came back. */
  returned: Record<string, IsoDate>;
}

export interface SentRecord {
  version: 1;
  rounds: RecordedRound[];
}

function pieces(key: string, value: unknown): [string, string][] {
  const json = JSON.stringify(value);
  const rows: [string, string][] = [];
  for (let i = 0; i < json.length; i += PIECE) rows.push([key, json.slice(i, i + PIECE)]);
  return rows;
}

function joined(rows: readonly (readonly CellValue[])[] | undefined, key: string): unknown {
  const json = (rows ?? [])
    .filter((r) => r[0] === key && typeof r[1] === "string")
    .map((r) => r[1] as string)
    .join("");
  if (!json) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

const isFiles = (files: unknown): files is SentFile[] =>
  Array.isArray(files) &&
  files.every((f: SentFile) => typeof f?.sheet === "string" && typeof f?.file === "string");

/** The round of files Split writes: one per sheet, under the names it gives them. */
export function splitRound(
  sheets: readonly Pick<OkrSheet, "name" | "header">[],
  files: readonly string[],
  sentOn: IsoDate
): SentRound {
  return {
    version: 1,
    sentOn,
    period: sheets.find((s) => s.header.period)?.header.period?.label ?? null,
    files: sheets.map((s, i) => ({ sheet: s.name, file: files[i] })),
  };
}

/** The rows (A:B) Split adds to each file it sends. */
export function roundRows(round: SentRound): [string, string][] {
  return pieces(ROUND_KEY, round);
}

/** The round a sent file carries; null when it carries none (files split before rounds were kept). */
export function roundFromRows(
  rows: readonly (readonly CellValue[])[] | undefined
): SentRound | null {
  const r = joined(rows, ROUND_KEY) as SentRound | null;
  return r && r.version === 1 && typeof r.sentOn === "string" && isFiles(r.files) ? r : null;
}

/** Whether a sheet is the master's record: its first cell is the key, whatever it was renamed to. */
export function isSentRecordSheet(rows: readonly (readonly CellValue[])[]): boolean {
  return rows[0]?.[0] === SENT_RECORD_KEY;
}

export function sentRecordRows(record: SentRecord): [string, string][] {
  return pieces(SENT_RECORD_KEY, record);
}

export function sentRecordFromRows(
  rows: readonly (readonly CellValue[])[] | undefined
): SentRecord | null {
  const r = joined(rows, SENT_RECORD_KEY) as SentRecord | null;
  return r && r.version === 1 && Array.isArray(r.rounds) ? r : null;
}

const sameRound = (a: SentRound, b: SentRound) =>
  a.sentOn === b.sentOn &&
  a.files.length === b.files.length &&
  a.files.every((f, i) => f.sheet === b.files[i].sheet && f.file === b.files[i].file);

/** The record with a round added (once) — Split in the pane records it as it builds the files. */
export function withRound(record: SentRecord | null, round: SentRound): SentRecord {
  const rounds = record?.rounds ?? [];
  if (rounds.some((r) => sameRound(r, round))) return { version: 1, rounds };
  return { version: 1, rounds: [...rounds, { ...round, returned: {} }] };
}

/** The record with a sheet of a round marked as returned on a day (the round added if new). */
export function withReturned(
  record: SentRecord | null,
  round: SentRound,
  sheet: string,
  on: IsoDate
): SentRecord {
  const next = withRound(record, round);
  return {
    version: 1,
    rounds: next.rounds.map((r) =>
      sameRound(r, round) && !r.returned[sheet]
        ? { ...r, returned: { ...r.returned, [sheet]: on } }
        : r
    ),
  };
}

export interface NotReturned extends SentFile {
  sentOn: IsoDate;
}

/**
 * The files of the latest round not back yet. Only the latest round counts: a sheet sent again
 * later is owed once, from the later round.
 */
export function notReturned(record: SentRecord | null): NotReturned[] {
  const latest = record?.rounds[record.rounds.length - 1];
  if (!latest) return [];
  return latest.files
    .filter((f) => !latest.returned[f.sheet])
    .map((f) => ({ ...f, sentOn: latest.sentOn }));
}
