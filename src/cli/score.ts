// `okr score INPUT... -o OUT.xlsx`: the inputs' sheets with their formula columns, header block and
// the Summary, written to a new workbook; `--format json` prints the reference model's numbers.
import ExcelJS from "exceljs";
import { columnHeader, type ColumnKey } from "../domain/reading/columns";
import { uniqueSheetName } from "../domain/reading/ids";
import { asShown, inputPlan } from "../domain/newSheet/generate";
import {
  assumedCommitments,
  notScoredCells,
  type RefusedSheet,
  type ScorePlan,
} from "../domain/score/scoreWorkbook";
import { COMMITTED_ASSUMED } from "../domain/scoring/grading";
import { readSheet, tableLastRow, type OkrSheet } from "../domain/reading/sheet";
import { LAST_SCORED_ROW, SPARE_ROWS } from "../domain/plan/layout";
import { InputError, located } from "./readProblems";
import type { SheetInput } from "../domain/plan/sheetLayout";
import type { CellValue, IsoDate, Lang, Period, Scope } from "../domain/types";
import { score } from "../operations/score";
import { fileHost, type FileHostOptions } from "./fileHost";
import { applyPlansToWorkbook, type FileSkipped } from "./xlsxHost";
import { copyProtection } from "./sheetProtection";
import { copyWorksheet } from "./worksheetCells";
import { LeanWorkbook } from "./leanWorkbook";
import type { InputFile } from "./input";
import { asText } from "./check";
import { EXIT_FINDINGS, EXIT_OK } from "./exitCodes";
import { format } from "../domain/reading/i18n";
import { contractGrid } from "../domain/newSheet/contractGrid";
import { cliLocale } from "./options";
import { sheetRuleFindings } from "../domain/rules/lint";

export interface ScoreFileOptions {
  lang: Lang;
  /** Whether --lang was given: then the OKR sheets' column headers are written in it. */
  relabel: boolean;
  scope: Scope;
  period: Period | null;
  asOf: IsoDate;
  today: IsoDate;
  /** Key results under the Summary's "What needs attention" (ATTENTION_ROWS when absent). */
  attentionRows?: number;
  /** Lock the formula columns and protect the OKR sheets (`--protect`, plan/protection.ts). */
  lockFormulas?: boolean;
  /** False when nothing is written (--format json without -o): no protected sheet is refused. */
  writes?: boolean;
}

/** Where the scored workbook's sheets came from, for a host that writes it further (okr review). */
export type SheetOrigin = Required<Pick<FileHostOptions, "file" | "copiedFrom">>;

/**
 * Builds the output workbook from the inputs and scores it (src/operations/score.ts). Each input is
 * read once into the domain's rows (readInput); the rows are planned and the plans written once,
 * never read back.
 */
export function scoreFiles(
  inputs: readonly InputFile[],
  o: ScoreFileOptions
): Promise<{
  workbook: ExcelJS.Workbook;
  plan: ScorePlan;
  skipped: FileSkipped[];
  sheets: SheetInput[];
  origin: SheetOrigin;
}> {
  return scoreInto(inputs, o, () => new ExcelJS.Workbook());
}

/**
 * As scoreFiles, for a caller that only writes the workbook (`okr score`): CSV input alone goes
 * into a lean workbook (leanWorkbook.ts); 100,000 rows in ExcelJS's own objects took 3.7 GB. It
 * takes the inputs: once a CSV sheet is laid out, its rows and first reading are let go (130 MB at
 * 100,000 rows), and only the file's name and its sheets' names, headers and columns stay. The
 * plan it returns has no `plans`: they are in the workbook.
 */
export async function scoreFilesToWrite(inputs: readonly InputFile[], o: ScoreFileOptions) {
  // The lock's cell styles are ExcelJS's (xlsxHost.ts lockFormulaCells): --protect takes the
  // ExcelJS workbook, at its memory cost, however large the CSV.
  const scored = await scoreInto(
    inputs,
    o,
    () => (o.lockFormulas ? new ExcelJS.Workbook() : new LeanWorkbook()),
    true
  );
  // Applied: the workbook holds what they wrote (100,000 rows' blocks and formats are ~100 MB).
  return { ...scored, plan: { ...scored.plan, plans: [] } };
}

