// A fuzz test of our own: seeded random mutations of a valid .xlsx's parts (and of its zip bytes)
// and of a valid CSV, run through the commands that read files a person made or sent back: `okr
// check` and `okr score` (an OKR table, .xlsx or .csv), `okr split` (a master), `okr collect` (a
// file split sent out, coming back), `okr checkin` (a master, or a values CSV). One command per case,
// in turn, so the time budget is shared. Whatever the bytes, a run ends with an exit code of the
// README's table, never an unexpected failure or a stack trace, never changes an input, and writes
// nothing when it fails (exit 2; split: no half a folder). A failure names its seed, command and
// mutation: FUZZ_SEED=<seed> reruns that case alone.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { EXIT_CODES, EXIT_UNUSABLE } from "../../src/cli/exitCodes";
import { headerRow } from "../../src/domain/reading/columns";
import { okr } from "../support/cli";
import { rowOf } from "../support/okrRows";
import { writeSheetsXlsx } from "../support/xlsxFile";

/**
 * How long the fuzz runs, making its base files included (it stops after the case under way; jest
 * gives the test 25 s more); FUZZ_BUDGET_MS runs it longer by hand.
 */
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 30_000);
/** The first seed; FUZZ_FROM starts a longer run elsewhere. */
const FIRST_SEED = Number(process.env.FUZZ_FROM ?? 1);

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

/** The valid files the mutations start from. */
interface Bases {
  /** A one-sheet OKR table written as a person would type it, and the same table as a CSV. */
  xlsx: Buffer;
  csv: string;
  /** A master `okr new` made (two departments' sheets), the file `okr split` made of it for Sales. */
  master: Buffer;
  returned: Buffer;
  /** A check-in's values for the master. */
  values: string;
}

/**
 * One case: what was mutated, the command line, the files it reads (mutated or not, none may
 * change) and what it would write (nothing of it may be left when it exits 2).
 */
interface Case {
  what: string;
  argv: string[];
  inputs: Input[];
  out: string;
}

/** A file a case reads: where, and the bytes written there before the run. */
interface Input {
  file: string;
  bytes: Buffer;
}

type Make = (r: Random, dir: string, b: Bases) => Promise<Case>;

const file = (dir: string, name: string, bytes: Buffer | string): Input => ({
  file: join(dir, name),
  bytes: Buffer.from(bytes),
});

/** What each case runs, in turn (case n runs CASES[n % CASES.length]). */
const CASES: Make[] = [
  async (r, dir, b) => {
    const m = await mutatedXlsx(b.xlsx, r);
    const input = file(dir, "fuzz.xlsx", m.bytes);
    return { what: `xlsx ${m.what}`, argv: ["check", input.file], inputs: [input], out: "" };
  },
  async (r, dir, b) => {
    const m = mutatedCsv(b.csv, r);
    const input = file(dir, "fuzz.csv", m.bytes);
    return { what: `csv ${m.what}`, argv: ["check", input.file], inputs: [input], out: "" };
  },
  async (r, dir, b) => {
    const m = await mutatedXlsx(b.xlsx, r);
    const input = file(dir, "fuzz.xlsx", m.bytes);
    const out = join(dir, "out.xlsx");
    return { what: `xlsx ${m.what}`, argv: ["score", input.file, "-o", out], inputs: [input], out };
  },
  async (r, dir, b) => {
    const m = mutatedCsv(b.csv, r);
    const input = file(dir, "fuzz.csv", m.bytes);
    const out = join(dir, "out.xlsx");
    return { what: `csv ${m.what}`, argv: ["score", input.file, "-o", out], inputs: [input], out };
  },
  async (r, dir, b) => {
    const m = await mutatedXlsx(b.master, r);
    const input = file(dir, "master.xlsx", m.bytes);
    const out = join(dir, "out");
    return {
      what: `master ${m.what}`,
      argv: ["split", input.file, "-o", out],
      inputs: [input],
      out,
    };
  },
  async (r, dir, b) => {
    const m = await mutatedXlsx(b.returned, r);
    const master = file(dir, "master.xlsx", b.master);
    const returned = file(dir, "Sales 2026-Q1.xlsx", m.bytes);
    return collectCase(`returned ${m.what}`, master, returned, dir);
  },
  async (r, dir, b) => {
    // The master itself damaged: collect reads its record of what split sent, too.
    const m = await mutatedXlsx(b.master, r);
    const master = file(dir, "master.xlsx", m.bytes);
    const returned = file(dir, "Sales 2026-Q1.xlsx", b.returned);
    return collectCase(`master ${m.what}`, master, returned, dir);
  },
  async (r, dir, b) => {
    const m = await mutatedXlsx(b.master, r);
    const master = file(dir, "master.xlsx", m.bytes);
    const values = file(dir, "values.csv", b.values);
    return checkinCase(`master ${m.what}`, master, values, dir);
  },
  async (r, dir, b) => {
    const m = mutatedCsv(b.values, r);
    const master = file(dir, "master.xlsx", b.master);
    const values = file(dir, "values.csv", m.bytes);
    return checkinCase(`values ${m.what}`, master, values, dir);
  },
];

