// Which ExcelApi requirement set each member of the Excel JavaScript API needs, read from the
// source of truth: the `[Api set: ExcelApi 1.x]` remarks in @types/office-js. No hand-kept list.
// Parsing is pure (text in, table out) so the emulator can run in the browser preview without it;
// tests install the table once per process (test/support/apiSets-setup.ts).

/** The levels one member needs: to read it or call it, and to set it (most are the same). */
export interface MemberLevel {
  get: string;
  set: string;
}

/** "Range.columnWidth" → its levels. A member annotated for another set only (ExcelApiDesktop,
 * ExcelApiOnline, Preview) is "never": no ExcelApi level reaches it. */
export type ApiSetTable = ReadonlyMap<string, MemberLevel>;

export const NEVER = "never";

const CLASS = /^ {4}class (\w+) /;
const MEMBER = /^ {8}(?:readonly )?(\w+)\??[(:<]/;
const API_SET = /\[Api set: ([^\]]*)\]/;

/** The levels named by one `[Api set: …]` remark. */
function levelsOf(remark: string): MemberLevel {
  const first = /^ExcelApi (\d+\.\d+)/.exec(remark);
  if (!first) return { get: NEVER, set: NEVER };
  // "1.1 for reading visibility; 1.2 for setting it", "1.1 for get, 1.8 for set"
  const setter = /(\d+\.\d+) for (?:set|setting)\b/.exec(remark);
  return { get: first[1], set: setter ? setter[1] : first[1] };
}

/**
 * The table from the text of @types/office-js/index.d.ts: every member of every class in the
 * `Excel` namespace (not its `Interfaces`), by the remark in the JSDoc just above it. Overloads
 * take the lowest level any of them names.
 */
export function parseApiSets(dts: string): ApiSetTable {
  const table = new Map<string, MemberLevel>();
  const lines = dts.split("\n");
  const start = lines.findIndex((l) => l.startsWith("declare namespace Excel {"));
  if (start < 0) throw new Error("No Excel namespace in the office-js type definitions");
  let klass: string | null = null;
  let remark: string | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("    namespace Interfaces") || line.startsWith("}")) break;
    const opened = CLASS.exec(line);
    if (opened) {
      klass = opened[1];
      remark = null;
      continue;
    }
    if (line.startsWith("    }")) klass = null;
    if (!klass) continue;
    if (line.includes("/**")) remark = null;
    // The member's own remark comes first; a later one names a parameter's set (valuesOnly: 1.2).
    const set = API_SET.exec(line);
    if (set && remark === null) remark = set[1];
    const member = MEMBER.exec(line);
    if (!member || !remark) continue;
    const key = `${klass}.${member[1]}`;
    const levels = levelsOf(remark);
    const known = table.get(key);
    table.set(
      key,
      known ? { get: lowest(known.get, levels.get), set: lowest(known.set, levels.set) } : levels
    );
    remark = null;
  }
  return table;
}

/** Whether ExcelApi `version` is at most `max` ("1.10" is above "1.9"); nothing reaches "never". */
export function versionAtMost(version: string, max: string): boolean {
  if (version === NEVER) return false;
  const [a1, a2 = 0] = version.split(".").map(Number);
  const [b1, b2 = 0] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

function lowest(a: string, b: string): string {
  return versionAtMost(a, b) ? a : b;
}

let installed: ApiSetTable | null = null;

/** Makes every emulated context check members against this table (null: no checks). */
export function useApiSets(table: ApiSetTable | null): void {
  installed = table;
}

export function apiSets(): ApiSetTable | null {
  return installed;
}
