/**
 * @jest-environment jsdom
 */
// Typing into the preview's grid (issue 36): input cells take what a person types as Excel reads
// it, the workbook recalculates, and formula cells are refused so the product's numbers stay its own.
import { fireEvent, render, screen } from "@testing-library/react";
import { useReducer } from "react";
import { createEmulatedExcel } from "../../emulator";
import { cellAddress } from "../../emulator/addresses";
import { cultureOf } from "../../emulator/workbook";
import { Grid } from "../../preview/Grid";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { isoToSerial } from "../../src/domain/reading/dates";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { formulasOf, valuesOf } from "../support/emulatorRead";

jest.setTimeout(60_000);

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const SHEET = "Sales 2026-Q1";
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);

async function scoredSales(culture = "en-US") {
  const excel = createEmulatedExcel();
  excel.state.culture = cultureOf(culture);
  await generateSheets(excel, { templates: ["sales"], lang: "en", period: Q1, asOf: "2026-02-15" });
  await scoreWorkbookInExcel(excel, { asOf: "2026-02-15", checkedOn: "2026-02-15", lang: "en" });
  const sheet = excel.state.findSheet(SHEET)!;
  excel.state.activeSheetId = sheet.id;
  function Shown() {
    const [, refresh] = useReducer((n: number) => n + 1, 0);
    return <Grid state={excel.state} onChange={refresh} />;
  }
  render(<Shown />);
  const row = valuesOf(excel, SHEET).findIndex((r) => r[col("id")] === "SALES-O1-KR1");
  return { excel, row };
}

/** A person double-clicks a cell, types into the formula bar and presses Enter. */
function type(row: number, column: number, text: string) {
  const address = cellAddress(row, column);
  fireEvent.doubleClick(document.querySelector(`[data-cell="${address}"]`)!);
  const bar = screen.getByRole("textbox", { name: `Contents of ${address}` });
  fireEvent.change(bar, { target: { value: text } });
  fireEvent.keyDown(bar, { key: "Enter" });
}

const cellText = (row: number, column: number) =>
  document.querySelector(`[data-cell="${cellAddress(row, column)}"]`)!.textContent;

describe("typing into the preview's grid", () => {
  it("reads a typed number, percentage and date as Excel does, and the sheet recalculates", async () => {
    const { excel, row } = await scoredSales();
    // 1,200,000 → 1,600,000 of 2,000,000 is half way (the template's Start and Target).
    type(row, col("current"), "1,600,000");
    expect(screen.queryByTestId("entry-refused")).toBeNull();
    const values = () => valuesOf(excel, SHEET)[row];
    expect(values()[col("current")]).toBe(1_600_000);
    expect(values()[col("progress")]).toBe(0.5);
    // The grid redrew: the cell below is selected, and Progress shows the new percentage.
    expect(screen.getByTestId("name-box").textContent).toBe(cellAddress(row + 1, col("current")));
    expect(cellText(row, col("progress"))).toBe("50%");

    type(row, col("confidence"), "40%");
    expect(values()[col("confidence")]).toBe(0.4);
    expect(cellText(row, col("confidence"))).toBe("40%");

    type(row, col("due"), "2026-03-13");
    expect(values()[col("due")]).toBe(isoToSerial("2026-03-13"));
    expect(cellText(row, col("due"))).toBe("2026-03-13");
  });

  it("reads a decimal comma where the emulated Excel runs in a culture that has one (de-DE)", async () => {
    const { excel, row } = await scoredSales("de-DE");
    type(row, col("current"), "1.600.000");
    expect(valuesOf(excel, SHEET)[row][col("current")]).toBe(1_600_000);
    type(row, col("confidence"), "40,5%");
    expect(valuesOf(excel, SHEET)[row][col("confidence")]).toBeCloseTo(0.405, 12);
    // In a General cell a typed percentage also gets a percent format, as Excel gives it.
    const below = valuesOf(excel, SHEET).length;
    type(below, col("notes"), "12,5%");
    expect(valuesOf(excel, SHEET)[below][col("notes")]).toBeCloseTo(0.125, 12);
    expect(excel.state.numberFormat(excel.state.findSheet(SHEET)!, below, col("notes"))).toBe("0%");
    type(row, col("weight"), "0,5");
    expect(valuesOf(excel, SHEET)[row][col("weight")]).toBe(0.5);
  });

  it("refuses a formula column and a formula cell, leaving them as they were", async () => {
    const { excel, row } = await scoredSales();
    const before = formulasOf(excel, SHEET)[row][col("progress")];
    expect(String(before)).toMatch(/^=/);
    type(row, col("progress"), "0.9");
    expect(screen.getByRole("alert").textContent).toContain(
      "holds a formula the workbook computes"
    );
    expect(formulasOf(excel, SHEET)[row][col("progress")]).toBe(before);
    // An empty cell of a formula column (under the table) is the product's too.
    const below = valuesOf(excel, SHEET).length;
    type(below, col("progress"), "0.9");
    expect(screen.getByRole("alert").textContent).toContain('in the formula column "Progress"');
    expect(valuesOf(excel, SHEET).length).toBe(below);
  });

  it("makes a formula of a leading = only where Excel would: not in a Text cell", async () => {
    const { excel } = await scoredSales();
    const sheet = excel.state.findSheet(SHEET)!;
    // Under the table: a General cell nobody formatted, and the one under it formatted as Text.
    const row = valuesOf(excel, SHEET).length;
    const free = col("notes");
    type(row, free, "=1+2");
    expect(formulasOf(excel, SHEET)[row][free]).toBe("=1+2");
    expect(valuesOf(excel, SHEET)[row][free]).toBe(3);
    excel.state.writeNumberFormats(sheet, { row: row + 1, col: free, rows: 1, cols: 1 }, [["@"]]);
    type(row + 1, free, "=1+2");
    expect(formulasOf(excel, SHEET)[row + 1][free]).toBe("=1+2");
    expect(valuesOf(excel, SHEET)[row + 1][free]).toBe("=1+2"); // text, shown as typed
    // Escape leaves the cell as it was.
    fireEvent.doubleClick(document.querySelector(`[data-cell="${cellAddress(row, free)}"]`)!);
    const bar = screen.getByRole("textbox", { name: `Contents of ${cellAddress(row, free)}` });
    fireEvent.change(bar, { target: { value: "oops" } });
    fireEvent.keyDown(bar, { key: "Escape" });
    expect((bar as HTMLInputElement).value).toBe("=1+2");
    expect(valuesOf(excel, SHEET)[row][free]).toBe(3);
  });
});
