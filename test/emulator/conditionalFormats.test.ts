import { createEmulatedExcel } from "../../emulator";
import { shiftFormula } from "../../emulator/conditionalFormats";

describe("conditional formats, as the preview shows them", () => {
  it("shifts relative references and keeps anchored ones and quoted text", () => {
    expect(shiftFormula("=ABS(S6)>=0.2", 3, 0)).toBe("=ABS(S9)>=0.2");
    expect(shiftFormula('=$R6="green"', 2, 5)).toBe('=$R8="green"');
    expect(shiftFormula("=AND(O$5>0,P5<$B$2)", 1, 1)).toBe("=AND(P$5>0,Q6<$B$2)");
    expect(shiftFormula('=R6="A1"', 1, 0)).toBe('=R7="A1"');
    expect(shiftFormula("=LOG10(A1)", 1, 0)).toBe("=LOG10(A2)");
    expect(shiftFormula("='Sales 2026-Q1'!B2>0", 1, 0)).toBe("='Sales 2026-Q1'!B3>0");
  });

  it("colours the cells whose custom rule holds, each tested at its own row", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [[0.1], [-0.3], [0.25]];
      const cf = sheet.getRange("A1:A3").conditionalFormats.add("Custom") as unknown as {
        custom: {
          rule: { formula: string };
          format: { fill: { color: string }; font: { bold: boolean } };
        };
      };
      cf.custom.rule.formula = "=ABS(A1)>=0.2";
      cf.custom.format.fill.color = "#FDE7E9";
      cf.custom.format.font.bold = true;
    });
    const s = excel.state.sheets[0];
    expect(excel.state.displayStyle(s, 0, 0)).toEqual({});
    expect(excel.state.displayStyle(s, 1, 0)).toEqual({ fill: "#FDE7E9", bold: true });
    expect(excel.state.displayStyle(s, 2, 0)).toEqual({ fill: "#FDE7E9", bold: true });
    expect(excel.state.displayStyle(s, 3, 0)).toEqual({});
  });

  it("colours cells by value with CellValue rules, the first rule winning", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B1:B3");
      range.values = [[0.9], [0.5], [0.1]];
      range.format.fill.color = "#FFFFFF";
      const green = range.conditionalFormats.add("CellValue") as unknown as Record<
        string,
        Record<string, unknown>
      >;
      (green.cellValue as Record<string, unknown>).rule = {
        formula1: "0.7",
        operator: "GreaterThanOrEqual",
      };
      (
        (green.cellValue.format as Record<string, Record<string, unknown>>).fill as Record<
          string,
          unknown
        >
      ).color = "#C6EFCE";
      const low = range.conditionalFormats.add("CellValue") as unknown as Record<
        string,
        Record<string, unknown>
      >;
      (low.cellValue as Record<string, unknown>).rule = {
        formula1: "0",
        formula2: "0.6",
        operator: "Between",
      };
      (
        (low.cellValue.format as Record<string, Record<string, unknown>>).fill as Record<
          string,
          unknown
        >
      ).color = "#FFC7CE";
    });
    const s = excel.state.sheets[0];
    expect(excel.state.displayStyle(s, 0, 1).fill).toBe("#C6EFCE");
    expect(excel.state.displayStyle(s, 1, 1).fill).toBe("#FFC7CE");
    expect(excel.state.displayStyle(s, 2, 1).fill).toBe("#FFC7CE");
  });
});

describe("data bars, as the preview draws them", () => {
  it("fill a cell by its place between the rule's bounds (numbers, else the area's extremes)", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [[0.25], [2], ["text"]];
      sheet.getRange("B1:B2").values = [[10], [30]];
      const fixed = sheet
        .getRange("A1:A3")
        .conditionalFormats.add("DataBar" as Excel.ConditionalFormatType);
      fixed.dataBar.lowerBoundRule = {
        type: "Number",
        formula: "0",
      } as Excel.ConditionalDataBarRule;
      fixed.dataBar.upperBoundRule = {
        type: "Number",
        formula: "1",
      } as Excel.ConditionalDataBarRule;
      fixed.dataBar.positiveFormat.fillColor = "#5B9BD5";
      sheet.getRange("B1:B2").conditionalFormats.add("DataBar" as Excel.ConditionalFormatType);
      await context.sync();
    });
    const sheet = excel.state.sheets[0];
    expect(excel.state.dataBar(sheet, 0, 0)).toEqual({ color: "#5B9BD5", fraction: 0.25 });
    expect(excel.state.dataBar(sheet, 1, 0)?.fraction).toBe(1); // past the upper bound: full
    expect(excel.state.dataBar(sheet, 2, 0)).toBeNull(); // text has no bar
    expect(excel.state.dataBar(sheet, 0, 1)?.fraction).toBe(0); // automatic: the lowest is empty
    expect(excel.state.dataBar(sheet, 1, 1)?.fraction).toBe(1);
    expect(excel.state.dataBar(sheet, 0, 2)).toBeNull(); // no rule there
  });
});
