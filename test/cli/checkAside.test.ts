// okr collect checks its big returned files on another thread while the master loads
// (src/cli/checkAside.ts): each file's verdict, warning and bytes are those of the check in place.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import * as aside from "../../src/cli/checkAside";
import { readReturned } from "../../src/cli/collect";
import { inflateNode } from "../../src/cli/inflateNode";
import { notXlsx, readBytes } from "../../src/cli/input";
import { InputError, warnInto, type Texts } from "../../src/cli/readProblems";
import { checkXlsxPackage } from "../../src/cli/xlsxPackage";
import { okr } from "../support/cli";
import { withExternalLink } from "../support/externalLink";
import { generatedMaster, splitFileOf } from "../support/split";

const ROOT = join(__dirname, "..", "..");
/** The thread's script as `npm run build:cli` compiles it: what bin/okr-sheets.js runs. */
const WORKER = join(ROOT, "lib", "cli", "checkWorker.js");
const SALES = "Sales 2026-Q1";

let dir: string;
let master: string;
/** The Sales file okr split sends, padded past ASIDE_BYTES. */
let big: string;
/** The same with a formula linking another workbook. */
let linked: string;
/** The same naming a row past Excel's last. */
let damaged: string;

/** `bytes` with a part of incompressible bytes added, so the file passes `size`. */
async function padded(bytes: Uint8Array, size: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file("xl/media/padding.bin", randomBytes(size));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** What the check in place says of a file: its notes, or its refusal's texts. */
async function inPlace(file: string): Promise<unknown> {
  try {
    const bytes = readBytes(file);
    const wrong = notXlsx(bytes, file);
    if (wrong) throw wrong;
    return { notes: await checkXlsxPackage(bytes, file, inflateNode) };
  } catch (error) {
    return { refused: (error as InputError).texts ?? (error as Error).message };
  }
}

/** What checkAside says of a file, in the same terms. */
async function checkedAside(check: aside.Checked | undefined): Promise<unknown> {
  try {
    const checked = await check;
    return checked ? { notes: checked.notes } : checked;
  } catch (error) {
    return { refused: (error as InputError).texts ?? (error as Error).message };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "okr-aside-"));
  master = await generatedMaster(dir, "company,sales", "master.xlsx");
  const sales = readFileSync(await splitFileOf(master, dir));
  big = join(dir, "big.xlsx");
  writeFileSync(big, await padded(sales, aside.ASIDE_BYTES));
  linked = join(dir, "linked.xlsx");
  writeFileSync(
    linked,
    await padded(await withExternalLink(sales, SALES, "P20", 42), aside.ASIDE_BYTES)
  );
  const zip = await JSZip.loadAsync(readFileSync(big));
  const sheet = Object.keys(zip.files).find((p) => p.startsWith("xl/worksheets/sheet"))!;
  const xml = await zip.file(sheet)!.async("string");
  zip.file(sheet, xml.replace("<sheetData>", '<sheetData><row r="1048577"/>'));
  damaged = join(dir, "damaged.xlsx");
  writeFileSync(damaged, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}, 60_000);

