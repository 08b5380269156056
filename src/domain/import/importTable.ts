// One source table → the rows of one OKR sheet, and a report per source row: kept as which ID,
// dropped and why, and what was guessed. IDs, levels, Parent links, KR types and units come from
// the source's own values; Start, Target and Current are copied, never made up: what the source
// lacked stays empty for Check to name.
import { objectiveId, keyResultId, idKey, uniqueIdPrefix } from "../reading/ids";
import { parseNumber } from "../reading/numbers";
import { parsePeriod } from "../reading/period";
import { LEVELS, COMMITMENTS, KR_TYPE_WORDS, parseTerm } from "../reading/vocabulary";
import { KR_TYPES } from "../scoring/krTypes";
import type { CellValue, KrType, Lang, Level } from "../types";
import { PRODUCT_FIELDS, type ImportField } from "./fields";
import { recogniseLayout, type Layout, type Mapping, type SourceColumn } from "./layouts";
import { binaryValue, guessKrType, namedKrType, unitOfValues, valueForUnit } from "./values";

export type ProductField = (typeof PRODUCT_FIELDS)[number];
export type ProductRow = Partial<Record<ProductField, CellValue>>;

export type DropReason = "noTitle" | "notOkr" | "noObjective";

export type Guess =
  | { code: "unit"; unit: string }
  | { code: "krType"; type: KrType; because: "statement" | "yesNo" | "progressOnly" | "values" }
  | { code: "underObjectiveAbove" }
  | { code: "parentNotFound"; parent: string }
  | { code: "currentFromProgress"; progress: string }
  | { code: "progressLeftOut"; progress: string }
  | { code: "statusInNotes"; status: string }
  | { code: "notANumber"; column: "start" | "target" | "current"; value: string };

export interface RowReport {
  /** 1-based line (row) of the source. */
  line: number;
  /** The IDs the row became (a wide row: its objective and its key results); empty when dropped. */
  ids: string[];
  dropped?: { reason: DropReason; what?: string };
  guesses: Guess[];
}

export interface ImportedTable {
  name: string;
  layout: Layout;
  /** The sheet's rows in the product's columns, each objective followed by its key results. */
  rows: ProductRow[];
  report: RowReport[];
  /** The source's time period when every row that names one names the same. */
  period: string | null;
  /** Source headers not imported. */
  leftOut: string[];
}

export interface ImportOptions {
  /** The language of the words written into cells (Level, KR type, Commitment). */
  lang?: Lang;
  /** IDs already taken (other imported tables): this table's prefix avoids them. */
  takenIds?: readonly string[];
  mapping?: Mapping;
}

export class UnrecognisedLayout extends Error {
  constructor(
    readonly table: string,
    readonly columns: SourceColumn[]
  ) {
    super(`${table}: layout not recognised`);
  }
}

const text = (v: CellValue) => (v === null || v === undefined ? "" : String(v).trim());

/** Source words for item types that are not OKR rows (Viva Goals' projects and initiatives). */
const NOT_OKR =
  /^(project|projects|initiative|initiatives|key initiative|task|tasks|action|milestone|项目|項目|任务|任務|举措|舉措)$/i;
const KEY_RESULT_WORDS = /^(key ?result|keyresult|kr|关键结果|關鍵結果)s?$/i;
const OBJECTIVE_WORDS = /^(objective|goal|目标|目標)s?$/i;

function levelOf(value: CellValue): Level | "notOkr" | null {
  const t = text(value);
  const term = parseTerm(LEVELS, t);
  if (term) return term;
  if (KEY_RESULT_WORDS.test(t)) return "keyResult";
  if (OBJECTIVE_WORDS.test(t)) return "objective";
  if (NOT_OKR.test(t)) return "notOkr";
  return null;
}

