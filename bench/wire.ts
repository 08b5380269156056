// Office.js as the wire sees it: each operation of the pane run through the real office.js client
// (Excel on the web's excel-web-16.00 build, in jsdom) against the emulated workbook in its web
// configuration, on one sheet of 1,000 and 10,000 key results (Score also 50,000; Collect brings
// back a file `okr split` made of such a sheet, in place of the sheet). Reported per
// operation: round trips (the syncs the pane waits for), every request office.js sent (its
// release of kept objects after a run included), and the largest request and response in the
// bytes office.js sends and receives, beside Excel on the web's 5 MB. `npm run bench -- --wire`.
import {
  createEmulatedExcel,
  useOfficeJs,
  WEB_PAYLOAD_LIMIT_BYTES,
  type RunStats,
} from "../emulator";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { officeJsInJsdom } from "../emulator/wire/jsdom";
import { run as cli } from "../src/cli/main";
import { COLUMNS } from "../src/domain/reading/columns";
import { parsePeriod } from "../src/domain/reading/period";
import { checkWorkbook } from "../src/excel/check";
import { applyCollect, previewCollect, toBase64 } from "../src/excel/collect";
import { readCheckinForm, saveCheckin } from "../src/excel/checkin";
import { generateSheets } from "../src/excel/generate";
import { markFindings } from "../src/excel/marks";
import { scoreWorkbookInExcel } from "../src/excel/score";
import { checkXlsx, parseXlsx } from "../src/taskpane/xlsxInPane";
import { krRowsSheet } from "../test/support/bigSheet";
import { writeSheetsXlsx } from "../test/support/xlsxFile";

const period = parsePeriod("2026-Q1");
const Q1 = period.ok ? period.value : null;

export type WireOp = "score" | "checkin" | "marks" | "new sheet" | "collect";

export interface WireFigure {
  /** Round trips the operation waited for. */
  syncs: number;
  /** Requests office.js sent, its release of kept objects after each run included. */
  requests: number;
  largest_request_bytes: number;
  largest_response_bytes: number;
  /** Requests and responses Excel on the web would have refused (over 5 MB). */
  refused: number;
}

/** A workbook of `krs` key results on one sheet, as a person typed it (written straight in). */
function workbook(krs: number, statement?: (row: string[]) => string) {
  const excel = createEmulatedExcel({ platform: "web" });
  const table = krRowsSheet(krs);
  const text = COLUMNS.findIndex((c) => c.key === "statement");
  if (statement)
    for (const row of table.slice(1)) if (row[1] === "Key result") row[text] = statement(row);
  const sheet = excel.state.addSheet("Bench");
  excel.state.writeValues(
    sheet,
    { row: 0, col: 0, rows: table.length, cols: table[0].length },
    table
  );
  excel.state.activeSheetId = sheet.id;
  return excel;
}

function figure(runs: RunStats[]): WireFigure {
  return {
    syncs: runs.reduce((n, r) => n + r.syncs, 0),
    requests: runs.reduce((n, r) => n + r.requests, 0),
    largest_request_bytes: Math.max(0, ...runs.map((r) => r.maxRequestBytes)),
    largest_response_bytes: Math.max(0, ...runs.map((r) => r.maxResponseBytes)),
    refused: runs.reduce((n, r) => n + r.refusedRequests + r.refusedResponses, 0),
  };
}

/**
 * Collect on the web: a master of one sheet of `krs` key results, opened in Excel (inserted, as
 * Excel would open the file), the file `okr split` made of it brought back (preview: the file
 * inserted into hidden sheets and compared; apply: the sheet replaced, history merged, scored).
 */
