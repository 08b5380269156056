// The culture Excel runs in (ExcelApi 1.11), as the add-in reads it through office.js: the
// Application's separators (what Excel reads typed numbers with) and CultureInfo's number format.
import { createEmulatedExcel } from "../../emulator";
import { cultureOf } from "../../emulator/workbook";
import { queueSeparators } from "../../src/excel/culture";

async function readCulture(name: string) {
  const excel = createEmulatedExcel();
  excel.state.culture = cultureOf(name);
  return excel.run(async (context) => {
    const application = context.workbook.application;
    application.load("decimalSeparator,thousandsSeparator,useSystemSeparators");
    const culture = application.cultureInfo;
    culture.load("name");
    const format = culture.numberFormat;
    format.load("numberDecimalSeparator,numberGroupSeparator");
    await context.sync();
    return {
      application: [
        application.decimalSeparator,
        application.thousandsSeparator,
        application.useSystemSeparators,
      ],
      culture: [culture.name, format.numberDecimalSeparator, format.numberGroupSeparator],
    };
  });
}

describe("the culture Excel runs in", () => {
  it.each([
    ["en-US", ".", ","],
    ["de-DE", ",", "."],
    ["fr-FR", ",", "\u202f"],
  ])(
    "%s: decimal %j, groups %j, from the Application and CultureInfo alike",
    async (name, d, g) => {
      expect(await readCulture(name)).toEqual({
        application: [d, g, true],
        culture: [name, d, g],
      });
    }
  );

  it("is there from ExcelApi 1.11 (below the manifest's floor), read in no extra sync", async () => {
    const old = createEmulatedExcel({ apiVersion: "1.10" });
    await expect(
      old.run(async (context) => {
        context.workbook.application.load("decimalSeparator");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    const current = createEmulatedExcel();
    current.state.culture = cultureOf("de-DE");
    const read = await current.run(async (context) => {
      const separators = queueSeparators(context);
      await context.sync();
      return separators();
    });
    expect(read).toEqual({ decimal: ",", group: "." });
    expect(current.runs.at(-1)!.syncs).toBe(1);
  });
});
