import { createEmulatedExcel } from "../../emulator";
import { areaAddress, columnIndex, columnLetters, parseArea } from "../../emulator/addresses";

async function expectExcelError(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("emulated Excel: load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync, as Excel does", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(/call the load method/);
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies queued writes only at sync, in order", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      expect(
        excel.state.readValues(excel.state.sheets[0], { row: 0, col: 0, rows: 1, cols: 1 })
      ).toEqual([[""]]);
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[2]];
      const after = sheet.getRange("A1").load("values");
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[2]]);
    });
  });

  it("counts syncs, proxies and request bytes per run, including the closing flush of Excel.run", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.load("values");
      await context.sync();
      range.values = [
        ["x".repeat(1000), 1],
        [2, 3],
      ];
    });
    const stats = excel.runs[0];
    expect(stats.syncs).toBe(2);
    expect(stats.proxies).toBeGreaterThanOrEqual(3);
    expect(stats.payloadBytes).toBeGreaterThan(1000);
    // office.js instantiates the workbook when it makes a request context: even an empty
    // Excel.run sends that one request
    await excel.run(async () => undefined);
    expect(excel.runs[1].syncs).toBe(1);
  });

  it("stops a batch at the first failing call, keeping what ran before it", async () => {
    const excel = createEmulatedExcel();
    const run = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["kept"]];
      sheet.getRange("A2").values = [[1, 2]];
      sheet.getRange("A3").values = [["never"]];
      await context.sync();
    });
    await expectExcelError(run, "InvalidArgument");
    const s = excel.state.sheets[0];
    expect(excel.state.readValues(s, { row: 0, col: 0, rows: 3, cols: 1 })).toEqual([
      ["kept"],
      [""],
      [""],
    ]);
  });
});

