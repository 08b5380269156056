// The shared fixture CSVs as tables (header row first), without their Expect column.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export const FIXTURES = join(__dirname, "..", "fixtures", "shared");

export function fixtureTables(): { name: string; rows: string[][] }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".csv"))
    .map((file) => {
      const rows: string[][] = parse(readFileSync(join(FIXTURES, file), "utf8"), { bom: true });
      const drop = rows[0].indexOf("Expect");
      return {
        name: file.replace(/\.csv$/, ""),
        rows: rows.map((r) => r.filter((_, i) => i !== drop)),
      };
    });
}
