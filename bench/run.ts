// `npm run bench`: measures what users feel and writes bench/results.json (git-ignored): round trips
// and request sizes of every Office.js operation in office.js's own bytes (bench/wire.ts), lint throughput, the pane's bundle and first render,
// LibreOffice's recalculation of a scored workbook and the command line twin scoring 10,000 rows.
// `npm run bench -- --quick` runs every section at small sizes, once each, with no budgets and
// without touching results.json: `.ci/run` runs it, so a benchmark that no longer runs fails CI.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COLUMNS } from "../src/domain/reading/columns";
import { lintWorkbook } from "../src/domain/rules/lint";
import { parsePeriod } from "../src/domain/reading/period";
import { readSheet } from "../src/domain/reading/sheet";
import { buildPreview, launch, serve } from "../test/e2e/support/browser";
import { cpuMs } from "./cpuTime";
import { realisticSheets } from "./lintInput";
import { buildCli, timeOkr, timeProcess, type ProcessFigure } from "./processes";
import { krRowsSheet as rows } from "../test/support/bigSheet";
import { benchCollect } from "./collect";
import { mergeFigures } from "./mergeFigures";
import { checkPlanningRow, measureCheckPlanning } from "./checkPlanning";
import { measureCollect, measureReview } from "./scale";
import { TEMPLATE_ANCHOR_KB, addinFirstRenderMs, buildPane, paneBytes } from "./pane";
// The linter's word classes, read on first use (the pane loads them as a chunk: lintLinguistics.ts).
import "../src/domain/text/wordClassesNode";
import { accuracyRows } from "./lintAccuracy";
import { linguisticChunkBytes, linguisticChunkRow } from "./lintLinguistics";
import { measureWire, wireRows, WIRE_SIZES, type WireFigure } from "./wire";

const ROOT = join(__dirname, "..");
const period = parsePeriod("2026-Q1");
const Q1 = period.ok ? period.value : null;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median CPU milliseconds to read and lint `krs` realistic key results (bench/lintInput.ts). */
function timeLint(krs: number, repeats: number): number {
  const sheets = realisticSheets(krs);
  const times: number[] = [];
  for (let i = 0; i < repeats; i++)
    times.push(
      cpuMs(() =>
        lintWorkbook(sheets.map((table, n) => readSheet(`Bench ${n + 1}`, table, { period: Q1 })))
      )
    );
  return Math.round(median(times) * 10) / 10;
}

/**
 * The Intl.Segmenter anchor: CPU microseconds per key result to segment every Chinese statement of
 * the same input once, whole (word granularity). Lint segments less: the first words of objectives,
 * and of key results that hold an activity verb somewhere.
 */
function segmenterFloorUs(krs: number): number {
  const statements = realisticSheets(krs)
    .flatMap((t) => t.slice(1).map((r) => r[COLUMNS.findIndex((c) => c.key === "statement")]))
    .filter((text) => /[\u4e00-\u9fff]/.test(text));
  const zh = new Intl.Segmenter("zh", { granularity: "word" });
  const times: number[] = [];
  for (let i = 0; i < 5; i++)
    times.push(
      cpuMs(() => {
        for (const text of statements) for (const _ of zh.segment(text)) void _;
      })
    );
  return Math.round((median(times) * 1000 * 10) / krs) / 10;
}

/** How big and how often each section measures: the full run, or `--quick` (small, once each). */
const QUICK = process.argv.includes("--quick");
const SCALE = QUICK
  ? {
      lint: [100, 200, 400],
      lintRuns: 1,
      cli: [40, 100],
      cliRuns: [1, 1],
      big: 400,
      collect: { files: 5, krs: 4 },
      scale: { people: 100, krs: 400 },
      renders: { addin: 1, preview: 1 },
      // one small workbook per Office.js operation: the full sizes take many minutes
      wire: { score: [100], checkin: [100], marks: [100], "new sheet": [100], collect: [100] },
    }
  : {
      lint: [1000, 10000, 100000],
      lintRuns: 9,
      cli: [1000, 10000],
      cliRuns: [5, 3],
      big: 100000,
      collect: { files: 500, krs: 20 },
      scale: { people: 10000, krs: 100000 },
      renders: { addin: 7, preview: 6 },
      wire: WIRE_SIZES,
    };
