// Protected sheets through every command that writes a workbook (issue #35, second review): a sheet
// protected with a password is refused where a write happens, named in the file it came from with
// its name there, in words that fit every command; a sheet rebuilt (Summary, 360 Review, a
// collected sheet) keeps a protection without a password, as the pane's guard puts it back; the
// formula lock is the pane's, objects and scenarios included.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { okr } from "../support/cli";
import { sheetPart } from "../support/chartAndComment";
import { closedQuarter } from "../support/closing";
import { LEGACY_HASH, protectionXml } from "../support/protectionXml";
import { generatedMaster, splitFileOf } from "../support/split";
import { EXIT_UNUSABLE } from "../../src/cli/exitCodes";

/** A password (the old hash, of "ABCD"), as Excel 2007 and LibreOffice write it. */
const PASSWORD = `<sheetProtection sheet="1" password="${LEGACY_HASH}"/>`;

const fresh = () => mkdtempSync(join(tmpdir(), "okr-refusal-"));

/** `file` with `sheet`'s <sheetProtection> replaced by `tag`, written to `out`. */
async function protect(file: string, sheet: string, tag: string, out = file): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = await sheetPart(zip, sheet);
  const xml = (await zip.file(part)!.async("string")).replace(/<sheetProtection\b[^>]*\/>/, "");
  zip.file(part, xml.replace("</sheetData>", `</sheetData>${tag}`));
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer" }));
  return out;
}

const SALES = "Sales 2026-Q1";

/** A new Sales workbook for 2026-Q1. */
async function quarter(dir: string): Promise<string> {
  const file = join(dir, "q1.xlsx");
  const made = await okr("new", "--template", "sales", "--period", "2026-Q1", "-o", file);
  expect(made.status).toBe(0);
  return file;
}

/** A ratings file for the Sales template's owner. */
function ratings(dir: string): string {
  const file = join(dir, "ratings.csv");
  writeFileSync(file, "Person,Rater,Role,Score\nHead of Sales,Mo,Manager,4\n");
  return file;
}

/** The workbook `okr review` wrote of a new Sales quarter (its 360 Review sheet made). */
async function reviewed(dir: string): Promise<string> {
  const out = join(dir, "reviewed.xlsx");
  const run = await okr("review", await quarter(dir), "--ratings", ratings(dir), "-o", out);
  expect([run.status, run.err]).toEqual([0, ""]);
  return out;
}

/** Each command that writes, the sheet it would write protected with a password. */
const REFUSALS: [
  string,
  (dir: string, out: string) => Promise<{ file: string; sheet: string; argv: string[] }>,
][] = [
  [
    "review",
    async (dir, out) => {
      const file = await protect(await reviewed(dir), "360 Review", PASSWORD);
      return {
        file,
        sheet: "360 Review",
        argv: ["review", file, "--ratings", ratings(dir), "-o", out],
      };
    },
  ],
  [
    "close",
    async (dir, out) => {
      const file = await protect(await quarter(dir), SALES, PASSWORD);
      return { file, sheet: SALES, argv: ["close", file, "--as-of", "2026-03-31", "-o", out] };
    },
  ],
  [
    "collect",
    async (dir, out) => {
      const master = await generatedMaster(dir, "company,sales");
      const returned = await splitFileOf(master, dir);
      await protect(master, SALES, PASSWORD);
      return { file: master, sheet: SALES, argv: ["collect", master, returned, "-o", out] };
    },
  ],
  [
    "check --fix",
    async (dir, out) => {
      // A statement written as a list item, which --fix takes the marker off.
      const file = await quarter(dir);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(SALES)!;
      let marked = false;
      ws.eachRow((row) =>
        row.eachCell((cell, col) => {
          if (marked || col !== 4 || typeof cell.value !== "string") return;
          if (!/ /.test(cell.value) || row.getCell(2).value !== "Objective") return;
          cell.value = `- ${cell.value}`;
          marked = true;
        })
      );
      expect(marked).toBe(true);
      await wb.xlsx.writeFile(file);
      await protect(file, SALES, PASSWORD);
      return { file, sheet: SALES, argv: ["check", file, "--fix", "-o", out] };
    },
  ],
];

describe.each(REFUSALS)("okr %s, on a sheet protected with a password", (_, setup) => {
  it("refuses, naming the file and the sheet, in words that fit the command; writes nothing", async () => {
    const dir = fresh();
    const out = join(dir, "out.xlsx");
    const { file, sheet, argv } = await setup(dir, out);
    const run = await okr(...argv);
    expect(run.status).toBe(EXIT_UNUSABLE);
    const line = run.err.split("\n").find((l) => l.includes("protected with a password"));
    expect(line).toContain(`${file} [${sheet}]`);
    // No advice for one command only ("score with --protect").
    expect(run.err).not.toContain("--protect");
    expect(existsSync(out)).toBe(false);
  }, 60000);
});

