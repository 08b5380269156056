// `okr score INPUT... -o OUT.xlsx`: the inputs' sheets with their formula columns, header block and
// the Summary, written to a new workbook; `--format json` prints the reference model's numbers.
import ExcelJS from "exceljs";
import { columnHeader, type ColumnKey } from "../domain/columns";
import { uniqueSheetName } from "../domain/ids";
import { inputPlan } from "../domain/plan/generate";
import { planScore, type ScorePlan } from "../domain/plan/scoreWorkbook";
import { readSheet } from "../domain/sheet";
import type { IsoDate, Lang, Period, Scope } from "../domain/types";
import { copyWorksheet, applyPlansToWorkbook, type FileSkipped } from "./xlsxHost";
import { worksheetRows, type InputFile } from "./input";
import { contractGrid } from "./typed";

export interface ScoreFileOptions {
  lang: Lang;
  /** Whether --lang was given: then the OKR sheets' column headers are written in it. */
  relabel: boolean;
  scope: Scope;
  period: Period | null;
  asOf: IsoDate;
  today: IsoDate;
}

/** Builds the output workbook from the inputs and scores it. */
export function scoreFiles(
  inputs: readonly InputFile[],
  o: ScoreFileOptions
): { workbook: ExcelJS.Workbook; plan: ScorePlan; skipped: FileSkipped[] } {
  // The first .xlsx is the base (everything in it is kept); other workbooks' sheets are copied in;
  // each CSV becomes a sheet laid out like a generated one.
  const base = inputs.find((i) => i.workbook)?.workbook;
  const workbook = base ?? new ExcelJS.Workbook();
  const names = () => workbook.worksheets.map((w) => w.name);
  for (const input of inputs) {
    if (base && input.workbook === base) continue;
    if (input.workbook) {
      for (const ws of input.workbook.worksheets)
        copyWorksheet(ws, workbook, uniqueSheetName(ws.name, names()));
      continue;
    }
    input.sheets.forEach((sheet, i) => {
      const name = uniqueSheetName(sheet.name, names());
      const grid = contractGrid(sheet, input.rows[i], o);
      const laidOut = readSheet(name, grid, { period: o.period, scope: o.scope });
      applyPlansToWorkbook(workbook, [inputPlan(laidOut, grid, o.lang)]);
    });
  }

  const sheets = workbook.worksheets.map((ws) => {
    const rows = worksheetRows(ws);
    return { sheet: readSheet(ws.name, rows, { period: o.period, scope: o.scope }), rows, ws };
  });
  if (o.relabel)
    for (const { sheet, ws } of sheets) {
      if (!sheet.match) continue;
      for (const [key, col] of Object.entries(sheet.match.columns) as [ColumnKey, number][])
        ws.getCell(sheet.headerRow, col + 1).value = columnHeader(key, o.lang);
    }
  const plan = planScore(
    sheets.map(({ sheet, rows }) => ({ sheet, rows })),
    { asOf: o.asOf, checkedOn: o.today, lang: o.lang }
  );
  const skipped = applyPlansToWorkbook(workbook, plan.plans);
  return { workbook, plan, skipped };
}

/** The `--format json` document of the contract. */
export function scoreJson(plan: ScorePlan) {
  return {
    sheets: plan.model.sheets.map((s) => ({ name: s.name, score: s.score })),
    rows: plan.model.rows.map((r) => ({
      sheet: r.sheet,
      id: r.id,
      level: r.level === "objective" ? "objective" : "key result",
      progress: r.progress,
      gapToTarget: r.gapToTarget,
      expected: r.expected,
      status: r.status,
      alignmentGap: r.alignmentGap,
    })),
  };
}

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(0)}%`);

export function scoreText(plan: ScorePlan, out: string, skipped: readonly FileSkipped[]): string {
  const width = Math.max(5, ...plan.model.sheets.map((s) => s.name.length));
  const lines = plan.model.sheets.map(
    (s) =>
      `${s.name.padEnd(width)}  ${pct(s.score).padStart(5)}  ${s.objectives} objectives, ${s.keyResults} key results: ` +
      `${s.counts.green} on track, ${s.counts.yellow} at risk, ${s.counts.red} off track`
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
