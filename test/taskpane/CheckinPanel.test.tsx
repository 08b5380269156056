/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { cultureOf } from "../../emulator/workbook";
import { COLUMNS } from "../../src/domain/reading/columns";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Lang, Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { CheckinPanel } from "../../src/taskpane/components/CheckinPanel";
import { valuesOf } from "../support/emulatorRead";
import { holdable } from "./heldExcel";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

function show(excel: EmulatedExcel, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CheckinPanel lang={lang} excel={excel} today="2026-02-03" />
    </FluentProvider>
  );
}

const field = (id: string, name: string) =>
  document.querySelector(`[data-kr="${id}"] [data-field="${name}"]`) as HTMLInputElement;

// Each test renders Fluent UI and runs whole operations against the emulator (HyperFormula): about a
// second alone, several on a busy 2-core machine. A generous budget, not a speed test (bench/ is);
// findBy… waits as long (its default is one second).
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

describe("Check-in panel", () => {
  it("lists the active sheet's key results with their values and saves a check-in", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-05",
    });
    show(excel);
    const list = await screen.findByTestId("checkin-list");
    expect(within(list).getAllByRole("listitem")).toHaveLength(7);
    expect(field("SALES-O1-KR1", "value").value).toBe("1,200,000"); // grouped as the language groups
    expect(field("SALES-O1-KR3", "value").value).toBe("18%");
    expect(field("SALES-O1-KR3", "confidence").value).toBe("70%");
    fireEvent.change(field("SALES-O1-KR3", "value"), { target: { value: "21%" } });
    fireEvent.change(field("SALES-O1-KR3", "comment"), { target: { value: "=1+1 is text" } });
    fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    // Only the key result someone changed is checked in.
    expect((await screen.findByTestId("checkin-saved")).textContent).toContain(
      "Checked in 1 key result on 2026-02-03"
    );
    expect(valuesOf(excel, "Sales 2026-Q1")[9][col("current")]).toBeCloseTo(0.21, 12);
    const history = valuesOf(excel, "Check-ins");
    expect(history).toHaveLength(2);
    expect(history[1].slice(2, 6)).toEqual(["SALES-O1-KR3", 0.21, 0.7, "=1+1 is text"]);
  });

  it("shows what was saved while it reads the sheet back, not the values from before", async () => {
    const workbook = createEmulatedExcel();
    await generateSheets(workbook, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-05",
    });
    const slow = holdable(workbook);
    show(slow.excel);
    await screen.findByTestId("checkin-list");
    await screen.findByTestId("checkin-follows");
    fireEvent.change(field("SALES-O1-KR3", "value"), { target: { value: "21%" } });
    fireEvent.change(field("SALES-O1-KR3", "comment"), { target: { value: "Two pilots live" } });
    fireEvent.change(screen.getByTestId("checkin-date"), { target: { value: "2026-02-10" } });
    // The save is answered; the read that follows it waits, as it does on a busy machine.
    slow.hold(1);
    fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    await screen.findByTestId("checkin-saved");
    await screen.findByText("Reading the workbook");
    expect(valuesOf(workbook, "Sales 2026-Q1")[9][col("current")]).toBeCloseTo(0.21, 12);
    // The fields still say what was saved (before, they went back to 18 % until Excel answered).
    expect(field("SALES-O1-KR3", "value").value).toBe("21%");
    expect(field("SALES-O1-KR3", "comment").value).toBe("Two pilots live");
    expect((screen.getByTestId("checkin-date") as HTMLInputElement).value).toBe("2026-02-10");
    // What is on show is saved: it is not offered for discarding.
    expect(screen.queryByRole("button", { name: "Discard changes" })).toBeNull();
    slow.release();
    // Read back: the value from the sheet, the comment and the date cleared for the next check-in.
    await waitFor(() => expect(field("SALES-O1-KR3", "comment").value).toBe(""));
    expect(field("SALES-O1-KR3", "value").value).toBe("21%");
    expect((screen.getByTestId("checkin-date") as HTMLInputElement).value).toBe("2026-02-03");
  });

  it("keeps what is typed while the sheet is read back after a save", async () => {
    const workbook = createEmulatedExcel();
    await generateSheets(workbook, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-05",
    });
    const slow = holdable(workbook);
    show(slow.excel);
    await screen.findByTestId("checkin-list");
    await screen.findByTestId("checkin-follows");
    fireEvent.change(field("SALES-O1-KR3", "value"), { target: { value: "21%" } });
    slow.hold(1);
    fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    await screen.findByTestId("checkin-saved");
    await screen.findByText("Reading the workbook");
    fireEvent.change(field("SALES-O1-KR1", "comment"), { target: { value: "typed meanwhile" } });
    slow.release();
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Save check-in" })).not.toBeNull()
    );
    await waitFor(() =>
      expect(
        (screen.getByRole("button", { name: "Save check-in" }) as HTMLButtonElement).disabled
      ).toBe(false)
    );
    expect(field("SALES-O1-KR1", "comment").value).toBe("typed meanwhile");
  });

  it("reads and shows numbers with Excel's marks where Excel uses a decimal comma (de-DE)", async () => {
    const excel = createEmulatedExcel();
    excel.state.culture = cultureOf("de-DE");
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-05",
    });
    show(excel);
    await screen.findByTestId("checkin-list");
    // As Excel there shows them: 1.200.000 and 18 %; untouched, they are no problem and not sent.
    expect(field("SALES-O1-KR1", "value").value).toBe("1.200.000");
    fireEvent.change(field("SALES-O1-KR1", "value"), { target: { value: "1.234.567,5" } });
    fireEvent.change(field("SALES-O1-KR3", "value"), { target: { value: "21,5%" } });
    fireEvent.change(field("SALES-O1-KR3", "confidence"), { target: { value: "72,5%" } });
    fireEvent.change(field("SALES-O1-KR2", "value"), { target: { value: "1.5" } }); // a date there
    fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    expect((await screen.findByTestId("checkin-problems")).textContent).toContain("SALES-O1-KR2");
    expect(excel.state.findSheet("Check-ins")).toBeUndefined();
    fireEvent.change(field("SALES-O1-KR2", "value"), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    expect((await screen.findByTestId("checkin-saved")).textContent).toContain(
      "Checked in 2 key results"
    );
    const sales = valuesOf(excel, "Sales 2026-Q1");
    expect(sales[7][col("current")]).toBe(1234567.5);
    expect(sales[9][col("current")]).toBeCloseTo(0.215, 12);
    expect(valuesOf(excel, "Check-ins")[2][4]).toBeCloseTo(0.725, 12);
  });

  it("points at the values it cannot read and writes nothing", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["hr"],
      lang: "zh-CN",
      period: Q1,
      asOf: "2026-01-05",
    });
    show(excel, "zh-CN");
    await screen.findByTestId("checkin-list");
    fireEvent.change(field("HR-O1-KR1", "value"), { target: { value: "很多" } });
    fireEvent.click(screen.getByRole("button", { name: "保存进度更新" }));
    expect((await screen.findByTestId("checkin-problems")).textContent).toContain(
      "HR-O1-KR1：“很多”不是数字"
    );
    expect(excel.state.findSheet("进度更新")).toBeUndefined();
  });

  it("says when the active sheet is not an OKR sheet", async () => {
    show(createEmulatedExcel());
    expect((await screen.findByTestId("checkin-not-okr")).textContent).toContain(
      "“Sheet1” is not an OKR sheet"
    );
  });
});

