/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// (ExcelJS's dependencies resolve to their Node builds: the command line's host runs here too.)
// One meaning of closing (issue 36): the pane's Close place, following the sheet open in Excel, with
// one final score typed, writes the cells `okr close` writes with a scores file of that one score —
// every other key result keeps its progress in both — and the grade it previews is the Review's.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { closeWorkbook } from "../../src/cli/close";
import { newWorkbook } from "../../src/cli/templates";
import { REVIEW_COLUMNS } from "../../src/domain/close/periodReview";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { ClosePanel } from "../../src/taskpane/components/ClosePanel";
import { formulasOf, valuesOf } from "../support/emulatorRead";
import { fileCells, trimmed } from "../support/sameCells";

configure({ asyncUtilTimeout: 30_000 });
jest.setTimeout(120_000);

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const made = { templates: ["sales", "marketing"] as const, lang: "en" as const, period: Q1 };
const GRADE = Object.keys(REVIEW_COLUMNS).indexOf("grade");

describe("Close period: the pane and okr close close alike", () => {
  it("follows the open sheet, saves the one score typed, and writes the cells okr close writes", async () => {
    const excel = createEmulatedExcel();
    const { sheets } = await generateSheets(excel, { ...made, asOf: "2026-03-25" });
    const file = await newWorkbook({ ...made, asOf: "2026-03-25" });
    render(
      <FluentProvider theme={webLightTheme}>
        <ClosePanel lang="en" excel={excel} today="2026-03-31" />
      </FluentProvider>
    );
    // The place shows the sheet open in Excel, and follows when another is opened.
    await screen.findByRole("button", { name: /^Save / });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Marketing 2026-Q1").activate();
      await context.sync();
    });
    await screen.findByTestId("close-MKT-O1");
    expect(screen.queryByTestId("close-SALES-O1")).toBeNull();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales 2026-Q1").activate();
      await context.sync();
    });
    await screen.findByTestId("close-SALES-O1");
    expect(screen.queryByTestId("close-MKT-O1")).toBeNull();

    fireEvent.change(screen.getByRole("textbox", { name: "Final score for SALES-O1-KR2" }), {
      target: { value: "80%" },
    });
    const preview = screen.getByTestId("grade-SALES-O1").textContent;
    fireEvent.click(screen.getByRole("button", { name: "Save Sales 2026-Q1" }));
    expect((await screen.findByTestId("closed")).textContent).toBe(
      "Saved 1 final score; the review is on Review."
    );

    await closeWorkbook(file.workbook, {
      asOf: "2026-03-31",
      scores: [{ line: 2, entry: { id: "SALES-O1-KR2", score: "80%" } }],
      scoresFile: "scores.csv",
      lang: "en",
    });
    for (const name of [...sheets, "Review"])
      expect([name, trimmed(formulasOf(excel, name))]).toEqual([
        name,
        trimmed(fileCells(file.workbook.getWorksheet(name)!)),
      ]);
    // The grade the pane showed before saving is the one the Review shows after.
    const review = valuesOf(excel, "Review");
    const row = review.findIndex((r) => r[1] === "SALES-O1");
    expect(preview).toBe(`Grade if saved: 24% · ${review[row][GRADE]}`);
    // After saving, the field shows the score the sheet now holds.
    await waitFor(() =>
      expect(
        (screen.getByRole("textbox", { name: "Final score for SALES-O1-KR2" }) as HTMLInputElement)
          .value
      ).toBe("80%")
    );
  });
});
