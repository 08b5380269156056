// The Actions sheet on the round trip: split sends each department the actions under its own key
// results; collect takes the returned ones in place of the master's under the same key results,
// leaves every other department's actions alone, and reports (does not bring in) a returned action
// under a key result that is not on the returned sheet.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { worksheetRows } from "../../src/cli/input";
import {
  ACTION_COL,
  ACTIONS_SHEET_NAME,
  ACTION_STATUSES,
  readActions,
} from "../../src/domain/actions/sheet";
import { okr } from "../support/cli";
import { generatedMaster, loadXlsx } from "../support/split";

const ACTIONS = ACTIONS_SHEET_NAME.en;
const status = (v: string) => ACTION_STATUSES.find((s) => s.value === v)!.label.en;

/** Writes actions (KR ID, action, owner, status) under the Actions sheet's header. */
function putActions(wb: ExcelJS.Workbook, lines: [string, string, string, string][], from = 2) {
  const ws = wb.getWorksheet(ACTIONS)!;
  lines.forEach(([kr, action, owner, state], i) => {
    const row = ws.getRow(from + i);
    row.getCell(ACTION_COL.krId + 1).value = kr;
    row.getCell(ACTION_COL.action + 1).value = action;
    row.getCell(ACTION_COL.owner + 1).value = owner;
    row.getCell(ACTION_COL.status + 1).value = status(state);
  });
}

const actionsOf = (wb: ExcelJS.Workbook) =>
  readActions(worksheetRows(wb.getWorksheet(ACTIONS)!)).map((a) => [a.krId, a.action, a.status]);

async function edit(file: string, change: (wb: ExcelJS.Workbook) => void) {
  const wb = await loadXlsx(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

describe("okr split and collect: the Actions sheet", () => {
  it("sends each department its own actions and takes the returned ones back in their place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-actions-rt-"));
    const made = await generatedMaster(dir, "company,sales,hr");
    const master = join(dir, "master.xlsx");
    await edit(made, (wb) =>
      putActions(wb, [
        ["SALES-O1-KR1", "Call ten lapsed accounts", "Dana", "notStarted"],
        ["HR-O1-KR1", "Brief the recruiters", "Lee", "inProgress"],
        ["SALES-O1-KR2", "Draft the partner offer", "Dana", "notStarted"],
        ["", "Book the offsite", "Ming", "notStarted"],
      ])
    );
    await (await loadXlsx(made)).xlsx.writeFile(master);
    const out = join(dir, "out");
    const split = await okr("split", master, "-o", out);
    expect(split.status).toBe(0);
    const sales = join(
      out,
      readdirSync(out).find((f) => f.startsWith("Sales"))!
    );
    expect(split.out).toContain(`${sales}: sheet "Sales 2026-Q1"`);
    expect(split.out).toMatch(/Sales[^\n]*, 2 action\(s\)/);

    // Only Sales' actions went out, moved up under the header, and the count columns stay live.
    const sent = await loadXlsx(sales);
    expect(actionsOf(sent)).toEqual([
      ["SALES-O1-KR1", "Call ten lapsed accounts", "notStarted"],
      ["SALES-O1-KR2", "Draft the partner offer", "notStarted"],
    ]);
    const counting: string[] = [];
    sent.getWorksheet("Sales 2026-Q1")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula?.includes(ACTIONS)) counting.push(cell.formula);
      })
    );
    expect(counting.length).toBeGreaterThan(0);

    // Sales finishes one action, drops the other, plans two more, and notes one under an HR KR.
    await edit(sales, (wb) => {
      const ws = wb.getWorksheet(ACTIONS)!;
      ws.getCell(2, ACTION_COL.status + 1).value = status("done");
      putActions(
        wb,
        [
          ["SALES-O2-KR1", "Price the bundle", "Ana", "inProgress"],
          ["SALES-O1-KR2", "Sign two partners", "Dana", "notStarted"],
          ["HR-O1-KR1", "Ask HR for a sales recruiter", "Dana", "notStarted"],
        ],
        3
      );
    });

    const rolled = join(dir, "rolled.xlsx");
    const collected = await okr("collect", master, sales, "-o", rolled);
    expect(collected.err).toBe("");
    expect(collected.out).toContain(
      `${sales}: sheet "Sales 2026-Q1": the returned actions under KR ID HR-O1-KR1 are not collected`
    );
    const expected = [
      ["SALES-O1-KR1", "Call ten lapsed accounts", "done"],
      ["HR-O1-KR1", "Brief the recruiters", "inProgress"],
      ["SALES-O2-KR1", "Price the bundle", "inProgress"],
      ["", "Book the offsite", "notStarted"],
      ["SALES-O1-KR2", "Sign two partners", "notStarted"],
    ];
    expect(actionsOf(await loadXlsx(rolled))).toEqual(expected);

    // Collecting the same file into the result again changes nothing.
    const again = join(dir, "again.xlsx");
    await okr("collect", rolled, sales, "-o", again);
    expect(actionsOf(await loadXlsx(again))).toEqual(expected);
  });
});