describe("Check-in panel when Excel will not say which sheet opens, and with mistakes", () => {
  it("offers the button to read the active sheet where registering for activations fails", async () => {
    const emulated = createEmulatedExcel();
    // Every batch works except the one that registers worksheets.onActivated.
    const excel: EmulatedExcel = {
      ...emulated,
      run: (batch) =>
        emulated.run((context) => {
          const worksheets = context.workbook.worksheets;
          Object.defineProperty(worksheets, "onActivated", {
            get: () => {
              throw new Error("This event is not available here.");
            },
          });
          return batch(context);
        }),
    };
    show(excel);
    await screen.findByTestId("checkin-not-okr");
    expect(await screen.findByRole("button", { name: "Read the active sheet" })).toBeTruthy();
    expect(screen.queryByTestId("checkin-follows")).toBeNull();
  });

  it("says it follows the active sheet from 1.7 on, and does", async () => {
    const excel = createEmulatedExcel({ sheets: ["Notes"] });
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-05",
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").activate();
      await context.sync();
    });
    show(excel);
    expect(await screen.findByTestId("checkin-follows")).toBeTruthy();
    await screen.findByTestId("checkin-not-okr");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales 2026-Q1").activate();
      await context.sync();
    });
    expect((await screen.findByTestId("checkin-sheet")).textContent).toBe("Sales 2026-Q1");
    expect(screen.queryByRole("button", { name: "Read the active sheet" })).toBeNull();
  });

  it("marks a field in error where it is, lists it at the top, and saves nothing", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-05",
    });
    show(excel);
    await screen.findByTestId("checkin-list");
    fireEvent.change(field("SALES-O1-KR3", "confidence"), { target: { value: "sure" } });
    fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    const summary = await screen.findByTestId("checkin-problems");
    expect(summary.textContent).toContain("Fix 1 field before saving");
    const item = document.querySelector('[data-kr="SALES-O1-KR3"]')!;
    expect(item.textContent).toContain("SALES-O1-KR3: confidence “sure” is not a number");
    expect(field("SALES-O1-KR3", "confidence").getAttribute("aria-invalid")).toBe("true");
    fireEvent.click(within(summary).getByRole("button"));
    expect(document.activeElement).toBe(field("SALES-O1-KR3", "confidence"));
    expect(excel.state.findSheet("Check-ins")).toBeUndefined();
  });

  it("starts the date inside the sheet's period and warns when a date is outside it", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "zh-CN",
      period: Q1,
      asOf: "2026-01-05",
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckinPanel lang="zh-CN" excel={excel} today="2026-06-30" />
      </FluentProvider>
    );
    await screen.findByTestId("checkin-list");
    const date = screen.getByTestId("checkin-date") as HTMLInputElement;
    expect(date.value).toBe("2026-03-31");
    fireEvent.change(date, { target: { value: "2026-04-01" } });
    expect(
      screen.getByText(/2026-04-01 不在此表的周期 2026-Q1（2026-01-01 – 2026-03-31）之内/)
    ).toBeTruthy();
  });
});