describe("emulated Excel: ranges", () => {
  it("rejects a 2-D array that does not match the range's size", async () => {
    const excel = createEmulatedExcel();
    const wrongRows = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
    });
    await expectExcelError(wrongRows, "InvalidArgument");
    const ragged = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").formulas = [[1, 2], [3]];
    });
    await expectExcelError(ragged, "InvalidArgument");
  });

  it("sets every cell from a single value, as Office.js does", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.values = 7 as never;
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([
        [7, 7],
        [7, 7],
      ]);
    });
  });

  it.each(["A0", "1A", "A1:", "XFE1", "A1048577", "A1:B2:C3", "A:1", "Sheet2!A1"])(
    "rejects the address %p",
    async (address) => {
      const excel = createEmulatedExcel();
      const run = excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(address).load("values");
        await context.sync();
      });
      await expectExcelError(run, "InvalidArgument");
    }
  );

  it("reports addresses as Excel does, quoting sheet names that need it", async () => {
    const excel = createEmulatedExcel({ sheets: ["Sheet1", "Sales 2026-Q1"] });
    await excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem("Sheet1").getRange("b2:c3").load("address");
      const b = context.workbook.worksheets
        .getItem("Sales 2026-Q1")
        .getRange("D7")
        .load("address, rowIndex, columnIndex");
      await context.sync();
      expect(a.address).toBe("Sheet1!B2:C3");
      expect(b.address).toBe("'Sales 2026-Q1'!D7");
      expect([b.rowIndex, b.columnIndex]).toEqual([6, 3]);
    });
  });

  it("navigates with getCell, getResizedRange, getOffsetRange, getRow and getColumn", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      const ranges = [
        base.getCell(1, 1),
        base.getResizedRange(2, 0),
        base.getOffsetRange(1, 1),
        base.getRow(1),
        base.getColumn(0),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "Sheet1!C3",
        "Sheet1!B2:C5",
        "Sheet1!C3:D4",
        "Sheet1!B3:C3",
        "Sheet1!B2:B3",
      ]);
    });
  });

  it("computes formulas with a real engine and reads back formulas and values", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").formulas = [[2], ["=A1*3"], ['=IF(A2>5,"big","small")']];
      const r = sheet.getRange("A1:A3").load("values, formulas");
      await context.sync();
      expect(r.values).toEqual([[2], [6], ["big"]]);
      expect(r.formulas).toEqual([[2], ["=A1*3"], ['=IF(A2>5,"big","small")']]);
    });
  });

  it("computes across sheets whose names need quoting", async () => {
    const excel = createEmulatedExcel({ sheets: ["Sheet1", "Sales 2026-Q1"] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales 2026-Q1").getRange("B2").values = [[0.4]];
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.formulas = [["='Sales 2026-Q1'!B2*2"]];
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([[0.8]]);
    });
  });

  it("rejects a formula it cannot parse", async () => {
    const excel = createEmulatedExcel();
    const run = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=SUM((1,2"]];
    });
    await expectExcelError(run, "InvalidArgument");
  });

  it("turns text that starts with =, + or - into a formula when written through values (formula injection)", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A6");
      r.values = [["=1+1"], ["+2*3"], ["-A1"], ["'=1+1"], ["-5"], ["plain text"]];
      r.load("values, formulas");
      await context.sync();
      expect(r.values).toEqual([[2], [6], [-2], ["=1+1"], [-5], ["plain text"]]);
      expect(r.formulas[0][0]).toBe("=1+1");
      expect(r.formulas[1][0]).toBe("=+2*3");
      expect(r.formulas[3][0]).toBe("=1+1"); // stored as text: no formula behind it
    });
  });

  it("reads typed text as Excel does: numbers, percentages, booleans and ISO dates", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5");
      r.values = [["1,200"], ["20%"], ["TRUE"], ["2026-03-31"], ["12 apples"]];
      r.load("values, text, numberFormat");
      await context.sync();
      expect(r.values).toEqual([[1200], [0.2], [true], [46112], ["12 apples"]]);
      expect(r.text).toEqual([["1200"], ["20%"], ["TRUE"], ["2026-03-31"], ["12 apples"]]);
    });
  });

  it("keeps text as text in a cell formatted as text (@)", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2");
      r.numberFormat = [["@"], ["@"]];
      r.values = [["=1+1"], ["007"]];
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([["=1+1"], ["007"]]);
    });
  });

  it("leaves a cell as it is where the written array holds null", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.values = [["keep", "old"]];
      r.values = [[null, "new"]];
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([["keep", "new"]]);
    });
  });

  it("shows values through their number formats", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1");
      r.values = [[0.625, 0.625, 46112, 1234.5, 1 / 3]];
      r.numberFormat = [["0%", "0.0%", "yyyy-mm-dd", "#,##0.00", "General"]];
      r.load("text");
      await context.sync();
      expect(r.text).toEqual([["63%", "62.5%", "2026-03-31", "1,234.50", "0.3333333333"]]);
    });
  });

  it("finds the used range, A1 for an empty sheet, or a null object", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const empty = sheet.getUsedRange().load("address");
      const none = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(empty.address).toBe("Sheet1!A1");
      expect(none.isNullObject).toBe(true);
      sheet.getRange("C3:D4").values = [
        [1, null],
        [null, "x"],
      ];
      sheet.getRange("F10").format.fill.color = "#FF0000";
      const used = sheet.getUsedRange().load("address");
      const usedValues = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!C3:F10");
      expect(usedValues.address).toBe("Sheet1!C3:D4");
    });
  });

  it("finds a range's own used range, or a null object when none of its cells holds a value", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").values = [["above"]];
      sheet.getRange("C500").values = [["x"]];
      sheet.getRange("E900").values = [[3]];
      sheet.getRange("A700").format.fill.color = "#FF0000";
      const below = sheet.getRange("A100:Z1000").getUsedRangeOrNullObject(true).load("address");
      const narrow = sheet.getRange("D100:Z1000").getUsedRangeOrNullObject(true).load("address");
      const none = sheet.getRange("A100:B1000").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(below.address).toBe("Sheet1!C500:E900");
      expect(narrow.address).toBe("Sheet1!E900");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("keeps formats: fill, font, column width, wrap, alignment", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.format.fill.color = "#F2F2F2";
      r.format.font.bold = true;
      r.format.font.color = "#1F1F1F";
      r.format.columnWidth = 120;
      r.format.wrapText = true;
      r.format.load("columnWidth, wrapText");
      r.format.fill.load("color");
      r.format.font.load("bold, color");
      await context.sync();
      expect([r.format.fill.color, r.format.font.bold, r.format.font.color]).toEqual([
        "#F2F2F2",
        true,
        "#1F1F1F",
      ]);
      expect([r.format.columnWidth, r.format.wrapText]).toEqual([120, true]);
    });
  });

  it("selects a range and activates its sheet", async () => {
    const excel = createEmulatedExcel({ sheets: ["Sheet1", "Other"] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Other").getRange("D7").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("Other!D7");
    });
    expect(excel.state.sheetById(excel.state.activeSheetId ?? "")?.name).toBe("Other");
  });
});