async function scoreInto<W extends ExcelJS.Workbook | LeanWorkbook>(
  inputs: readonly InputFile[],
  o: ScoreFileOptions,
  fresh: () => W,
  letGo = false
): Promise<{
  workbook: ExcelJS.Workbook | W;
  plan: ScorePlan;
  skipped: FileSkipped[];
  /** The sheets as read (and laid out), before Score wrote. */
  sheets: SheetInput[];
  origin: SheetOrigin;
}> {
  for (const input of inputs) for (const sheet of input.sheets) checkTableFits(input.file, sheet);
  // The first .xlsx is the base (everything in it is kept); other workbooks' sheets are copied in;
  // each CSV becomes a sheet laid out like a generated one.
  const baseInput = inputs.find((i) => i.workbook);
  const workbook = baseInput?.workbook ?? fresh();
  const names = () => workbook.worksheets.map((w) => w.name);
  const sheets: SheetInput[] = [...(baseInput?.all ?? [])];
  // Sheets copied from a later .xlsx, by their name here: where each came from, and its name there.
  const copiedFrom = new Map<string, { file: string; sheet: string }>();
  for (const input of inputs) {
    if (input === baseInput) continue;
    if (input.workbook) {
      for (const read of input.all ?? []) {
        const name = uniqueSheetName(read.sheet.name, names());
        // With an .xlsx input the base is one: the workbook is ExcelJS's, never a lean one.
        const base = workbook as ExcelJS.Workbook;
        const from = input.workbook.getWorksheet(read.sheet.name)!;
        // Its protection too: a password the user set stays theirs (and Score refuses to write
        // such an OKR sheet, as the pane does); the formula lock is locked again.
        copyProtection(from, copyWorksheet(from, base, name));
        copiedFrom.set(name, { file: input.file, sheet: read.sheet.name });
        sheets.push({ sheet: { ...read.sheet, name }, rows: read.rows });
      }
      continue;
    }
    input.sheets.forEach((sheet, i) => {
      const name = uniqueSheetName(sheet.name, names());
      const { grid, shareRows } = contractGrid(sheet, input.rows[i], {
        ...o,
        locale: cliLocale(),
      });
      if (letGo) {
        input.rows[i] = [];
        input.sheets[i] = { ...sheet, objectives: [], orphans: [], unknownLevel: [] };
      }
      // The domain reads the sheet as it will be shown; the file gets the typed values.
      const shown = asShown(grid, shareRows);
      const laidOut = readSheet(name, shown, { period: o.period, scope: o.scope });
      applyPlansToWorkbook(workbook, [inputPlan(laidOut, grid, o.lang, shareRows)]);
      sheets.push({ sheet: laidOut, rows: shown });
    });
  }
  if (o.relabel) relabel(workbook, sheets, o.lang);
  // The sheets as laid out are the host's read: nothing is read back from the workbook.
  // A refused sheet is named in the file it came from, by its name there.
  const origin: SheetOrigin = { file: baseInput?.file ?? "", copiedFrom };
  const host = fileHost(workbook, {
    sheets,
    cadence: inputs.find((i) => i.cadence !== undefined)?.cadence,
    ...origin,
    writes: o.writes,
  });
  const { plan, skipped } = await score(host, {
    asOf: o.asOf,
    checkedOn: o.today,
    lang: o.lang,
    period: o.period,
    attentionRows: o.attentionRows,
    lockFormulas: o.lockFormulas,
  });
  return { workbook, plan, skipped: skipped as FileSkipped[], sheets, origin };
}

/** --lang given: the OKR sheets' column headers in that language, in the file and in the rows. */
function relabel(
  workbook: ExcelJS.Workbook | LeanWorkbook,
  sheets: readonly SheetInput[],
  lang: Lang
): void {
  for (const { sheet, rows } of sheets) {
    if (!sheet.match) continue;
    const ws = workbook.getWorksheet(sheet.name);
    for (const [key, col] of Object.entries(sheet.match.columns) as [ColumnKey, number][]) {
      const header = columnHeader(key, lang);
      if (ws) ws.getCell(sheet.headerRow, col + 1).value = header;
      (rows[sheet.headerRow - 1] as CellValue[])[col] = header;
    }
  }
}

/** A number for JSON: 12 significant digits, so binary noise (0.20500000000000002) stays out. */
const round = (x: number | null) => (x === null ? null : Number(x.toPrecision(12)));

/** The `--format json` document of the contract. */
export function scoreJson(plan: ScorePlan) {
  return {
    // The period scored, and the periods whose sheets were left out (okr score --period shows them).
    period: plan.scope.period?.label ?? null,
    notShown: plan.scope.leftOut.map((p) => ({ period: p.period.label, sheets: p.sheets })),
    sheets: plan.model.sheets.map((s) => ({ name: s.name, score: round(s.score) })),
    rows: plan.model.rows.map((r) => ({
      sheet: r.sheet,
      id: r.id,
      level: r.level === "objective" ? "objective" : "key result",
      progress: round(r.progress),
      gapToTarget: round(r.gapToTarget),
      expected: round(r.expected),
      // Not started yet: its first check-in is not due (scoring/notStarted.ts).
      status: r.notStarted ? "notStarted" : r.status,
      alignmentGap: round(r.alignmentGap),
      problem: r.problem,
      // Graded as committed only because its objective has no Commitment ("committed (assumed)").
      commitmentAssumed: r.commitmentAssumed === true,
    })),
  };
}

/**
 * Sheets Score cannot work on, as one located message: Check's SHEET-HEADER findings (a required
 * column missing or not recognised) and sheets with a header row but nothing under it. Scoring them
 * would report "0 objectives" as if all were well. Null when every sheet can be scored.
 */
