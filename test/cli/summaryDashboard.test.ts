// The Summary as a dashboard in the command line's file (ExcelJS), in three languages: the same
// scenario and checks as in Excel — the headline's formulas, recalculated, equal the reference
// model's JSON; "What needs attention" and "not picked up"; status colours and data bars as the
// file's conditional formats.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { isoToSerial, todayIso } from "../../src/domain/reading/dates";
import { COLOURS } from "../../src/domain/plan/layout";
import { SUMMARY_TEXT } from "../../src/domain/score/summary";
import { LANGS, type Lang } from "../../src/domain/types";
import { okr } from "../support/cli";
import { SCENARIO, expectDashboard, type Reference } from "../support/dashboard";
const { asOf: AS_OF, checkins: CHECKINS, idCol: ID_COL, parentCol: PARENT_COL } = SCENARIO;
import { sectionRows } from "../support/summaryRows";
import { recalculateXlsx } from "../support/xlsxRecalc";

const argb = (hex: string) => `FF${hex.slice(1)}`;

async function scenario(lang: Lang) {
  const dir = mkdtempSync(join(tmpdir(), "okr-dashboard-"));
  const made = join(dir, "q1.xlsx");
  expect(
    (
      await okr(
        "new",
        "--template",
        "company,sales",
        "--lang",
        lang,
        "--period",
        "2026-Q1",
        "-o",
        made
      )
    ).status
  ).toBe(0);
  // SALES-O3 aligned to nothing, as a person would leave it.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(made);
  let cleared = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((row) => {
      if (row.getCell(ID_COL + 1).value === "SALES-O3") {
        expect(row.getCell(PARENT_COL + 1).value).toBe("CO-O3");
        row.getCell(PARENT_COL + 1).value = null;
        cleared++;
      }
    });
  expect(cleared).toBe(1);
  let file = join(dir, "edited.xlsx");
  await wb.xlsx.writeFile(file);
  for (const [i, c] of CHECKINS.entries()) {
    const values = join(dir, `v${i}.csv`);
    writeFileSync(
      values,
      `ID,Current,Confidence\nSALES-O1-KR1,${c.value},${c.confidence * 100}%\n`
    );
    const next = join(dir, `c${i}.xlsx`);
    const run = await okr(
      "checkin",
      file,
      "--date",
      c.date,
      "--values",
      values,
      "--lang",
      lang,
      "-o",
      next
    );
    expect(run.err).toBe("");
    file = next;
  }
  const out = join(dir, "scored.xlsx");
  const scored = await okr(
    "score",
    file,
    "--as-of",
    AS_OF,
    "--lang",
    lang,
    "--format",
    "json",
    "-o",
    out
  );
  expect(scored.err).toBe("");
  const ref = JSON.parse(scored.out) as Reference;
  const recalculated = await recalculateXlsx(out);
  const name = SUMMARY_TEXT.sheetName[lang];
  const detailsName = SUMMARY_TEXT.detailsSheetName[lang];
  return {
    ref,
    summary: recalculated.values(name),
    details: recalculated.values(detailsName),
    board: recalculated.workbook.getWorksheet(name) as ExcelJS.Worksheet,
    sheet: recalculated.workbook.getWorksheet(detailsName) as ExcelJS.Worksheet,
  };
}

interface FileRule {
  type: string;
  formulae?: string[];
  style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
  color?: { argb?: string };
  cfvo?: { type: string; value?: number }[];
}

describe.each(LANGS)("the Summary as a dashboard in the command line's file (%s)", (lang) => {
  it("has the headline, what needs attention and what nobody picked up, as the model says", async () => {
    const { summary, details, ref } = await scenario(lang);
    // The check ran today (the command line's check date); the figures are as of AS_OF.
    expectDashboard(summary, details, ref, lang, {
      asOf: isoToSerial(AS_OF),
      checkedOn: isoToSerial(todayIso()),
    });
  });

  it("colours statuses in the OKR sheets' colours and draws progress as data bars (0 to 100 %)", async () => {
    const { details: summary, sheet, board } = await scenario(lang);
    const formatsOf = (ws: ExcelJS.Worksheet) =>
      (ws as unknown as { conditionalFormattings: { ref: string; rules: FileRule[] }[] })
        .conditionalFormattings;
    const held = formatsOf(sheet);
    const objectives = summary.findIndex((r) => r[0] === SUMMARY_TEXT.objectives[lang]);
    const header = summary[objectives + 1];
    const statusLetter = String.fromCharCode(65 + header.indexOf(SUMMARY_TEXT.status[lang]));
    const rows = sectionRows(summary, SUMMARY_TEXT.objectives[lang]).length;
    const statusRef = `${statusLetter}${objectives + 3}:${statusLetter}${objectives + 2 + rows}`;
    const fills = held
      .filter((f) => f.ref === statusRef)
      .flatMap((f) => f.rules.map((r) => r.style?.fill?.bgColor?.argb));
    expect(fills).toEqual(
      expect.arrayContaining([COLOURS.green.fill, COLOURS.yellow.fill, COLOURS.red.fill].map(argb))
    );
    const bars = held.flatMap((f) =>
      f.rules.filter((r) => r.type === "dataBar").map((r) => ({ ref: f.ref, r }))
    );
    expect(bars.map((b) => b.ref)).toEqual(
      expect.arrayContaining([`B${objectives + 3}:B${objectives + 2 + rows}`])
    );
    // Sheet scores, objectives and alignment on the details sheet.
    expect(bars).toHaveLength(3);
    for (const { r } of bars) {
      expect(r.color?.argb).toBe(argb(COLOURS.dataBar));
      expect(r.cfvo?.map((c) => c.value)).toEqual([0, 1]);
    }
    // The attention list's statuses on the Summary, in the same colours.
    const boardFills = formatsOf(board).flatMap((f) =>
      f.rules.map((r) => r.style?.fill?.bgColor?.argb)
    );
    expect(boardFills).toEqual(
      expect.arrayContaining([COLOURS.green.fill, COLOURS.yellow.fill, COLOURS.red.fill].map(argb))
    );
  });
});
