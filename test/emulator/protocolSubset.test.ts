// The part of office.js's RichApi protocol the add-in's operations send, as the emulated host sees it,
// is the part docs/EXCEL-FIDELITY.md lists ("What the add-in sends"): a member the add-in starts to
// send fails here until the page names it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createEmulatedExcel } from "../../emulator";
import { ActionType, PathType } from "../../emulator/wire/protocol";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { checkWorkbook } from "../../src/excel/check";
import { readCheckinForm, saveCheckin } from "../../src/excel/checkin";
import { generateSheets } from "../../src/excel/generate";
import { markFindings } from "../../src/excel/marks";
import { scoreWorkbookInExcel } from "../../src/excel/score";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

/** The protocol section of the page: names in backticks. */
function documentedNames(): Set<string> {
  const page = readFileSync(join(__dirname, "../../docs/EXCEL-FIDELITY.md"), "utf8");
  const from = page.indexOf("## Office.js on the wire");
  const to = page.indexOf("\n## ", from + 1);
  const section = page.slice(from, to < 0 ? undefined : to);
  return new Set([...section.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1].split(/[\s,]+/)));
}

describe("the protocol subset the add-in speaks", () => {
  it("is the one docs/EXCEL-FIDELITY.md lists: every path, action and loaded property by name", async () => {
    const excel = createEmulatedExcel();
    excel.host!.recorded = [];
    // New sheet, Check (with its marks), Score and Check-in: every operation kind of the pane
    await generateSheets(excel, {
      templates: ["company", "sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-02-15",
    });
    const { findings } = await checkWorkbook(excel, "all", { period: Q1 });
    await markFindings(excel, findings);
    await scoreWorkbookInExcel(excel, {
      asOf: "2026-02-15",
      checkedOn: "2026-02-15",
      lang: "en",
    });
    const form = await readCheckinForm(excel);
    await saveCheckin(excel, {
      sheet: form.sheet,
      date: "2026-02-15",
      lang: "en",
      entries: form.keyResults.map((kr) => ({ id: kr.id, value: 150 })),
    });
    const sent = new Set<string>();
    const kinds = new Set<number>();
    for (const request of excel.host!.recorded) {
      for (const path of Object.values(request.body!.ObjectPaths)) {
        kinds.add(path.ObjectPathType);
        if (path.Name) sent.add(path.Name);
      }
      for (const action of request.body!.Actions) {
        kinds.add(100 + action.ActionType);
        if (action.Name) sent.add(action.Name);
        for (const property of action.QueryInfo?.Select ?? []) sent.add(property);
      }
    }
    const documented = documentedNames();
    expect([...sent].filter((name) => !documented.has(name)).sort()).toEqual([]);
    // only the path and action types the page says the host serves
    const served = [
      ...[PathType.global, PathType.method, PathType.property, PathType.indexer],
      ...[PathType.referenceId, PathType.nullObject],
      ...[ActionType.instantiate, ActionType.query, ActionType.method].map((t) => 100 + t),
      ...[ActionType.setProperty, ActionType.trace].map((t) => 100 + t),
    ];
    expect([...kinds].filter((k) => !served.includes(k as never))).toEqual([]);
  }, 120_000);
});
