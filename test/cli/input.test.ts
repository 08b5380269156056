// Every input file people hand the command line: CSV in the separators and encodings Excel and
// Chinese Windows save, workbooks Excel cannot give ExcelJS (encrypted, old .xls), a directory, and
// hidden rows and sheets. Each file is written here, byte for byte.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { detectDelimiter, excelCell } from "../../src/cli/input";
import { copyWorksheet } from "../../src/cli/worksheetCells";
import { headerRow } from "../../src/domain/reading/columns";
import { okr } from "../support/cli";
import { rowOf } from "../support/okrRows";

const tmp = () => mkdtempSync(join(tmpdir(), "okr-input-"));

const HEADER = headerRow("en");
/** An objective without key results (O-NO-KR, row 2), and a key result that says no number (row 4). */
function table(sep: string, objective: string): string {
  return [
    HEADER,
    rowOf({
      id: "P-O1",
      level: "Objective",
      statement: objective,
      owner: "Lin",
      commitment: "Committed",
    }),
    rowOf({
      id: "P-O2",
      level: "Objective",
      statement: "Win the partner channel",
      owner: "Lin",
      commitment: "Committed",
    }),
    rowOf({
      id: "P-O2-KR1",
      level: "Key result",
      statement: "Improve partner loyalty",
      krType: "Metric",
      unit: "%",
      start: 10,
      target: 20,
    }),
  ]
    .map((r) => r.join(sep))
    .join("\r\n");
}

async function findings(file: string, ...extra: string[]) {
  const result = await okr("check", file, "--period", "2026-Q1", "--format", "json", ...extra);
  if (result.status === 2) throw new Error(result.err);
  return JSON.parse(result.out) as { ruleId: string; cell: string; message: string }[];
}
const where = (list: { ruleId: string; cell: string }[]) =>
  list.map((f) => `${f.ruleId}@${f.cell}`).sort();

describe("CSV separators", () => {
  it.each([
    [",", "comma"],
    [";", "semicolon"],
    ["\t", "tab"],
  ])("reads %p (%s) separated files the same", async (sep) => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), table(sep, "Win the retail channel"));
    expect(where(await findings(join(dir, "p.csv")))).toEqual(
      expect.arrayContaining(["O-NO-KR@B2", "KR-NO-NUMBER@D4"])
    );
  });

  it("judges by the first record, outside quotes", () => {
    expect(detectDelimiter('ID;"Statement, with comma";Owner\n1,2,3,4')).toBe(";");
    expect(detectDelimiter("ID,Level;x,Statement\n")).toBe(",");
    expect(detectDelimiter("ID\tLevel\tStatement")).toBe("\t");
  });
});

describe("CSV encodings", () => {
  // Bytes checked with `iconv -f utf-8 -t gbk|big5` on a Debian machine.
  const GBK_OBJECTIVE = Buffer.from("d3aeb5c3bbaab6abc7f8d3f2cad0b3a1", "hex"); // 赢得华东区域市场
  const BIG5_OBJECTIVE = Buffer.from("c4b9b16fb5d8aa46b0cfb0eca5abb3f5", "hex"); // 贏得華東區域市場
  const withObjective = (bytes: Buffer) => {
    const [head, tail] = table(",", "@@").split("@@");
    return Buffer.concat([Buffer.from(head, "ascii"), bytes, Buffer.from(tail, "ascii")]);
  };

  it.each([
    ["GBK", GBK_OBJECTIVE, "zh-CN", "目标“赢得华东区域市场20%”中含有数量。"],
    ["Big5", BIG5_OBJECTIVE, "zh-TW", "目標「贏得華東區域市場20%」中含有數量。"],
  ])(
    "decodes %s instead of refusing it, telling it from the other",
    async (_, bytes, lang, message) => {
      const dir = tmp();
      writeFileSync(join(dir, "zh.csv"), withObjective(Buffer.concat([bytes, Buffer.from("20%")])));
      const got = await findings(join(dir, "zh.csv"), "--lang", lang);
      expect(got.find((f) => f.ruleId === "O-QUALITATIVE")?.message).toBe(message);
      // the objective reads as written: it opens with a verb
      expect(where(got)).not.toContain("O-STARTS-WITH-VERB@D2");
      expect(where(got)).toContain("O-NO-KR@B2");
    }
  );

  it("forces an encoding with --encoding, and says so when the bytes are not in it", async () => {
    const dir = tmp();
    const qualitative = Buffer.concat([BIG5_OBJECTIVE, Buffer.from("20%", "ascii")]);
    writeFileSync(join(dir, "b.csv"), withObjective(qualitative));
    const got = await findings(join(dir, "b.csv"), "--encoding", "big5", "--lang", "zh-TW");
    expect(got.find((f) => f.ruleId === "O-QUALITATIVE")?.message).toBe(
      "目標「贏得華東區域市場20%」中含有數量。"
    );
    const wrong = await okr("check", join(dir, "b.csv"), "--encoding", "utf-8");
    expect(wrong.status).toBe(2);
    expect(wrong.err).toContain("not valid utf-8 text");
  });

  it.each(["utf16le", "utf16be"] as const)(
    "detects UTF-16 without a byte-order mark (%s)",
    async (encoding) => {
      const dir = tmp();
      let bytes = Buffer.from(table("\t", "提升华东区域的市场份额"), "utf16le");
      if (encoding === "utf16be") bytes = Buffer.from(bytes).swap16();
      writeFileSync(join(dir, "u.txt"), bytes);
      expect(where(await findings(join(dir, "u.txt")))).toEqual(
        expect.arrayContaining(["O-NO-KR@B2", "KR-NO-NUMBER@D4"])
      );
    }
  );
});

