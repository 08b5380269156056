// A fuzz test of our own: seeded random mutations of a valid .xlsx's parts (and of its zip bytes)
// and of a valid CSV, each run through `okr check` and `okr score`, within a time budget. Whatever
// the bytes, a run ends with an exit code of the README's table (0, 1 or 2), never an unexpected
// failure or a stack trace, never changes its input, and writes nothing when it fails (exit 2). A
// failure names its seed and mutation: FUZZ_SEED=<seed> reruns that case alone.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { headerRow } from "../../src/domain/reading/columns";
import { okr } from "../support/cli";
import { rowOf } from "../support/okrRows";
import { writeSheetsXlsx } from "../support/xlsxFile";

/** How long the fuzz runs (it stops after the case under way); FUZZ_BUDGET_MS runs it longer by hand. */
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 35_000);
/** The first seed; FUZZ_FROM starts a longer run elsewhere. */
const FIRST_SEED = Number(process.env.FUZZ_FROM ?? 1);
const EXIT_CODES = [0, 1, 2];

/** A small seeded generator (mulberry32): the same seed gives the same cases on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] };
}
type Random = ReturnType<typeof random>;

const ROWS = [
  headerRow("en"),
  rowOf({ id: "P-O1", level: "Objective", statement: "Win the retail channel", owner: "Lin" }),
  rowOf({
    id: "P-O1-KR1",
    level: "Key result",
    statement: "Raise retail revenue from 1 to 2 million",
    owner: "Lin",
    krType: "Metric",
    start: 1,
    target: 2,
    current: 1.5,
  }),
  rowOf({ id: "P-O1-KR2", level: "Key result", statement: "Open 5 stores", owner: "Bo" }),
];

/** Text others would write into a file: quotes, separators, line ends, BOMs, NUL, invisible marks, digits. */
const NASTY = [
  '"',
  ",",
  ";",
  "\t",
  "\r",
  "\n",
  "\r\n",
  "\u0000",
  "\uFEFF",
  "\u200B",
  "=1+1",
  "99999999999",
  "1048577",
  "-1",
  "<",
  ">",
  "&",
  "&#0;",
  "</row>",
  '<row r="1048577">',
  '<c r="XFE1" t="s"><v>999999</v></c>',
  "😀",
  "目标",
];

/** One mutation of a text: cut, repeat, drop, insert or replace a piece; says what it did. */
function mutateText(text: string, r: Random): { text: string; what: string } {
  const at = r.int(text.length + 1);
  const len = 1 + r.int(Math.min(200, Math.max(1, text.length - at)));
  switch (r.int(6)) {
    case 0:
      return { text: text.slice(0, at), what: `cut at ${at}` };
    case 1:
      return { text: text.slice(0, at) + text.slice(at + len), what: `drop ${len} at ${at}` };
    case 2:
      return {
        text:
          text.slice(0, at) + text.slice(at, at + len).repeat(2 + r.int(20)) + text.slice(at + len),
        what: `repeat ${len} at ${at}`,
      };
    case 3: {
      const add = r.pick(NASTY);
      return {
        text: text.slice(0, at) + add + text.slice(at),
        what: `insert ${JSON.stringify(add)} at ${at}`,
      };
    }
    case 4: {
      // A number made bigger, smaller or negative: row numbers, indexes, sizes.
      const numbers = [...text.matchAll(/\d+/g)];
      if (numbers.length === 0) return { text, what: "no number" };
      const m = r.pick(numbers);
      const to = r.pick(["0", "-1", "1048576", "1048577", "4294967296", "99999999999999999999"]);
      return {
        text: text.slice(0, m.index) + to + text.slice(m.index! + m[0].length),
        what: `number at ${m.index} → ${to}`,
      };
    }
    default: {
      const add = r.pick(NASTY);
      return {
        text: text.slice(0, at) + add + text.slice(at + len),
        what: `replace ${len} at ${at} by ${JSON.stringify(add)}`,
      };
    }
  }
}