/** An ID prefix from the table's name: its Latin letters (SALES from "sales-okrs"), else OKR. */
export function prefixOf(name: string): string {
  const word = /[A-Za-z][A-Za-z0-9]*/.exec(name.normalize("NFKC"))?.[0] ?? "";
  return (word.toUpperCase().slice(0, 8) || "OKR").replace(/\d+$/, "") || "OKR";
}

interface Item {
  line: number;
  cells: Partial<Record<ImportField, CellValue>>;
  report: RowReport;
}

interface DraftObjective extends Item {
  title: string;
  krs: Item[];
}

/** Fields of a grouped row that belong to its objective when the row also holds a key result. */
const OBJECTIVE_ON_KR_ROW: readonly ImportField[] = ["owner", "commitment", "parent", "period"];

function pick(cells: Item["cells"], fields: readonly ImportField[]): Item["cells"] {
  return Object.fromEntries(fields.filter((f) => f in cells).map((f) => [f, cells[f]]));
}

/** One row's fields (a wide row: the objective's fields, or the n-th key result's). */
function fieldsOf(row: readonly CellValue[], columns: readonly SourceColumn[], kr?: number) {
  const cells: Partial<Record<ImportField, CellValue>> = {};
  for (const c of columns) {
    if (!c.field || c.kr !== kr) continue;
    const v = row[c.index];
    if (text(v) !== "" && cells[c.field] === undefined) cells[c.field] = v;
  }
  return cells;
}

/** Reads a table into objectives with their key results, as its layout lays them out. */
function draftObjectives(
  rows: readonly (readonly CellValue[])[],
  layout: Layout,
  report: RowReport[]
): DraftObjective[] {
  const objectives: DraftObjective[] = [];
  const byRef = new Map<string, DraftObjective>();
  const krRefs = new Map<string, DraftObjective>();
  const remember = (o: DraftObjective) => {
    byRef.set(text(o.cells.statement).toLowerCase(), o);
    if (text(o.cells.id)) byRef.set(idKey(text(o.cells.id)), o);
  };
  const newObjective = (line: number, cells: Item["cells"], r: RowReport): DraftObjective => {
    const o = { line, cells, report: r, title: text(cells.statement), krs: [] };
    objectives.push(o);
    remember(o);
    return o;
  };
  const wideNumbers = [
    ...new Set(layout.columns.flatMap((c) => (c.kr === undefined ? [] : [c.kr]))),
  ].sort((a, b) => a - b);
  // Key results whose Parent is named but not read yet (a KR listed above its objective).
  const pending: { item: Item; parent: string }[] = [];
  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row.some((v) => text(v) !== "")) continue;
    const line = r + 1;
    const rep: RowReport = { line, ids: [], guesses: [] };
    report.push(rep);
    const cells = fieldsOf(row, layout.columns);
    if (layout.kind === "typed") {
      const level = levelOf(cells.level);
      if (level === "notOkr" || level === null) {
        rep.dropped = { reason: "notOkr", what: text(cells.level) };
        continue;
      }
      if (!text(cells.statement)) {
        rep.dropped = { reason: "noTitle" };
        continue;
      }
      if (level === "objective") {
        newObjective(line, cells, rep);
        continue;
      }
      const item: Item = { line, cells, report: rep };
      const parent = text(cells.parent);
      const named = parent
        ? (byRef.get(idKey(parent)) ??
          byRef.get(parent.toLowerCase()) ??
          krRefs.get(parent.toLowerCase()))
        : undefined;
      if (named) {
        named.krs.push(item);
      } else if (parent) {
        pending.push({ item, parent });
      } else if (objectives.length > 0) {
        // Our own sheets and most templates list key results under their objective.
        objectives[objectives.length - 1].krs.push(item);
        if (layout.columns.some((c) => c.field === "parent"))
          rep.guesses.push({ code: "underObjectiveAbove" });
      } else {
        rep.dropped = { reason: "noObjective" };
      }
      const owner = named ?? objectives[objectives.length - 1];
      if (owner) krRefs.set(text(cells.statement).toLowerCase(), owner);
      continue;
    }
    if (layout.kind === "grouped") {
      const objectiveText = text(cells.objective);
      const krText = text(cells.keyResult);
      let current = objectives[objectives.length - 1];
      if (objectiveText && (!current || current.title !== objectiveText)) {
        // On a key result's row only what can only be the objective's is the objective's.
        const objCells = krText ? pick(cells, OBJECTIVE_ON_KR_ROW) : cells;
        // The objective and its first key result share the line, and the line's report.
        current = newObjective(line, { ...objCells, statement: objectiveText }, rep);
      }
      if (!krText) {
        if (!objectiveText) rep.dropped = { reason: "noTitle" };
        continue;
      }
      if (!current) {
        rep.dropped = { reason: "noObjective" };
        continue;
      }
      const krCells = { ...cells, statement: cells.keyResult };
      delete krCells.objective;
      current.krs.push({ line, cells: krCells, report: rep });
      continue;
    }
    // wide: the row is an objective, its numbered columns its key results.
    const statement = text(cells.objective) || text(cells.statement);
    if (!statement) {
      rep.dropped = { reason: "noTitle" };
      continue;
    }
    const o = newObjective(line, { ...cells, statement }, rep);
    for (const n of wideNumbers) {
      const krCells = fieldsOf(row, layout.columns, n);
      if (!text(krCells.statement)) continue;
      // A key result without its own owner is the objective's (the contract lets it inherit).
      o.krs.push({ line, cells: krCells, report: rep });
    }
  }
  for (const { item, parent } of pending) {
    const named = byRef.get(idKey(parent)) ?? byRef.get(parent.toLowerCase());
    if (named) named.krs.push(item);
    else {
      item.report.dropped = { reason: "noObjective", what: parent };
    }
  }
  return objectives;
}