describe("emulated Excel: worksheets", () => {
  it("adds sheets and lists them", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.add("销售 2026-Q1");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "销售 2026-Q1"]);
      expect(() => sheets.items[0].position).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  it.each([
    ["x".repeat(32), "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["what?", "InvalidArgument"],
    ["[draft]", "InvalidArgument"],
    ["'quoted", "InvalidArgument"],
    ["", "InvalidArgument"],
    ["SHEET1", "ItemAlreadyExists"],
  ])("refuses the sheet name %p with %s", async (name, code) => {
    const excel = createEmulatedExcel();
    const run = excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    await expectExcelError(run, code);
  });

  it("accepts a 31-character name and refuses renaming onto another sheet's name", async () => {
    const excel = createEmulatedExcel({ sheets: ["Sheet1", "Two"] });
    await excel.run(async (context) => {
      context.workbook.worksheets.add("y".repeat(31));
      await context.sync();
    });
    const rename = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Two").name = "sheet1";
    });
    await expectExcelError(rename, "ItemAlreadyExists");
  });

  it("fails getItem on a missing sheet at sync, and gives a null object for getItemOrNullObject", async () => {
    const excel = createEmulatedExcel();
    await expectExcelError(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }),
      "ItemNotFound"
    );
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("loads a null object without error; office.js gives its properties no value", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      missing.load("value");
      const empty = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      empty.load("values, address");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      // the host answers a null object's query with null; office.js then reads nothing into it
      expect(missing.value).toBeUndefined();
      expect(empty.isNullObject).toBe(true);
      expect(empty.values).toBeUndefined();
    });
  });

  it("knows the active worksheet, freezes panes and protects sheets against writes", async () => {
    const excel = createEmulatedExcel({ sheets: ["Sheet1", "Two"] });
    await excel.run(async (context) => {
      const two = context.workbook.worksheets.getItem("Two");
      two.activate();
      two.freezePanes.freezeRows(5);
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Two");
    });
    expect(excel.state.findSheet("Two")?.frozenRows).toBe(5);
    const write = excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Two");
      s.protection.protect();
      s.getRange("A1").values = [["x"]];
    });
    await expectExcelError(write, "AccessDenied");
  });
});

