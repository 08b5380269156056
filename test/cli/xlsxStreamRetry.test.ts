// ExcelJS's streaming reader sometimes loses the zip's last entry (exceljs issue #3064) and throws
// "Cannot read properties of undefined (reading 'sheets')": okr check called such a file damaged. The
// read is tried again; a file that fails every time still fails.
import ExcelJS from "exceljs";
import { streamWorkbook } from "../../src/cli/xlsxStream";
import type { CellValue } from "../../src/domain/types";

const value = (cell: ExcelJS.Cell) => cell.value as CellValue;

async function twoSheets(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("First").addRow(["a", 1]);
  wb.addWorksheet("Second").addRow(["b", 2]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A reader whose pass fails as issue #3064's does, or yields only the first sheet. */
function brokenReader(kind: "throws" | "short", real: typeof ExcelJS.stream.xlsx.WorkbookReader) {
  return function (this: unknown, ...args: ConstructorParameters<typeof real>) {
    const reader = new real(...args);
    if (kind === "throws")
      return {
        async *[Symbol.asyncIterator]() {
          yield* [];
          throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
        },
      };
    return {
      async *[Symbol.asyncIterator]() {
        for await (const ws of reader) {
          yield ws;
          return;
        }
      },
    };
  } as unknown as (...args: ConstructorParameters<typeof real>) => unknown;
}

describe("reading an .xlsx row by row", () => {
  const real = ExcelJS.stream.xlsx.WorkbookReader;
  afterEach(() => {
    ExcelJS.stream.xlsx.WorkbookReader = real;
  });

  it("reads again when a pass loses the workbook's part", async () => {
    const bytes = await twoSheets();
    const reader = jest
      .fn()
      .mockImplementationOnce(brokenReader("throws", real))
      .mockImplementation((...args: ConstructorParameters<typeof real>) => new real(...args));
    ExcelJS.stream.xlsx.WorkbookReader = reader as unknown as typeof real;
    const sheets = await streamWorkbook(bytes, value);
    expect(sheets.map((s) => s.name)).toEqual(["First", "Second"]);
    expect(sheets[1].rows[0]).toEqual(["b", 2]);
    expect(reader).toHaveBeenCalledTimes(2);
  });

  it("reads again when a pass finds fewer sheets than the workbook lists", async () => {
    const bytes = await twoSheets();
    const reader = jest
      .fn()
      .mockImplementationOnce(brokenReader("short", real))
      .mockImplementation((...args: ConstructorParameters<typeof real>) => new real(...args));
    ExcelJS.stream.xlsx.WorkbookReader = reader as unknown as typeof real;
    expect((await streamWorkbook(bytes, value)).map((s) => s.name)).toEqual(["First", "Second"]);
    expect(reader).toHaveBeenCalledTimes(2);
  });

  it("gives up after three passes that all fail, with the reader's error", async () => {
    const bytes = await twoSheets();
    const reader = jest.fn().mockImplementation(brokenReader("throws", real));
    ExcelJS.stream.xlsx.WorkbookReader = reader as unknown as typeof real;
    await expect(streamWorkbook(bytes, value)).rejects.toThrow(/reading 'sheets'/);
    expect(reader).toHaveBeenCalledTimes(3);
  });

  it("does not read again for any other error", async () => {
    const bytes = await twoSheets();
    const reader = jest.fn().mockImplementation(() => {
      throw new Error("something else");
    });
    ExcelJS.stream.xlsx.WorkbookReader = reader as unknown as typeof real;
    await expect(streamWorkbook(bytes, value)).rejects.toThrow("something else");
    expect(reader).toHaveBeenCalledTimes(1);
  });
});
