// "Close period" and "Start next period" in Excel (emulated): the form suggests scores from
// progress, saving writes scores, review text and the scores as of the closing date in one batch of
// a fixed number of round trips however many rows, and the next period's sheets go beside the old.
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS } from "../../src/domain/reading/columns";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { ACTION_COUNT_COLUMNS, ACTION_COUNT_KEYS } from "../../src/domain/actions/counts";
import { addAction } from "../../src/excel/actions";
import { closeIsOpen, readCloseForm, saveClose, startNextPeriod } from "../../src/excel/close";
import { generateSheets } from "../../src/excel/generate";
import { valuesOf } from "../support/emulatorRead";

const period = (p: string) => (parsePeriod(p) as { ok: true; value: Period }).value;
const Q1 = period("2026-Q1");
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

async function workbook(templates: string[]) {
  const excel = createEmulatedExcel();
  await generateSheets(excel, {
    templates: templates as never,
    lang: "en",
    period: Q1,
    asOf: "2026-03-25",
  });
  return excel;
}

/** Sales for Q1, closed at its end with one objective marked to carry over. */
async function closedCarrying(objective: string) {
  const excel = await workbook(["sales"]);
  await saveClose(excel, {
    asOf: "2026-03-31",
    today: "2026-03-31",
    lang: "en",
    entries: [{ id: objective, carry: "yes" }],
  });
  return excel;
}

