// Which formulas refer to another workbook: as a saved file holds them (by link number) and as
// Excel's formulas show them (by the workbook's name), never a table's structured reference or
// text that merely looks like one.
import { linksOtherWorkbook } from "../../src/domain/reading/linked";

describe("linksOtherWorkbook", () => {
  it.each([
    "[1]Budget!B2",
    "=[1]Budget!B2*2",
    "='[2]Q1 plan'!C3",
    "=SUM([1]Budget!B2:B9)",
    "=[1]!Rate",
    "=[Budget.xlsx]Sheet1!B2",
    "='[Budget.xlsx]Q1 plan'!C3",
    "='C:\\Plans\\[Budget 2026.xlsx]Q1 plan'!C3",
    '=IF(A1="x",[1]Budget!B2,0)',
  ])("%s links another workbook", (formula) => expect(linksOtherWorkbook(formula)).toBe(true));

  it.each([
    "=B2*2",
    "='P&L'!B1",
    "=Table1[Sales]",
    "=[@Sales]*2+Sheet2!A1",
    "=SUM(Table1[[#This Row],[Sales]])",
    '="see [1]Budget!B2"',
    "=Sheet1!A1",
  ])("%s does not", (formula) => expect(linksOtherWorkbook(formula)).toBe(false));
});