/** A Compound File (OLE2) header and one directory sector naming the given streams. */
function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(0, 48); // first directory sector
  const dir = Buffer.alloc(512);
  ["Root Entry", ...streams].slice(0, 4).forEach((name, i) => {
    const entry = dir.subarray(i * 128, (i + 1) * 128);
    entry.write(name, 0, "utf16le");
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    entry[66] = i === 0 ? 5 : 2; // root storage, or stream
  });
  return Buffer.concat([header, dir]);
}

describe("workbooks ExcelJS cannot open say what they are", () => {
  it("a password-protected .xlsx", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "locked.xlsx"),
      compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"])
    );
    const result = await okr("check", join(dir, "locked.xlsx"));
    expect(result.status).toBe(2);
    expect(result.err).toContain("locked.xlsx: this workbook is password-protected");
    expect(result.err).toContain("unprotected copy");
  });

  it("an old binary workbook, by its name or under an .xlsx name", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "old.xls"), compoundFile(["Workbook"]));
    writeFileSync(join(dir, "renamed.xlsx"), compoundFile(["Workbook"]));
    for (const name of ["old.xls", "renamed.xlsx"]) {
      const result = await okr("check", join(dir, name));
      expect(result.status).toBe(2);
      expect(result.err).toContain(`${name}: this is an old binary Excel workbook (.xls)`);
    }
  });

  it("a directory", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "q1"));
    const result = await okr("check", join(dir, "q1"));
    expect(result.status).toBe(2);
    expect(result.err).toContain("q1: is a folder. Give the .xlsx or .csv files in it");
  });
});

describe("hidden rows and sheets", () => {
  it("are checked like visible ones, and the findings say they are hidden", async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    const rows = table(",", "Win the retail channel")
      .split("\r\n")
      .map((r) => r.split(","));
    const shown = wb.addWorksheet("Shown");
    shown.addRows(rows);
    shown.getRow(4).hidden = true;
    const hidden = wb.addWorksheet("Tucked away", { state: "hidden" });
    hidden.addRows(rows.map((r) => r.map((c) => c.replace(/^P-/, "H-"))));
    await wb.xlsx.writeFile(join(dir, "h.xlsx"));
    const got = (await findings(join(dir, "h.xlsx"))) as unknown as {
      sheet: string;
      cell: string;
      ruleId: string;
      message: string;
    }[];
    const at = (sheet: string, rule: string) =>
      got.find((f) => f.sheet === sheet && f.ruleId === rule)?.message;
    expect(at("Shown", "KR-NO-NUMBER")).toMatch(/\(The row is hidden\.\)$/);
    expect(at("Shown", "O-NO-KR")).not.toContain("hidden");
    expect(at("Tucked away", "O-NO-KR")).toMatch(/\(The sheet is hidden\.\)$/);
    const zh = JSON.parse(
      (await okr("check", join(dir, "h.xlsx"), "--format", "json", "--lang", "zh-TW")).out
    ) as { sheet: string; ruleId: string; message: string }[];
    expect(zh.find((f) => f.sheet === "Shown" && f.ruleId === "KR-NO-NUMBER")?.message).toMatch(
      /（該列已隱藏。）$/
    );
  });
});

