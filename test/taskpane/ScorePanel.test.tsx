/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { parsePeriod } from "../../src/domain/period";
import type { Lang, Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { ScorePanel } from "../../src/taskpane/components/ScorePanel";
import { valuesOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

function show(excel: EmulatedExcel, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ScorePanel lang={lang} excel={excel} today="2026-03-31" />
    </FluentProvider>
  );
}

describe("Score panel", () => {
  it("scores the workbook and lists each sheet's score with its status counts", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["company", "sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-15",
    });
    show(excel);
    fireEvent.change(screen.getByTestId("as-of"), { target: { value: "2026-02-15" } });
    fireEvent.click(screen.getByRole("button", { name: "Score workbook" }));
    expect((await screen.findByTestId("scored")).textContent).toContain("Scored 2 sheets");
    const items = within(screen.getByTestId("sheet-scores")).getAllByRole("listitem");
    expect(items[0].textContent).toMatch(/^Company 2026-Q1\d+%/);
    // At planning Current = Start everywhere in Sales: 0 %, every KR behind.
    expect(items[1].textContent).toBe("Sales 2026-Q10%007");
    expect(valuesOf(excel, "Sales 2026-Q1")[2][5]).toBe(46068);
    fireEvent.click(within(screen.getByTestId("scored")).getByText("Open Summary"));
    await waitFor(() =>
      expect(excel.state.activeSheetId).toBe(excel.state.findSheet("Summary")?.id)
    );
  });

  it("refuses a date it cannot read, and says when there is nothing to score", async () => {
    show(createEmulatedExcel(), "zh-CN");
    fireEvent.change(screen.getByTestId("as-of"), { target: { value: "2026/2/30" } });
    expect(
      (screen.getByRole("button", { name: "为工作簿计分" }) as HTMLButtonElement).disabled
    ).toBe(true);
    expect(screen.getByText(/YYYY-MM-DD/)).toBeTruthy();
    fireEvent.change(screen.getByTestId("as-of"), { target: { value: "2026-02-15" } });
    fireEvent.click(screen.getByRole("button", { name: "为工作簿计分" }));
    expect(await screen.findByText(/还没有 OKR 表/)).toBeTruthy();
  });
});