/** A key result's row: values copied, unit and type from what they say. */
function keyResultRow(kr: Item, id: string, lang: Lang): ProductRow {
  const c = kr.cells;
  const guesses = kr.report.guesses;
  const statement = text(c.statement);
  let start: CellValue = c.start ?? null;
  let target: CellValue = c.target ?? null;
  let current: CellValue = c.current ?? null;
  const progress = text(c.progress);
  let type = namedKrType(c.krType);
  if (!type) {
    const guess = guessKrType({ statement, start, target, current, progress });
    type = guess.type;
    guesses.push({ code: "krType", type: guess.type, because: guess.because });
  }
  if (KR_TYPES[type].ladder && !text(current) && progress) {
    current = progress;
    guesses.push({ code: "currentFromProgress", progress });
  } else if (progress) {
    guesses.push({ code: "progressLeftOut", progress });
  }
  if (KR_TYPES[type].yesNo) [start, target, current] = [start, target, current].map(binaryValue);
  let unit = text(c.unit) || null;
  if (!unit) {
    unit = unitOfValues([start, target, current]);
    if (unit) guesses.push({ code: "unit", unit });
  }
  const values: Record<"start" | "target" | "current", CellValue> = { start, target, current };
  for (const key of ["start", "target", "current"] as const) {
    const v = valueForUnit(values[key], unit);
    values[key] = v;
    if (text(v) && !parseNumber(unit === "%" ? text(v) : (v as CellValue)).ok)
      guesses.push({ code: "notANumber", column: key, value: text(v) });
  }
  return {
    id,
    level: LEVELS[1].label[lang],
    statement,
    owner: c.owner ?? null,
    krType: KR_TYPE_WORDS[type].label[lang],
    unit,
    ...values,
    weight: c.weight ?? null,
    confidence: c.confidence ?? null,
    due: c.due ?? null,
    notes: notes(c, guesses, lang),
  };
}

