/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { cultureOf } from "../../emulator/workbook";
import { COLUMNS } from "../../src/domain/reading/columns";
import { parsePeriod } from "../../src/domain/reading/period";
import type { IsoDate, Lang, Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { ClosePanel } from "../../src/taskpane/components/ClosePanel";
import { valuesOf } from "../support/emulatorRead";
import { holdable } from "./heldExcel";

// Each run goes through office.js to the emulated workbook: on a loaded machine, more than 1 s.
configure({ asyncUtilTimeout: 30_000 });

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
// Rendering Fluent in jsdom and computing in HyperFormula is slow on a busy machine: no tight timeouts.
jest.setTimeout(60_000);

async function shown(asOf: IsoDate, lang: Lang = "en", culture = "en-US") {
  const excel = createEmulatedExcel();
  excel.state.culture = cultureOf(culture);
  await generateSheets(excel, { templates: ["sales"], lang, period: Q1, asOf });
  render(
    <FluentProvider theme={webLightTheme}>
      <ClosePanel lang={lang} excel={excel} today="2026-03-31" />
    </FluentProvider>
  );
  return excel;
}

describe("Close period panel", () => {
  it("saves only the final score typed, with the review, and starts the next period", async () => {
    const excel = await shown("2026-03-25");
    const kr1 = await screen.findByRole("textbox", { name: "Final score for SALES-O1-KR1" });
    // Empty: the key result keeps its progress, as `okr close` without a score for it.
    expect((kr1 as HTMLInputElement).value).toBe("");
    expect(screen.getAllByText("Progress 0%").length).toBe(7);
    expect(screen.getByTestId("grade-SALES-O1").textContent).toBe("Grade if saved: 0% · Missed");
    fireEvent.change(kr1, { target: { value: "90%" } });
    // SALES-O1: 40 % × 0.9 of its weights, graded as the Review grades it.
    expect(screen.getByTestId("grade-SALES-O1").textContent).toBe("Grade if saved: 36% · Missed");
    fireEvent.click(screen.getAllByRole("button", { name: /^Review: what worked/ })[0]);
    fireEvent.change(screen.getAllByRole("textbox", { name: "What worked" })[0], {
      target: { value: "Enterprise deals" },
    });
    fireEvent.click(screen.getAllByRole("checkbox", { name: "Carry over to the next period" })[0]);
    fireEvent.click(screen.getByRole("button", { name: "Save Sales 2026-Q1" }));
    const closed = await screen.findByTestId("closed");
    expect(closed.textContent).toBe("Saved 1 final score; the review is on Review.");
    const sales = valuesOf(excel, "Sales 2026-Q1");
    expect([sales[7][col("finalScore")], sales[7][col("status")]]).toEqual([0.9, "Acceptable"]);
    expect(sales[8][col("finalScore")]).toBe("");
    const review = valuesOf(excel, "Review");
    // Only what was changed is written: SALES-O2's carry-over stays unanswered.
    expect([review[3][6], review[3][10], review[4][10]]).toEqual(["Enterprise deals", "Yes", ""]);

    expect((screen.getByRole("textbox", { name: "Next period" }) as HTMLInputElement).value).toBe(
      "2026-Q2"
    );
    fireEvent.click(screen.getByRole("button", { name: "Start next period" }));
    const started = await screen.findByTestId("started");
    expect(started.textContent).toMatch(/^Added Sales 2026-Q2 beside the old sheets\./);
    // What to look at on the new sheet: its parent (CO-O1) was not carried over.
    expect(screen.getByTestId("next-notes").textContent).toBe(
      "SALES-26Q2-O1: its parent CO-O1 was not carried over; choose its new parent on Sales 2026-Q2."
    );
    expect(valuesOf(excel, "Sales 2026-Q2")[6][col("id")]).toBe("SALES-26Q2-O1");
  });

  it("keeps what is typed and not saved when it reads the sheets again after a save", async () => {
    const workbook = createEmulatedExcel();
    await generateSheets(workbook, {
      templates: ["company", "sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-03-25",
    });
    const slow = holdable(workbook);
    render(
      <FluentProvider theme={webLightTheme}>
        <ClosePanel lang="en" excel={slow.excel} today="2026-03-31" />
      </FluentProvider>
    );
    const sheet = (await screen.findByRole("combobox", { name: "Sheet" })) as HTMLSelectElement;
    const score = (id: string) =>
      screen.findByRole("textbox", { name: `Final score for ${id}` }) as Promise<HTMLInputElement>;
    // A score typed on Company, not saved; then Sales's typed and saved.
    fireEvent.change(sheet, { target: { value: "Company 2026-Q1" } });
    fireEvent.change(await score("CO-O1-KR1"), { target: { value: "50%" } });
    fireEvent.change(sheet, { target: { value: "Sales 2026-Q1" } });
    fireEvent.change(await score("SALES-O1-KR1"), { target: { value: "90%" } });
    slow.hold(1); // the save is answered, the read after it waits
    fireEvent.click(screen.getByRole("button", { name: "Save Sales 2026-Q1" }));
    await screen.findByTestId("closed");
    const save = screen.getByRole("button", { name: "Save Sales 2026-Q1" }) as HTMLButtonElement;
    // While it reads: nothing to save twice, and the next period typed meanwhile.
    expect(save.disabled).toBe(true);
    const next = screen.getByRole("textbox", { name: "Next period" }) as HTMLInputElement;
    fireEvent.change(next, { target: { value: "2026-Q3" } });
    slow.release();
    await waitFor(() => expect(save.disabled).toBe(false));
    expect(next.value).toBe("2026-Q3");
    expect((await score("SALES-O1-KR1")).value).toBe("90%");
    fireEvent.change(sheet, { target: { value: "Company 2026-Q1" } });
    expect((await score("CO-O1-KR1")).value).toBe("50%");
    expect(valuesOf(workbook, "Company 2026-Q1")[7][col("finalScore")]).toBe("");
  });

  it("shows the period picked at once, and waits for its sheets before saving", async () => {
    const workbook = createEmulatedExcel();
    for (const label of ["2026-Q1", "2026-Q2"]) {
      const period = (parsePeriod(label) as { ok: true; value: Period }).value;
      await generateSheets(workbook, {
        templates: ["sales"],
        lang: "en",
        period,
        asOf: "2026-06-25",
      });
    }
    const slow = holdable(workbook);
    render(
      <FluentProvider theme={webLightTheme}>
        <ClosePanel lang="en" excel={slow.excel} today="2026-06-30" />
      </FluentProvider>
    );
    const picker = (await screen.findByTestId("period-picker")) as HTMLSelectElement;
    await screen.findByRole("button", { name: "Save Sales 2026-Q2" });
    expect(picker.value).toBe("2026-Q2");
    slow.hold();
    fireEvent.change(picker, { target: { value: "2026-Q1" } });
    // Excel has not answered: the choice shows (it went back to 2026-Q2 until then), and the
    // sheet of the period before cannot be saved as if it were the one picked.
    expect(picker.value).toBe("2026-Q1");
    const stale = screen.getByRole("button", { name: "Save Sales 2026-Q2" }) as HTMLButtonElement;
    expect(stale.disabled).toBe(true);
    slow.release();
    const save = (await screen.findByRole("button", {
      name: "Save Sales 2026-Q1",
    })) as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    expect(picker.value).toBe("2026-Q1");
  });

  it("reads a final score with Excel's decimal comma where Excel has one (de-DE)", async () => {
    const excel = await shown("2026-03-25", "en", "de-DE");
    const kr1 = await screen.findByRole("textbox", { name: "Final score for SALES-O1-KR1" });
    fireEvent.change(kr1, { target: { value: "0,9" } });
    expect(screen.getByTestId("grade-SALES-O1").textContent).toBe("Grade if saved: 36% · Missed");
    const kr2 = screen.getByRole("textbox", { name: "Final score for SALES-O1-KR2" });
    fireEvent.change(kr2, { target: { value: "0.5" } }); // a date in de-DE Excel, not a score
    expect(
      screen.getByText("SALES-O1-KR2: “0.5” is not a score from 0 to 1. Type 0.7 or 70%.")
    ).toBeTruthy();
    fireEvent.change(kr2, { target: { value: "50,5%" } });
    fireEvent.click(screen.getByRole("button", { name: "Save Sales 2026-Q1" }));
    const closed = await screen.findByTestId("closed");
    expect(closed.textContent).toBe("Saved 2 final scores; the review is on Review.");
    const sales = valuesOf(excel, "Sales 2026-Q1");
    expect(sales[7][col("finalScore")]).toBe(0.9);
    expect(sales[8][col("finalScore")]).toBeCloseTo(0.505, 12);
  });

  it("says a bad score where it is, in Chinese, and writes nothing", async () => {
    const excel = await shown("2026-03-30", "zh-CN");
    const kr1 = await screen.findByRole("textbox", { name: "SALES-O1-KR1 的最终得分" });
    fireEvent.change(kr1, { target: { value: "150%" } });
    fireEvent.click(screen.getByRole("button", { name: "保存 销售 2026-Q1" }));
    const closed = await screen.findByTestId("closed");
    expect(closed.textContent).toBe("SALES-O1-KR1：“150%”不是 0 到 1 的分数。请输入 0.7 或 70%。");
    expect(valuesOf(excel, "销售 2026-Q1")[7][col("finalScore")]).toBe("");
  });

  it("stays closed before the period's last two weeks, and says when it opens (zh-TW)", async () => {
    await shown("2026-02-15", "zh-TW");
    const notYet = await screen.findByTestId("close-not-yet");
    expect(notYet.textContent).toBe(
      "2026-Q1 的收尾將於 2026-03-18 開放，即結束前 14 天（工作表截至 2026-02-15）。"
    );
    expect(screen.queryByRole("button")).toBeNull();
  });
});
