// Hostile and careless input files (issue #35): each is refused before anything is allocated for
// what it claims, with a located message in the user's words and exit 2; none crashes, none changes.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { okr } from "../support/cli";
import { ONE_KR_TABLE } from "../support/okrRows";
import { writeSheetsXlsx } from "../support/xlsxFile";

const tmp = () => mkdtempSync(join(tmpdir(), "okr-bad-"));
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

const ROWS = ONE_KR_TABLE;

/** A valid workbook, its sheet part changed by `change`, repacked. */
async function crafted(dir: string, name: string, change: (xml: string) => string) {
  const base = join(dir, "base.xlsx");
  await writeSheetsXlsx(base, [{ name: "Plan", rows: ROWS }]);
  const zip = await JSZip.loadAsync(readFileSync(base));
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", change(xml));
  const file = join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

const lastRow = (r: number) => (xml: string) =>
  xml.replace(
    "</sheetData>",
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`
  );

/** Runs a command on a file: exit 2, the message, and the file unchanged. */
async function refused(file: string, ...command: string[]) {
  const before = hash(file);
  const result = await okr(...command);
  expect(result.err).not.toMatch(/unexpected failure| {4}at /);
  expect(hash(file)).toBe(before);
  return result;
}

describe("xlsx packages are looked at before they are read", () => {
  it("refuses a row past Excel's last row (1,048,577 and 100,000,000) and a dimension past the grid, by sheet", async () => {
    const dir = tmp();
    for (const r of [1_048_577, 100_000_000]) {
      const file = await crafted(dir, `row${r}.xlsx`, lastRow(r));
      for (const cmd of ["check", "score"]) {
        const args = cmd === "score" ? ["-o", join(dir, "o.xlsx")] : [];
        const result = await refused(file, cmd, file, ...args);
        expect(result.status).toBe(2);
        expect(result.err).toContain(
          `sheet “Plan” uses ${r}:${r}, below Excel's last row (1,048,576)`
        );
      }
    }
    const dim = await crafted(dir, "dim.xlsx", (x) =>
      x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD100000000"/>')
    );
    expect((await refused(dim, "check", dim)).err).toContain("uses A1:XFD100000000");
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
  });

  it("scores nothing of a table that reaches row 1,048,576 (no stack overflow): located, exit 2", async () => {
    const dir = tmp();
    // A table that goes on down to the last row: a cell every 500 rows, no gap that ends it.
    const every = (xml: string) =>
      xml.replace(
        "</sheetData>",
        Array.from({ length: 2097 }, (_, i) => 500 * (i + 1))
          .map((r) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c></row>`)
          .join("") + "</sheetData>"
      );
    const file = await crafted(dir, "last.xlsx", (x) => lastRow(1_048_576)(every(x)));
    const result = await refused(file, "score", file, "-o", join(dir, "o.xlsx"));
    expect(result.status).toBe(2);
    expect(result.err).toContain("sheet “Plan” row 1,048,576: the OKR table reaches row 1,048,576");
  });

  it("scores the table above a lone cell in row 1,048,576: the cell is below the table, a warning", async () => {
    const dir = tmp();
    const file = await crafted(dir, "last.xlsx", lastRow(1_048_576));
    const before = hash(file);
    const result = await okr("score", file, "-o", join(dir, "o.xlsx"));
    expect(result.status).toBe(0);
    expect(result.err).toContain("[Plan]:1048576 A1048576  warning  SHEET-BELOW-TABLE");
    expect(hash(file)).toBe(before);
  });

  it("refuses a zip bomb by its ratio, and a shared-strings index out of range as a damaged file in three languages", async () => {
    const dir = tmp();
    const bomb = await crafted(dir, "bomb.xlsx", (x) =>
      x.replace("</sheetData>", `</sheetData>${" ".repeat(20 * 1024 ** 2)}`)
    );
    const b = await refused(bomb, "check", bomb);
    expect(b.status).toBe(2);
    expect(b.err).toMatch(/xl\/worksheets\/sheet1\.xml unpacks to \d+ times its packed size/);

    const sst = await crafted(dir, "sst.xlsx", (x) =>
      x.replace("</sheetData>", '<row r="9"><c r="B9" t="s"><v>99999</v></c></row></sheetData>')
    );
    for (const cmd of ["check", "score"]) {
      const args = cmd === "score" ? ["-o", join(dir, "o.xlsx")] : [];
      const r = await refused(sst, cmd, sst, ...args);
      expect(r.status).toBe(2);
      expect(r.err).toContain(
        "this .xlsx is damaged: sheet “Plan” cell B9 points to text number 100,000"
      );
    }
    const zh = await refused(sst, "check", sst, "--lang", "zh-TW");
    expect(zh.err).toContain("該 .xlsx 已損毀：工作表「Plan」的儲存格 B9");
  });

  it("refuses a text cell whose text number is not a number of the workbook's texts (-1, 1.5, a word)", async () => {
    // ExcelJS reads such a cell as no value at all: Check would pass the file, Score would lose the cell.
    const dir = tmp();
    for (const [n, v] of ["-1", "1.5", "abc"].entries()) {
      const file = await crafted(dir, `sst${n}.xlsx`, (x) =>
        x.replace("</sheetData>", `<row r="9"><c r="B9" t="s"><v>${v}</v></c></row></sheetData>`)
      );
      for (const cmd of ["check", "score"]) {
        const args = cmd === "score" ? ["-o", join(dir, "o.xlsx")] : [];
        const r = await refused(file, cmd, file, ...args);
        expect(r.status).toBe(2);
        expect(r.err).toContain(
          `this .xlsx is damaged: sheet “Plan” cell B9 should point to one of the workbook's texts by its number, but holds “${v}”`
        );
      }
    }
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
    const zh = await refused(
      join(dir, "sst0.xlsx"),
      "check",
      join(dir, "sst0.xlsx"),
      "--lang",
      "zh-CN"
    );
    expect(zh.err).toContain(
      "该 .xlsx 已损坏：工作表“Plan”的单元格 B9 应按编号指向工作簿中的一条文本"
    );
  });

  it("names a Word document, a zip without a workbook, and a truncated sheet in plain words", async () => {
    const dir = tmp();
    const word = new JSZip();
    word.file("[Content_Types].xml", "<Types/>");
    word.file("word/document.xml", "<w:document/>");
    const doc = join(dir, "notes.xlsx");
    writeFileSync(doc, await word.generateAsync({ type: "nodebuffer" }));
    expect((await refused(doc, "check", doc)).err).toContain(
      "this is a Word document, not an Excel workbook"
    );

    const empty = new JSZip();
    empty.file("readme.txt", "hello");
    const zip = join(dir, "empty.xlsx");
    writeFileSync(zip, await empty.generateAsync({ type: "nodebuffer" }));
    expect((await refused(zip, "check", zip)).err).toContain("this zip has no workbook in it");

    // Cut off mid-way (an interrupted download): the streamed reader would read a shorter sheet.
    const short = await crafted(dir, "short.xlsx", (x) => x.slice(0, x.indexOf("<row ") + 40));
    for (const cmd of ["check", "score"]) {
      const args = cmd === "score" ? ["-o", join(dir, "o.xlsx")] : [];
      const r = await refused(short, cmd, short, ...args);
      expect(r.status).toBe(2);
      expect(r.err).toContain("this .xlsx is damaged: the XML of sheet “Plan” ends early");
    }
    expect((await refused(short, "check", short, "--lang", "zh-CN")).err).toContain(
      "该 .xlsx 已损坏：工作表“Plan”的 XML 提前结束"
    );

    const cut = await crafted(
      dir,
      "cut.xlsx",
      (x) => x.slice(0, x.length / 2) + "</row></sheetData></worksheet>"
    );
    const r = await refused(cut, "score", cut, "-o", join(dir, "o.xlsx"));
    expect(r.status).toBe(2);
    expect(r.err).toMatch(
      /this \.xlsx is damaged: a part of it ends early or is malformed \(line \d+, character \d+/
    );
  });
});

