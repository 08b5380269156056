/**
 * @jest-environment jsdom
 */
// The pane on a workbook of two quarters: the Period picker where places show one period (the
// latest open one until another is picked), the line saying what a place left out, and a linked
// key result shown read-only at Check-in, its formula kept.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS } from "../../src/domain/reading/columns";
import type { Lang } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { CheckinPanel } from "../../src/taskpane/components/CheckinPanel";
import { ReviewPanel } from "../../src/taskpane/components/ReviewPanel";
import { ScorePanel } from "../../src/taskpane/components/ScorePanel";
import { formulasOf, valuesOf } from "../support/emulatorRead";
import { Q1, twoQuarters } from "../support/twoQuarters";

jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 60_000 });
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

const inPane = (node: JSX.Element) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

async function picker() {
  const select = (await screen.findByTestId("period-picker")) as HTMLSelectElement;
  await waitFor(() => expect(select.value).not.toBe(""));
  return select;
}

describe("the Period picker", () => {
  it.each<[Lang, string, string]>([
    [
      "en",
      "2026-Q1 (closed)",
      "1 sheet of 2026-Q2 not shown; choose 2026-Q2 under Period to see them",
    ],
    ["zh-CN", "2026-Q1（已结束）", "未显示 2026-Q2 的 1 张工作表；在“周期”中选择 2026-Q2 可查看"],
  ])(
    "scores the latest open period, or the one picked, and says what it left out (%s)",
    async (lang, closed, leftOut) => {
      const excel = await twoQuarters();
      inPane(<ScorePanel lang={lang} excel={excel} today="2026-04-15" />);
      const select = await picker();
      expect(select.value).toBe("2026-Q2");
      expect([...select.options].map((o) => o.textContent)).toEqual(["2026-Q2", closed]);
      fireEvent.change(select, { target: { value: "2026-Q1" } });
      fireEvent.click(screen.getByRole("button", { name: /Score|计分/ }));
      expect((await screen.findByTestId("period-left-out")).textContent).toBe(leftOut);
      expect(valuesOf(excel, "Summary")[0][0]).toMatch(/— 2026-Q1$/);
    }
  );

  it("is not shown for a workbook of one period", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-02-15",
    });
    inPane(<ScorePanel lang="en" excel={excel} today="2026-02-15" />);
    fireEvent.click(screen.getByRole("button", { name: "Score workbook" }));
    await screen.findByTestId("scored");
    expect(screen.queryByTestId("period-picker")).toBeNull();
    expect(screen.queryByTestId("period-left-out")).toBeNull();
  });

  it("reviews the period picked: its objectives only", async () => {
    const excel = await twoQuarters();
    inPane(<ReviewPanel lang="en" excel={excel} />);
    fireEvent.change(await picker(), { target: { value: "2026-Q1" } });
    fireEvent.click(screen.getByRole("button", { name: "Build review" }));
    expect((await screen.findByTestId("review-periods")).textContent).toBe(
      "OKR scores from the objectives of 2026-Q1 only."
    );
  });
});

describe("a linked key result at Check-in", () => {
  it("shows the link read-only, records a confidence for it and keeps the formula", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-02-15",
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.add("P&L").getRange("B1").values = [[1_650_000]];
      const sales = context.workbook.worksheets.getItem("Sales 2026-Q1");
      sales.getRange("K8").formulas = [["='P&L'!B1"]];
      sales.activate();
      await context.sync();
    });
    inPane(<CheckinPanel lang="en" excel={excel} today="2026-02-10" />);
    await screen.findByTestId("checkin-list");
    const value = document.querySelector(
      '[data-kr="SALES-O1-KR1"] [data-field="value"]'
    ) as HTMLInputElement;
    await waitFor(() => expect(value.readOnly).toBe(true));
    expect(value.value).toBe("1,650,000");
    expect(screen.getByText("linked to 'P&L'!B1")).toBeTruthy();
    const confidence = document.querySelector(
      '[data-kr="SALES-O1-KR1"] [data-field="confidence"]'
    ) as HTMLInputElement;
    fireEvent.change(confidence, { target: { value: "80%" } });
    fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    expect((await screen.findByTestId("checkin-saved")).textContent).toContain(
      "Checked in 1 key result on 2026-02-10"
    );
    expect(formulasOf(excel, "Sales 2026-Q1")[7][col("current")]).toBe("='P&L'!B1");
    expect(valuesOf(excel, "Check-ins")[1].slice(2, 5)).toEqual(["SALES-O1-KR1", 1_650_000, 0.8]);
  });

  // Excel keeps the link (the add-in writes only its own columns); the value it shows is what it
  // last fetched, so the person is told to update it before the history records it.
  it("says a Current linked to another workbook shows what Excel last fetched, and how to update it", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "zh-CN",
      period: Q1,
      asOf: "2026-02-15",
    });
    await excel.run(async (context) => {
      const sales = context.workbook.worksheets.getItem("销售 2026-Q1");
      sales.getRange("K8").formulas = [["='[Budget.xlsx]P&L'!B1"]];
      sales.activate();
      await context.sync();
    });
    inPane(<CheckinPanel lang="zh-CN" excel={excel} today="2026-02-10" />);
    await screen.findByTestId("checkin-list");
    expect(
      await screen.findByText(
        /^关联到 '\[Budget\.xlsx\]P&L'!B1，位于另一个工作簿：数值是 Excel 上次从该工作簿取得的值。/
      )
    ).toBeTruthy();
  });
});
