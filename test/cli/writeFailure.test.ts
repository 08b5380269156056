// A write that fails part-way (a full disk) on every write path of src/cli/output.ts: the lean
// writer (okr score of a CSV), ExcelJS's packed buffer (score of an .xlsx) and the sheet-at-a-time
// writer (collect, review). Each writes a temporary file beside the output and renames it only
// once complete: a failure leaves no file, no temporary one, keeps a file being replaced (--force)
// as it was, and says "the disk is full" in plain words. The disk is made full by a stub: the
// file's stream fails with ENOSPC once past a few kilobytes, as a full disk fails it.
import fs, { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { readInput } from "../../src/cli/input";
import { writeWorkbook } from "../../src/cli/output";
import { InputError } from "../../src/cli/readProblems";
import { scoreFilesToWrite } from "../../src/cli/score";
import { LeanWorkbook } from "../../src/cli/leanWorkbook";
import { krRowsSheet } from "../support/bigSheet";

/** What the disk holds before it is full. */
const ROOM = 4096;

const enospc = () =>
  Object.assign(new Error("ENOSPC: no space left on device, write"), {
    code: "ENOSPC",
    syscall: "write",
    errno: -28,
  });

/** Every file stream opened from now on fails with ENOSPC once ROOM bytes are written. */
function fullDisk(): void {
  const open = fs.createWriteStream;
  jest.spyOn(fs, "createWriteStream").mockImplementation(((path: fs.PathLike, o?: never) => {
    const stream = open(path, o) as fs.WriteStream & Writable & Record<string, unknown>;
    const write = (stream._write as Writable["_write"]).bind(stream);
    let written = 0;
    stream._writev = undefined; // one chunk at a time, each counted
    stream._write = (chunk: Buffer, encoding: BufferEncoding, done: (e?: Error | null) => void) => {
      written += chunk.length;
      if (written > ROOM) done(enospc());
      else write(chunk, encoding, done);
    };
    return stream;
  }) as typeof fs.createWriteStream);
  // fs/promises' writeFile (the packed buffer): the room written, then the failure.
  jest.spyOn(fsp, "writeFile").mockImplementation(async (path, data) => {
    await fsp.appendFile(path as string, Buffer.from(data as Uint8Array).subarray(0, ROOM));
    throw enospc();
  });
}

/** A workbook of each write path, large enough to pass ROOM. */
const PATHS: [string, () => Promise<ExcelJS.Workbook | LeanWorkbook>, { bySheet?: boolean }][] = [
  [
    "the lean writer",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "okr-full-"));
      const csv = join(dir, "team.csv");
      writeFileSync(
        csv,
        krRowsSheet(3000)
          .map((r) => r.join(","))
          .join("\n")
      );
      const input = await readInput(csv, { period: null, scope: "team" });
      const scored = await scoreFilesToWrite([input], {
        lang: "en",
        relabel: false,
        scope: "team",
        period: null,
        asOf: "2026-02-15",
        today: "2026-02-15",
      });
      expect(scored.workbook).toBeInstanceOf(LeanWorkbook);
      return scored.workbook;
    },
    {},
  ],
  ["ExcelJS's packed buffer", async () => bigWorkbook(), {}],
  ["the sheet-at-a-time writer", async () => bigWorkbook(), { bySheet: true }],
];

function bigWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  for (let r = 1; r <= 3000; r++) ws.addRow([`Row ${r}`, r * 7919, `Note ${(r * 31) % 977}`]);
  return wb;
}

afterEach(() => jest.restoreAllMocks());

describe.each(PATHS)("a full disk under %s", (_, make, o) => {
  it("leaves no file, not even a temporary one, and says the disk is full", async () => {
    const wb = await make();
    const dir = mkdtempSync(join(tmpdir(), "okr-full-"));
    const out = join(dir, "out.xlsx");
    fullDisk();
    const error = (await writeWorkbook(wb, out, o).catch((e: unknown) => e)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    const said = { en: "the disk is full", "zh-CN": "磁盘已满", "zh-TW": "磁碟已滿" };
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      expect(error.textIn(lang)).toContain(`${out}: `);
      expect(error.textIn(lang)).toContain(said[lang]);
      expect(error.textIn(lang)).not.toContain("ENOSPC");
    }
    // A file whose open was still under way would appear now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readdirSync(dir)).toEqual([]);
  }, 30000);

  it("keeps the file it was to replace (--force) as it was", async () => {
    const wb = await make();
    const dir = mkdtempSync(join(tmpdir(), "okr-full-"));
    const out = join(dir, "out.xlsx");
    writeFileSync(out, "last quarter's workbook");
    fullDisk();
    await expect(writeWorkbook(wb, out, o)).rejects.toThrow(InputError);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(readFileSync(out, "utf8")).toBe("last quarter's workbook");
  }, 30000);

  it("writes the whole file where there is room", async () => {
    const wb = await make();
    const dir = mkdtempSync(join(tmpdir(), "okr-full-"));
    const out = join(dir, "out.xlsx");
    writeFileSync(out, "last quarter's workbook");
    await writeWorkbook(wb, out, o);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(out);
    expect(read.worksheets.length).toBeGreaterThan(0);
  }, 30000);
});

describe("an output that is a link", () => {
  it("is replaced where it points, the link kept, as writing through it did", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-link-"));
    const real = join(dir, "real.xlsx");
    writeFileSync(real, "last quarter's workbook");
    const link = join(dir, "link.xlsx");
    fs.symlinkSync(real, link);
    await writeWorkbook(bigWorkbook(), link);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["link.xlsx", "real.xlsx"]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(real);
    expect(read.getWorksheet("Plan")?.getCell("A1").value).toBe("Row 1");
  });
});
