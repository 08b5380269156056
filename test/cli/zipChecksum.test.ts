// archiver's zip checksums its parts with zlib's native CRC-32 (zipChecksum.ts): the same checksum
// crc-32 computes in JavaScript, chunk after chunk, and a package whose checksums JSZip accepts.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeSheetBySheet } from "../../src/cli/sheetBySheet";
import { nativeZipChecksums } from "../../src/cli/zipChecksum";

/** crc-32's own `buf` (as archiver's zip has it before nativeZipChecksums). */
const crc = require("crc-32") as { buf: (bytes: ArrayLike<number>, seed?: number) => number };
const own = crc.buf;

describe("zip checksums", () => {
  it("has archiver's crc-32 give zlib's checksum, the same as its own, chunk after chunk", () => {
    nativeZipChecksums();
    expect(crc.buf).not.toBe(own);
    let [mine, theirs] = [0, 0];
    for (let i = 0; i < 50; i++) {
      const chunk = randomBytes(i * 101);
      [mine, theirs] = [crc.buf(chunk, mine), own(chunk, theirs)];
      expect(mine).toBe(theirs);
    }
    expect(crc.buf(Buffer.from("abc"))).toBe(own(Buffer.from("abc")));
    expect(crc.buf([97, 98, 99])).toBe(own([97, 98, 99])); // not bytes: crc-32's own
  });

  it("writes a package whose checksums JSZip checks", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    for (let r = 1; r <= 3000; r++) ws.getCell(r, 1).value = `row ${r} ${"x".repeat(r % 50)}`;
    const out = join(mkdtempSync(join(tmpdir(), "okr-crc-")), "out.xlsx");
    await writeSheetBySheet(wb, out, []);
    const zip = await JSZip.loadAsync(readFileSync(out), { checkCRC32: true });
    expect(await zip.file("xl/sharedStrings.xml")!.async("string")).toContain("row 3000 ");
  });
});
