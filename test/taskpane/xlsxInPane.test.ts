// The pane checks a returned file with the command line's package checks (src/cli/xlsxPackage.ts,
// one copy, pako as its inflater): the same refusals, in the same words and three languages, with
// the file named by the report instead of the message.
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { InputError } from "../../src/cli/readProblems";
import { LANGS } from "../../src/domain/types";
import { checkXlsx } from "../../src/taskpane/xlsxInPane";
import { okr } from "../support/cli";
import { withExternalLink } from "../support/externalLink";
import { generatedMaster } from "../support/split";

let made: Uint8Array;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "okr-pane-pkg-"));
  made = new Uint8Array(readFileSync(await generatedMaster(dir, "sales", "made.xlsx")));
});

/** The workbook with its sheet part changed, repacked. */
async function changed(change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(made);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", change(xml));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** What okr check says of the same bytes, without its "okr-sheets: file: " prefix. */
async function cliSays(bytes: Uint8Array, lang: string): Promise<string> {
  const file = join(dir, "f.xlsx");
  writeFileSync(file, bytes);
  const { err } = await okr("check", file, "--lang", lang);
  return err.trim().replace(`okr-sheets: ${file}: `, "");
}

describe("the pane's check of a returned .xlsx", () => {
  it("passes a sound workbook", async () => {
    expect(await checkXlsx(made)).toBeNull();
  });

  it.each([
    [
      "a zip bomb",
      (x: string) => x.replace("</sheetData>", `</sheetData>${" ".repeat(20 * 1024 ** 2)}`),
    ],
    [
      "a row below Excel's last",
      (x: string) =>
        x.replace(
          "</sheetData>",
          '<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
        ),
    ],
    [
      "a shared-strings index out of range",
      (x: string) =>
        x.replace(
          "</sheetData>",
          '<row r="90"><c r="B90" t="s"><v>99999</v></c></row></sheetData>'
        ),
    ],
  ])("refuses %s in the command line's words, in three languages", async (_what, change) => {
    const bytes = await changed(change);
    const error = await checkXlsx(bytes);
    expect(error).toBeInstanceOf(InputError);
    for (const lang of LANGS)
      expect((error as InputError).textIn(lang)).toBe(await cliSays(bytes, lang));
  });

  it("refuses bytes that are not a zip by name, not with a parser's message", async () => {
    const error = (await checkXlsx(
      new TextEncoder().encode("this is not a workbook")
    )) as InputError;
    expect(error.textIn("en")).toMatch(/^this is not an \.xlsx workbook/);
    expect(error.textIn("zh-CN")).toMatch(/^这不是 \.xlsx 工作簿/);
  });

  it("a file linking another workbook passes the check (Excel inserts it with its links)", async () => {
    expect(await checkXlsx(await withExternalLink(made, "Sales 2026-Q1", "P20", 1))).toBeNull();
  });
});