describe("a large .xlsx, read row by row", () => {
  it("keeps every multi-byte character whole across the zip's chunks, as loading it whole does", async () => {
    const dir = tmp();
    const file = join(dir, "many.xlsx");
    // Inline strings, as streaming writers save them: the text sits in the sheet XML itself.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const ws = wb.addWorksheet("多行");
    ws.addRow(HEADER).commit();
    for (let o = 1; o <= 1500; o++) {
      ws.addRow(
        rowOf({
          id: `M-O${o}`,
          level: "目标",
          statement: "• 赢得华东区域市场",
          owner: "周涛",
          commitment: "承诺型",
        })
      ).commit();
      for (let k = 1; k <= 2; k++)
        ws.addRow([
          `M-O${o}-KR${k}`,
          "关键结果",
          "",
          "提升客户满意度",
          "周涛",
          "",
          "指标",
          "分",
          3.8,
          4.5,
          4,
        ]).commit();
    }
    ws.commit();
    await wb.commit();
    const got = await findings(file, "--lang", "zh-CN");
    expect(got.filter((f) => f.ruleId === "TEXT-LIST-MARKER")).toHaveLength(1500);
    expect(got.filter((f) => f.ruleId === "KR-NO-NUMBER")).toHaveLength(3000);
    expect(got.some((f) => f.message.includes("\ufffd"))).toBe(false);
  });
});

describe("formula cells of a saved workbook", () => {
  it("read as the value saved with them, a saved 0 included (never as empty)", async () => {
    // As Excel and LibreOffice save them: <f> with its <v>, here 0 and 12.5.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { formula: "1-1", result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell("A2").value = { formula: "25/2", result: 12.5 } as ExcelJS.CellFormulaValue;
    ws.getCell("A3").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const cells = ["A1", "A2", "A3"].map((a) => excelCell(back.getWorksheet("S")!.getCell(a)));
    expect(cells).toEqual([0, 12.5, null]);
  });
});

describe("cells of a damaged workbook", () => {
  /** A1 of sheet S after ExcelJS saved `value` (in `numFmt`), `change`d the package and read it back. */
  async function readBack(
    value: ExcelJS.CellValue,
    numFmt: string | undefined,
    change: (zip: JSZip) => Promise<void>
  ) {
    const wb = new ExcelJS.Workbook();
    const cell = wb.addWorksheet("S").getCell("A1");
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    await change(zip);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await zip.generateAsync({ type: "arraybuffer" })) as ArrayBuffer);
    return back.getWorksheet("S")!.getCell("A1");
  }

  it("read a shared text with no text in it as empty, not as an object the rules trip on", async () => {
    // Fuzz seed 23816: `<si></si>`, which ExcelJS gives as {}; okr score stopped at "value.trim".
    const cell = await readBack("Lin", undefined, async (zip) => {
      const xml = await zip.file("xl/sharedStrings.xml")!.async("string");
      zip.file("xl/sharedStrings.xml", xml.replace("<si><t>Lin</t></si>", "<si></si>"));
    });
    expect(excelCell(cell)).toBeNull();
  });

  it("read a number in a date format that no calendar holds as Excel shows it, ########", async () => {
    // Fuzz seed 21542: a returned file's styles made a huge number a date; ExcelJS gives an Invalid
    // Date for it, and okr collect stopped at "Invalid time value".
    const cell = await readBack(1e12, "yyyy-mm-dd", async () => undefined);
    expect(excelCell(cell)).toBe("########");
  });

  it.each([
    ["after 9999-12-31", 3_000_000],
    ["before Excel's first day", -1_000],
  ])("read a date %s as Excel shows it, ########", async (_, serial) => {
    // ExcelJS makes these real dates ("+010113-09", "1897-04-04"); Excel shows neither.
    const cell = await readBack(serial, "yyyy-mm-dd", async () => undefined);
    expect(excelCell(cell)).toBe("########");
  });

  it("copy a shared text with no text in it as an empty cell, not the text {}", async () => {
    const cell = await readBack("Lin", undefined, async (zip) => {
      const xml = await zip.file("xl/sharedStrings.xml")!.async("string");
      zip.file("xl/sharedStrings.xml", xml.replace("<si><t>Lin</t></si>", "<si></si>"));
    });
    const copy = copyWorksheet(cell.worksheet, new ExcelJS.Workbook(), "Copy");
    expect(copy.getCell("A1").value).toBeNull();
  });
});
