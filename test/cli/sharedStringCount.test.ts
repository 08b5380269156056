// The package check counts a file's shared strings as xl/sharedStrings.xml unpacks in chunks. An
// opening <si> tag cut between two chunks was once counted in neither, so a large valid workbook
// could be called damaged ("points to text number 12,542, but the workbook keeps only 12,537").
import ExcelJS from "exceljs";
import { checkXlsxPackage, sharedStringCounter } from "../../src/cli/xlsxPackage";
import { inflateNode } from "../../src/cli/inflateNode";

const PARTS =
  '<sst count="3"><si><t>a</t></si><si><t xml:space="preserve">b </t></si><si/><sis/></sst>';

test("an opening tag is counted once wherever the chunks cut it", () => {
  for (let size = 1; size <= PARTS.length; size++)
    for (let offset = 0; offset < size; offset++) {
      const counter = sharedStringCounter();
      counter.see(PARTS.slice(0, offset));
      for (let at = offset; at < PARTS.length; at += size) counter.see(PARTS.slice(at, at + size));
      expect({ size, offset, count: counter.end() }).toEqual({ size, offset, count: 3 });
    }
});

test("a workbook of 20,000 distinct texts passes the package check", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Texts");
  for (let r = 1; r <= 20_000; r++) ws.getCell(r, 1).value = `text number ${r}`;
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  await expect(checkXlsxPackage(bytes, "texts.xlsx", inflateNode)).resolves.toBeDefined();
});
