// `okr score` of a CSV with a stray line far below its table (issue #35): the table is laid out and
// styled as any CSV's, the stray cell is kept where it was (never dropped), and the rows between
// are not written at all. Styling every row down to a stray line 1,000,000 took 25 s and 1 GB,
// and writing only that one row far down hit ExcelJS's streaming writer's quadratic commit.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import { SPARE_ROWS, TABLE_HEADER_ROW } from "../../src/domain/plan/layout";

const CSV = readFileSync(join(__dirname, "../fixtures/shared/customer-success-en.csv"), "utf8")
  .trimEnd()
  .split("\n");

async function scored(strayLine: number) {
  const dir = mkdtempSync(join(tmpdir(), "okr-stray-csv-"));
  const file = join(dir, "plan.csv");
  const lines = [...CSV, ...new Array<string>(strayLine - 1 - CSV.length).fill(""), "x"];
  writeFileSync(file, `${lines.join("\n")}\n`);
  const out = join(dir, "out.xlsx");
  let err = "";
  const status = await run(["score", file, "-o", out], {
    out: () => undefined,
    err: (t) => (err += t),
    tty: false,
  });
  expect(status).toBe(0);
  // The CSV's sheet's rows as written (numbers of the <row> elements, and column A's of the last).
  const zip = await JSZip.loadAsync(readFileSync(out));
  const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const xml = await zip.file(sheets.sort().at(-1)!)!.async("string");
  const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
  return { rows, xml, err };
}

describe("okr score of a CSV with a stray line far below its table", () => {
  it("styles the table and its spare rows only, and keeps the stray cell at its row", async () => {
    const { rows, xml } = await scored(3_000);
    // The CSV's line n is the sheet's row n + TABLE_HEADER_ROW (the header block above it).
    const stray = 3_000 + TABLE_HEADER_ROW;
    const tableLast = CSV.length + TABLE_HEADER_ROW;
    expect(rows.at(-1)).toBe(stray);
    expect(rows.at(-2)).toBeLessThanOrEqual(tableLast + SPARE_ROWS + 2);
    expect(xml).toMatch(new RegExp(`<c r="A${stray}" t="s"><v>\\d+</v></c></row>`));
  });

  it("at line 1,000,000, in seconds", async () => {
    const { rows } = await scored(1_000_000);
    expect(rows.at(-1)).toBe(1_000_000 + TABLE_HEADER_ROW);
    expect(rows.length).toBeLessThan(200);
  }, 60_000);
});