function collectCase(what: string, master: Input, returned: Input, dir: string): Case {
  const out = join(dir, "out.xlsx");
  const argv = ["collect", master.file, returned.file, "-o", out];
  return { what, argv, inputs: [master, returned], out };
}

function checkinCase(what: string, master: Input, values: Input, dir: string): Case {
  const out = join(dir, "out.xlsx");
  const argv = ["checkin", master.file, "--date", "2026-02-01", "--values", values.file, "-o", out];
  return { what, argv, inputs: [master, values], out };
}

/** What is wrong with a run, or null. */
function problemOf(c: Case, result: { status: number; err: string }): string | null {
  if (!(EXIT_CODES as readonly number[]).includes(result.status)) return `exit ${result.status}`;
  if (/unexpected failure|\n\s+at /.test(result.err)) return result.err;
  const changed = c.inputs.find((i) => hash(readFileSync(i.file)) !== hash(i.bytes));
  if (changed) return `input changed: ${changed.file}`;
  if (result.status === EXIT_UNUSABLE && c.out && existsSync(c.out))
    return `wrote its output, then failed (exit ${EXIT_UNUSABLE}): ${c.out}`;
  return null;
}

/** The valid base files, made the way a person makes them (okr new, okr split). */
async function bases(dir: string): Promise<Bases> {
  const baseXlsx = join(dir, "base.xlsx");
  await writeSheetsXlsx(baseXlsx, [{ name: "Plan", rows: ROWS }]);
  const csv = ROWS.map((row) => row.map((c) => (c === null ? "" : String(c))).join(",")).join(
    "\r\n"
  );
  const master = join(dir, "base-master.xlsx");
  const made = await okr("new", "--template", "company,sales", "--period", "2026-Q1", "-o", master);
  const out = join(dir, "base-split");
  const split = await okr("split", master, "-o", out);
  if (made.status || split.status) throw new Error(`no base files: ${made.err}${split.err}`);
  const returned = readdirSync(out).find((f) => f.startsWith("Sales"))!;
  return {
    xlsx: readFileSync(baseXlsx),
    csv,
    master: readFileSync(master),
    returned: readFileSync(join(out, returned)),
    values:
      "ID,Current,Confidence,Comment\r\nSALES-O1-KR1,1400000,60%,two deals slipped\r\nSALES-O2-KR1,70,,\r\n",
  };
}

describe("fuzz: mutated .xlsx parts and CSV files through check, score, split, collect, checkin", () => {
  it(
    "never crash, never change their input, leave nothing on exit 2, and exit with a code of the table",
    async () => {
      const started = Date.now();
      const dir = mkdtempSync(join(tmpdir(), "okr-fuzz-"));
      const b = await bases(dir);
      const only = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : null;
      let cases = 0;
      const seen = new Map<string, Set<number>>();
      // The case before, until the next one has run: a file still being opened when a command
      // ended would appear only then (ExcelJS's writeFile did), in that case's own folder.
      let before: { label: string; work: string; out: string; failed: boolean } | null = null;
      const leftBehind = () => {
        if (before?.failed && before.out && existsSync(before.out))
          throw new Error(`${before.label}: its output appeared after it failed: ${before.out}`);
      };
      for (
        let seed = only ?? FIRST_SEED;
        only === null ? Date.now() - started < BUDGET_MS : seed === only;
        seed++
      ) {
        const work = join(dir, String(seed));
        mkdirSync(work);
        const c = await CASES[seed % CASES.length](random(seed), work, b);
        const label = `seed ${seed}, okr ${c.argv[0]}, ${c.what}`;
        for (const i of c.inputs) writeFileSync(i.file, i.bytes);
        const result = await okr(...c.argv);
        const problem = problemOf(c, result);
        if (problem) throw new Error(`${label}: ${problem}`);
        leftBehind();
        if (before) rmSync(before.work, { recursive: true, force: true });
        before = { label, work, out: c.out, failed: result.status === EXIT_UNUSABLE };
        const codes = seen.get(c.argv[0]) ?? new Set<number>();
        seen.set(c.argv[0], codes.add(result.status));
        cases++;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      leftBehind();
      rmSync(dir, { recursive: true, force: true });
      const codes = [...seen].map(([command, s]) => `${command} ${[...s].sort().join("/")}`);
      process.stderr.write(
        `fuzz: ${cases} cases in ${Date.now() - started} ms (${codes.join(", ")})\n`
      );
      expect(cases).toBeGreaterThan(only === null ? 2 * CASES.length : 0);
      // The mutations reach the reading: some files still read (findings, exit 1), some are refused.
      if (only === null)
        expect([...seen.values()].flatMap((s) => [...s])).toEqual(expect.arrayContaining([1, 2]));
    },
    BUDGET_MS + 25_000
  );
});
