// Writes whose own request would pass Excel on the web's 5 MB are cut into pieces by their cost in
// office.js's request (src/excel/applyPlan.ts), so no piece is refused and nothing is left
// unwritten: sent through the real office.js client to the emulated workbook in its web
// configuration, which refuses any request over 5,000,000 bytes of what office.js sends.
import { createEmulatedExcel, WEB_PAYLOAD_LIMIT_BYTES } from "../../emulator";
import { emptyPlan, PROGRESS_AXIS, type SheetPlan } from "../../src/domain/plan/types";
import { applyPlans } from "../../src/excel/applyPlan";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/batching";

/** Writes the plan in the web configuration; the requests office.js sent (syncs only). */
async function written(plan: SheetPlan) {
  const excel = createEmulatedExcel({ platform: "web" });
  excel.host!.recorded = [];
  await excel.run((context) => applyPlans(context, excel, [plan]));
  const requests = excel.host!.recorded.filter((r) => !r.cleanup);
  return { excel, requests, run: excel.runs[0] };
}

/** Every request under 5 MB and none refused; together more than one request could carry. */
function expectBanded({ requests, run }: Awaited<ReturnType<typeof written>>) {
  const total = requests.reduce((n, r) => n + r.bytes, 0);
  expect(total).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
  expect(run.refusedRequests + run.refusedResponses).toBe(0);
  for (const r of requests) expect(r.bytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
  // one round trip per 4 MB of real request (the model over-counts by at most a third)
  expect(requests.length).toBeGreaterThan(1);
  expect(requests.length).toBeLessThanOrEqual(Math.ceil(total / (REQUEST_BUDGET_BYTES / 1.35)));
}

describe("a write larger than one request of Excel on the web", () => {
  it("a range of 6 MB of text is written in bands of rows, every cell in its place", async () => {
    const rows = 3_000;
    const text = (r: number, c: number) => `${r}:${c} ${"x".repeat(490)}`;
    const plan = emptyPlan("Big", true);
    plan.blocks.push({
      row: 0,
      col: 0,
      values: Array.from({ length: rows }, (_, r) => [0, 1, 2, 3].map((c) => text(r, c))),
    });
    const sent = await written(plan);
    expectBanded(sent);
    const { excel } = sent;
    const sheet = excel.state.findSheet("Big")!;
    const cells = excel.state.readValues(sheet, { row: 0, col: 0, rows, cols: 4 });
    expect(cells.every((line, r) => line.every((v, c) => v === text(r, c)))).toBe(true);
  }, 120_000);

  it("a chart of 8,000 coloured bars gets its colours in bands, every bar coloured", async () => {
    // about 700 bytes a bar in office.js's request: 8,000 bars pass 5 MB in one
    const bars = 8_000;
    const plan = emptyPlan("Chart", true);
    plan.blocks.push({
      row: 0,
      col: 0,
      values: [
        ["Objective", "Progress"],
        ...Array.from({ length: bars }, (_, i) => [`O${i + 1}`, (i % 100) / 100]),
      ],
    });
    const colour = (i: number) => ({
      fill: `#${(i % 0xffffff).toString(16).padStart(6, "0").toUpperCase()}`,
      line: "#404040",
    });
    plan.charts.push({
      type: "column",
      title: "Progress",
      source: { row: 0, col: 0, rows: bars + 1, cols: 2 },
      at: { row: 0, col: 3, rows: 20, cols: 10 },
      axis: PROGRESS_AXIS,
      labels: true,
      colours: Array.from({ length: bars }, (_, i) => colour(i)),
    });
    const sent = await written(plan);
    expectBanded(sent);
    const [chart] = sent.excel.state.findSheet("Chart")!.charts;
    expect(chart.points).toHaveLength(bars);
    expect(
      chart.points.every(
        (p, i) => p.fill?.toUpperCase() === colour(i).fill && p.border?.toUpperCase() === "#404040"
      )
    ).toBe(true);
  }, 120_000);
});