export function refusedText(
  refused: readonly RefusedSheet[],
  files: readonly InputFile[],
  lang: Lang
): string | null {
  if (refused.length === 0) return null;
  const fileOf = (sheet: string) =>
    files.find((f) => f.sheets.some((s) => s.name === sheet))?.file ?? sheet;
  const header = refused.flatMap((r) =>
    r.findings.map((finding) => ({ file: fileOf(r.sheet), finding }))
  );
  const located = header.length
    ? asText({ findings: header, exitCode: EXIT_FINDINGS }, lang).trimEnd()
    : "";
  const empty = refused
    .filter((r) => r.reason === "empty")
    .map((r) => `${fileOf(r.sheet)} [${r.sheet}]:${r.headerRow} ${EMPTY_SHEET[lang]}`);
  return [located, ...empty].filter(Boolean).join("\n");
}

const EMPTY_SHEET: Record<Lang, string> = {
  en: 'no objective or key-result rows under the header row. Add rows whose Level is "Objective" or "Key result", then score again.',
  "zh-CN": "表头行下没有目标或关键结果行。请添加层级为“目标”或“关键结果”的行后再计分。",
  "zh-TW": "表頭列下沒有目標或關鍵結果列。請新增層級為「目標」或「關鍵結果」的列後再計分。",
};

const NOT_SCORED_LINE: Record<Lang, string> = {
  en: "{where}  {id} not scored ({rule}): its progress shows ? and is left out of its objective. Run okr check for the fix.",
  "zh-CN":
    "{where}  {id} 未计分（{rule}）：进度显示为 ?，不计入所属目标。运行 okr check 查看修正方法。",
  "zh-TW":
    "{where}  {id} 未計分（{rule}）：進度顯示為 ?，不計入所屬目標。執行 okr check 查看修正方法。",
};

const ASSUMED_LINE: Record<Lang, string> = {
  en: "{where}  {id} has no Commitment: graded as {assumed}. Choose Committed or Aspirational, then score again.",
  "zh-CN": "{where}  {id} 未填写承诺类型：按{assumed}评定。请选择承诺型或挑战型后再计分。",
  "zh-TW": "{where}  {id} 未填寫承諾類型：按{assumed}評定。請選擇承諾型或挑戰型後再計分。",
};

/** One located line per objective graded as committed by assumption (for the printed report). */
export function assumedLines(plan: ScorePlan, out: string, lang: Lang): string[] {
  return assumedCommitments(plan).map((a) =>
    format(ASSUMED_LINE[lang], {
      where: `${out} [${a.sheet}]:${a.row} ${a.cell}`,
      id: a.id || "?",
      assumed: COMMITTED_ASSUMED[lang],
    })
  );
}

/** One located line per key result that could not be scored (for stderr); empty when all were. */
export function notScoredLines(plan: ScorePlan, out: string, lang: Lang): string[] {
  return notScoredCells(plan).map((n) =>
    format(NOT_SCORED_LINE[lang], {
      where: `${out} [${n.sheet}]:${n.row} ${n.cell}`,
      id: n.id || "?",
      rule: n.problem,
    })
  );
}

/**
 * Cells far below an OKR table (SHEET-BELOW-TABLE), located as Check prints them: Score left them
 * out of the table and untouched, and says so as a warning (the file is scored all the same).
 * Empty when there are none.
 */
export function belowTableText(
  files: readonly InputFile[],
  shown: ReadonlySet<string>,
  lang: Lang
): string {
  const findings = files.flatMap((f) =>
    f.sheets
      .filter((sheet) => shown.has(sheet.name))
      .flatMap((sheet) => sheetRuleFindings("SHEET-BELOW-TABLE", sheet))
      .map((finding) => ({ file: f.file, finding }))
  );
  return findings.length ? asText({ findings, exitCode: EXIT_OK }, lang) : "";
}

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(0)}%`);

export function scoreText(plan: ScorePlan, out: string, skipped: readonly FileSkipped[]): string {
  const width = Math.max(5, ...plan.model.sheets.map((s) => s.name.length));
  const lines = plan.model.sheets.map(
    (s) =>
      `${s.name.padEnd(width)}  ${pct(s.score).padStart(5)}  ${s.objectives} objectives, ${s.keyResults} key results: ` +
      `${s.counts.green} on track, ${s.counts.yellow} at risk, ${s.counts.red} off track` +
      (s.notStarted ? `, ${s.notStarted} not started` : "")
  );
  const notes = skipped.includes("charts")
    ? ["(charts are not written to .xlsx by the command line; Score in Excel adds them)"]
    : [];
  return [
    `${"Sheet".padEnd(width)}  Score`,
    ...lines,
    `Wrote ${out} (Summary: ${plan.summarySheet})`,
    ...notes,
    "",
  ].join("\n");
}

/**
 * Refuses a sheet whose table runs so low that the formula columns' spare rows would pass Excel's
 * last row (a stray cell at row 1,048,576 would also make Score fill a million rows).
 */
function checkTableFits(file: string, sheet: OkrSheet): void {
  const last = tableLastRow(sheet);
  if (last > LAST_SCORED_ROW)
    throw new InputError(
      located(file, "tableTooLow", { sheet: sheet.name, row: last, spare: SPARE_ROWS })
    );
}
