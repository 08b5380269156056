// A CSV's own columns (the user's notes beside the table, with or without a header) travel into
// the scored workbook beside the table, and the product's columns never overwrite them.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { worksheetRows } from "../../src/cli/input";
import { headerRow } from "../../src/domain/reading/columns";
import { okr } from "../support/cli";
import { rowOf } from "../support/okrRows";
import { loadXlsx } from "../support/split";

it("keeps a CSV's extra columns, headed or not, beside the scored table", async () => {
  const dir = mkdtempSync(join(tmpdir(), "okr-extra-"));
  const rows = [
    [...headerRow("en"), "My notes", ""],
    [
      ...rowOf({ id: "P-O1", level: "Objective", statement: "Win retail", owner: "Lin" }),
      "ask Bo",
      "aside 1",
    ],
    [
      ...rowOf({
        id: "P-O1-KR1",
        level: "Key result",
        statement: "Raise revenue from 1 to 2 million",
        owner: "Lin",
        krType: "Metric",
        start: 1,
        target: 2,
        current: 1.5,
      }),
      "",
      "aside 2",
    ],
  ];
  const csv = join(dir, "plan.csv");
  writeFileSync(csv, rows.map((r) => r.map((c) => c ?? "").join(",")).join("\n"));
  const out = join(dir, "o.xlsx");
  const result = await okr("score", csv, "--period", "2026-Q1", "-o", out);
  expect(result.status).toBeLessThan(2);
  const cells = worksheetRows((await loadXlsx(out)).getWorksheet("plan")!).flat();
  for (const kept of ["My notes", "ask Bo", "aside 1", "aside 2"]) expect(cells).toContain(kept);
});