describe("Close period in Excel (emulated)", () => {
  it("opens in the period's last two weeks and after it", () => {
    expect(closeIsOpen(Q1, "2026-03-17")).toBe(false);
    expect(closeIsOpen(Q1, "2026-03-18")).toBe(true);
    expect(closeIsOpen(Q1, "2026-04-10")).toBe(true);
  });

  it("suggests scores from progress, saves scores and review in one batch, and grades with them", async () => {
    const excel = await workbook(["sales"]);
    const form = await readCloseForm(excel);
    expect([form.period?.label, form.asOf]).toEqual(["2026-Q1", "2026-03-25"]);
    const o1 = form.objectives[0];
    expect(o1.id).toBe("SALES-O1");
    expect(o1.keyResults.map((k) => [k.id, k.suggested, k.finalScore])).toEqual([
      ["SALES-O1-KR1", 0, null],
      ["SALES-O1-KR2", 0, null],
      ["SALES-O1-KR3", 0, null],
    ]);
    const before = excel.runs.length;
    const result = await saveClose(excel, {
      asOf: "2026-03-31",
      today: "2026-03-31",
      lang: "en",
      entries: [
        { id: "SALES-O1-KR1", score: 1 },
        { id: "SALES-O1-KR2", score: "80%" },
        { id: "SALES-O1", text: { worked: "Enterprise deals" }, carry: "yes" },
      ],
    });
    expect(result).toMatchObject({ problems: [], reviewSheet: "Review", scored: 2 });
    // One read, then one write batch.
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    const sales = valuesOf(excel, "Sales 2026-Q1");
    expect([
      sales[7][col("finalScore")],
      sales[7][col("progress")],
      sales[7][col("status")],
    ]).toEqual([1, 1, "Achieved"]);
    // SALES-O1: 40 % × 1 + 30 % × 0.8 + 30 % × 0.
    expect(sales[6][col("progress")]).toBeCloseTo(0.64, 9);
    const review = valuesOf(excel, "Review");
    expect(review[3].slice(0, 7)).toEqual([
      "Sales 2026-Q1",
      "SALES-O1",
      expect.any(String),
      "Head of Sales",
      expect.closeTo(0.64, 9),
      "Missed",
      "Enterprise deals",
    ]);
    expect(review[3][10]).toBe("Yes");
    // The form reads back what was saved.
    const again = await readCloseForm(excel);
    expect(again.objectives[0].keyResults[1].finalScore).toBe(0.8);
    expect(again.objectives[0].review).toMatchObject({ worked: "Enterprise deals", carry: true });
  });

  it("takes the same number of round trips for many more rows, and refuses bad input writing nothing", async () => {
    const excel = await workbook(["company", "sales", "finance", "hr", "marketing", "product"]);
    const form = await readCloseForm(excel);
    const entries = form.objectives.flatMap((o) =>
      o.keyResults.map((k) => ({ id: k.id, score: 0.5 }))
    );
    expect(entries.length).toBeGreaterThan(30);
    const before = excel.runs.length;
    await saveClose(excel, { asOf: "2026-03-31", today: "2026-03-31", lang: "zh-CN", entries });
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    expect(valuesOf(excel, "复盘")[0][0]).toBe("期末复盘 — 2026-Q1");

    const bad = await saveClose(excel, {
      asOf: "2026-03-31",
      today: "2026-03-31",
      lang: "en",
      entries: [{ id: "SALES-O1-KR1", score: 1.5 }],
    });
    expect(bad.problems).toEqual([{ kind: "bad-score", id: "SALES-O1-KR1", value: "1.5" }]);
    expect(valuesOf(excel, "Sales 2026-Q1")[7][col("finalScore")]).toBe(0.5);
  });

  it("starts the next period beside the old sheets, with unique names and IDs, in one batch", async () => {
    const excel = await closedCarrying("SALES-O2");
    const before = excel.runs.length;
    const result = await startNextPeriod(excel, {
      period: period("2026-Q2"),
      carry: "marked",
      lang: "en",
    });
    expect(result).toMatchObject({ problems: [], sheets: ["Sales 2026-Q2"] });
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    const q2 = valuesOf(excel, "Sales 2026-Q2");
    expect(q2[4][0]).toBe("Closed in 2026-Q1: SALES-O1, SALES-O3");
    expect(
      q2
        .slice(6)
        .map((r) => r[col("id")])
        .filter(Boolean)
    ).toEqual(["SALES-26Q2-O1", "SALES-26Q2-O1-KR1", "SALES-26Q2-O1-KR2"]);
    expect(valuesOf(excel, "Sales 2026-Q1")[6][col("id")]).toBe("SALES-O1");
    // Once the workbook has Q2 sheets, Q2 is no next period for them.
    const twice = await startNextPeriod(excel, {
      period: period("2026-Q2"),
      carry: "marked",
      lang: "en",
    });
    expect(twice.problems).toEqual([
      { kind: "not-after", sheet: "Sales 2026-Q2", period: "2026-Q2", end: "2026-06-30" },
    ]);
  });

  it("gives the next period's sheets live action counts, as New sheet does", async () => {
    const excel = await closedCarrying("SALES-O1");
    await startNextPeriod(excel, { period: period("2026-Q2"), carry: "marked", lang: "en" });
    const header = valuesOf(excel, "Sales 2026-Q2")[5];
    const cols = ACTION_COUNT_KEYS.map((k) => header.indexOf(ACTION_COUNT_COLUMNS[k].en));
    expect(cols.every((c) => c > col("notes"))).toBe(true);
    const counts = (id: string) => {
      const row = valuesOf(excel, "Sales 2026-Q2").find((r) => r[col("id")] === id)!;
      return cols.map((c) => row[c]);
    };
    expect(counts("SALES-26Q2-O1-KR1")).toEqual([0, 0, 0]);
    // An action planned for the new period counts at once: open, and overdue as of 2026-04-01.
    await addAction(excel, {
      sheet: "Actions",
      lang: "en",
      action: {
        krId: "SALES-26Q2-O1-KR1",
        action: "Kick-off with the account leads",
        owner: "Dana",
        due: "2026-03-31",
        measures: false,
      },
    });
    expect(counts("SALES-26Q2-O1-KR1")).toEqual([1, 0, 1]);
    expect(counts("SALES-26Q2-O1-KR2")).toEqual([0, 0, 0]);
  });
});
