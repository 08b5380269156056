/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { headerRow } from "../../src/domain/reading/columns";
import { CheckPanel } from "../../src/taskpane/components/CheckPanel";
import type { Lang } from "../../src/domain/types";
import { fixtureTables } from "../support/fixtures";
import { putTable } from "../support/emulatorTables";

async function workbookWith(
  tables: { name: string; rows: string[][] }[],
  period = "2026-Q1"
): Promise<EmulatedExcel> {
  const excel = createEmulatedExcel();
  for (const t of tables) await putTable(excel, t.name, [["Period:", period], [], ...t.rows]);
  return excel;
}

function show(excel: EmulatedExcel, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CheckPanel lang={lang} excel={excel} />
    </FluentProvider>
  );
}

// Each test renders Fluent UI and runs whole operations against the emulator (HyperFormula): about a
// second alone, several on a busy 2-core machine. A generous budget, not a speed test (bench/ is);
// findBy… waits as long (its default is one second).
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

describe("Check panel", () => {
  it("checks every OKR sheet, counts by severity, and jumps to a finding's cell", async () => {
    const excel = await workbookWith(fixtureTables());
    show(excel);
    fireEvent.click(screen.getByRole("button", { name: "Check all OKR sheets" }));
    await screen.findByTestId("check-counts");
    const badge = (s: string) =>
      Number(
        screen
          .getByTestId("check-counts")
          .querySelector(`[data-severity=${s}]`)
          ?.getAttribute("data-count")
      );
    // No error: customer-success's churn KR mixes a bare 1 and 0.8, but its statement ("below 1%")
    // says they are percent points, so KR-PERCENT-SCALE stays silent.
    expect(badge("error")).toBe(0);
    expect(badge("warning")).toBe(11);
    expect(badge("info")).toBe(3);
    expect(screen.getByTestId("check-summary").textContent).toContain(
      "7 objectives, 14 key results"
    );
    const vague = screen
      .getAllByTestId("finding")
      .find((li) => li.getAttribute("data-rule") === "O-VAGUE-VERB");
    expect(vague?.textContent).toContain("“help”, which blurs who is responsible");
    fireEvent.click(within(vague as HTMLElement).getByRole("button"));
    await waitFor(() =>
      expect(excel.state.selection?.area).toEqual({ row: 9, col: 3, rows: 1, cols: 1 })
    );
    expect(excel.state.sheetById(excel.state.activeSheetId ?? "")?.name).toBe(
      "customer-success-en"
    );
  });

  it("speaks the reader's language whatever the sheet's", async () => {
    const excel = await workbookWith(
      fixtureTables().filter((t) => t.name === "customer-success-en")
    );
    show(excel, "zh-TW");
    fireEvent.click(screen.getByRole("button", { name: "檢查全部 OKR 工作表" }));
    await screen.findByTestId("check-counts");
    expect(
      screen
        .getAllByTestId("finding")
        .map((li) => li.textContent)
        .join(" ")
    ).toContain("責任歸屬不清");
  });

  it("says a clean sheet is clean, rather than showing nothing", async () => {
    const rows = [
      headerRow("en"),
      ["A-O1", "Objective", "", "Win the mid-market", "Dana", "Committed"],
    ];
    for (let k = 1; k <= 3; k++) {
      rows.push([
        `A-O1-KR${k}`,
        "Key result",
        "",
        `Grow pipeline from ${k}0 to ${k}00 deals`,
        "",
        "",
        "Metric",
        "",
        `${k}0`,
        `${k}00`,
        "",
        "",
        "70%",
        "2026-03-31",
      ]);
    }
    const excel = await workbookWith([{ name: "Clean", rows }]);
    await excel.run(async (context) => context.workbook.worksheets.getItem("Clean").activate());
    show(excel, "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "检查当前工作表" }));
    expect((await screen.findByTestId("all-clear")).textContent).toContain("没有发现问题");
  });

  it("explains when the active sheet is not an OKR sheet", async () => {
    show(createEmulatedExcel());
    fireEvent.click(screen.getByRole("button", { name: "Check this sheet" }));
    expect((await screen.findByTestId("not-okr-sheet")).textContent).toContain(
      "“Sheet1” has no OKR header row"
    );
  });

  it("colours problem cells when asked, says so, and the next check takes the colours away", async () => {
    const excel = await workbookWith(fixtureTables().filter((t) => t.name === "talent-zhtw"));
    show(excel);
    fireEvent.click(screen.getByRole("switch", { name: "Colour problem cells in the sheet" }));
    fireEvent.click(screen.getByRole("button", { name: "Check all OKR sheets" }));
    expect((await screen.findByTestId("marked")).textContent).toContain("cells coloured");
    const sheet = excel.state.findSheet("talent-zhtw")!;
    // T-O2's statement (O-STARTS-WITH-VERB) is D8: two header-block rows above the table
    expect(excel.state.cellStyle(sheet, 7, 3).fill).toBe("#FFF4CE");
    fireEvent.click(screen.getByRole("switch", { name: "Colour problem cells in the sheet" }));
    fireEvent.click(screen.getByRole("button", { name: "Check all OKR sheets" }));
    await waitFor(() => expect(screen.queryByTestId("marked")).toBeNull());
    await screen.findByTestId("check-counts");
    expect(excel.state.cellStyle(sheet, 7, 3).fill).toBeUndefined();
  });

  it("reports a failure in a message bar, saying what to do", async () => {
    const excel = createEmulatedExcel();
    const broken = { ...excel, run: () => Promise.reject(new Error("The workbook is busy")) };
    show(broken as EmulatedExcel);
    fireEvent.click(screen.getByRole("button", { name: "Check this sheet" }));
    const error = await screen.findByTestId("check-error");
    expect(error.textContent).toContain("The workbook is busy");
    expect(error.textContent).toContain("try again");
  });

  it("follows the active sheet, and says when the findings shown are for another one", async () => {
    const excel = createEmulatedExcel({ sheets: ["Notes"] });
    show(excel);
    expect((await screen.findByTestId("active-sheet")).textContent).toBe("Active sheet: Notes");
    fireEvent.click(screen.getByRole("button", { name: "Check this sheet" }));
    await screen.findByTestId("not-okr-sheet");
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Plans").activate();
      await context.sync();
    });
    await waitFor(() =>
      expect(screen.getByTestId("active-sheet").textContent).toBe("Active sheet: Plans")
    );
    expect(screen.getByTestId("other-sheet").textContent).toBe(
      "These findings are for Notes. You are now on Plans: check this sheet to see its own."
    );
  });
});
