// The README's worked example ("On files, without Excel"), run through the command line in a new
// folder: two sheets made, one check-in, scored. Tests of the files it writes start from here.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { okr } from "./cli";

async function ok(...argv: string[]): Promise<void> {
  const r = await okr(...argv);
  if (r.status !== 0) throw new Error(`okr ${argv.join(" ")} failed (${r.status}): ${r.err}`);
}

/** The example's files: as made, after the week-6 check-in, scored as of 2026-02-15. */
export interface ReadmeFiles {
  dir: string;
  made: string;
  checkedIn: string;
  scored: string;
}

export async function readmeExample(): Promise<ReadmeFiles> {
  const dir = mkdtempSync(join(tmpdir(), "okr-readme-"));
  const at = (f: string) => join(dir, f);
  const files = {
    dir,
    made: at("q1.xlsx"),
    checkedIn: at("q1-week6.xlsx"),
    scored: at("q1-scored.xlsx"),
  };
  await ok(
    "new",
    "--template",
    "company,sales",
    "--lang",
    "en",
    "--period",
    "2026-Q1",
    "-o",
    files.made
  );
  writeFileSync(
    at("week6.csv"),
    'ID,Current,Confidence,Comment\nSALES-O1-KR1,"1,600,000",80%,two enterprise deals signed\n'
  );
  await ok(
    "checkin",
    files.made,
    "--date",
    "2026-02-10",
    "--values",
    at("week6.csv"),
    "-o",
    files.checkedIn
  );
  await ok("score", files.checkedIn, "--as-of", "2026-02-15", "-o", files.scored);
  return files;
}

/** The example's quarter closed and the next one started, as the README continues it. */
export interface ReadmeQ2 extends ReadmeFiles {
  closed: string;
  q2: string;
}

export async function readmeQ2(): Promise<ReadmeQ2> {
  const files = await readmeExample();
  const at = (f: string) => join(files.dir, f);
  writeFileSync(
    at("scores.csv"),
    "ID,Final score,What worked,What did not,Why,Lesson,Carry over\n" +
      "SALES-O1-KR1,0.6\nSALES-O1-KR2,30%\n" +
      "SALES-O1,,Two enterprise deals,Partner pipeline,Partners signed up in week 8,Enable partners in week 1,yes\n" +
      "SALES-O2,,New pricing page,,,,no\n"
  );
  const closed = at("q1-closed.xlsx");
  const q2 = at("q2.xlsx");
  await ok(
    "close",
    files.checkedIn,
    "--as-of",
    "2026-03-31",
    "--scores",
    at("scores.csv"),
    "-o",
    closed
  );
  await ok("next", closed, "--period", "2026-Q2", "-o", q2);
  return { ...files, closed, q2 };
}
