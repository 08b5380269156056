/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Node's export conditions: ExcelJS, which the place loads to build the files, needs uuid's
// CommonJS build (the browser one is an ES module Jest does not transform); webpack bundles the
// browser build for the pane.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import {
  isSentRecordSheet,
  notReturned,
  sentRecordFromRows,
} from "../../src/domain/chase/sentRecord";
import { format } from "../../src/domain/reading/i18n";
import { parsePeriod } from "../../src/domain/reading/period";
import { LANGS, type Lang, type Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { SplitPanel } from "../../src/taskpane/components/SplitPanel";
import { SPLIT_MESSAGES } from "../../src/taskpane/messages/split";

// Each run goes through office.js to the emulated workbook: on a loaded machine, more than 1 s.
configure({ asyncUtilTimeout: 30_000 });

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

/** jsdom has no object URLs: each download link gets a made-up one. */
beforeAll(() => {
  let n = 0;
  URL.createObjectURL = () => `blob:split-${++n}`;
  URL.revokeObjectURL = () => undefined;
});

function show(excel: EmulatedExcel, lang: Lang) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SplitPanel lang={lang} excel={excel} today="2026-02-16" />
    </FluentProvider>
  );
}

/** The master's record of rounds, read as Chase reads it. */
function recordOf(excel: EmulatedExcel) {
  const sheet = excel.state.sheets.find((s) =>
    isSentRecordSheet(excel.state.readValues(s, { row: 0, col: 0, rows: 1, cols: 1 }))
  );
  if (!sheet) return null;
  const used = excel.state.usedArea(sheet, true)!;
  return {
    visibility: sheet.visibility,
    record: sentRecordFromRows(excel.state.readValues(sheet, used)),
  };
}

describe("Split panel", () => {
  it.each(LANGS)(
    "in %s: one file per OKR sheet to download, and the round recorded in the master (very hidden)",
    async (lang) => {
      const excel = createEmulatedExcel();
      await generateSheets(excel, {
        templates: ["company", "sales"],
        lang,
        period: Q1,
        asOf: "2026-02-15",
      });
      show(excel, lang);
      fireEvent.click(screen.getByRole("button", { name: SPLIT_MESSAGES.make[lang] }));
      const made = await screen.findByTestId("split-made");
      expect(made.textContent).toContain(
        format(SPLIT_MESSAGES.made[lang], { count: 2, date: "2026-02-16" })
      );
      const links = screen.getAllByTestId("split-file");
      // The two OKR sheets New sheet made (named for their period), not Sheet1 or Actions.
      expect(links.map((a) => a.getAttribute("download"))).toEqual(
        excel.state.sheets.filter((s) => s.name.endsWith("2026-Q1")).map((s) => `${s.name}.xlsx`)
      );
      expect(links).toHaveLength(2);
      expect(links.every((a) => a.getAttribute("href")?.startsWith("blob:"))).toBe(true);
      const kept = recordOf(excel)!;
      expect(kept.visibility).toBe("VeryHidden");
      expect(notReturned(kept.record).map((f) => f.file)).toEqual(
        links.map((a) => a.getAttribute("download"))
      );
    },
    60_000
  );

  it("by person with no Individual sheet says so and records nothing", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-02-15",
    });
    show(excel, "en");
    fireEvent.click(screen.getByRole("radio", { name: SPLIT_MESSAGES.byOwner.en }));
    fireEvent.click(screen.getByRole("button", { name: SPLIT_MESSAGES.make.en }));
    expect((await screen.findByTestId("split-problem")).textContent).toBe(
      SPLIT_MESSAGES["no-individual-sheet"].en
    );
    expect(recordOf(excel)).toBeNull();
  });
});
