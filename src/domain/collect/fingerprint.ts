// What was sent to a department: the sheet's name, the period, and per key result its ID, Start,
// Target and Weight. Split stores it in a very hidden sheet of each file it writes (like the
// thresholds in rules/settingsSheet.ts) so that Collect can tell what a department changed.
import type { OkrSheet } from "../reading/sheet";
import type { CellValue } from "../types";

/** The sheet's name: a name people will not have given a sheet of their own. */
export const FINGERPRINT_SHEET = "okrSheets.sent";

/** The key in column A of each row; the fingerprint's JSON text, in pieces, in column B. */
export const FINGERPRINT_KEY = "okrSheets.fingerprint";

/** Excel keeps at most 32,767 characters in a cell: the JSON is cut into pieces below that. */
const PIECE = 30000;

export interface SentKr {
  id: string;
  start: number | null;
  target: number | null;
  weight: number | null;
}

export interface Fingerprint {
  version: 1;
  /** The OKR sheet that was sent. */
  sheet: string;
  /** The period's label (e.g. 2026-Q1), or null when the sheet names none. */
  period: string | null;
  krs: SentKr[];
}

/** The fingerprint of a sheet as it is sent. */
export function fingerprintOf(sheet: OkrSheet): Fingerprint {
  return {
    version: 1,
    sheet: sheet.name,
    period: sheet.header.period?.label ?? null,
    krs: sheet.objectives.flatMap((o) =>
      o.keyResults.map((kr) => ({
        id: kr.id,
        start: kr.start,
        target: kr.target,
        weight: kr.weight,
      }))
    ),
  };
}

/** The rows to write (A:B from row 1) for a fingerprint. */
export function fingerprintRows(fp: Fingerprint): [string, string][] {
  const json = JSON.stringify(fp);
  const rows: [string, string][] = [];
  for (let i = 0; i < json.length; i += PIECE)
    rows.push([FINGERPRINT_KEY, json.slice(i, i + PIECE)]);
  return rows;
}

/**
 * Whether a sheet is the record of what was sent: its first row's first cell is the key. Collect
 * finds it by this in both hosts, whatever the sheet was renamed to.
 */
export function isFingerprintSheet(rows: readonly (readonly CellValue[])[]): boolean {
  return rows[0]?.[0] === FINGERPRINT_KEY;
}

/** The fingerprint of a returned file: the one its fingerprint sheet holds, or null. */
export function fingerprintIn(sheets: readonly { rows: readonly (readonly CellValue[])[] }[]) {
  const sheet = sheets.find((s) => isFingerprintSheet(s.rows));
  return sheet ? fingerprintFromRows(sheet.rows) : null;
}

function isFingerprint(value: unknown): value is Fingerprint {
  const fp = value as Fingerprint;
  return (
    typeof fp === "object" &&
    fp !== null &&
    fp.version === 1 &&
    typeof fp.sheet === "string" &&
    (fp.period === null || typeof fp.period === "string") &&
    Array.isArray(fp.krs) &&
    fp.krs.every((k) => typeof k?.id === "string")
  );
}

/** The fingerprint a sheet's rows hold; null when they hold none or it was edited beyond reading. */
export function fingerprintFromRows(
  rows: readonly (readonly CellValue[])[] | undefined
): Fingerprint | null {
  const json = (rows ?? [])
    .filter((r) => r[0] === FINGERPRINT_KEY && typeof r[1] === "string")
    .map((r) => r[1] as string)
    .join("");
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return isFingerprint(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
