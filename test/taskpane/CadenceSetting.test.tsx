/**
 * @jest-environment jsdom
 */
// The check-in cadence saved from the Check-in place: written to the settings sheet the command
// line reads too, Save held while Excel saves, and a failed save said in the reader's language.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { cadenceFromRows } from "../../src/domain/reading/cadence";
import { SETTINGS_SHEET } from "../../src/domain/rules/settingsSheet";
import type { Lang } from "../../src/domain/types";
import type { ExcelApi } from "../../src/excel/host";
import { CadenceSetting } from "../../src/taskpane/components/CadenceSetting";
import { valuesOf } from "../support/emulatorRead";
import { holdable } from "./heldExcel";

configure({ asyncUtilTimeout: 30_000 });
jest.setTimeout(60_000);

function show(excel: ExcelApi, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CadenceSetting excel={excel} days={7} lang={lang} />
    </FluentProvider>
  );
}

const field = () => screen.getByTestId("cadence") as HTMLInputElement;

describe("the check-in cadence", () => {
  it("saves the days typed to the settings sheet and says so", async () => {
    const excel = createEmulatedExcel();
    show(excel);
    fireEvent.change(field(), { target: { value: "14" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect((await screen.findByRole("status")).textContent).toBe("Saved: every 14 days.");
    expect(cadenceFromRows(valuesOf(excel, SETTINGS_SHEET))).toBe(14);
  });

  it("holds Save while Excel saves, so one click is one write", async () => {
    const slow = holdable(createEmulatedExcel());
    show(slow.excel);
    fireEvent.change(field(), { target: { value: "10" } });
    slow.hold();
    const save = screen.getByRole("button", { name: "Save" }) as HTMLButtonElement;
    fireEvent.click(save);
    await waitFor(() => expect(save.disabled).toBe(true));
    slow.release();
    await screen.findByRole("status");
    expect(save.disabled).toBe(false);
  });

  it("says a failed save in the reader's language, and Save can be tried again", async () => {
    const refusing: ExcelApi = {
      ...createEmulatedExcel(),
      run: () => Promise.reject(new Error("The sheet is protected")),
    } as ExcelApi;
    show(refusing, "zh-CN");
    fireEvent.change(field(), { target: { value: "14" } });
    const save = screen.getByRole("button", { name: "保存" }) as HTMLButtonElement;
    fireEvent.click(save);
    expect((await screen.findByTestId("cadence-failed")).textContent).toBe(
      "无法保存进度更新周期：The sheet is protected。请再次点击保存。"
    );
    expect(screen.queryByRole("status")).toBeNull();
    expect(save.disabled).toBe(false);
  });

  it("offers no Save for days it would refuse", () => {
    show(createEmulatedExcel(), "zh-TW");
    const save = screen.getByRole("button", { name: "儲存" }) as HTMLButtonElement;
    for (const typed of ["0", "93", "1.5", "seven"]) {
      fireEvent.change(field(), { target: { value: typed } });
      expect(save.disabled).toBe(true);
    }
    expect(screen.getByText("請輸入 1 到 92 之間的整數天數。")).toBeTruthy();
  });
});
