/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { ThresholdsEditor } from "../../src/taskpane/components/ThresholdsEditor";
import { SETTINGS_KEY } from "../../src/excel/settings";
import type { Lang } from "../../src/domain/types";

function show(excel: ReturnType<typeof createEmulatedExcel>, lang: Lang = "en") {
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
