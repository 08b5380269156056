// The command line as people run it: each `okr` command a separate process, timed from start to exit
// by /usr/bin/time (wall seconds and the process's maximum resident memory), quoted as the median of
// several runs.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const TIME = "/usr/bin/time";

export interface ProcessFigure {
  seconds: number;
  maxRssMb: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Compiles the command line afresh, as `npm ci` and `npm run build` do: a stale lib/ would measure yesterday's code. */
export function buildCli(): void {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "inherit" });
}

/** Runs `node <args>` `runs` times, each a new process; the median wall time and max RSS. */
export function timeProcess(args: string[], runs: number): ProcessFigure {
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing: install the Debian package "time"`);
  const report = join(mkdtempSync(join(tmpdir(), "okr-time-")), "time.txt");
  const seconds: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(TIME, ["-f", "%e %M", "-o", report, process.execPath, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    const [wall, kb] = readFileSync(report, "utf8").trim().split(/\s+/).map(Number);
    seconds.push(wall);
    rss.push(kb / 1024);
  }
  return { seconds: median(seconds), maxRssMb: Math.round(median(rss)) };
}

/** `okr <args>` as a separate process (bin/okr-sheets.js, the compiled command line). */
export function timeOkr(args: string[], runs: number): ProcessFigure {
  return timeProcess([join(ROOT, "bin", "okr-sheets.js"), ...args], runs);
}
