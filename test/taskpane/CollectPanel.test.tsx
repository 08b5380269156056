/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { problemText } from "../../src/cli/readProblems";
import { parsePeriod } from "../../src/domain/reading/period";
import { LANGS, type Lang, type Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { CollectPanel } from "../../src/taskpane/components/CollectPanel";
import { COLLECT_MESSAGES } from "../../src/taskpane/messages/collect";

// Each run goes through office.js to the emulated workbook: on a loaded machine, more than 1 s.
configure({ asyncUtilTimeout: 30_000 });

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

function show(excel: EmulatedExcel, lang: Lang) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CollectPanel lang={lang} excel={excel} />
    </FluentProvider>
  );
}

describe("Collect panel", () => {
  it.each(LANGS)(
    "in %s: a file that is not a workbook is reported with its reason, nothing is inserted, Apply stays off",
    async (lang) => {
      const excel = createEmulatedExcel({ apiVersion: "1.13" });
      await generateSheets(excel, { templates: ["sales"], lang, period: Q1, asOf: "2026-02-15" });
      const sheets = excel.state.sheets.map((s) => s.name);
      show(excel, lang);
      const check = screen.getByRole("button", { name: COLLECT_MESSAGES.check[lang] });
      expect(check).toHaveProperty("disabled", true);
      const input = screen.getByLabelText(COLLECT_MESSAGES.files[lang]);
      const file = new File(["this is not a workbook"], "corrupt.xlsx");
      fireEvent.change(input, { target: { files: [file] } });
      fireEvent.click(check);
      const report = await screen.findByTestId("collect-report");
      // The command line's words for it (the package checks are one copy), in the pane's language.
      expect(report.textContent).toMatch(/^corrupt\.xlsx: /);
      expect(report.textContent).toContain(problemText("notZip", {}, lang));
      expect(screen.getByTestId("collect-plan").textContent).toBe(
        COLLECT_MESSAGES.nothingToUse[lang]
      );
      expect(screen.getByRole("button", { name: COLLECT_MESSAGES.apply[lang] })).toHaveProperty(
        "disabled",
        true
      );
      expect(excel.state.sheets.map((s) => s.name)).toEqual(sheets);
      fireEvent.click(screen.getByRole("button", { name: COLLECT_MESSAGES.cancel[lang] }));
      expect((await screen.findByTestId("collect-cancelled")).textContent).toBe(
        COLLECT_MESSAGES.cancelled[lang]
      );
    }
  );
});
