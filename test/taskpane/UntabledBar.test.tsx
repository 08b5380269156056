/**
 * @jest-environment jsdom
 */
// Score's note when it turned an old sheet's Excel table into a plain range.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { ScorePanel } from "../../src/taskpane/components/ScorePanel";

// Each run goes through office.js to the emulated workbook: on a loaded machine, more than 1 s.
configure({ asyncUtilTimeout: 30_000 });

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

describe("Score panel, on a sheet made by an earlier version (with an Excel table)", () => {
  it("says which sheets' tables it turned into plain ranges, in the pane's language", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "zh-TW",
      period: Q1,
      asOf: "2026-01-15",
    });
    const name = excel.state.sheets[1].name;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.autoFilter.remove();
      sheet.tables.add("A6:T20", true);
      await context.sync();
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <ScorePanel lang="zh-TW" excel={excel} today="2026-03-31" />
      </FluentProvider>
    );
    fireEvent.change(screen.getByTestId("as-of"), { target: { value: "2026-02-15" } });
    fireEvent.click(screen.getByRole("button", { name: "為活頁簿計分" }));
    const note = await screen.findByTestId("untabled", {}, { timeout: 30_000 });
    expect(note.textContent).toContain(`${name} 上的 Excel 表格`);
    expect(excel.state.findSheet(name)?.tables).toEqual([]);
  }, 60_000);
});