describe("okr next, beside an old sheet protected with a password", () => {
  it("writes only the new sheets, so nothing is refused and the old sheet keeps its password", async () => {
    const dir = fresh();
    const file = await closedQuarter(dir, {
      templates: "sales",
      lang: "en",
      values: "ID,Current\nSALES-O1-KR3,20%\n",
      scores: "ID,Final score,What worked,What did not,Why,Lesson,Carry over\nSALES-O1,,,,,,yes\n",
    });
    await protect(file, SALES, PASSWORD);
    const out = join(dir, "q2.xlsx");
    const run = await okr("next", file, "--period", "2026-Q2", "-o", out);
    expect([run.status, run.err]).toEqual([0, ""]);
    expect(run.out).toContain("Sales 2026-Q2");
    expect(await protectionXml(out, SALES)).toEqual({ sheet: "1", password: LEGACY_HASH });
  }, 60000);
});

describe("okr score, on a sheet protected with a password", () => {
  it("prints the scores with --format json and no -o: nothing is written, nothing refused", async () => {
    const dir = fresh();
    const file = await protect(await quarter(dir), SALES, PASSWORD);
    const run = await okr("score", file, "--as-of", "2026-02-15", "--format", "json");
    expect([run.status, run.err]).toEqual([0, ""]);
    const scores = JSON.parse(run.out) as { sheets: { name: string }[] };
    expect(scores.sheets.map((s) => s.name)).toContain(SALES);
    // With -o it writes, and refuses.
    const out = join(dir, "scored.xlsx");
    const written = await okr("score", file, "--format", "json", "-o", out);
    expect(written.status).toBe(EXIT_UNUSABLE);
    expect(written.err).toContain(`${file} [${SALES}]`);
  }, 60000);

  it("names a sheet of a second workbook in that file, by its name there", async () => {
    const dir = fresh();
    const base = await quarter(dir);
    const second = await protect(base, SALES, PASSWORD, join(dir, "second.xlsx"));
    const out = join(dir, "scored.xlsx");
    const run = await okr("score", base, second, "--as-of", "2026-02-15", "-o", out);
    expect(run.status).toBe(EXIT_UNUSABLE);
    const line = run.err.split("\n").find((l) => l.includes("protected with a password"));
    expect(line).toContain(`${second} [${SALES}]`);
    expect(run.err).not.toContain(`${base} [`);
    expect(existsSync(out)).toBe(false);
  }, 60000);
});

/** A protection without a password, as Excel writes its defaults (objects and scenarios too). */
const OPEN_DEFAULTS = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';

describe("a rebuilt sheet protected without a password", () => {
  it("keeps its protection when Score rebuilds the Summary", async () => {
    const dir = fresh();
    const scored = join(dir, "scored.xlsx");
    expect(
      (await okr("score", await quarter(dir), "--as-of", "2026-02-15", "-o", scored)).status
    ).toBe(0);
    await protect(scored, "Summary", OPEN_DEFAULTS);
    const out = join(dir, "again.xlsx");
    const run = await okr("score", scored, "--as-of", "2026-02-20", "-o", out);
    expect([run.status, run.err]).toEqual([0, ""]);
    expect(await protectionXml(out, "Summary")).toEqual({
      sheet: "1",
      objects: "1",
      scenarios: "1",
    });
  }, 60000);

  it("keeps its protection when Review rebuilds the 360 Review", async () => {
    const dir = fresh();
    // Its ratings given again from the CSV: the Ratings sheet it wrote is left out.
    const wb = new ExcelJS.Workbook();
    const first = await reviewed(dir);
    await wb.xlsx.readFile(first);
    wb.removeWorksheet(wb.getWorksheet("Ratings")!.id);
    await wb.xlsx.writeFile(first);
    const file = await protect(first, "360 Review", OPEN_DEFAULTS);
    const out = join(dir, "again.xlsx");
    const run = await okr("review", file, "--ratings", ratings(dir), "-o", out);
    expect([run.status, run.err]).toEqual([0, ""]);
    expect(await protectionXml(out, "360 Review")).toEqual({
      sheet: "1",
      objects: "1",
      scenarios: "1",
    });
  }, 60000);

  it("keeps the master's protection when Collect replaces the sheet with the returned one", async () => {
    const dir = fresh();
    const master = await generatedMaster(dir, "company,sales");
    const returned = await splitFileOf(master, dir);
    await protect(master, SALES, '<sheetProtection sheet="1" formatCells="0"/>');
    const out = join(dir, "collected.xlsx");
    const run = await okr("collect", master, returned, "-o", out);
    expect(run.status).toBeLessThan(EXIT_UNUSABLE);
    expect(await protectionXml(out, SALES)).toEqual({ sheet: "1", formatCells: "0" });
  }, 60000);
});

describe("the formula lock in a file", () => {
  it("protects objects and scenarios, as the pane's lock (Excel's defaults) does, and again on a rescore", async () => {
    const dir = fresh();
    const locked = join(dir, "locked.xlsx");
    const q1 = await quarter(dir);
    expect(
      (await okr("score", q1, "--as-of", "2026-02-15", "--protect", "-o", locked)).status
    ).toBe(0);
    const lock = await protectionXml(locked, SALES);
    expect(lock).toMatchObject({ sheet: "1", objects: "1", scenarios: "1", insertRows: "0" });
    expect(lock).not.toHaveProperty("hashValue");
    // Locked again by a score without --protect: the same options, objects and scenarios kept.
    const again = join(dir, "again.xlsx");
    expect((await okr("score", locked, "--as-of", "2026-02-20", "-o", again)).status).toBe(0);
    expect(await protectionXml(again, SALES)).toEqual(lock);
  }, 60000);
});
