/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { ThresholdsEditor } from "../../src/taskpane/components/ThresholdsEditor";
import { SETTINGS_KEY } from "../../src/excel/settings";
import type { Lang } from "../../src/domain/types";
import type { ExcelApi } from "../../src/excel/host";
import { holdable } from "./heldExcel";

function show(excel: ExcelApi, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ThresholdsEditor lang={lang} excel={excel} />
    </FluentProvider>
  );
}

// Each test renders Fluent UI and runs whole operations against the emulator (HyperFormula): about a
// second alone, several on a busy 2-core machine. A generous budget, not a speed test (bench/ is);
// findBy… waits as long (its default is one second).
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

describe("thresholds editor", () => {
  it("saves edited thresholds with the workbook, percentages as fractions", async () => {
    const excel = createEmulatedExcel();
    show(excel);
    const fewest = screen.getByLabelText("Fewest key results per objective") as HTMLInputElement;
    await waitFor(() => expect(fewest.disabled).toBe(false));
    fireEvent.change(screen.getByLabelText("Fewest key results per objective"), {
      target: { value: "3" },
    });
    fireEvent.change(screen.getByLabelText("Confidence worth a note below (%)"), {
      target: { value: "40" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save thresholds" }));
    await screen.findByTestId("thresholds-message");
    const saved = excel.state.settings.get(SETTINGS_KEY) as {
      krCount: { min: number };
      confidenceBand: { low: number };
    };
    expect(saved.krCount.min).toBe(3);
    expect(saved.confidenceBand.low).toBe(0.4);
    // And the fields show what was saved.
    expect(fewest.value).toBe("3");
  });

  it("waits for the workbook's thresholds: nothing typed or saved before they are read", async () => {
    const workbook = createEmulatedExcel();
    workbook.state.settings.set(SETTINGS_KEY, { krCount: { min: 4, max: 6 } });
    const slow = holdable(workbook);
    slow.hold();
    show(slow.excel);
    const fewest = screen.getByLabelText("Fewest key results per objective") as HTMLInputElement;
    const save = screen.getByRole("button", { name: "Save thresholds" }) as HTMLButtonElement;
    // Excel has not answered: a field typed into now would be overwritten by the answer, and a Save
    // would write the defaults over the saved 4 and 6.
    expect(fewest.disabled).toBe(true);
    expect(save.disabled).toBe(true);
    fireEvent.click(save);
    slow.release();
    await waitFor(() => expect(fewest.disabled).toBe(false));
    expect(fewest.value).toBe("4");
    expect(save.disabled).toBe(false);
    expect(screen.queryByTestId("thresholds-message")).toBeNull();
    expect(workbook.state.settings.get(SETTINGS_KEY)).toEqual({ krCount: { min: 4, max: 6 } });
  });

  it("holds the fields and buttons while Excel saves: what was typed meanwhile would be replaced by what was saved", async () => {
    const workbook = createEmulatedExcel();
    const slow = holdable(workbook);
    show(slow.excel);
    const fewest = screen.getByLabelText("Fewest key results per objective") as HTMLInputElement;
    await waitFor(() => expect(fewest.disabled).toBe(false));
    fireEvent.change(fewest, { target: { value: "3" } });
    slow.hold();
    const save = screen.getByRole("button", { name: "Save thresholds" }) as HTMLButtonElement;
    fireEvent.click(save);
    await waitFor(() => expect(save.disabled).toBe(true));
    expect(fewest.disabled).toBe(true);
    expect((screen.getByRole("button", { name: "Defaults" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    slow.release();
    await screen.findByTestId("thresholds-message");
    expect(save.disabled).toBe(false);
    expect(fewest.disabled).toBe(false);
    expect(fewest.value).toBe("3");
  });

  it("shows what the workbook saved, and keeps a setting when the input is not a number", async () => {
    const excel = createEmulatedExcel();
    excel.state.settings.set(SETTINGS_KEY, { krCount: { min: 4, max: 6 } });
    show(excel, "zh-CN");
    await waitFor(() =>
      expect((screen.getByLabelText("每个目标最少关键结果数") as HTMLInputElement).value).toBe("4")
    );
    fireEvent.change(screen.getByLabelText("每个目标最多关键结果数"), {
      target: { value: "many" },
    });
    fireEvent.click(screen.getByRole("button", { name: "保存阈值" }));
    expect((await screen.findByTestId("thresholds-message")).textContent).toBe("已随工作簿保存。");
    expect(
      (excel.state.settings.get(SETTINGS_KEY) as { krCount: { max: number } }).krCount.max
    ).toBe(6);
  });
});