/** The source's own status (ours is a formula) goes to Notes, after any note it had. */
function notes(c: Item["cells"], guesses: Guess[], lang: Lang): CellValue {
  const status = text(c.status);
  if (!status) return c.notes ?? null;
  guesses.push({ code: "statusInNotes", status });
  return [text(c.notes), `${STATUS_WORD[lang]}${status}`].filter(Boolean).join(" · ");
}

const STATUS_WORD: Record<Lang, string> = { en: "Status: ", "zh-CN": "状态：", "zh-TW": "狀態：" };

/** The one time period every row that names one agrees on, as a period ID (2026-Q1). */
function commonPeriod(objectives: readonly DraftObjective[]): string | null {
  const named = new Set<string>();
  for (const o of objectives)
    for (const item of [o, ...o.krs]) {
      const t = text(item.cells.period);
      if (!t) continue;
      const p = parsePeriod(t.replace(/^(Q[1-4])\s+(\d{4})$/i, "$2-$1"));
      if (!p.ok) return null;
      named.add(p.value.label);
    }
  return named.size === 1 ? [...named][0] : null;
}

/**
 * Reads one table (a CSV, or a worksheet) into an OKR sheet's rows. Throws UnrecognisedLayout when
 * neither the headers nor the mapping say how its rows are laid out.
 */
export function importTable(
  name: string,
  rows: readonly (readonly CellValue[])[],
  o: ImportOptions = {}
): ImportedTable {
  const lang = o.lang ?? "en";
  const found = recogniseLayout(rows, o.mapping);
  if ("unrecognised" in found) throw new UnrecognisedLayout(name, found.unrecognised);
  const { layout } = found;
  const report: RowReport[] = [];
  const objectives = draftObjectives(rows, layout, report);
  const prefix = uniqueIdPrefix(prefixOf(name), o.takenIds ?? []);
  const ids = new Map<DraftObjective, string>();
  objectives.forEach((obj, i) => ids.set(obj, objectiveId(prefix, i + 1)));
  const byRef = new Map<string, string>();
  for (const obj of objectives) {
    byRef.set(obj.title.toLowerCase(), ids.get(obj)!);
    if (text(obj.cells.id)) byRef.set(idKey(text(obj.cells.id)), ids.get(obj)!);
  }
  const out: ProductRow[] = [];
  for (const obj of objectives) {
    const id = ids.get(obj)!;
    obj.report.ids.push(id);
    const parentText = text(obj.cells.parent);
    let parent: string | null = null;
    if (parentText) {
      parent = byRef.get(idKey(parentText)) ?? byRef.get(parentText.toLowerCase()) ?? null;
      // An ID of ours (CO-O1) names an objective on another sheet: kept for Check to verify.
      if (!parent && /^[A-Z][A-Z0-9]*-O\d+$/i.test(parentText)) parent = parentText;
      if (!parent) obj.report.guesses.push({ code: "parentNotFound", parent: parentText });
    }
    const commitment = parseTerm(COMMITMENTS, text(obj.cells.commitment));
    out.push({
      id,
      level: LEVELS[0].label[lang],
      parent,
      statement: obj.title,
      owner: obj.cells.owner ?? null,
      commitment: commitment ? COMMITMENTS.find((t) => t.value === commitment)!.label[lang] : null,
      weight: obj.cells.weight ?? null,
      due: obj.cells.due ?? null,
      notes: notes(obj.cells, obj.report.guesses, lang),
    });
    obj.krs.forEach((kr, i) => {
      const krId = keyResultId(id, i + 1);
      kr.report.ids.push(krId);
      out.push(keyResultRow(kr, krId, lang));
    });
  }
  const leftOut = layout.columns.filter((c) => c.header && !c.field).map((c) => c.header);
  return { name, layout, rows: out, report, period: commonPeriod(objectives), leftOut };
}

/** The language-neutral cells of a row in the product's column order. */
export function productCells(row: ProductRow): CellValue[] {
  return PRODUCT_FIELDS.map((f) => row[f] ?? null);
}