/**
 * `--only=score,checkin`: the Office.js operations to measure (`new-sheet` for New sheet), each at
 * its sizes; every operation without it. The whole set takes long on a busy machine, so its parts
 * can run side by side.
 */
function onlyOps(sizes: typeof WIRE_SIZES): typeof WIRE_SIZES {
  const flag = process.argv.find((a) => a.startsWith("--only="));
  if (!flag) return sizes;
  const wanted = flag
    .slice("--only=".length)
    .split(",")
    .map((op) => op.replace("-", " "));
  const unknown = wanted.filter((op) => !(op in sizes));
  if (unknown.length) throw new Error(`--only: no operation ${unknown.join(", ")}`);
  return Object.fromEntries(
    Object.entries(sizes).filter(([op]) => wanted.includes(op))
  ) as typeof WIRE_SIZES;
}

/** 10000 → "10k" */
const short = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
/** A figure against its budget; the quick run has none (its sizes are too small to judge). */
const ok = (pass: boolean) => (QUICK ? "—" : pass ? "pass" : "FAIL");

/** Office.js's figures as results.json holds them: per operation and size, in office.js's bytes. */
function wireFigures(wire: Awaited<ReturnType<typeof measureWire>>) {
  const per = (key: keyof WireFigure) =>
    Object.fromEntries(
      Object.entries(wire).map(([op, sizes]) => [
        op,
        Object.fromEntries(Object.entries(sizes).map(([n, f]) => [n, f[key]])),
      ])
    );
  return {
    syncs: per("syncs"),
    requests: per("requests"),
    largest_request_bytes: per("largest_request_bytes"),
    largest_response_bytes: per("largest_response_bytes"),
  };
}

function printTable(table: [string, string, string, string][]): void {
  const width = [40, 26, 16, 6];
  for (const row of [["measure", "figure", "budget", "result"], ...table]) {
    console.log(row.map((cell, i) => cell.padEnd(width[i])).join(" "));
  }
}

/** A CSV of `krs` key-result rows in `dir`. */
function benchCsv(krs: number, dir: string): string {
  const csv = join(dir, `bench-${krs}.csv`);
  writeFileSync(
    csv,
    rows(krs)
      .map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(","))
      .join("\n")
  );
  return csv;
}

/**
 * A Viva-Goals-style export of `krs` key results (four under each objective), as `okr import`
 * reads it: the layout of test/fixtures/import/viva-goals-export.csv.
 */
function vivaCsv(krs: number, dir: string): string {
  const csv = join(dir, `viva-${krs}.csv`);
  const lines = [
    "Title,Object type,Owner,Parent,Start value,Target value,Current value,Progress,Status,End date,Time period",
  ];
  for (let k = 0; k < krs; k++) {
    const o = Math.floor(k / 4) + 1;
    if (k % 4 === 0)
      lines.push(`Grow segment ${o},Objective,Owner ${o % 50},,,,,40%,On track,2026-03-31,Q1 2026`);
    const unit = k % 3 === 0 ? "%" : "";
    lines.push(
      `Raise metric ${k} from 10 to 20,Key Result,Owner ${o % 50},Grow segment ${o},10${unit},20${unit},${10 + (k % 11)}${unit},${(k % 11) * 10}%,On track,2026-03-31,Q1 2026`
    );
  }
  writeFileSync(csv, `${lines.join("\n")}\n`);
  return csv;
}

/**
 * The command line as separate processes, start to exit (median of `runs`): templates, check and
 * score of `krs` rows, and the ExcelJS floor (read + write of the scored workbook) in the same run;
 * and `okr import` of a Viva-Goals-style export of as many key results.
 */