describe("emulated Excel: tables, validation, conditional formats, names, settings, charts", () => {
  it("adds a table, refuses an overlapping one, and renames it", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const table = sheet.tables.add("A5:C8", true);
      table.name = "OkrSales";
      const range = table.getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A5:C8");
    });
    expect(excel.state.sheets[0].tables[0]).toMatchObject({ name: "OkrSales", hasHeaders: true });
    await expectExcelError(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("B6:D9", true);
      }),
      "InvalidOperation"
    );
  });

  it("records data validation rules and conditional formats as set", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("B6:B20");
      r.dataValidation.rule = { list: { inCellDropDown: true, source: "Objective,Key result" } };
      const cf = r.conditionalFormats.add("Custom") as unknown as {
        custom: { rule: { formula: string }; format: { fill: { color: string } } };
      };
      cf.custom.rule.formula = "=ABS(S6)>=0.2";
      cf.custom.format.fill.color = "#FDE7E9";
    });
    const sheet = excel.state.sheets[0];
    expect(sheet.validations[0].rule).toEqual({
      list: { inCellDropDown: true, source: "Objective,Key result" },
    });
    expect(sheet.conditionalFormats[0]).toMatchObject({
      type: "Custom",
      area: { row: 5, col: 1, rows: 15, cols: 1 },
      settings: { "custom.rule.formula": "=ABS(S6)>=0.2", "custom.format.fill.color": "#FDE7E9" },
    });
  });

  it("adds named items, settings and charts", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("AsOf", sheet.getRange("B2"));
      context.workbook.settings.add("okr.thresholds", { krMin: 2 });
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:B4"));
      chart.title.text = "Scores";
      const name = context.workbook.names.getItemOrNullObject("asof");
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      await context.sync();
      name.load("formula");
      await context.sync();
      expect(name.formula).toBe("=Sheet1!$B$2");
      expect(missing.isNullObject).toBe(true);
    });
    expect(excel.state.settings.get("okr.thresholds")).toEqual({ krMin: 2 });
    expect(excel.state.sheets[0].charts[0]).toMatchObject({
      type: "BarClustered",
      source: "Sheet1!A1:B4",
      title: "Scores",
    });
    await expectExcelError(
      excel.run(async (context) => {
        context.workbook.names.add("A1", "=1");
      }),
      "InvalidArgument"
    );
  });

  it("records where a chart is placed, refuses a position that is not one cell, and reads its data", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        ["Sheet", "Score"],
        ["Sales", 0.5],
        ["HR", ""],
      ];
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3")).setPosition("D2", "J16");
      await context.sync();
    });
    const chart = excel.state.sheets[0].charts[0];
    expect(chart.position).toEqual({ start: "D2", end: "J16" });
    expect(excel.state.chartData(chart)).toEqual({
      series: "Score",
      points: [
        { category: "Sales", value: 0.5 },
        { category: "HR", value: null },
      ],
    });
    // Excel.Chart.setPosition takes cells: a range or nonsense is InvalidArgument.
    await expectExcelError(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3")).setPosition("D2:E3");
        await context.sync();
      }),
      "InvalidArgument"
    );
  });

  it("refuses members above its API level with ApiNotFound, as Office.js does", async () => {
    const excel = createEmulatedExcel({ apiVersion: "1.3" });
    await expectExcelError(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject();
      }),
      "ApiNotFound"
    );
    await expectExcelError(
      excel.run(async (context) => {
        context.workbook.settings.getItemOrNullObject("x");
      }),
      "ApiNotFound"
    );
    const old = createEmulatedExcel({ apiVersion: "1.1" });
    await expectExcelError(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getUsedRange(true);
      }),
      "ApiNotFound"
    );
  });

  it("answers isSetSupported for the emulated API level", () => {
    const excel = createEmulatedExcel({ apiVersion: "1.7" });
    expect(excel.isSetSupported("ExcelApi", "1.1")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(excel.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(excel.isSetSupported("WordApi", "1.1")).toBe(false);
  });
});