async function measureCollect(krs: number): Promise<WireFigure> {
  const dir = mkdtempSync(join(tmpdir(), "okr-wire-collect-"));
  try {
    const master = join(dir, "master.xlsx");
    await writeSheetsXlsx(master, [
      { name: "Bench", rows: [["Period", "2026-Q1"], ...krRowsSheet(krs)] },
    ]);
    const split = join(dir, "split");
    mkdirSync(split);
    const quiet = {
      out: () => undefined,
      err: (t: string) => void process.stderr.write(t),
      tty: false,
    };
    if ((await cli(["split", master, "-o", split, "--force"], quiet)) !== 0)
      throw new Error("okr split failed");
    const [name] = readdirSync(split).filter((f) => f.endsWith(".xlsx"));
    const file = { name, bytes: new Uint8Array(readFileSync(join(split, name))) };
    // the master as Excel opens it (no size limit on opening a file)
    const loader = createEmulatedExcel({ platform: "desktop" });
    await loader.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(toBase64(new Uint8Array(readFileSync(master))));
      await context.sync();
    });
    const excel = createEmulatedExcel({ platform: "web", state: loader.state });
    const preview = await previewCollect(excel, [file], {
      strict: false,
      parse: parseXlsx,
      check: checkXlsx,
      unreadable: (error) => String(error),
    });
    if (preview.used.length !== 1) throw new Error("Collect did not use the returned file");
    await applyCollect(excel, preview, { lang: "en", today: "2026-02-15", asOf: "2026-02-15" });
    return figure(excel.runs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One operation on `krs` key results, through office.js. */
export async function measureWireOp(op: WireOp, krs: number): Promise<WireFigure> {
  if (op === "collect") return measureCollect(krs);
  if (op === "new sheet") {
    // Sales has 7 key results: as many Sales sheets as it takes to reach the size.
    const excel = createEmulatedExcel({ platform: "web" });
    await generateSheets(excel, {
      templates: new Array(Math.max(1, Math.round(krs / 7))).fill("sales"),
      lang: "en",
      period: Q1!,
      asOf: "2026-02-15",
    });
    return figure(excel.runs);
  }
  if (op === "marks") {
    // every key result's statement without a number: one marked cell each (KR-NO-NUMBER)
    const excel = workbook(krs, () => "Grow qualified pipeline");
    const { findings } = await checkWorkbook(excel, "all", { period: Q1 });
    const from = excel.runs.length;
    await markFindings(excel, findings);
    return figure(excel.runs.slice(from));
  }
  const excel = workbook(krs);
  if (op === "score")
    await scoreWorkbookInExcel(excel, { asOf: "2026-02-15", checkedOn: "2026-02-15", lang: "en" });
  if (op === "checkin") {
    const form = await readCheckinForm(excel);
    await saveCheckin(excel, {
      sheet: form.sheet,
      date: "2026-02-15",
      lang: "en",
      entries: form.keyResults.map((kr) => ({ id: kr.id, value: 150 })),
    });
  }
  return figure(excel.runs);
}

/** The operations and sizes the benchmark runs (Score also at 50,000 rows). */
export const WIRE_SIZES: Record<WireOp, number[]> = {
  score: [1000, 10000, 50000],
  checkin: [1000, 10000],
  marks: [1000, 10000],
  "new sheet": [1000, 10000],
  collect: [1000, 10000],
};

export async function measureWire(
  sizes: Record<WireOp, number[]> = WIRE_SIZES
): Promise<Record<WireOp, Record<number, WireFigure>>> {
  useOfficeJs(() => officeJsInJsdom());
  const out = {} as Record<WireOp, Record<number, WireFigure>>;
  for (const op of Object.keys(sizes) as WireOp[]) {
    out[op] = {};
    for (const krs of sizes[op]) {
      const started = Date.now();
      out[op][krs] = await measureWireOp(op, krs);
      // progress on stderr: the whole set takes minutes
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stderr.write(
        `wire: ${op} ${krs} KR rows, ${seconds} s, ${JSON.stringify(out[op][krs])}\n`
      );
    }
  }
  useOfficeJs(null);
  return out;
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/** The benchmark table's lines: per operation and size, beside Excel on the web's limit. */
export function wireRows(
  figures: Record<WireOp, Record<number, WireFigure>>
): [string, string, string, string][] {
  const rows: [string, string, string, string][] = [];
  for (const [op, bySize] of Object.entries(figures))
    for (const [krs, f] of Object.entries(bySize)) {
      const k = Number(krs) >= 1000 ? `${Number(krs) / 1000}k` : krs;
      rows.push([
        `${op} ${k} KR rows: round trips (requests)`,
        `${f.syncs} (${f.requests})`,
        "1 more per 4 MB",
        "",
      ]);
      rows.push([
        `${op} ${k}: largest request / response`,
        `${mb(f.largest_request_bytes)} / ${mb(f.largest_response_bytes)}`,
        "< 5 MB each",
        f.refused === 0 &&
        f.largest_request_bytes < WEB_PAYLOAD_LIMIT_BYTES &&
        f.largest_response_bytes < WEB_PAYLOAD_LIMIT_BYTES
          ? "pass"
          : "FAIL",
      ]);
    }
  return rows;
}
