// A quarter run through to its end for the closing tests: sheets made, one check-in, closed with a
// scores CSV (`okr new` → `okr checkin` → `okr close`), each step required to succeed.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { okr } from "./cli";

export async function closedQuarter(
  dir: string,
  o: { templates: string; lang: string; values: string; scores: string }
): Promise<string> {
  const step = async (...argv: string[]) => {
    const result = await okr(...argv);
    if (result.status !== 0) throw new Error(`okr ${argv[0]} failed: ${result.err}`);
  };
  const file = (name: string) => join(dir, name);
  await step(
    "new",
    "--template",
    o.templates,
    "--lang",
    o.lang,
    "--period",
    "2026-Q1",
    "-o",
    file("q1.xlsx")
  );
  writeFileSync(file("values.csv"), o.values);
  await step(
    "checkin",
    file("q1.xlsx"),
    "--date",
    "2026-03-20",
    "--values",
    file("values.csv"),
    "-o",
    file("week.xlsx")
  );
  writeFileSync(file("scores.csv"), o.scores);
  await step(
    "close",
    file("week.xlsx"),
    "--as-of",
    "2026-03-31",
    "--scores",
    file("scores.csv"),
    "--lang",
    o.lang,
    "-o",
    file("closed.xlsx")
  );
  return file("closed.xlsx");
}