describe("files and CSV text are checked before they are read", () => {
  it("refuses a multi-gigabyte .csv by its size without reading it", async () => {
    const dir = tmp();
    const file = join(dir, "zeros.csv");
    writeFileSync(file, "");
    truncateSync(file, 3 * 1024 ** 3); // sparse: no disk used
    const r = await okr("check", file);
    expect(r.status).toBe(2);
    expect(r.err).toContain("zeros.csv: the file is 3.0 GB; OKR Sheets reads files up to 256 MB");
  });

  it("refuses an endless stream of zero bytes named .csv (a device has no size on disk) once it passes the limit", async () => {
    const dir = tmp();
    const file = join(dir, "zeros.csv");
    symlinkSync("/dev/zero", file);
    const r = await okr("check", file);
    expect(r.status).toBe(2);
    expect(r.err).toContain(
      "zeros.csv: more than 256 MB came from it and it did not end; OKR Sheets reads files up to 256 MB"
    );
    expect(r.err).not.toMatch(/unexpected failure| {4}at /);
  });

  it("says a missing file, a link loop, NUL bytes, UTF-32 and a mismatched BOM in plain words", async () => {
    const dir = tmp();
    const missing = await okr("check", join(dir, "gone.csv"));
    expect(missing.err).toContain("gone.csv: there is no such file");
    expect(missing.err).not.toContain("ENOENT");
    const loop = join(dir, "loop.csv");
    symlinkSync(loop, loop);
    const l = await okr("check", loop);
    expect(l.err).toContain("points back to itself");
    expect(l.err).not.toContain("ELOOP");

    const csv = ROWS.map((r) => r.join(",")).join("\n");
    const nul = join(dir, "nul.csv");
    writeFileSync(nul, csv.replace("Win the", "Win\u0000the"));
    expect((await okr("check", nul)).err).toContain("NUL characters (zero bytes) at line 2");
    const utf32 = join(dir, "u32.csv");
    writeFileSync(
      utf32,
      Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(csv, "utf16le")])
    );
    expect((await okr("check", utf32)).err).toContain("this text is UTF-32");
    const bom = join(dir, "bom.csv");
    writeFileSync(
      bom,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("ID,Level\n\xff\xfe", "latin1")])
    );
    expect((await okr("check", bom)).err).toContain(
      "starts with a UTF-8 byte-order mark but its text is not UTF-8 (byte 13"
    );
  });

  it("refuses a CSV line past the limit and a quote left open, by the line where it starts", async () => {
    const dir = tmp();
    const long = join(dir, "long.csv");
    writeFileSync(long, `ID,Level,Statement\nA-O1,Objective,${"x".repeat(1_100_000)}\n`);
    const l = await refused(long, "check", long);
    expect(l.status).toBe(2);
    expect(l.err).toContain("long.csv: line 2 is longer than 1,048,576 characters");
    const quote = join(dir, "quote.csv");
    writeFileSync(
      quote,
      `ID,Level,Statement\r\nA-O1,Objective,"Win\r\n${"A-O2,Objective,More\r\n".repeat(3)}`
    );
    const q = await refused(quote, "check", quote, "--lang", "zh-CN");
    expect(q.status).toBe(2);
    expect(q.err).toContain("quote.csv: 第 2 行");
  });

  it("reads CR-only line ends mid-file as it reads LF", async () => {
    const lines = ROWS.map((r) => r.join(","));
    // The same name in two folders: the sheet is named after the file.
    const [lf, cr] = [join(tmp(), "plan.csv"), join(tmp(), "plan.csv")];
    writeFileSync(lf, lines.join("\n"));
    writeFileSync(cr, `${lines[0]}\r\n${lines.slice(1).join("\r")}`);
    const a = await okr("check", lf, "--period", "2026-Q1", "--format", "json");
    const b = await okr("check", cr, "--period", "2026-Q1", "--format", "json");
    expect(b.status).toBe(a.status);
    expect(JSON.parse(b.out.replaceAll(cr, lf))).toEqual(JSON.parse(a.out));
    expect(JSON.parse(a.out)).toContainEqual(
      expect.objectContaining({ ruleId: "O-KR-COUNT", row: 2 })
    );
  });
});

