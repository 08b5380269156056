// The lint A/B measure used under issue 21 (docs/PERFORMANCE.md, "Lint"): CPU microseconds per key
// result (process.cpuUsage, median of 9 runs after 3 warm-ups) at 10,000 realistic key results, and a
// SHA-256 of every finding, so a change that speeds lint up can show it changed no finding.
//
//   npx ts-node --transpile-only bench/lintCpu.ts [krs] [root]
//
// `root` (default: this checkout) is the tree whose src/domain is measured, e.g. an export of main
// (`git archive main src | tar -x -C /tmp/base`), so main and a branch alternate in one session
// on the same input (bench/lintInput.ts, always this checkout's).
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { cpuMs } from "./cpuTime";
import { realisticSheets } from "./lintInput";

const krs = Number(process.argv[2] ?? 10000);
const root = resolve(process.argv[3] ?? join(__dirname, ".."));
const { lintWorkbook } = require(join(root, "src/domain/rules/lint"));
const { readSheet } = require(join(root, "src/domain/reading/sheet"));
const { parsePeriod } = require(join(root, "src/domain/reading/period"));

const period = parsePeriod("2026-Q1");
const sheets = realisticSheets(krs);

function lintAll(): unknown[] {
  return lintWorkbook(
    sheets.map((table, n) => readSheet(`Bench ${n + 1}`, table, { period: period.value }))
  );
}

const findings = JSON.stringify(lintAll());
for (let i = 0; i < 2; i++) lintAll();
const times = Array.from({ length: 9 }, () => cpuMs(lintAll)).sort((a, b) => a - b);
const median = times[4];
const hash = createHash("sha256").update(findings).digest("hex");
console.log(
  `${root}: ${((median * 1000) / krs).toFixed(1)} µs CPU per KR (median ${median.toFixed(1)} ms, ` +
    `${times[0].toFixed(1)}–${times[8].toFixed(1)}), findings ${hash.slice(0, 16)} ` +
    `(${findings.length} bytes)`
);