/** One mutated .xlsx: a part's text changed, a part dropped, or the zip's own bytes changed. */
async function mutatedXlsx(base: Buffer, r: Random): Promise<{ bytes: Buffer; what: string }> {
  const zip = await JSZip.loadAsync(base);
  const parts = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const kind = r.int(10);
  if (kind === 0) {
    const part = r.pick(parts);
    zip.remove(part);
    return {
      bytes: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
      what: `drop ${part}`,
    };
  }
  if (kind === 1) {
    // The package's bytes themselves: a flipped or cut byte in the zip structure.
    const bytes = Buffer.from(base);
    const at = r.int(bytes.length);
    if (r.int(2)) return { bytes: bytes.subarray(0, at), what: `zip cut at ${at}` };
    bytes[at] ^= 1 << r.int(8);
    return { bytes, what: `zip byte ${at} flipped` };
  }
  const part = r.pick(parts.filter((p) => p.endsWith(".xml") || p.endsWith(".rels")));
  const text = await zip.file(part)!.async("string");
  const changed = mutateText(text, r);
  zip.file(part, changed.text);
  return {
    bytes: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
    what: `${part}: ${changed.what}`,
  };
}

/** One mutated CSV, as bytes (text mutations, or a byte-order mark or encoding put in front). */
function mutatedCsv(base: string, r: Random): { bytes: Buffer; what: string } {
  if (r.int(6) === 0) {
    const bom = r.pick([
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0xff, 0xfe, 0, 0],
      [0, 0, 0xfe, 0xff],
    ]);
    return {
      bytes: Buffer.concat([Buffer.from(bom), Buffer.from(base)]),
      what: `BOM ${bom.join(" ")}`,
    };
  }
  let text = base;
  const what: string[] = [];
  for (let n = 1 + r.int(3); n > 0; n--) {
    const m = mutateText(text, r);
    text = m.text;
    what.push(m.what);
  }
  return { bytes: Buffer.from(text), what: what.join("; ") };
}

const hash = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Runs a command on a mutated file; the failure message names the case. */
async function runCase(file: string, bytes: Buffer, label: string, dir: string, seen: Set<number>) {
  writeFileSync(file, bytes);
  const out = join(dir, "out.xlsx");
  for (const command of [
    ["check", file],
    ["score", file, "-o", out],
  ]) {
    rmSync(out, { force: true });
    const result = await okr(...command);
    seen.add(result.status);
    const problem = !EXIT_CODES.includes(result.status)
      ? `exit ${result.status}`
      : /unexpected failure|\n\s+at /.test(result.err)
        ? result.err
        : hash(readFileSync(file)) !== hash(bytes)
          ? "input changed"
          : result.status === 2 && existsSync(out)
            ? "wrote its output, then failed"
            : null;
    if (problem) throw new Error(`${label} (okr ${command[0]}): ${problem}`);
  }
}

describe("fuzz: mutated .xlsx parts and CSV files", () => {
  it(
    "never crash, never change their input, and exit 0, 1 or 2",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "okr-fuzz-"));
      const baseXlsx = join(dir, "base.xlsx");
      await writeSheetsXlsx(baseXlsx, [{ name: "Plan", rows: ROWS }]);
      const xlsx = readFileSync(baseXlsx);
      const csv = ROWS.map((row) => row.map((c) => (c === null ? "" : String(c))).join(",")).join(
        "\r\n"
      );
      const only = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : null;
      const started = Date.now();
      let cases = 0;
      const seen = new Set<number>();
      for (
        let seed = only ?? FIRST_SEED;
        only === null ? Date.now() - started < BUDGET_MS : seed === only;
        seed++
      ) {
        const r = random(seed);
        if (seed % 2) {
          const m = await mutatedXlsx(xlsx, r);
          await runCase(join(dir, "fuzz.xlsx"), m.bytes, `seed ${seed}, xlsx ${m.what}`, dir, seen);
        } else {
          const m = mutatedCsv(csv, r);
          await runCase(join(dir, "fuzz.csv"), m.bytes, `seed ${seed}, csv ${m.what}`, dir, seen);
        }
        cases++;
      }
      rmSync(dir, { recursive: true, force: true });
      process.stderr.write(`fuzz: ${cases} cases in ${Date.now() - started} ms\n`);
      expect(cases).toBeGreaterThan(only === null ? 20 : 0);
      // The mutations reach the reading: some files still read (findings, exit 1), some are refused.
      if (only === null) expect([...seen].sort()).toEqual(expect.arrayContaining([1, 2]));
    },
    BUDGET_MS + 25_000
  );
});