describe("text is cut between characters", () => {
  it("names the scored sheet of a CSV with a long emoji file name by whole characters, in the tab and the chart titles", async () => {
    const dir = tmp();
    const file = join(dir, `${"😀".repeat(40)}.csv`);
    writeFileSync(file, ROWS.map((r) => r.join(",")).join("\n"));
    const out = join(dir, "o.xlsx");
    const r = await okr("score", file, "--period", "2026-Q1", "-o", out);
    expect(r.err).not.toMatch(/unexpected failure| {4}at /);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const parts = Object.keys(zip.files).filter((n) =>
      /^xl\/(workbook|charts\/chart\d+)\.xml$/.test(n)
    );
    expect(parts.filter((n) => n.includes("chart")).length).toBeGreaterThan(0);
    const texts = await Promise.all(parts.map((n) => zip.file(n)!.async("string")));
    for (const text of texts) {
      expect(text).not.toContain("\uFFFD");
      expect(text).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
      );
    }
    expect(texts.join("")).toContain(`name="${"😀".repeat(15)}"`);
    expect(texts.filter((t) => t.includes("😀".repeat(15))).length).toBeGreaterThan(1);
  });
});

describe("okr split writes everything or nothing", () => {
  it("refuses -o naming an existing file, and writes no file when one output exists", async () => {
    const dir = tmp();
    const master = join(dir, "m.xlsx");
    await okr("new", "--template", "company,sales", "--period", "2026-Q1", "-o", master);
    const file = join(dir, "taken");
    writeFileSync(file, "mine");
    const r = await okr("split", master, "-o", file);
    expect(r.status).toBe(2);
    expect(r.err).toContain("this is a file, not a folder");
    expect(readFileSync(file, "utf8")).toBe("mine");

    const out = join(dir, "out");
    expect((await okr("split", master, "-o", out)).status).toBe(0);
    const names = readdirSync(out).sort();
    writeFileSync(join(out, names[0]), "theirs");
    const again = await okr("split", master, "-o", join(dir, "out"));
    expect(again.status).toBe(2);
    expect(readFileSync(join(out, names[0]), "utf8")).toBe("theirs");
  });

  it("splits a sheet named like the product's hidden sheet or its reference sheets", async () => {
    const dir = tmp();
    await writeSheetsXlsx(join(dir, "m.xlsx"), [
      { name: "okrSheets.sent", rows: ROWS },
      {
        name: "Aligned to - Plan",
        rows: ROWS.map((r, i) => (i === 1 ? r.map((c, j) => (j === 0 ? "A-O1" : c)) : r)),
      },
    ]);
    const r = await okr("split", join(dir, "m.xlsx"), "-o", join(dir, "out"));
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, "out"))).toHaveLength(2);
  });
});

