// Which layout a source table has, read from its header row: one row per item with a type column
// (a Viva Goals export, our own sheets), objective and key result side by side on each row (the
// usual spreadsheet template), or one row per objective with numbered key-result columns. A
// mapping (source header → field) given by the person overrides what the headers would say.
import { normaliseHeader } from "../reading/header";
import type { CellValue } from "../types";
import { fieldsOfHeader, wideColumn, type ImportField } from "./fields";

export type LayoutKind = "typed" | "grouped" | "wide";

export interface SourceColumn {
  /** 0-based column in the source row. */
  index: number;
  header: string;
  /** What it fills; null when it is not imported. */
  field: ImportField | null;
  /** For a wide layout's numbered key-result columns: the key result's number. */
  kr?: number;
}

export interface Layout {
  kind: LayoutKind;
  /** 0-based index of the header row. */
  headerRow: number;
  columns: SourceColumn[];
}

/** A mapping file's content: normalised source header → field, or null to leave a column out. */
export type Mapping = ReadonlyMap<string, ImportField | null>;

const cellText = (v: CellValue) => (v === null || v === undefined ? "" : String(v).trim());

/** Which field each header fills: its likeliest one still free, a mapping's word first. */
function assign(headers: readonly string[], mapping?: Mapping): SourceColumn[] {
  const taken = new Set<string>();
  const columns: SourceColumn[] = headers.map((header, index) => ({ index, header, field: null }));
  const take = (c: SourceColumn, field: ImportField | null, kr?: number) => {
    c.field = field;
    if (kr !== undefined) c.kr = kr;
    if (field) taken.add(kr === undefined ? field : `${field}#${kr}`);
  };
  for (const c of columns) {
    if (!c.header) continue;
    const key = normaliseHeader(c.header);
    if (mapping?.has(key)) {
      take(c, mapping.get(key) ?? null);
      continue;
    }
    if (mapping) continue; // with a mapping, only what it names is read
    const wide = wideColumn(c.header);
    if (wide && !taken.has(`${wide.field}#${wide.n}`)) {
      take(c, wide.field, wide.n);
      continue;
    }
    const field = fieldsOfHeader(c.header).find((f) => !taken.has(f));
    if (field) take(c, field);
  }
  // A lone "Description" (no Title) is the statement.
  if (!taken.has("statement") && !taken.has("keyResult")) {
    const c = columns.find(
      (c) => c.field === "notes" && fieldsOfHeader(c.header).includes("statement")
    );
    if (c) c.field = "statement";
  }
  return columns;
}

function kindOf(columns: readonly SourceColumn[]): LayoutKind | null {
  const has = (f: ImportField) => columns.some((c) => c.field === f && c.kr === undefined);
  if (has("level") && has("statement")) return "typed";
  if (has("objective") && has("keyResult")) return "grouped";
  if (
    (has("objective") || has("statement")) &&
    columns.some((c) => c.kr !== undefined && c.field === "statement")
  )
    return "wide";
  return null;
}

/** Rows searched for the header row: titles and notes often sit above the table. */
const HEADER_SCAN = 10;

/**
 * The layout of a table, or, when none is recognised, the header row read as best it could be (its
 * columns say which headers meant nothing, for the message asking for a mapping).
 */
export function recogniseLayout(
  rows: readonly (readonly CellValue[])[],
  mapping?: Mapping
): { layout: Layout } | { unrecognised: SourceColumn[] } {
  let fallback: SourceColumn[] | null = null;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN); r++) {
    const headers = rows[r].map(cellText);
    if (!headers.some(Boolean)) continue;
    const columns = assign(headers, mapping);
    const kind = kindOf(columns);
    if (kind) return { layout: { kind, headerRow: r, columns } };
    fallback ??= columns;
  }
  return { unrecognised: fallback ?? [] };
}

/**
 * Reads a mapping file's rows (CSV: source column, product column; a header line is skipped) or a
 * JSON object's entries. A target of "-", "" or "ignore" leaves the column out; an unknown target is
 * returned in `unknown` so the message can name it.
 */
export function readMapping(
  entries: readonly (readonly [string, string])[],
  fieldByName: (name: string) => ImportField | null
): { mapping: Map<string, ImportField | null>; unknown: string[] } {
  const mapping = new Map<string, ImportField | null>();
  const unknown: string[] = [];
  entries.forEach(([source, target], i) => {
    const s = source.trim();
    const t = target.trim();
    if (!s) return;
    // A header line ("source,column") says nothing about the source.
    if (
      i === 0 &&
      /^(source|from|源|来源|來源)/i.test(s) &&
      /^(column|to|target|product|列|欄)/i.test(t)
    )
      return;
    if (!t || t === "-" || /^ignore$/i.test(t)) {
      mapping.set(normaliseHeader(s), null);
      return;
    }
    const field = fieldByName(t);
    if (field) mapping.set(normaliseHeader(s), field);
    else unknown.push(t);
  });
  return { mapping, unknown };
}
