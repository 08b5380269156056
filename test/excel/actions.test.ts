import { createEmulatedExcel } from "../../emulator";
import {
  ACTION_COUNT_COLUMNS,
  ACTION_COUNT_KEYS,
  countActions,
} from "../../src/domain/actions/counts";
import {
  ACTIONS_SHEET_NAME,
  ACTION_STATUSES,
  YES_NO,
  actionsHeader,
  readActions,
} from "../../src/domain/reading/actionsSheet";
import { isoToSerial } from "../../src/domain/reading/dates";
import { parsePeriod } from "../../src/domain/reading/period";
import { disallowedFunctions } from "../../src/domain/scoring/functions";
import { readSheet } from "../../src/domain/reading/sheet";
import { LANGS, type CellValue, type Period } from "../../src/domain/types";
import { addAction } from "../../src/excel/actions";
import { checkWorkbook } from "../../src/excel/check";
import { generateSheets } from "../../src/excel/generate";
import { formulasOf, sheetState, valuesOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const options = { period: Q1, asOf: "2026-02-15" };

/** Rows typed on the Actions sheet below its header (en words, as a person picks them). */
function typedActions(done: string, inProgress: string): CellValue[][] {
  return [
    [
      "SALES-O1-KR1",
      "Call 40 accounts",
      "Dana",
      isoToSerial("2026-02-01"),
      inProgress,
      "",
      "",
      "No",
    ],
    [
      "SALES-O1-KR1",
      "Weekly bookings report",
      "Dana",
      isoToSerial("2026-03-01"),
      done,
      "",
      "",
      "Yes",
    ],
    ["sales-o1-kr1", "Pricing page", "Lee", isoToSerial("2026-01-10"), done, "", "", "No"],
    ["SALES-O1-KR2", "Partner deck", "", isoToSerial("2026-02-14"), "", "", "", ""],
    ["SALES-O1-KR2", "Train partners", "Kim", isoToSerial("2026-02-15"), inProgress, "", "", ""],
  ];
}

describe("the Actions sheet in Excel (emulated)", () => {
  it.each(LANGS)(
    "New sheet in %s adds it: localised name and headers, status and yes/no dropdowns",
    async (lang) => {
      const excel = createEmulatedExcel();
      await generateSheets(excel, { templates: ["sales", "hr"], lang, ...options });
      const name = ACTIONS_SHEET_NAME[lang];
      expect(valuesOf(excel, name)[0]).toEqual(actionsHeader(lang));
      const lists = sheetState(excel, name).validations.map((v) => JSON.stringify(v.rule));
      expect(lists.join()).toContain(ACTION_STATUSES.map((s) => s.label[lang]).join(","));
      expect(lists.join()).toContain(YES_NO.map((s) => s.label[lang]).join(","));
      // A second New sheet reuses it rather than adding another.
      await generateSheets(excel, { templates: ["finance"], lang, ...options });
      expect(excel.state.findSheet(`${name} (2)`)).toBeUndefined();
    }
  );

  it.each(LANGS)(
    "counts each key result's open, done and overdue actions live, as the model does (%s)",
    async (lang) => {
      const excel = createEmulatedExcel();
      const { sheets } = await generateSheets(excel, { templates: ["sales"], lang, ...options });
      const actionsName = ACTIONS_SHEET_NAME[lang];
      const label = (v: string) => ACTION_STATUSES.find((s) => s.value === v)!.label[lang];
      // Done in the sheet's language on one row and in English on another: both count.
      const typed = typedActions(label("done"), label("inProgress"));
      typed[2][4] = "Done";
      await excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(actionsName);
        ws.getRange(`A2:H${typed.length + 1}`).values = typed as (string | number)[][];
        await context.sync();
      });
      const okr = valuesOf(excel, sheets[0]);
      const sheet = readSheet(sheets[0], okr);
      const header = okr[sheet.headerRow - 1];
      const at = (k: (typeof ACTION_COUNT_KEYS)[number]) =>
        header.indexOf(ACTION_COUNT_COLUMNS[k][lang]);
      const actions = readActions(valuesOf(excel, actionsName));
      for (const kr of sheet.objectives.flatMap((o) => o.keyResults)) {
        const shown = Object.fromEntries(ACTION_COUNT_KEYS.map((k) => [k, okr[kr.row - 1][at(k)]]));
        expect(shown).toEqual(countActions(actions, kr.id, "2026-02-15"));
      }
      const kr1 = sheet.objectives[0].keyResults[0];
      expect(okr[kr1.row - 1][at("open")]).toBe(1);
      expect(okr[kr1.row - 1][at("done")]).toBe(2);
      expect(okr[kr1.row - 1][at("overdue")]).toBe(1);
      const kr2 = sheet.objectives[0].keyResults[1];
      expect(okr[kr2.row - 1].slice(at("open"), at("overdue") + 1)).toEqual([2, 0, 1]);
      // Objective rows stay empty; the formulas use only the allowed functions.
      expect(okr[sheet.objectives[0].row - 1][at("open")]).toBe("");
      const formulas = formulasOf(excel, sheets[0]).flat().map(String);
      expect(formulas.filter((f) => f.includes("COUNTIFS")).flatMap(disallowedFunctions)).toEqual(
        []
      );
    }
  );

  it("moves overdue with the sheet's As-of date (no TODAY)", async () => {
    const excel = createEmulatedExcel();
    const { sheets } = await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      ...options,
    });
    const typed = typedActions("Done", "In progress");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Actions").getRange("A2:H6").values = typed as (
        string | number
      )[][];
      await context.sync();
    });
    const sheet = readSheet(sheets[0], valuesOf(excel, sheets[0]));
    const asOf = sheet.header.asOf;
    expect(asOf).toBe("2026-02-15");
    const overdueCol = valuesOf(excel, sheets[0])[sheet.headerRow - 1].indexOf("Actions overdue");
    const kr1 = sheet.objectives[0].keyResults[0].row - 1;
    expect(valuesOf(excel, sheets[0])[kr1][overdueCol]).toBe(1);
    // As of 2026-01-15 nothing of KR1 is overdue yet: the as-of cell (C5 in the header block) drives it.
    const values = valuesOf(excel, sheets[0]);
    const r = values.findIndex((row) => row.includes(isoToSerial("2026-02-15")));
    const c = values[r].indexOf(isoToSerial("2026-02-15"));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheets[0]).getCell(r, c).values = [
        [isoToSerial("2026-01-15")],
      ];
      await context.sync();
    });
    expect(valuesOf(excel, sheets[0])[kr1][overdueCol]).toBe(0);
  });

  it("Check reports the action findings with the OKR sheets' (all sheets, or the Actions sheet active)", async () => {
    const excel = createEmulatedExcel();
    const { sheets } = await generateSheets(excel, {
      templates: ["sales"],
      lang: "zh-CN",
      ...options,
    });
    const name = ACTIONS_SHEET_NAME["zh-CN"];
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      ws.getRange("A2:H3").values = [
        ["SALES-O1-KR1", "周报", "", isoToSerial("2026-02-01"), "进行中", "", "", "是"],
        ["SALES-O9-KR1", "无主行动", "Kim", "", "", "", "", ""],
      ];
      ws.activate();
      await context.sync();
    });
    const before = excel.runs.length;
    const all = await checkWorkbook(excel, "all");
    // As without an Actions sheet: the cells, then the Current column's formulas.
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    const on = (sheet: string) =>
      all.findings.filter((f) => f.sheet === sheet).map((f) => `${f.ruleId} ${f.cell}`);
    expect(on(name)).toEqual(["ACTION-NO-OWNER C2", "ACTION-OVERDUE D2", "ACTION-UNKNOWN-KR A3"]);
    expect(on(sheets[0]).filter((f) => f.startsWith("KR-NO-ACTION")).length).toBeGreaterThan(0);
    const active = await checkWorkbook(excel, "active");
    expect(active.findings.map((f) => f.sheet)).toEqual([name, name, name]);
  });

  it.each(LANGS)(
    "Add action (%s) writes one row below the sheet's rows in two round trips; the KR's counts follow",
    async (lang) => {
      const excel = createEmulatedExcel();
      const { sheets } = await generateSheets(excel, { templates: ["sales"], lang, ...options });
      const name = ACTIONS_SHEET_NAME[lang];
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).getRange("A2:B3").values = [
          ["SALES-O1-KR1", "typed by a person"],
          ["", "a note without a KR"],
        ];
        await context.sync();
      });
      const before = excel.runs.length;
      const added = await addAction(excel, {
        sheet: name,
        lang,
        action: {
          krId: "SALES-O1-KR1",
          action: '=HYPERLINK("x")',
          owner: "Dana",
          due: "2026-02-01",
          measures: true,
        },
      });
      expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
      expect(added).toEqual({ sheet: name, row: 4 });
      const rows = valuesOf(excel, name);
      expect(rows[1].slice(0, 2)).toEqual(["SALES-O1-KR1", "typed by a person"]);
      expect(rows[2][1]).toBe("a note without a KR");
      const [action] = readActions(rows).filter((a) => a.row === 4);
      expect(action).toMatchObject({
        krId: "SALES-O1-KR1",
        action: '=HYPERLINK("x")',
        owner: "Dana",
        due: "2026-02-01",
        status: "notStarted",
        measures: true,
      });
      expect(String(formulasOf(excel, name)[3][1])).toBe('=HYPERLINK("x")');
      expect(rows[3][4]).toBe(ACTION_STATUSES[0].label[lang]);
      // The row brings its own dropdowns, so a plan can grow past the first rows that had them.
      const onRow = sheetState(excel, name).validations.filter(
        (v) => v.area.row === 3 && v.area.rows === 1
      );
      expect(onRow.map((v) => v.area.col).sort()).toEqual([4, 7]);
      // The OKR sheet counts it: two open actions for KR1, one of them overdue as of 2026-02-15.
      const okr = valuesOf(excel, sheets[0]);
      const sheet = readSheet(sheets[0], okr);
      const header = okr[sheet.headerRow - 1];
      const kr1 = okr[sheet.objectives[0].keyResults[0].row - 1];
      expect(kr1[header.indexOf(ACTION_COUNT_COLUMNS.open[lang])]).toBe(2);
      expect(kr1[header.indexOf(ACTION_COUNT_COLUMNS.overdue[lang])]).toBe(1);
    }
  );

  it("Add action in a workbook without an Actions sheet adds one, also in two round trips", async () => {
    const excel = createEmulatedExcel();
    const before = excel.runs.length;
    const added = await addAction(excel, {
      sheet: null,
      lang: "zh-TW",
      action: { krId: "X-O1-KR1", action: "週報", owner: "", due: null, measures: false },
    });
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    expect(added).toEqual({ sheet: "行動計畫", row: 2 });
    const rows = valuesOf(excel, "行動計畫");
    expect(rows[0]).toEqual(actionsHeader("zh-TW"));
    expect(rows[1]).toEqual(["X-O1-KR1", "週報", "", "", "未開始", "", "", "否"]);
  });
});
