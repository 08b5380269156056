// Where things are on an OKR sheet that is being scored: its columns (formula columns it lacks are
// placed after its last used column), its header block's cells, its status words and status
// ranges, and where the objectives aligned to each objective keep their progress. Score's sheet
// plans and the Summary both read this; neither reads the other.
import { absA1, a1 } from "../reading/cellRefs";
import { COLUMNS, type ColumnKey } from "../reading/columns";
import { showsWordFormula, type StatusWords } from "../scoring/formulas";
import { childrenByParent } from "../scoring/model";
import type { OkrSheet, SheetInput } from "../reading/sheet";
import type { KeyResult, Lang, Status } from "../types";
import { GRADES, STATUSES, termLabel, type Term } from "../reading/vocabulary";
import { COLOURS, findBlockCells, type BlockKey } from "./layout";
import { NOT_STARTED_COLOURS, notStartedWord } from "../scoring/notStarted";
import type { Area, ConditionalFormat } from "./types";
import { largest, widestRow } from "../reading/largest";

// A sheet to score is read on the reading floor (the period scope picks among them).
export type { SheetInput } from "../reading/sheet";

export const FORMULA_KEYS = COLUMNS.filter((c) => c.kind === "formula").map((c) => c.key);

/** A laid-out OKR sheet: its columns and block cells, for formulas on this and other sheets. */
export interface LaidOutSheet {
  input: SheetInput;
  columns: Record<ColumnKey, number>;
  block: Partial<Record<BlockKey, { row: number; col: number }>>;
  lang: Lang;
}

/** Where every column is on a sheet: its own columns, and the formula columns it lacks placed after its last used column. */
export function columnsOf(input: SheetInput): Record<ColumnKey, number> {
  const match = input.sheet.match;
  if (!match) throw new Error(`${input.sheet.name} is not an OKR sheet`);
  const columns = { ...match.columns } as Record<ColumnKey, number>;
  let next = Math.max(
    widestRow(input.rows),
    largest(
      Object.values(match.columns).map((c) => c + 1),
      0
    )
  );
  for (const key of FORMULA_KEYS) if (columns[key] === undefined) columns[key] = next++;
  return columns;
}

export function layOut(input: SheetInput, fallbackLang: Lang): LaidOutSheet {
  const headerIndex = input.sheet.headerRow - 1;
  return {
    input,
    columns: columnsOf(input),
    block: findBlockCells(input.rows, headerIndex),
    lang: input.sheet.header.lang ?? fallbackLang,
  };
}

const wordsOf = (terms: readonly Term<Status>[], lang: Lang): Record<Status, string> => ({
  green: termLabel(terms, "green", lang),
  yellow: termLabel(terms, "yellow", lang),
  red: termLabel(terms, "red", lang),
});

/** The words a Status cell shows in a language: forecasts during the period, grades at its end. */
export function statusWordsIn(lang: Lang): StatusWords {
  return {
    during: wordsOf(STATUSES, lang),
    end: wordsOf(GRADES, lang),
    notStarted: notStartedWord(lang),
  };
}

/** Both words a status can show (forecast and grade), to count or colour it. */
export function wordsFor(words: StatusWords, status: Status): string[] {
  return [words.during[status], words.end[status]];
}

/**
 * Green / yellow / red fills over an area, by the status word a cell shows (`status`: the cell of
 * the area's first row, relative in its row): the bands of the OKR sheets, wherever they are shown.
 */
export function statusColours(at: Area, status: string, words: StatusWords): ConditionalFormat[] {
  const colours: ConditionalFormat[] = (["green", "yellow", "red"] as const).map((s) => ({
    kind: "formula",
    area: at,
    formula: showsWordFormula(status, wordsFor(words, s)),
    fill: COLOURS[s].fill,
    fontColor: COLOURS[s].font,
  }));
  // Not started: a neutral grey, neither good nor bad (scoring/notStarted.ts).
  if (words.notStarted)
    colours.push({
      kind: "formula",
      area: at,
      formula: showsWordFormula(status, [words.notStarted]),
      fill: NOT_STARTED_COLOURS.fill,
      fontColor: NOT_STARTED_COLOURS.font,
    });
  return colours;
}

/** Progress as a data bar (0 to 100 %), as the OKR sheets and the Summary draw it. */
export function progressBar(at: Area): ConditionalFormat {
  return { kind: "dataBar", area: at, color: COLOURS.dataBar };
}

/** The KR rows of an objective as one range of a column (rows between hold no other objective). */
export function krSpan(krs: readonly KeyResult[], col: number): string | null {
  if (krs.length === 0) return null;
  const rows = krs.map((k) => k.row - 1);
  return `${a1(col, -largest(rows.map((r) => -r)))}:${a1(col, largest(rows))}`;
}

/** The status ranges of a sheet's key results: each objective's KR span, and the orphans'. */
export function statusSpans(sheet: OkrSheet, statusCol: number): string[] {
  return [
    krSpan(sheet.orphans, statusCol),
    ...sheet.objectives.map((o) => krSpan(o.keyResults, statusCol)),
  ].filter((s): s is string => s !== null);
}

/** Every objective aligned to each objective ID: where its progress cell is. */
export function childProgressRefs(
  sheets: readonly LaidOutSheet[]
): Map<string, { sheet: string; ref: string }[]> {
  const byName = new Map(sheets.map((l) => [l.input.sheet.name, l]));
  const children = childrenByParent(sheets.map((l) => l.input.sheet));
  return new Map(
    [...children].map(([key, kids]) => [
      key,
      kids.map(({ sheet, objective }) => ({
        sheet,
        ref: absA1((byName.get(sheet) as LaidOutSheet).columns.progress, objective.row - 1),
      })),
    ])
  );
}

/** Where the Summary keeps what OKR sheets may point at when a term-by-term formula would be too long. */
export interface SummaryPositions {
  sheetName: string;
  /** Per OKR sheet: the cells of its score and of its green / yellow / red counts. */
  sheets: Map<string, { score: string; green: string; yellow: string; red: string }>;
  /** Per parent objective (ID key): the range of its children's progress. */
  children: Map<string, string>;
}
