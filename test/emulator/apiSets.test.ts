// The requirement sets come from @types/office-js, and the emulator holds every member it offers
// to them: above the level it claims, Office.js (and so the emulator) throws ApiNotFound.
import { readFileSync } from "fs";
import { createEmulatedExcel } from "../../emulator";
import { NEVER, parseApiSets } from "../../emulator/apiSets";
import * as emulated from "../../emulator/excel";

const table = parseApiSets(readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8"));

/** Members every Office.js object (or collection) has, without a requirement set of their own. */
const BASE = new Set(["constructor", "load", "toJSON", "isNullObject", "context", "items"]);
/** The emulator's own helpers (TypeScript-private or protected), not part of the API. */
const INTERNAL = new Set([
  ...["read", "get", "isMissing", "checkMember", "writable"],
  ...["derived", "found", "sheetOrNone", "proxyFor"],
  ...["change", "setBound", "setMargin"],
]);

describe("requirement sets from @types/office-js", () => {
  it("reads each member's own remark, not a parameter's, and set levels where they differ", () => {
    expect(table.get("RangeFormat.columnWidth")).toEqual({ get: "1.2", set: "1.2" });
    expect(table.get("Worksheet.getUsedRange")).toEqual({ get: "1.1", set: "1.1" });
    expect(table.get("Worksheet.visibility")).toEqual({ get: "1.1", set: "1.2" });
    expect(table.get("Worksheet.autoFilter")?.get).toBe("1.9");
    expect(table.get("Table.convertToRange")?.get).toBe("1.2");
    expect([...table.values()].some((l) => l.get === NEVER)).toBe(true); // ExcelApiDesktop-only ones
  });

  it("covers every member the emulator offers", () => {
    const classes = Object.entries(emulated).filter(
      ([name, value]) => /^E[A-Z]/.test(name) && typeof value === "function"
    ) as [string, { prototype: object }][];
    const uncovered: string[] = [];
    for (const [name, klass] of classes) {
      const excelName = name === "EFreezePanes" ? "WorksheetFreezePanes" : name.slice(1);
      for (const member of Object.getOwnPropertyNames(klass.prototype)) {
        if (BASE.has(member) || INTERNAL.has(member)) continue;
        if (!table.has(`${excelName}.${member}`)) uncovered.push(`${excelName}.${member}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it("throws ApiNotFound for a member above the claimed level: calling, setting and loading", async () => {
    const excel = createEmulatedExcel({ apiVersion: "1.1" });
    const attempt = (batch: (context: Excel.RequestContext) => void) =>
      excel.run(async (context) => {
        batch(context);
        await context.sync();
      });
    const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Sheet1");
    await expect(
      attempt((c) => (sheet(c).getRange("A:A").format.columnWidth = 40))
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(attempt((c) => sheet(c).getRange("A1").load("rowHidden"))).rejects.toMatchObject({
      code: "ApiNotFound",
    });
    await expect(attempt((c) => sheet(c).autoFilter)).rejects.toMatchObject({
      code: "ApiNotFound",
    });
    await expect(
      attempt((c) => (sheet(c).visibility = "Hidden" as Excel.SheetVisibility))
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(attempt((c) => sheet(c).getRange("A1").load("values"))).resolves.toBeUndefined();
  });
});
