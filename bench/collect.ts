// `okr collect` at the scale of a large company: a master of 500 department sheets of 20 key
// results (10,000 KRs) split into 500 files and collected back. Each collect runs in a child
// process so its max RSS is its own; collecting 50 and 500 of the files into the same master shows
// whether memory grows with the number of files (it should not: they are read one at a time).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { run as cli } from "../src/cli/main";
import { krRowsSheet } from "../test/support/bigSheet";
import { writeSheetsXlsx } from "../test/support/xlsxFile";

const quiet = { out: () => undefined, err: (t: string) => process.stderr.write(t), tty: false };

/** A master of `sheets` department sheets of `krs` key results each, split into dir/split. */
async function prepare(
  dir: string,
  sheets: number,
  krs: number
): Promise<{ master: string; split: string }> {
  const master = join(dir, "collect-master.xlsx");
  await writeSheetsXlsx(
    master,
    Array.from({ length: sheets }, (_, i) => {
      const dept = `D${String(i + 1).padStart(3, "0")}`;
      const rows = krRowsSheet(krs).map((r) => r.map((c) => c.replace(/^B-O/, `${dept}-O`)));
      return { name: `Dept ${dept}`, rows: [["Period", "2026-Q1"], ...rows] };
    })
  );
  const split = join(dir, "collect-split");
  if ((await cli(["split", master, "-o", split, "--force"], quiet)) !== 0)
    throw new Error("okr split failed");
  return { master, split };
}

/** One collect in a child process: seconds and max RSS (MB). */
function collectChild(
  master: string,
  folder: string,
  out: string
): { seconds: number; rssMb: number } {
  const text = execFileSync(
    process.execPath,
    ["-r", "ts-node/register", __filename, "--child", master, folder, out],
    {
      env: {
        ...process.env,
        TS_NODE_TRANSPILE_ONLY: "true",
        TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs","moduleResolution":"node"}',
      },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  return JSON.parse(text.trim().split("\n").pop()!);
}

/** collect_500_files_s and the max RSS of collecting 50 and 500 of the files into the same master. */
export async function benchCollect(dir: string, files = 500, krs = 20) {
  const { master, split } = await prepare(dir, files, krs);
  const few = join(dir, "collect-few");
  mkdirSync(few, { recursive: true });
  for (const name of readdirSync(split).slice(0, Math.max(1, Math.round(files / 10))))
    symlinkSync(join(split, name), join(few, name));
  const small = collectChild(master, few, join(dir, "collect-few.xlsx"));
  const all = collectChild(master, split, join(dir, "collect-all.xlsx"));
  return {
    collect_500_files_s: Number(all.seconds.toFixed(2)),
    collect_500_files_max_rss_mb: Math.round(all.rssMb),
    collect_50_files_max_rss_mb: Math.round(small.rssMb),
  };
}

async function child(master: string, folder: string, out: string) {
  const start = performance.now();
  const status = await cli(["collect", master, folder, "-o", out, "--force"], quiet);
  if (status !== 0) throw new Error(`okr collect exited ${status}`);
  const seconds = (performance.now() - start) / 1000;
  console.log(JSON.stringify({ seconds, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

if (require.main === module && process.argv[2] === "--child")
  child(process.argv[3], process.argv[4], process.argv[5]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