describe("A1 addresses", () => {
  it("converts column letters both ways", () => {
    for (const [letters, index] of [
      ["A", 0],
      ["Z", 25],
      ["AA", 26],
      ["AZ", 51],
      ["XFD", 16383],
    ] as const) {
      expect(columnLetters(index)).toBe(letters);
      expect(columnIndex(letters)).toBe(index);
    }
  });

  it("parses cells, ranges, whole columns and rows", () => {
    expect(parseArea("B3")).toEqual({ row: 2, col: 1, rows: 1, cols: 1 });
    expect(parseArea("$C$4:a1")).toEqual({ row: 0, col: 0, rows: 4, cols: 3 });
    expect(parseArea("A:A")).toMatchObject({ row: 0, col: 0, cols: 1, rows: 1_048_576 });
    expect(parseArea("3:5")).toMatchObject({ row: 2, rows: 3, col: 0, cols: 16_384 });
    expect(areaAddress({ row: 4, col: 0, rows: 10, cols: 20 })).toBe("A5:T14");
  });
});

describe("request size", () => {
  it("counts UTF-8 bytes of the JSON request, CJK and emoji included", () => {
    const { requestBytes } = jest.requireActual("../../emulator/excel");
    for (const sample of [["a", 1], "目标", { x: "😀" }, null]) {
      expect(requestBytes(sample)).toBe(new TextEncoder().encode(JSON.stringify(sample)).length);
    }
  });
});

describe("range.copyFrom (formulas)", () => {
  it("repeats the source down the destination, moving relative references only", async () => {
    const { createEmulatedExcel } = await import("../../emulator");
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        [1, 10],
        [2, 20],
        [3, 30],
      ];
      sheet.getRange("C1").formulas = [["=A1*$B$1+B1"]];
      sheet.getRange("C2:C3").copyFrom("C1", "Formulas");
      const c = sheet.getRange("C1:C3");
      c.load("formulas, values");
      await context.sync();
      expect(c.formulas).toEqual([["=A1*$B$1+B1"], ["=A2*$B$1+B2"], ["=A3*$B$1+B3"]]);
      expect(c.values).toEqual([[20], [40], [60]]);
    });
    const old = createEmulatedExcel({ apiVersion: "1.8" });
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C2").copyFrom("C1", "Formulas");
        await context.sync();
      })
    ).rejects.toThrow(/1\.9/);
  });
});

describe("Excel's formula length limit (Excel specifications and limits: 8,192 characters)", () => {
  it("refuses a longer formula, as Excel does", async () => {
    const excel = createEmulatedExcel();
    const write = (terms: number) =>
      excel.run(async (context) => {
        const formula = `=${Array.from({ length: terms }, (_, i) => `B${i + 1}`).join("+")}`;
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[formula]];
        await context.sync();
      });
    await expect(write(1000)).resolves.toBeUndefined(); // 4,893 characters
    await expect(write(2000)).rejects.toMatchObject({ code: "InvalidArgument" }); // 10,893
  });
});

describe("sheet lookups by name, id and position (indexed, kept true through every change)", () => {
  it("finds sheets after adding, renaming, moving, hiding and deleting", async () => {
    const excel = createEmulatedExcel({ sheets: ["One", "Two", "Three"] });
    const state = excel.state;
    const two = state.findSheet("two")!;
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Two").name = "Deux";
      sheets.getItem("Three").position = 0;
      sheets.getItem("One").visibility = "Hidden" as Excel.SheetVisibility;
      sheets.add("Four");
      await context.sync();
      sheets.getItem("Deux").delete();
      await context.sync();
    });
    expect(state.findSheet("Two")).toBeUndefined();
    expect(state.findSheet("DEUX")).toBeUndefined();
    expect(state.sheetById(two.id)).toBeUndefined();
    expect(state.sheets.map((s) => [s.name, state.positionOf(s)])).toEqual([
      ["Three", 0],
      ["One", 1],
      ["Four", 2],
    ]);
    const walked = await excel.run(async (context) => {
      const first = context.workbook.worksheets.getFirst(true);
      const next = first.getNextOrNullObject(true);
      first.load("name");
      next.load("name");
      await context.sync();
      return [first.name, next.name];
    });
    expect(walked).toEqual(["Three", "Four"]);
  });
});