function measureCli(krs: number, dir: string, runs: number) {
  const csv = benchCsv(krs, dir);
  const out = join(dir, `bench-${krs}.xlsx`);
  const templates = timeOkr(["templates"], runs);
  const check = timeOkr(["check", csv, "--period", "2026-Q1", "--format", "json"], runs);
  const score = timeOkr(
    ["score", csv, "--period", "2026-Q1", "--as-of", "2026-02-15", "-o", out, "--force"],
    runs
  );
  const floor = timeProcess(
    [join(ROOT, "bench", "exceljs-floor.js"), out, join(dir, `floor-${krs}.xlsx`)],
    runs
  );
  const viva = vivaCsv(krs, dir);
  const imported = timeOkr(
    ["import", viva, "--period", "2026-Q1", "-o", join(dir, `imported-${krs}.xlsx`), "--force"],
    runs
  );
  return { templates, check, score, floor, out, imported };
}

/**
 * `okr score` on 100,000 key results as one process: its maximum resident memory against the 1 GB
 * budget (one run: it takes a minute or two on the shared machine, and memory barely varies).
 */
function measureScore100k(dir: string): ProcessFigure {
  const csv = benchCsv(SCALE.big, dir);
  const out = join(dir, `bench-${SCALE.big}.xlsx`);
  return timeOkr(
    ["score", csv, "--period", "2026-Q1", "--as-of", "2026-02-15", "-o", out, "--force"],
    1
  );
}

function score100kRow(f: ProcessFigure): [string, string, string, string] {
  return [
    `okr score ${short(SCALE.big)} KR rows, max RSS (process)`,
    `${f.maxRssMb} MB (${f.seconds.toFixed(1)} s)`,
    "< 1024 MB",
    ok(f.maxRssMb < 1024),
  ];
}

/** Issue 35's scale: `okr review` of 10,000 people and `okr collect` of a 100,000-KR returned sheet. */
async function measureScale(dir: string) {
  const review = await measureReview(dir, SCALE.scale.people);
  const { collect, split } = await measureCollect(dir, SCALE.scale.krs);
  return { review, collect, split };
}

function scaleRows(
  f: Awaited<ReturnType<typeof measureScale>>
): [string, string, string, string][] {
  const within = (p: ProcessFigure) => ok(p.seconds < 30 && p.maxRssMb < 1024);
  const { people, krs } = SCALE.scale;
  return [
    [
      `okr review ${short(people)} people (process)`,
      fig(f.review),
      "< 30 s, < 1 GB",
      within(f.review),
    ],
    [
      `okr collect ${short(krs)} KR rows, 1 file (process)`,
      fig(f.collect),
      "< 30 s, < 1 GB",
      within(f.collect),
    ],
    [`okr split ${short(krs)} KR rows (its input)`, fig(f.split), "—", ""],
  ];
}

const fig = (f: ProcessFigure) => `${f.seconds.toFixed(2)} s, ${f.maxRssMb} MB`;

/** The command line's lines of the benchmark's table. */
function cliRows(
  c1k: ReturnType<typeof measureCli>,
  c10k: ReturnType<typeof measureCli>
): [string, string, string, string][] {
  const ratio = c10k.score.seconds / c10k.floor.seconds;
  const [small, big] = SCALE.cli.map(short);
  return [
    [
      "okr templates (process, median)",
      fig(c10k.templates),
      "< 0.5 s, < 80 MB",
      ok(c10k.templates.seconds < 0.5 && c10k.templates.maxRssMb < 80),
    ],
    [
      `okr check ${small} / ${big} KR rows (process)`,
      `${fig(c1k.check)} / ${fig(c10k.check)}`,
      "—",
      "",
    ],
    [
      `okr score ${small} / ${big} KR rows (process)`,
      `${fig(c1k.score)} / ${fig(c10k.score)}`,
      "—",
      "",
    ],
    [
      `anchor: ExcelJS read+write ${small} / ${big}`,
      `${fig(c1k.floor)} / ${fig(c10k.floor)}`,
      "anchor",
      "",
    ],
    [
      `okr score ${big} ÷ ExcelJS floor ${big}`,
      `${ratio.toFixed(2)}×`,
      "≤ 1.15×",
      ok(ratio <= 1.15),
    ],
    [
      `okr import ${small} / ${big} Viva rows (process)`,
      `${fig(c1k.imported)} / ${fig(c10k.imported)}`,
      "—",
      "",
    ],
    [
      `okr import ${big} ÷ okr score ${big}`,
      `${(c10k.imported.seconds / c10k.score.seconds).toFixed(2)}×`,
      "≤ 1.5×",
      ok(c10k.imported.seconds / c10k.score.seconds <= 1.5),
    ],
  ];
}

