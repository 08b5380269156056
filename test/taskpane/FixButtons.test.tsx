/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { headerRow } from "../../src/domain/reading/columns";
import type { Lang } from "../../src/domain/types";
import { CheckPanel } from "../../src/taskpane/components/CheckPanel";
import { putTable } from "../support/emulatorTables";
import { metricKr, rowOf, type Cells } from "../support/okrRows";

// Each run goes through office.js to the emulated workbook: on a loaded machine, more than 1 s.
configure({ asyncUtilTimeout: 30_000 });

const row = (cells: Cells) => rowOf(cells).map(String);
const kr = (id: string, statement: string) => metricKr(id, statement).map(String);

async function workbook(): Promise<EmulatedExcel> {
  const excel = createEmulatedExcel();
  await putTable(excel, "Team", [
    ["Period:", "2026-Q1"],
    [],
    headerRow("en"),
    row({
      id: "X-O1",
      level: "Objective",
      statement: "• Win the mid-market",
      owner: "Li",
      commitment: "Committed",
    }),
    kr("X-O1-KR1", "1. Grow pipeline from 120 to 200 deals"),
    kr("X-O1-KR2", "(2) Grow renewals from 120 to 200 deals"),
    kr("X-O1-KR3", "Grow upsell from 120 to 200 deals"),
  ]);
  return excel;
}

function show(excel: EmulatedExcel, lang: Lang) {
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckPanel lang={lang} excel={excel} />
    </FluentProvider>
  );
}

const markerFindings = () =>
  screen
    .queryAllByTestId("finding")
    .filter((li) => li.getAttribute("data-rule") === "TEXT-LIST-MARKER");

describe("quick fixes in the Check panel", () => {
  it("fixes one finding, then all of its kind, and checks again", async () => {
    const excel = await workbook();
    show(excel, "en");
    fireEvent.click(screen.getByRole("button", { name: "Check all OKR sheets" }));
    await waitFor(() => expect(markerFindings()).toHaveLength(3));
    const first = markerFindings()[0];
    expect(first.getAttribute("data-cell")).toBe("D4");
    fireEvent.click(within(first).getByRole("button", { name: "Remove the marker" }));
    await waitFor(() => expect(markerFindings()).toHaveLength(2));
    fireEvent.click(
      within(markerFindings()[0]).getByRole("button", { name: "Fix all of this kind (2)" })
    );
    await waitFor(() => expect(markerFindings()).toHaveLength(0));
    const cells = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Team").getRange("D4:D6");
      range.load("values");
      await context.sync();
      return range.values.map((r) => r[0]);
    });
    expect(cells).toEqual([
      "Win the mid-market",
      "Grow pipeline from 120 to 200 deals",
      "Grow renewals from 120 to 200 deals",
    ]);
  });

  it("speaks the pane's language, and offers nothing for rules without a mechanical fix", async () => {
    const excel = await workbook();
    show(excel, "zh-TW");
    fireEvent.click(screen.getByRole("button", { name: "檢查全部 OKR 工作表" }));
    await waitFor(() => expect(markerFindings()).toHaveLength(3));
    expect(
      within(markerFindings()[1]).getByRole("button", { name: "修正所有同類問題（3）" })
    ).toBeTruthy();
    const others = screen
      .getAllByTestId("finding")
      .filter((li) => li.getAttribute("data-rule") !== "TEXT-LIST-MARKER");
    for (const li of others)
      expect(within(li).queryByRole("button", { name: /修正|刪除/ })).toBeNull();
  });
});