describe("checkAside: the big returned files checked on another thread", () => {
  it("runs the thread npm run build:cli compiles", () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  it("says of each big file what the check in place says, and gives the bytes it checked", async () => {
    const notZip = join(dir, "not-a-zip.xlsx");
    writeFileSync(notZip, randomBytes(aside.ASIDE_BYTES));
    const oldXls = join(dir, "old.xlsx");
    writeFileSync(
      oldXls,
      Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), randomBytes(aside.ASIDE_BYTES)])
    );
    const files = [big, linked, damaged, notZip, oldXls];
    const checks = aside.checkAside(files, WORKER);
    const said: unknown[] = [];
    for (const file of files) {
      const expected = await inPlace(file);
      said.push(expected);
      const check = checks.take(file);
      expect(check).toBeDefined();
      expect(await checkedAside(check)).toEqual(expected);
      const checked = await check!.catch(() => null);
      if (checked) expect(checked.bytes.equals(readFileSync(file))).toBe(true);
      // Taken once: let go then, its bytes are the load's alone.
      expect(checks.take(file)).toBeUndefined();
    }
    // Each kind of verdict was met: clean, a warning, refused by the thread, refused before it.
    expect(said[0]).toEqual({ notes: { externalLinks: [] } });
    expect(said[1]).toEqual({ notes: { externalLinks: ["xl/externalLinks/externalLink1.xml"] } });
    expect(JSON.stringify(said[2])).toContain("1048577");
    expect(said[3]).toHaveProperty("refused");
    expect(JSON.stringify(said[4])).toMatch(/\.xls/);
  });

  it("leaves small, missing and files past the total read ahead to their turn", () => {
    const small = join(dir, "small.xlsx");
    writeFileSync(small, readFileSync(master));
    expect(readFileSync(small).length).toBeLessThan(aside.ASIDE_BYTES);
    // As many big files as pass ASIDE_TOTAL: names of their own for the same bytes.
    const size = statSync(big).size;
    const many = Array.from({ length: Math.ceil(aside.ASIDE_TOTAL / size) + 1 }, (_, i) => {
      const name = join(dir, `big-${i}.xlsx`);
      if (!existsSync(name)) symlinkSync(big, name);
      return name;
    });
    const files = [small, join(dir, "nowhere.xlsx"), ...many];
    const checks = aside.checkAside(files, WORKER);
    const fit = Math.floor(aside.ASIDE_TOTAL / size);
    expect(fit).toBeLessThan(many.length);
    expect(files.filter((file) => checks.take(file))).toEqual(many.slice(0, fit));
    checks.stop();
  });

  /** A thread of its own: `script` as its whole code. */
  const thread = (name: string, script: string) => {
    const file = join(dir, name);
    writeFileSync(file, script);
    return file;
  };

  it("leaves a file to its turn when no thread can be started, the thread ends, fails or is stopped", async () => {
    expect(aside.checkAside([big], join(dir, "no-such-worker.js")).take(big)).toBeUndefined();
    const quits = thread("quits.js", "process.exit(0);\n");
    expect(await aside.checkAside([big], quits).take(big)).toBeNull();
    // Anything but a refusal the thread meets is the check in place's to say, as it says it.
    const fails = thread(
      "fails.js",
      'require("node:worker_threads").parentPort.on("message", function () { this.postMessage({ failed: true }); });\n'
    );
    expect(await aside.checkAside([big], fails).take(big)).toBeNull();
    const silent = thread(
      "silent.js",
      'require("node:worker_threads").parentPort.on("message", () => {});\n'
    );
    const stopped = aside.checkAside([big, linked], silent);
    stopped.stop();
    expect(await stopped.take(big)).toBeNull();
    expect(await stopped.take(linked)).toBeNull();
  });
});

describe("okr collect with its files checked aside", () => {
  it("reads a returned file from the bytes its check read, and says the check's warning", async () => {
    // The check aside read linked.xlsx; the file on disk was replaced after (big.xlsx's bytes).
    const bytes = readFileSync(linked);
    const notes = { externalLinks: ["xl/externalLinks/externalLink1.xml"] };
    const warned: Texts[] = [];
    const stop = warnInto((texts) => warned.push(texts));
    try {
      const returned = await readReturned([big], undefined, {
        take: (file) => (file === big ? Promise.resolve({ bytes, notes }) : undefined),
      });
      expect("sheets" in returned[0]).toBe(true);
      const sheet = "sheets" in returned[0] && returned[0].sheets.find((s) => s.name === SALES);
      // linked.xlsx's sheet: its P20 holds the linked formula's value, 42 (big.xlsx's holds none).
      expect(sheet && sheet.rows[19][15]).toBe(42);
    } finally {
      stop();
    }
    expect(warned.map((t) => t.en).join("\n")).toContain(
      `${big}: this workbook has formulas that link`
    );
  });

  it("checks the returned files aside", async () => {
    const spy = jest.spyOn(aside, "checkAside");
    try {
      const out = join(dir, "collected.xlsx");
      const r = await okr("collect", master, big, "-o", out);
      expect(r.status).toBe(0);
      expect(spy).toHaveBeenCalledWith([big]);
    } finally {
      spy.mockRestore();
    }
  });

  it("through bin: a big returned file's warning and refusal are said as in place", () => {
    const collect = (file: string) =>
      spawnSync(
        process.execPath,
        [
          join(ROOT, "bin", "okr-sheets.js"),
          "collect",
          master,
          file,
          "-o",
          `${file}.collected.xlsx`,
        ],
        { encoding: "utf8", timeout: 60_000 }
      );
    // One file at a time: a file read before another is read again, in place, when used.
    const warned = collect(linked);
    expect(warned.stderr.split(`${linked}: this workbook has formulas that link`)).toHaveLength(2);
    expect(warned.status).toBe(0);
    const refused = collect(damaged);
    expect(refused.stdout).toContain(`${damaged}: cannot be read`);
    expect(refused.stdout).toContain("1048577");
    expect(refused.status).toBe(1);
    // A lone big file refused before the thread sees it: the command still ends, as in place.
    const oldXls = join(dir, "lone-old.xlsx");
    writeFileSync(
      oldXls,
      Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), randomBytes(aside.ASIDE_BYTES)])
    );
    const lone = collect(oldXls);
    expect(lone.stdout).toContain(`${oldXls}: cannot be read`);
    expect(lone.status).toBe(1);
  });
});
