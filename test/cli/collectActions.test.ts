// The Actions sheet on the round trip: split sends each department the actions under its own key
// results; collect takes the returned ones in place of the master's under the same key results,
// leaves every other department's actions alone, and reports (does not bring in) a returned action
// under a key result that is not on the returned sheet.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { worksheetRows } from "../../src/cli/input";
import { ACTIONS_SHEET_NAME, readActions } from "../../src/domain/reading/actionsSheet";
import { okr } from "../support/cli";
import {
  ACTIONS_AFTER_COLLECT,
  loadXlsx,
  masterWithActions,
  salesActionEdits,
} from "../support/split";

const ACTIONS = ACTIONS_SHEET_NAME.en;

const actionsOf = (wb: ExcelJS.Workbook) =>
  readActions(worksheetRows(wb.getWorksheet(ACTIONS)!)).map((a) => [a.krId, a.action, a.status]);

describe("okr split and collect: the Actions sheet", () => {
  it("sends each department its own actions and takes the returned ones back in their place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-actions-rt-"));
    const master = await masterWithActions(dir);
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

    salesActionEdits(sent);
    await sent.xlsx.writeFile(sales);

    const rolled = join(dir, "rolled.xlsx");
    const collected = await okr("collect", master, sales, "-o", rolled);
    expect(collected.err).toBe("");
    expect(collected.out).toContain(
      `${sales}: sheet "Sales 2026-Q1": the returned actions under KR ID HR-O1-KR1 are not collected`
    );
    expect(actionsOf(await loadXlsx(rolled))).toEqual(ACTIONS_AFTER_COLLECT);

    // Collecting the same file into the result again changes nothing.
    const again = join(dir, "again.xlsx");
    await okr("collect", rolled, sales, "-o", again);
    expect(actionsOf(await loadXlsx(again))).toEqual(ACTIONS_AFTER_COLLECT);
  });
});
