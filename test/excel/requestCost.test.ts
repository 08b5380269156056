// The cost model the writes are batched by (src/excel/batching.ts), checked against office.js's
// own serializer: each kind of write of real plans is queued on a real office.js request context
// and the bytes office.js sends are compared with what the model said.
import { createEmulatedExcel } from "../../emulator";
import { planCheckin } from "../../src/domain/checkins/plan";
import { mergeSettings } from "../../src/domain/rules/settings";
import { planGenerate } from "../../src/domain/newSheet/generate";
import { planScore } from "../../src/domain/score/scoreWorkbook";
import { parsePeriod } from "../../src/domain/reading/period";
import { readSheet } from "../../src/domain/reading/sheet";
import { planWrites } from "../../src/excel/applyPlan";
import { requestCost, type Write, type WriteTarget } from "../../src/excel/batching";
import { unmarkWrites } from "../../src/excel/marks";
import { krRowsSheet } from "../support/bigSheet";

const period = parsePeriod("2026-Q1");
const Q1 = period.ok ? period.value : (null as never);
const host = { run: async () => undefined as never, isSetSupported: () => true };

/** The sheets the writes reach (filled by writesByKind). */
const sheetsReached: string[] = [];

/** The writes of a score, a new sheet in Chinese, a check-in and an unmark, by kind. */
function writesByKind(): Map<string, Write[]> {
  const left = { skipped: new Set<never>(), untabled: [] as string[] };
  const rows = krRowsSheet(400);
  const sheet = { sheet: readSheet("Bench", rows), rows };
  const score = planScore([sheet], {
    asOf: "2026-02-15",
    checkedOn: "2026-02-15",
    lang: "en",
    settings: mergeSettings(undefined),
  });
  const generated = planGenerate({
    templates: ["sales", "hr", "finance"],
    lang: "zh-CN",
    period: Q1,
    asOf: "2026-02-15",
    existingSheets: [],
  });
  const checkin = planCheckin({
    sheet,
    history: null,
    existingSheets: ["Bench"],
    date: "2026-02-15",
    entries: [{ id: "B-O1-KR1", value: 150, confidence: 0.7, comment: "进展顺利" }],
    lang: "en",
  });
  const writes = [
    ...score.plans.map((p) => ({ ...p, create: false, replace: false })),
    ...generated.plans,
    ...checkin.plans.map((p) => ({ ...p, create: false })),
  ].flatMap((plan) => planWrites(plan, host, undefined, left));
  writes.push(
    ...unmarkWrites(
      Array.from({ length: 300 }, (_, i) => ({
        sheet: "Bench",
        cell: `D${i + 2}`,
        fill: i % 2 ? "#FFFFFF" : "#C6EFCE",
      })),
      ["Bench"]
    )
  );
  // every sheet the writes reach, a chart's data on another sheet included
  sheetsReached.push(
    ...new Set([
      ...writes.flatMap((w) => (w.sheet ? [w.sheet] : [])),
      ...score.plans.flatMap((p) =>
        p.charts.flatMap((c) => (c.sourceSheet ? [c.sourceSheet] : []))
      ),
    ])
  );
  const kinds = new Map<string, Write[]>();
  for (const w of writes)
    if (w.kind !== "add sheet") kinds.set(w.kind, [...(kinds.get(w.kind) ?? []), w]);
  return kinds;
}

/**
 * The bytes office.js sends for these writes (the request's own envelope taken off, and what
 * `before` sends: the writes they need first, as a chart for its bars' colours), at ids of
 * `digits` digits: office.js numbers every path and action of a run, so late in a long run every
 * id is longer.
 */
async function sent(
  writes: readonly Write[],
  digits: number,
  before: readonly Write[] = []
): Promise<number> {
  const sheets = sheetsReached;
  const measure = async (queued: readonly Write[]) => {
    const excel = createEmulatedExcel({ platform: "desktop", sheets });
    let bytes = 0;
    await excel.run(async (context) => {
      // office.js's own id counter, moved on as a long run would have moved it
      const counter = context as unknown as { _nextId: () => number };
      while (String(counter._nextId()).length < digits);
      excel.host!.recorded = [];
      const handles = new Map<string, Excel.Worksheet>();
      const at: WriteTarget = {
        context,
        sheet: (name) => {
          if (!handles.has(name)) handles.set(name, context.workbook.worksheets.getItem(name));
          return handles.get(name)!;
        },
        added: (name, ws) => handles.set(name, ws),
      };
      for (const w of [...before, ...queued]) w.queue(at);
      await context.sync();
      bytes = excel.host!.recorded[0].bytes;
    });
    return bytes;
  };
  return (await measure(writes)) - (await measure([]));
}

describe("the request cost model, against office.js's own requests", () => {
  const kinds = writesByKind();

  it("covers every kind of write the add-in makes", () => {
    expect([...kinds.keys()].sort()).toEqual([
      "bar colours",
      "chart",
      "column width",
      "conditional format",
      "dropdown",
      "fill",
      "filter",
      "format",
      "freeze",
      "hidden column",
      "mark",
      "number formats",
      "position",
      "print setup",
      "row height",
      "setting",
      "values",
    ]);
  });

  it.each([...kinds.keys()])(
    "%s: never under what office.js sends late in a long run, and close to it",
    async (kind) => {
      const writes = kinds.get(kind)!;
      // a bar's colour is set on a chart the request has added
      const before = kind === "bar colours" ? kinds.get("chart")! : [];
      const estimate = requestCost(writes);
      // six-digit ids (a run of 100,000 objects): the model holds
      expect(estimate).toBeGreaterThanOrEqual(await sent(writes, 6, before));
      // seven digits: a budget of 4 MiB still stays under 5,000,000 bytes
      expect(await sent(writes, 7, before)).toBeLessThanOrEqual(estimate * 1.1);
      // early in a run (small ids) it over-counts by at most a third: requests stay well filled
      expect(estimate).toBeLessThanOrEqual((await sent(writes, 1, before)) * 1.35);
    }
  );
});
