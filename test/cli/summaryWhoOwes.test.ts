// The Summary's "Who owes an update" section (issue 33): on the details sheet, as of the Summary's
// date, the list `okr chase` prints — per owner what is owed, the objectives without an owner and
// the files not returned — so leadership reads it on paper as well as in Excel.
import { join } from "node:path";
import { CHASE_TEXT } from "../../src/domain/chase/report";
import { format } from "../../src/domain/reading/i18n";
import { readmeExample } from "../support/readmeExample";
import { loadXlsx } from "../support/split";
import { okr } from "../support/cli";

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** The details sheet's rows as text (a row without cells is undefined). */
async function detailsRows(file: string): Promise<string[][]> {
  const wb = await loadXlsx(file);
  const details = wb.getWorksheet("Summary details")!;
  const rows: string[][] = [];
  details.eachRow((row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1).map(text);
  });
  return rows;
}

describe("the Summary's Who owes section", () => {
  it("lists, on the details sheet, what okr chase lists for the README's workbook after its one-row check-in", async () => {
    const files = await readmeExample();
    const rows = await detailsRows(files.scored);
    const at = rows.findIndex((r) =>
      r?.[0]?.startsWith(
        format(CHASE_TEXT.title.en, { period: "2026-Q1, ", asOf: "2026-02-15", cadence: 7 })
      )
    );
    expect(at).toBeGreaterThan(0);
    // A row per owner under its header: the same counts `okr chase` gives for the same day.
    const chased = await okr("chase", files.checkedIn, "--as-of", "2026-02-15", "--format", "json");
    const owners = (
      JSON.parse(chased.out) as {
        owners: { owner: string; krs: { days: number }[]; actions: unknown[] }[];
      }
    ).owners;
    expect(rows[at + 1]).toEqual([
      "Owner",
      CHASE_TEXT.krsOwed.en,
      CHASE_TEXT.actionsOwed.en,
      CHASE_TEXT.longest.en,
    ]);
    expect(rows.slice(at + 2, at + 2 + owners.length)).toEqual(
      owners.map((o) => [
        o.owner,
        String(o.krs.length),
        String(o.actions.length),
        String(Math.max(...o.krs.map((k) => k.days))),
      ])
    );
    // SALES-O1-KR1 was checked in on 2026-02-10: Head of Sales owes the other six of seven.
    expect(owners.map((o) => [o.owner, o.krs.length])).toEqual([
      ["CEO", 8],
      ["Head of Sales", 6],
    ]);
  });

  it("says so when nobody owes anything (before the first check-in is due)", async () => {
    const files = await readmeExample();
    const early = join(files.dir, "early.xlsx");
    const scored = await okr("score", files.made, "--as-of", "2026-01-03", "-o", early);
    expect(scored.status).toBe(0);
    const rows = await detailsRows(early);
    const at = rows.findIndex((r) => r?.[0]?.startsWith(CHASE_TEXT.title.en.split(" —")[0]));
    expect(at).toBeGreaterThan(0);
    expect(rows[at + 1]?.[0]).toBe(CHASE_TEXT.nobody.en);
  });
});
