/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { readSheet } from "../../src/domain/reading/sheet";
import type { Lang } from "../../src/domain/types";
import { NewSheetPanel } from "../../src/taskpane/components/NewSheetPanel";
import { valuesOf } from "../support/emulatorRead";

function show(excel: EmulatedExcel, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <NewSheetPanel lang={lang} excel={excel} today="2026-05-10" />
    </FluentProvider>
  );
}

// Each test renders Fluent UI and runs whole operations against the emulator (HyperFormula): about a
// second alone, several on a busy 2-core machine. A generous budget, not a speed test (bench/ is);
// findBy… waits as long (its default is one second).
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

describe("New sheet panel", () => {
  it("creates the picked templates for the current quarter and links to each sheet", async () => {
    const excel = createEmulatedExcel();
    show(excel);
    expect((screen.getByTestId("period") as HTMLInputElement).value).toBe("2026-Q2");
    // Seven cards, each with its icon, its name and its one-line description.
    expect(screen.getAllByRole("checkbox")).toHaveLength(7);
    const card = screen.getByTestId("template-finance");
    expect(card.querySelector("svg")).not.toBeNull();
    expect(card.textContent).toContain("A faster close, healthy cash and spend everyone can see.");
    fireEvent.click(within(screen.getByTestId("template-sales")).getByRole("checkbox"));
    fireEvent.change(screen.getByRole("textbox", { name: "Owner for Sales (optional)" }), {
      target: { value: "Dana Lee" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Create sheets" }));
    const done = await screen.findByTestId("created");
    expect(done.textContent).toContain("Created 2 sheets");
    expect(excel.state.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "Company 2026-Q2",
      "Sales 2026-Q2",
      "Actions", // their action plan, added with them
    ]);
    const sales = readSheet("Sales 2026-Q2", valuesOf(excel, "Sales 2026-Q2"));
    expect(sales.objectives[0].owner).toBe("Dana Lee");
    expect(sales.header.period?.label).toBe("2026-Q2");
    fireEvent.click(within(done).getByText("Open Company 2026-Q2"));
    await waitFor(() =>
      expect(excel.state.activeSheetId).toBe(excel.state.findSheet("Company 2026-Q2")?.id)
    );
  });

  it("writes the sheets in the chosen sheet language and scope", async () => {
    const excel = createEmulatedExcel();
    show(excel, "zh-TW");
    fireEvent.change(screen.getByTestId("sheet-language"), { target: { value: "zh-CN" } });
    fireEvent.change(screen.getByRole("combobox", { name: "範圍" }), { target: { value: "team" } });
    fireEvent.click(screen.getByRole("button", { name: "建立工作表" }));
    await screen.findByTestId("created");
    const sheet = readSheet("公司 2026-Q2", valuesOf(excel, "公司 2026-Q2"));
    expect(sheet.header).toMatchObject({ lang: "zh-CN", scope: "team" });
  });

  it("writes the sheets in the pane's language, followed when it changes, until one is picked", async () => {
    const excel = createEmulatedExcel();
    const panel = (lang: Lang) => (
      <FluentProvider theme={webLightTheme}>
        <NewSheetPanel lang={lang} excel={excel} today="2026-05-10" />
      </FluentProvider>
    );
    const { rerender } = render(panel("en"));
    const select = () => (screen.getByTestId("sheet-language") as HTMLSelectElement).value;
    expect(select()).toBe("en");
    rerender(panel("zh-TW"));
    expect(select()).toBe("zh-TW");
    fireEvent.click(screen.getByRole("button", { name: "建立工作表" }));
    await screen.findByTestId("created");
    expect(readSheet("公司 2026-Q2", valuesOf(excel, "公司 2026-Q2")).header.lang).toBe("zh-TW");
    // A language picked for the sheets stays, whatever the pane's becomes.
    fireEvent.change(screen.getByTestId("sheet-language"), { target: { value: "zh-CN" } });
    rerender(panel("en"));
    expect(select()).toBe("zh-CN");
  });

  // The browser preview runs this panel on the real clock: a Q1 sheet made in December was as of
  // December, every key result Missed before anyone typed a number.
  it("makes a past period's sheet as of its last day, as okr new does", async () => {
    const excel = createEmulatedExcel();
    render(
      <FluentProvider theme={webLightTheme}>
        <NewSheetPanel lang="en" excel={excel} today="2026-12-06" />
      </FluentProvider>
    );
    fireEvent.change(screen.getByTestId("period"), { target: { value: "2026-Q1" } });
    fireEvent.click(screen.getByRole("button", { name: "Create sheets" }));
    await screen.findByTestId("created");
    const company = readSheet("Company 2026-Q1", valuesOf(excel, "Company 2026-Q1"));
    expect(company.header.asOf).toBe("2026-03-31");
  });

  it("explains a period it cannot read and needs a template", () => {
    show(createEmulatedExcel());
    fireEvent.change(screen.getByTestId("period"), { target: { value: "Q5 2026" } });
    expect(
      (screen.getByRole("button", { name: "Create sheets" }) as HTMLButtonElement).disabled
    ).toBe(true);
    fireEvent.change(screen.getByTestId("period"), { target: { value: "2026-H2" } });
    fireEvent.click(within(screen.getByTestId("template-company")).getByRole("checkbox"));
    expect(screen.getByRole("status").textContent).toBe("Pick at least one template.");
    expect(
      (screen.getByRole("button", { name: "Create sheets" }) as HTMLButtonElement).disabled
    ).toBe(true);
  });

  it("reports a failure without changing anything", async () => {
    const broken = { ...createEmulatedExcel(), run: () => Promise.reject(new Error("busy")) };
    show(broken as unknown as EmulatedExcel);
    fireEvent.click(screen.getByRole("button", { name: "Create sheets" }));
    expect((await screen.findByText(/could not be created: busy/)).textContent).toContain(
      "Nothing was changed"
    );
  });
});