/** LibreOffice recalculating a scored workbook (seconds, including its start-up). */
function recalcSeconds(xlsx: string, dir: string): number {
  const start = performance.now();
  execFileSync(join(ROOT, "tools", "xlsx-recalc"), [xlsx, join(dir, "recalc")], { stdio: "pipe" });
  return (performance.now() - start) / 1000;
}

/**
 * Median milliseconds from navigation to the pane's first render (its host notice on screen) in
 * headless Chromium, preview served from local files, no network.
 */
async function firstRenderMs(runs: number): Promise<number> {
  const server = await serve(buildPreview());
  const browser = await launch();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/preview.html`);
      await page.getByTestId("host-notice").waitFor();
      // performance.now() counts from the navigation's start
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    // the first load warms the browser's caches (the quick run's single load is all there is)
    return Math.round(median(times.length > 1 ? times.slice(1) : times));
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The pane's figures: bundle bytes (gzip) and first renders (ms, medians). */
async function measurePane() {
  // the quick run judges nothing, so it may reuse the build CI has just made (`npm run build`)
  if (!QUICK || !existsSync(join(ROOT, "dist", "taskpane.html"))) buildPane();
  const bytes = paneBytes();
  const { addin, preview } = SCALE.renders;
  return {
    bytes,
    addinMs: await addinFirstRenderMs(addin),
    previewMs: await firstRenderMs(preview),
  };
}

/** The pane's figures as results.json holds them. */
function paneFigures(p: Awaited<ReturnType<typeof measurePane>>) {
  return {
    bundle_gzip_bytes: p.bytes.initial,
    pane_lazy_chunks_gzip_bytes: p.bytes.lazy,
    first_render_addin_ms: p.addinMs,
    first_render_ms: p.previewMs,
  };
}

/** The pane's lines of the benchmark's table. */
function paneRows(p: Awaited<ReturnType<typeof measurePane>>): [string, string, string, string][] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    [
      "pane initial JS+CSS, gzip (lazy places)",
      `${kb(p.bytes.initial)} (${kb(p.bytes.lazy)})`,
      "≤ 100 KB",
      ok(p.bytes.initial <= 100 * 1024),
    ],
    [
      "anchor: MS React template, gzip",
      `${TEMPLATE_ANCHOR_KB.all} KB / ${TEMPLATE_ANCHOR_KB.withoutPolyfills} KB no polyfills`,
      "anchor",
      "",
    ],
    ["first render, add-in page (ms, median)", String(p.addinMs), "< 500 ms", ok(p.addinMs < 500)],
    [
      "first render in Chromium, preview (ms)",
      String(p.previewMs),
      "< 1000 ms",
      ok(p.previewMs < 1000),
    ],
  ];
}

/** The linter's lines of the benchmark's table. */
function lintRows(
  l1k: number,
  l10k: number,
  l100k: number,
  segmenterUs: number
): [string, string, string, string][] {
  const perKr = (ms: number, krs: number) => ((ms * 1000) / krs).toFixed(1);
  const [, mid] = SCALE.lint;
  return [
    [
      `lint ${SCALE.lint.map(short).join(" / ")} KRs (CPU ms)`,
      `${l1k} / ${l10k} / ${l100k}`,
      "—",
      "",
    ],
    [
      `lint CPU µs per KR at ${short(mid)}`,
      perKr(l10k, mid),
      "≤ 15 µs",
      ok((l10k * 1000) / mid <= 15),
    ],
    ["anchor: Intl.Segmenter CPU µs per KR", String(segmenterUs), "anchor", ""],
    [
      `lint growth ${SCALE.lint.map(short).join("→")}`,
      `${(l10k / l1k).toFixed(1)}× / ${(l100k / l10k).toFixed(1)}×`,
      "≈ 10× (linear)",
      ok(l100k / l10k < 13),
    ],
  ];
}

/** The command line's figures as results.json holds them. */
function cliFigures(c1k: ReturnType<typeof measureCli>, c10k: ReturnType<typeof measureCli>) {
  const figures = (c: ReturnType<typeof measureCli>) => ({
    templates: c.templates,
    check: c.check,
    score: c.score,
    exceljs_floor: c.floor,
    import: c.imported,
  });
  return {
    "1k": figures(c1k),
    "10k": figures(c10k),
    score_over_floor_10k: c10k.score.seconds / c10k.floor.seconds,
    import_over_score_10k: c10k.imported.seconds / c10k.score.seconds,
  };
}

/** Merges some figures into bench/results.json, keeping the others from earlier runs (results.ts). */
function mergeResults(figures: Record<string, unknown>): void {
  const file = join(ROOT, "bench", "results.json");
  const earlier = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  writeFileSync(file, `${JSON.stringify(mergeFigures(earlier, figures), null, 2)}\n`);
}

async function main() {
  if (process.argv.includes("--lint")) {
    // `npm run bench -- --lint`: only the lint figures, for work on the linter.
    timeLint(10000, 3);
    const [l1k, l10k, l100k] = [timeLint(1000, 9), timeLint(10000, 9), timeLint(100000, 3)];
    printTable([...lintRows(l1k, l10k, l100k, segmenterFloorUs(10000)), ...accuracyRows()]);
    return;
  }
  if (process.argv.includes("--accuracy")) {
    // `npm run bench -- --accuracy`: the wording rules against a coach on published OKRs.
    printTable(accuracyRows());
    return;
  }
  if (process.argv.includes("--cli")) {
    // `npm run bench -- --cli`: only the command line's figures, merged into results.json.
    buildCli();
    const dir = mkdtempSync(join(tmpdir(), "okr-bench-"));
    const c1k = measureCli(1000, dir, 5);
    const c10k = measureCli(10000, dir, 3);
    const s100k = measureScore100k(dir);
    const planning = await measureCheckPlanning(c10k.out, 10000, 3);
    const scale = await measureScale(dir);
    mergeResults({
      cli: { ...cliFigures(c1k, c10k), score_100k: s100k, check_planning: planning, scale },
    });
    printTable([
      ...cliRows(c1k, c10k),
      checkPlanningRow(planning),
      score100kRow(s100k),
      ...scaleRows(scale),
    ]);
    return;
  }
  if (process.argv.includes("--check-planning")) {
    // `npm run bench -- --check-planning`: what planning Score's cells costs okr check on a scored
    // workbook of 10,000 key results (the figure the CLI section shows).
    buildCli();
    const dir = mkdtempSync(join(tmpdir(), "okr-bench-"));
    const krs = SCALE.cli[1];
    const out = join(dir, `bench-${krs}.xlsx`);
    timeOkr(
      ["score", benchCsv(krs, dir), "--period", "2026-Q1", "--as-of", "2026-02-15", "-o", out],
      1
    );
    const planning = await measureCheckPlanning(out, krs, SCALE.cliRuns[1]);
    printTable([checkPlanningRow(planning)]);
    return;
  }
  if (process.argv.includes("--pane")) {
    // `npm run bench -- --pane`: only the task pane's figures, merged into results.json.
    const pane = await measurePane();
    const chunk = linguisticChunkBytes();
    mergeResults({ ...paneFigures(pane), lint_linguistic_chunk_gzip_bytes: chunk });
    printTable([...paneRows(pane), linguisticChunkRow(chunk)]);
    return;
  }
  const wire = await measureWire(onlyOps(SCALE.wire));
  if (process.argv.includes("--wire") || process.argv.includes("--round-trips")) {
    // `npm run bench -- --wire`: only the Office.js figures (office.js's own bytes), merged into
    // results.json.
    mergeResults(wireFigures(wire));
    printTable(wireRows(wire));
    return;
  }
  const [lintSmall, lintMid, lintBig] = SCALE.lint;
  timeLint(lintMid, 3); // warm-up: the first runs compile the rules and load ICU's segmentation data
  const lint1k = timeLint(lintSmall, SCALE.lintRuns);
  const lint10k = timeLint(lintMid, SCALE.lintRuns);
  const lint100k = timeLint(lintBig, Math.min(3, SCALE.lintRuns));
  const segmenterUs = segmenterFloorUs(lintMid);
  buildCli();
  const dir = mkdtempSync(join(tmpdir(), "okr-bench-"));
  const cli1k = measureCli(SCALE.cli[0], dir, SCALE.cliRuns[0]);
  const cli10k = measureCli(SCALE.cli[1], dir, SCALE.cliRuns[1]);
  const score100k = measureScore100k(dir);
  const planning = await measureCheckPlanning(cli10k.out, SCALE.cli[1], SCALE.cliRuns[1]);
  const scale = await measureScale(dir);
  const collect = await benchCollect(dir, SCALE.collect.files, SCALE.collect.krs);
  const recalc1k = recalcSeconds(cli1k.out, dir);
  const recalc10k = recalcSeconds(cli10k.out, dir);
  const pane = await measurePane();
  const linguisticChunk = linguisticChunkBytes();
  const round = (x: number, digits = 2) => Number(x.toFixed(digits));
  const results = {
    machine: {
      cpus: require("node:os").cpus().length,
      cpu: require("node:os").cpus()[0]?.model,
      node: process.version,
      date: new Date().toISOString(),
    },
    ...wireFigures(wire),
    lint_1k_ms: lint1k,
    lint_10k_ms: lint10k,
    lint_100k_ms: lint100k,
    lint_us_per_kr_10k: Math.round((lint10k * 1000 * 10) / 10000) / 10,
    segmenter_floor_us_per_kr: segmenterUs,
    ...paneFigures(pane),
    lint_linguistic_chunk_gzip_bytes: linguisticChunk,
    recalc_1k_s: round(recalc1k),
    recalc_10k_s: round(recalc10k),
    cli: { ...cliFigures(cli1k, cli10k), score_100k: score100k, check_planning: planning, scale },
    ...collect,
  };
  if (!QUICK) {
    mkdirSync(join(ROOT, "bench"), { recursive: true });
    writeFileSync(join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  }

  const growth = (small: number, big: number) => `${(big / small).toFixed(1)}×`;
  const files = SCALE.collect.files;
  const few = Math.max(1, Math.round(files / 10)); // as bench/collect.ts picks them
  const [cliSmall, cliBig] = SCALE.cli.map(short);
  const table: [string, string, string, string][] = [
    ...wireRows(wire),
    ...lintRows(lint1k, lint10k, lint100k, segmenterUs),
    ...paneRows(pane),
    linguisticChunkRow(linguisticChunk),
    ...accuracyRows(),
    ...cliRows(cli1k, cli10k),
    checkPlanningRow(planning),
    score100kRow(score100k),
    ...scaleRows(scale),
    [
      `okr collect ${files} files × ${SCALE.collect.krs} KRs (s) / max RSS ${few} → ${files} files (MB)`,
      `${collect.collect_500_files_s} / ${collect.collect_50_files_max_rss_mb} → ${collect.collect_500_files_max_rss_mb}`,
      "≤ 1.5× okr score 10k; RSS flat",
      ok(collect.collect_500_files_s <= 1.5 * cli10k.score.seconds),
    ],
    [
      `LibreOffice recalc ${cliSmall} / ${cliBig} KR rows (s)`,
      `${round(recalc1k)} / ${round(recalc10k)}`,
      "≈ 10× (linear)",
      `${growth(recalc1k, recalc10k)}`,
    ],
  ];
  printTable(table);
  console.log(
    "\nLibreOffice's figure includes its start-up (about a second); see docs/PERFORMANCE.md."
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
