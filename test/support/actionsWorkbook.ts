// A Sales workbook from `okr new` with actions typed on its Actions sheet, for the command line
// and LibreOffice tests of action plans.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { worksheetRows } from "../../src/cli/input";
import { ACTION_COUNT_COLUMNS, ACTION_COUNT_KEYS } from "../../src/domain/actions/counts";
import {
  ACTIONS_SHEET_NAME,
  actionsHeader,
  readActions,
} from "../../src/domain/reading/actionsSheet";
import { readSheet } from "../../src/domain/reading/sheet";
import type { Lang } from "../../src/domain/types";
import { okr } from "./cli";

/** A dated cell as Excel stores it (ExcelJS writes a Date as a date serial). */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `okr new` for Sales in a language, with actions typed on its Actions sheet. */
export async function plannedWorkbook(dir: string, lang: Lang): Promise<string> {
  const fresh = join(dir, "new.xlsx");
  const made = await okr(
    "new",
    "--template",
    "sales",
    "--lang",
    lang,
    "--period",
    "2026-Q1",
    "-o",
    fresh
  );
  expect(made.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fresh);
  const ws = wb.getWorksheet(ACTIONS_SHEET_NAME[lang])!;
  expect(worksheetRows(ws)[0]).toEqual(actionsHeader(lang));
  const rows: ExcelJS.CellValue[][] = [
    [
      "SALES-O1-KR1",
      "Weekly bookings report",
      "Dana",
      day("2026-03-01"),
      "In progress",
      null,
      null,
      "Yes",
    ],
    ["SALES-O1-KR1", "Call 40 accounts", "Dana", day("2026-02-01"), "Blocked", null, null, "No"],
    ["SALES-O1-KR1", "Pricing page", "Lee", day("2026-01-10"), "已完成", null, null, "No"],
    ["SALES-O1-KR2", "Partner deck", null, day("2026-02-10"), "Done", null, null, "Yes"],
    ["SALES-O9-KR9", "Lost action", "Kim", null, null, null, null, null],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 2, c + 1).value = v)));
  const file = join(dir, "planned.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** An `okr score` output read back: its OKR sheet, its actions, and where the count columns are. */
export async function scoredCounts(file: string, lang: Lang) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const okrWs = wb.worksheets.find((ws) => readSheet(ws.name, worksheetRows(ws)).match)!;
  const sheet = readSheet(okrWs.name, worksheetRows(okrWs));
  const actions = readActions(worksheetRows(wb.getWorksheet(ACTIONS_SHEET_NAME[lang])!));
  const header = worksheetRows(okrWs)[sheet.headerRow - 1];
  const cols = ACTION_COUNT_KEYS.map((k) => header.indexOf(ACTION_COUNT_COLUMNS[k][lang]));
  return { sheet, actions, header, cols };
}