describe("what is given twice is a located error, never a silent pick", () => {
  it("refuses a header row naming a column twice, in a CSV and in an .xlsx (read whole or streamed)", async () => {
    const dir = tmp();
    const header = [...ROWS[0], "Current"];
    const csv = join(dir, "twice.csv");
    writeFileSync(csv, [header, ...ROWS.slice(1)].map((r) => r.join(",")).join("\n"));
    const xlsx = join(dir, "twice.xlsx");
    await writeSheetsXlsx(xlsx, [{ name: "Plan", rows: [header, ...ROWS.slice(1)] }]);
    const current = ROWS[0].indexOf("Current");
    const letter = (i: number) => String.fromCharCode(65 + i);
    for (const [file, sheet] of [
      [csv, "twice"],
      [xlsx, "Plan"],
    ]) {
      for (const cmd of ["check", "score"]) {
        const args = cmd === "score" ? ["-o", join(dir, "o.xlsx")] : [];
        const r = await refused(file, cmd, file, ...args);
        expect(r.status).toBe(2);
        expect(r.err).toContain(
          `sheet “${sheet}” row 1: the header “Current” is there twice (cells ${letter(current)}1 and ${letter(header.length - 1)}1)`
        );
      }
    }
  });

  it("refuses a values or scores file naming the same ID twice, by line, and writes nothing", async () => {
    const dir = tmp();
    const master = join(dir, "m.xlsx");
    await okr("new", "--template", "sales", "--period", "2026-Q1", "-o", master);
    const values = join(dir, "v.csv");
    writeFileSync(values, "ID,Current\nSALES-O1-KR1,10\nSALES-O1-KR2,3\nsales-o1-kr1,12\n");
    const out = join(dir, "o.xlsx");
    const c = await refused(
      values,
      "checkin",
      master,
      "--date",
      "2026-02-01",
      "--values",
      values,
      "-o",
      out
    );
    expect(c.status).toBe(2);
    expect(c.err).toContain(`${values}: line 4: ID sales-o1-kr1 is given again (first on line 2)`);
    const scores = join(dir, "s.csv");
    writeFileSync(scores, "SALES-O1-KR1,0.7\nSALES-O1-KR1,0.3\n");
    const s = await refused(
      scores,
      "close",
      master,
      "--as-of",
      "2026-03-31",
      "--scores",
      scores,
      "-o",
      out
    );
    expect(s.status).toBe(2);
    expect(s.err).toContain(`${scores}: line 2: ID SALES-O1-KR1 is given again (first on line 1)`);
    expect(existsSync(out)).toBe(false);
  });
});
