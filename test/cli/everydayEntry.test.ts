// Numbers and dates as people type them, on the command line (issue 36): the same readers as the
// pane (domain/reading numbers.ts, dates.ts). A values file's "1.6m", "$1.6M" and "160万" are
// 1,600,000; --date takes 2026/2/15 anywhere and 15/02/2026 where the locale (LANG) is en-GB, and
// refuses a date that could be either way round, naming both days.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { worksheetRows } from "../../src/cli/input";
import { cliLocale } from "../../src/cli/options";
import { COLUMNS } from "../../src/domain/reading/columns";
import { okr } from "../support/cli";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_TIME: process.env.LC_TIME };
function locale(lang: string | undefined) {
  delete process.env.LC_ALL;
  delete process.env.LC_TIME;
  if (lang === undefined) delete process.env.LANG;
  else process.env.LANG = lang;
}
afterEach(() => {
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

async function checkIn(date: string, values: string) {
  const dir = mkdtempSync(join(tmpdir(), "okr-entry-"));
  const file = join(dir, "q1.xlsx");
  await okr("new", "--template", "sales", "--period", "2026-Q1", "-o", file);
  writeFileSync(join(dir, "v.csv"), values);
  const out = join(dir, "c.xlsx");
  const result = await okr(
    "checkin",
    file,
    "--date",
    date,
    "--values",
    join(dir, "v.csv"),
    "-o",
    out
  );
  return { result, out };
}

async function rows(file: string, sheet: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return worksheetRows(wb.getWorksheet(sheet)!);
}

describe("everyday entry on the command line", () => {
  it("reads 1.6m, $1.6M and 160万 in a values file, and --date 2026/2/15", async () => {
    locale("C.UTF-8");
    const { result, out } = await checkIn(
      "2026/2/15",
      'ID,Current\nSALES-O1-KR1,1.6m\nSALES-O1-KR2,"$1.6M"\nSALES-O2-KR1,160万\n'
    );
    expect([result.status, result.err]).toEqual([0, ""]);
    expect(result.out).toContain("2026-02-15");
    const sales = await rows(out, "Sales 2026-Q1");
    const current = (id: string) => sales.find((r) => r[col("id")] === id)![col("current")];
    expect(["SALES-O1-KR1", "SALES-O1-KR2", "SALES-O2-KR1"].map(current)).toEqual([
      1_600_000, 1_600_000, 1_600_000,
    ]);
  });

  it("reads --date 15/02/2026 day first in en-GB", async () => {
    locale("en_GB.UTF-8");
    expect(cliLocale()).toBe("en-GB");
    const { result } = await checkIn("15/02/2026", "ID,Current\nSALES-O1-KR1,1.6m\n");
    expect([result.status, result.err]).toEqual([0, ""]);
    expect(result.out).toContain("2026-02-15");
  });

  it("refuses a date that could be either day, naming both, and writes nothing", async () => {
    locale("zh_CN.UTF-8");
    const { result } = await checkIn("03/04/2026", "ID,Current\nSALES-O1-KR1,1.6m\n");
    expect(result.status).not.toBe(0);
    expect(result.err).toContain(
      "“03/04/2026” could be either day (2026-04-03 / 2026-03-04); write it as yyyy-mm-dd"
    );
  });

  it("takes the locale from LC_ALL, LC_TIME, then LANG, and US English without one", () => {
    expect(cliLocale({ LANG: "en_GB.UTF-8", LC_TIME: "de_DE.UTF-8" })).toBe("de-DE");
    expect(cliLocale({ LC_ALL: "en_US.UTF-8", LANG: "en_GB.UTF-8" })).toBe("en-US");
    expect(cliLocale({ LANG: "C" })).toBe("en-US");
    expect(cliLocale({})).toBe("en-US");
  });
});
