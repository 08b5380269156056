// The formulas, written through the real Office.js code into the emulator and computed by
// HyperFormula, give the reference model's numbers on random workbooks, and on sheets New sheet made
// that people type into before any Score.
import fc from "fast-check";
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS } from "../../src/domain/reading/columns";
import { readSheet } from "../../src/domain/reading/sheet";
import { NOT_SCORED } from "../../src/domain/scoring/formulas";
import { GRADES, STATUSES } from "../../src/domain/reading/vocabulary";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { generateSheets } from "../../src/excel/generate";
import { officeHost } from "../../src/excel/officeHost";
import { scoreWorkbook } from "../../src/domain/scoring/model";
import { parsePeriod } from "../../src/domain/reading/period";
import { TEMPLATE_KEYS } from "../../src/domain/newSheet/templates";
import { KR_TYPES } from "../../src/domain/scoring/krTypes";
import type { Period } from "../../src/domain/types";
import type { CellValue } from "../../src/domain/types";
import { valuesOf } from "../support/emulatorRead";
import { randomWorkbook } from "../support/randomWorkbook";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const num = (v: CellValue) => (typeof v === "number" ? v : null);
const STATUS_BY_LABEL = new Map([...STATUSES, ...GRADES].map((s) => [s.label.en, s.value]));
const GRADE_WORDS = new Set(GRADES.map((s) => s.label.en));

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9;
}

describe("scoring formulas agree with the reference model (HyperFormula)", () => {
  it("on random workbooks", async () => {
    await fc.assert(
      fc.asyncProperty(randomWorkbook, async ({ sheets, asOf }) => {
        const excel = createEmulatedExcel({ sheets: ["Notes"] });
        await excel.run(async (context) => {
          for (const s of sheets) {
            const width = Math.max(...s.rows.map((r) => r.length));
            const grid = s.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
            context.workbook.worksheets
              .add(s.name)
              .getRange("A1")
              .getResizedRange(grid.length - 1, width - 1).values = grid as never;
          }
          await context.sync();
        });
        const result = await scoreWorkbookInExcel(excel, { asOf, checkedOn: asOf, lang: "en" });
        for (const s of sheets) {
          const rows = valuesOf(excel, s.name);
          const sheet = readSheet(s.name, rows);
          for (const row of result.model.rows.filter((r) => r.sheet === s.name)) {
            const cells = rows[row.row - 1];
            const got = {
              progress: num(cells[col("progress")]),
              gapToTarget: num(cells[col("gapToTarget")]),
              expected: num(cells[col("expected")]),
              status: STATUS_BY_LABEL.get(String(cells[col("status")])) ?? null,
              alignmentGap: num(cells[col("alignmentGap")]),
            };
            const where = `${s.name}!row ${row.row}`;
            expect([where, close(got.progress, row.progress)]).toEqual([where, true]);
            expect([where, close(got.gapToTarget, row.gapToTarget)]).toEqual([where, true]);
            expect([where, close(got.expected, row.expected)]).toEqual([where, true]);
            expect([where, got.status]).toEqual([where, row.status]);
            // At the end of the period a status is a grade (Achieved / Acceptable / Missed).
            if (row.status)
              expect([where, GRADE_WORDS.has(String(cells[col("status")]))]).toEqual([
                where,
                row.expected === 1,
              ]);
            // A key result the model cannot score shows the marker, never a number.
            if (row.level === "keyResult" && row.problem)
              expect([where, cells[col("progress")]]).toEqual([where, NOT_SCORED]);
            expect([where, close(got.alignmentGap, row.alignmentGap)]).toEqual([where, true]);
          }
          expect(sheet.match).not.toBeNull();
        }
        // The details sheet's Sheets table: score, then (after objectives and key results) the counts.
        const summary = valuesOf(excel, result.detailsSheet);
        for (const s of result.model.sheets) {
          const line = summary.find((r) => r[0] === s.name);
          expect([s.name, close(num(line?.[1] ?? null), s.score)]).toEqual([s.name, true]);
          expect(line?.slice(4, 7)).toEqual([s.counts.green, s.counts.yellow, s.counts.red]);
        }
      }),
      { numRuns: 40, seed: 20261122 }
    );
  });

  // A percent cell New sheet formatted holds what a person types as a share ("105%" is 1.05, and
  // so is 105 typed there): the live formulas read shares, 100 % and up included, with no Score.
  const percent = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -50, max: 400 }).map((x) => `${x}%`) },
    {
      weight: 3,
      arbitrary: fc
        .double({ min: 90, max: 250, noNaN: true })
        .map((x) => `${Math.round(x * 10) / 10}%`),
    },
    { weight: 1, arbitrary: fc.constant("") }
  );
  const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

  it("on sheets New sheet made, typed into before any Score (percent values above 100 % included)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...TEMPLATE_KEYS], { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(percent, percent, percent), { minLength: 30, maxLength: 30 }),
        fc.integer({ min: -5, max: 95 }),
        async (templates, typed, day) => {
          const asOf = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
          const excel = createEmulatedExcel();
          const { sheets } = await generateSheets(excel, {
            templates,
            lang: "en",
            period: Q1,
            asOf,
          });
          let n = 0;
          let percentRows = 0;
          await excel.run(async (context) => {
            for (const name of sheets) {
              const sheet = readSheet(name, valuesOf(excel, name));
              for (const kr of sheet.objectives.flatMap((o) => o.keyResults)) {
                const type = kr.krType ? KR_TYPES[kr.krType] : null;
                if (type?.yesNo || (kr.unit !== "%" && !type?.ladder)) continue;
                percentRows++;
                const [start, target, current] = typed[n++ % typed.length];
                context.workbook.worksheets
                  .getItem(name)
                  .getCell(kr.row - 1, col("start"))
                  .getResizedRange(0, 2).values = [
                  type?.ladder ? ["0%", "100%", current] : [start, target, current],
                ];
              }
            }
            await context.sync();
          });
          expect(percentRows).toBeGreaterThan(0);
          // The model reads the workbook as the add-in does (percent cells as "105%").
          const read = await excel.run((context) => officeHost(context, excel).read());
          const model = scoreWorkbook(
            read.sheets.map((s) => s.sheet),
            null
          );
          for (const row of model.rows) {
            const cells = valuesOf(excel, row.sheet)[row.row - 1];
            const where = `${row.sheet}!row ${row.row}`;
            expect([where, close(num(cells[col("progress")]), row.progress)]).toEqual([
              where,
              true,
            ]);
            expect([where, close(num(cells[col("gapToTarget")]), row.gapToTarget)]).toEqual([
              where,
              true,
            ]);
            expect([where, STATUS_BY_LABEL.get(String(cells[col("status")])) ?? null]).toEqual([
              where,
              row.status,
            ]);
            if (row.level === "keyResult" && row.problem)
              expect([where, cells[col("progress")]]).toEqual([where, NOT_SCORED]);
          }
        }
      ),
      { numRuns: 15, seed: 20260329 }
    );
  });
});
