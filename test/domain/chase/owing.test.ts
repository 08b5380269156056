import { chase } from "../../../src/domain/chase/owing";
import {
  notReturned,
  roundFromRows,
  roundRows,
  sentRecordFromRows,
  sentRecordRows,
  withReturned,
  type SentRound,
} from "../../../src/domain/chase/sentRecord";
import { readActions } from "../../../src/domain/reading/actionsSheet";
import { readHistory } from "../../../src/domain/reading/historySheet";
import { actionsHeader } from "../../../src/domain/reading/actionsSheet";
import { historyHeader } from "../../../src/domain/reading/ownSheets";
import { parsePeriod } from "../../../src/domain/reading/period";
import { readSheet } from "../../../src/domain/reading/sheet";
import { headerRow } from "../../../src/domain/reading/columns";
import { chaseText } from "../../../src/domain/chase/report";
import type { CellValue } from "../../../src/domain/types";

const q1 = (() => {
  const p = parsePeriod("2026-Q1");
  if (!p.ok) throw new Error("period");
  return p.value;
})();

const cols = headerRow("en");
const row = (cells: Record<string, CellValue>) => cols.map((h) => cells[h] ?? null);
const sheet = readSheet(
  "Sales",
  [
    cols,
    row({ ID: "S-O1", Level: "Objective", Statement: "Win deals", Owner: "Dana" }),
    row({
      ID: "S-O1-KR1",
      Level: "Key result",
      Statement: "Grow ARR from 1 to 2",
      "KR type": "Metric",
    }),
    row({
      ID: "S-O1-KR2",
      Level: "Key result",
      Statement: "Cut cycle from 9 to 6",
      Owner: "Omar",
      "KR type": "Metric",
    }),
    row({ ID: "S-O2", Level: "Objective", Statement: "Hire well" }),
    row({ ID: "S-O2-KR1", Level: "Key result", Statement: "Fill 3 roles", "KR type": "Metric" }),
  ],
  { period: q1 }
);
const history = readHistory([
  historyHeader("en"),
  ["2026-02-10", "Sales", "S-O1-KR1", 1.5],
  ["2025-12-20", "Sales", "S-O1-KR2", 8], // last quarter: does not count for this one
]);
const h = actionsHeader("en");
const actionRow = (cells: Record<number, CellValue>) => h.map((_, i) => cells[i] ?? null);
const actions = readActions([
  h,
  actionRow({
    0: "S-O1-KR2",
    1: "Call the top ten accounts",
    2: "",
    3: "2026-02-01",
    4: "In progress",
  }),
  actionRow({ 0: "S-O1-KR2", 1: "Done already", 2: "Omar", 3: "2026-02-01", 4: "Done" }),
]);

describe("chase", () => {
  it("owes key results without a check-in within the cadence, per owner, with overdue actions", () => {
    const c = chase({
      sheets: [sheet],
      history,
      actions,
      cadence: 7,
      asOf: "2026-02-15",
      period: q1,
      record: null,
    });
    // Dana checked in five days ago; an action nobody owns is its key result's owner's.
    expect(
      c.owners.map((o) => [o.owner, o.krs.map((k) => k.id), o.actions.map((a) => a.action)])
    ).toEqual([
      ["Omar", ["S-O1-KR2"], ["Call the top ten accounts"]],
      ["", ["S-O2-KR1"], []],
    ]);
    expect(c.noOwner.map((o) => o.id)).toEqual(["S-O2"]);
    expect(chaseText(c, "en")).toContain(
      "Objectives without an owner:\n  S-O2 (Sales, row 5): Hire well"
    );
  });

  it("owes nothing before the first check-in is due (Not started), and a late check-in after a cadence", () => {
    const early = chase({
      sheets: [sheet],
      history: [],
      actions: [],
      cadence: 7,
      asOf: "2026-01-05",
      period: q1,
      record: null,
    });
    expect(early.owners).toEqual([]);
    const late = chase({
      sheets: [sheet],
      history,
      actions: [],
      cadence: 7,
      asOf: "2026-02-18",
      period: q1,
      record: null,
    });
    const dana = late.owners.find((o) => o.owner === "Dana")!;
    expect(dana.krs).toEqual([
      expect.objectContaining({ id: "S-O1-KR1", last: "2026-02-10", days: 8 }),
    ]);
  });
});

describe("the sent record", () => {
  const round: SentRound = {
    version: 1,
    sentOn: "2026-02-01",
    period: "2026-Q1",
    files: [
      { sheet: "Sales", file: "Sales.xlsx" },
      { sheet: "HR", file: "HR.xlsx" },
    ],
  };

  it("round-trips through rows and names the files of the latest round not back", () => {
    expect(roundFromRows(roundRows(round))).toEqual(round);
    const record = withReturned(null, round, "Sales", "2026-02-05");
    expect(sentRecordFromRows(sentRecordRows(record))).toEqual(record);
    expect(notReturned(record)).toEqual([{ sheet: "HR", file: "HR.xlsx", sentOn: "2026-02-01" }]);
    expect(notReturned(withReturned(record, round, "HR", "2026-02-06"))).toEqual([]);
    // A new round supersedes the old: both owed again.
    const again = withReturned(record, { ...round, sentOn: "2026-03-01" }, "HR", "2026-03-02");
    expect(notReturned(again).map((f) => f.sheet)).toEqual(["Sales"]);
    expect(roundFromRows([["okrSheets.round", "{not json"]])).toBeNull();
  });
});
