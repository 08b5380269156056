// Two people in one shared workbook (Excel on the web co-authoring) saving check-ins at the same
// time: two connections to one emulated workbook, their round trips interleaved (both read, then
// both write). Each history row of both must be there afterwards.
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { HISTORY_COL } from "../../src/domain/reading/ownSheets";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { saveCheckin } from "../../src/excel/checkin";
import { generateSheets } from "../../src/excel/generate";
import { valuesOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const SALES = "Sales 2026-Q1";
const HR = "HR 2026-Q1";

/** Lets round trips through in the order given ("A0" is A's first sync), the rest as they come. */
function turnstile(order: string[]) {
  let next = 0;
  const waiting: (() => void)[] = [];
  const wake = () => waiting.splice(0).forEach((go) => go());
  return {
    async pass<T>(id: string, sync: () => Promise<T>): Promise<T> {
      while (order.indexOf(id) > next) await new Promise<void>((go) => waiting.push(go));
      try {
        return await sync();
      } finally {
        if (order.indexOf(id) === next) next++;
        wake();
      }
    },
  };
}

/** A person's connection whose round trips wait for their turn. */
function person(excel: EmulatedExcel, name: string, gate: ReturnType<typeof turnstile>) {
  let syncs = 0;
  return {
    ...excel,
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
      excel.run((context) => {
        const sync = context.sync.bind(context);
        // office.js's Excel.run ends with sync(result), which hands the result through
        context.sync = ((value?: unknown) =>
          gate.pass(`${name}${syncs++}`, () => sync(value))) as typeof context.sync;
        return batch(context);
      }),
  };
}

async function sharedWorkbook(apiVersion?: string) {
  const first = createEmulatedExcel({ apiVersion });
  await generateSheets(first, {
    templates: ["sales", "hr"],
    lang: "en",
    period: Q1,
    asOf: "2026-02-15",
  });
  // a second person opens the same workbook: their own connection to it
  const second = createEmulatedExcel({ apiVersion, state: first.state });
  return { first, second };
}

/** The (sheet, KR, value) of every history row. */
function historyRows(excel: EmulatedExcel): string[] {
  return valuesOf(excel, "Check-ins")
    .slice(1)
    .map((r) => `${r[HISTORY_COL.sheet]} ${r[HISTORY_COL.krId]} ${r[HISTORY_COL.value]}`);
}

const saves = (a: EmulatedExcel, b: EmulatedExcel, date: string) =>
  Promise.all([
    saveCheckin(a, {
      sheet: SALES,
      date,
      lang: "en",
      entries: [{ id: "SALES-O1-KR1", value: 1_111_111 }],
    }),
    saveCheckin(b, { sheet: HR, date, lang: "en", entries: [{ id: "HR-O1-KR1", value: 42 }] }),
  ]);

describe("two check-ins saved at once in a shared workbook", () => {
  it("keep every history row of both when both read before either writes", async () => {
    const { first, second } = await sharedWorkbook();
    // an earlier check-in, so the history exists
    await saveCheckin(first, {
      sheet: SALES,
      date: "2026-02-01",
      lang: "en",
      entries: [{ id: "SALES-O1-KR2", value: 5 }],
    });
    const before = historyRows(first);
    const gate = turnstile(["A0", "B0", "A1", "B1"]);
    const [sales, hr] = await saves(
      person(first, "A", gate),
      person(second, "B", gate),
      "2026-02-10"
    );
    const after = historyRows(first);
    expect(after).toHaveLength(before.length + sales.recorded + hr.recorded);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toContain(`${SALES} SALES-O1-KR1 1111111`);
    expect(after).toContain(`${HR} HR-O1-KR1 42`);
    expect(after.filter((r) => r.startsWith(`${HR} `))).toHaveLength(hr.recorded);
    expect(after.filter((r) => r.startsWith(`${SALES} `))).toHaveLength(
      before.length + sales.recorded
    );
    // each row's own formulas read its own row, wherever it landed
    const sheet = first.state.findSheet("Check-ins")!;
    const formulas = first.state.readFormulas(sheet, {
      row: 1,
      col: HISTORY_COL.sinceStart,
      rows: after.length,
      cols: 1,
    });
    formulas.forEach(([f], i) => expect(String(f)).toMatch(new RegExp(`\\D${i + 2}\\b`)));
  });

  it("keep both when neither had a history sheet: the second starts over once, reading the first's", async () => {
    const { first, second } = await sharedWorkbook();
    const gate = turnstile(["A0", "B0", "A1", "B1"]);
    const [sales, hr] = await saves(
      person(first, "A", gate),
      person(second, "B", gate),
      "2026-02-10"
    );
    const after = historyRows(first);
    expect(first.state.sheets.filter((s) => s.name === "Check-ins")).toHaveLength(1);
    expect(after).toHaveLength(sales.recorded + hr.recorded);
    expect(after).toContain(`${SALES} SALES-O1-KR1 1111111`);
    expect(after).toContain(`${HR} HR-O1-KR1 42`);
  });
});
