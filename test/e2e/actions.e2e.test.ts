// The action counts in an independent engine: `okr score` writes the live open / done / overdue
// columns, LibreOffice recalculates the file, and each key result's counts equal the model's.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTION_COUNT_KEYS, countActions } from "../../src/domain/actions/counts";
import { LANGS } from "../../src/domain/types";
import { plannedWorkbook, scoredCounts } from "../support/actionsWorkbook";
import { okr } from "../support/cli";
import { recalculate } from "../support/libreoffice";

describe("action counts in LibreOffice equal the model's", () => {
  it.each(LANGS)(
    "open, done and overdue per key result as of the sheet's date (%s)",
    async (lang) => {
      const dir = mkdtempSync(join(tmpdir(), "okr-lo-actions-"));
      const planned = await plannedWorkbook(dir, lang);
      const scored = join(dir, "scored.xlsx");
      expect((await okr("score", planned, "--as-of", "2026-02-15", "-o", scored)).status).toBe(0);
      const { sheet, actions, cols } = await scoredCounts(scored, lang);

      const computed = recalculate(scored).get(sheet.name)!;
      const krs = sheet.objectives.flatMap((o) => o.keyResults);
      for (const kr of krs) {
        const shown = Object.fromEntries(
          ACTION_COUNT_KEYS.map((k, i) => [k, computed[kr.row - 1][cols[i]]])
        );
        expect(shown).toEqual(countActions(actions, kr.id, "2026-02-15"));
      }
      // KR1: two open (one overdue), one done in Chinese; KR2: one done.
      expect(cols.map((c) => computed[krs[0].row - 1][c])).toEqual([2, 1, 1]);
      expect(cols.map((c) => computed[krs[1].row - 1][c])).toEqual([0, 1, 0]);
    }
  );
});
