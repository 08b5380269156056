/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Lang, Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { ScorePanel } from "../../src/taskpane/components/ScorePanel";
import { valuesOf } from "../support/emulatorRead";
import { putTable } from "../support/emulatorTables";
import { headerRow } from "../../src/domain/reading/columns";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

function show(excel: EmulatedExcel, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ScorePanel lang={lang} excel={excel} today="2026-03-31" />
    </FluentProvider>
  );
}

// Each test renders Fluent UI and runs whole operations against the emulator (HyperFormula): about a
// second alone, several on a busy 2-core machine. A generous budget, not a speed test (bench/ is);
// findBy… waits as long (its default is one second).
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

describe("Score panel: Lock the formula columns", () => {
  it("locks the formula columns when asked, with the reason beside the switch", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-15",
    });
    show(excel);
    expect(screen.getByText(/No password: a forgotten one would lock you out/)).toBeTruthy();
    fireEvent.click(screen.getByRole("switch", { name: "Lock the formula columns" }));
    fireEvent.click(screen.getByRole("button", { name: "Score workbook" }));
    await screen.findByTestId("scored");
    const sheet = excel.state.findSheet("Sales 2026-Q1")!;
    expect(sheet.protected).toBe(true);
    expect(sheet.protection.password).toBeNull();
  });

  it("says in the pane's language which sheet a password protects, and writes nothing", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-15",
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales 2026-Q1").protection.protect({}, "finance");
    });
    show(excel, "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "为工作簿计分" }));
    expect(await screen.findByText(/'Sales 2026-Q1'：该工作表受密码保护/)).toBeTruthy();
  });
});

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
    // Counts in words, not colour alone.
    expect(items[1].textContent).toBe("Sales 2026-Q10%0 on track0 at risk7 off track");
    expect(valuesOf(excel, "Sales 2026-Q1")[2][5]).toBe(46068);
    fireEvent.click(within(screen.getByTestId("scored")).getByText("Open Summary"));
    await waitFor(() =>
      expect(excel.state.activeSheetId).toBe(excel.state.findSheet("Summary")?.id)
    );
  });

  it.each([
    ["en", "Score workbook", "1 objective graded as committed (assumed)"],
    ["zh-CN", "为工作簿计分", "1 个目标按承诺型（默认）评定"],
    ["zh-TW", "為活頁簿計分", "1 個目標按承諾型（預設）評定"],
  ] as const)(
    "%s: says an objective without a Commitment is graded as committed (assumed), with its cell",
    async (lang, button, title) => {
      const excel = createEmulatedExcel();
      await putTable(excel, "Team", [
        headerRow(lang).slice(),
        ["T-O1", "Objective", "", "Grow repeat purchases", "Ann", ""],
        [
          "T-O1-KR1",
          "Key result",
          "",
          "Grow repeat rate from 30 to 40",
          "",
          "",
          "Metric",
          "",
          30,
          40,
          35,
        ],
        ["T-O2", "Objective", "", "Open the Lyon office", "Ann", "Aspirational"],
        ["T-O2-KR1", "Key result", "", "Sign 3 partners", "", "", "Metric", "", 0, 3, 1],
      ]);
      show(excel, lang);
      fireEvent.click(screen.getByRole("button", { name: button }));
      const bar = await screen.findByTestId("commitment-assumed");
      expect(bar.textContent).toContain(title);
      // Only the objective with no Commitment, linked to its Commitment cell (F2).
      expect(
        within(bar)
          .getAllByRole("listitem")
          .map((li) => li.textContent)
      ).toEqual(["Team!F2 T-O1"]);
      fireEvent.click(within(bar).getByText("Team!F2"));
      await waitFor(() =>
        expect(excel.state.activeSheetId).toBe(excel.state.findSheet("Team")?.id)
      );
    }
  );

  it("names the key results it could not score, with links, and the sheets it left alone", async () => {
    const excel = createEmulatedExcel();
    await putTable(excel, "Team", [
      headerRow("zh-TW").slice(),
      ["T-O1", "目標", "", "擴大回購", "Ann", "承諾型"],
      ["T-O1-KR1", "關鍵結果", "", "回購率從30%提升到40%", "", "", "指標", "%", 30, 40, "三十五"],
    ]);
    await putTable(excel, "Pasted", [
      ["ID", "Level", "Statement", "KR type", "Start", "Target", "Current"],
      ["A-O1", "Objective", "Grow revenue"],
    ]);
    show(excel, "zh-TW");
    fireEvent.click(screen.getByRole("button", { name: "為活頁簿計分" }));
    const bar = await screen.findByTestId("not-scored");
    expect(bar.textContent).toContain("1 個關鍵結果無法計分");
    expect(bar.textContent).toContain("T-O1-KR1 (KR-BAD-VALUE)");
    fireEvent.click(within(bar).getByText("Team!O3"));
    await waitFor(() => expect(excel.state.activeSheetId).toBe(excel.state.findSheet("Team")?.id));
    const refused = screen.getByTestId("refused");
    expect(refused.textContent).toContain("未計分的工作表：Pasted");
    expect(refused.textContent).toContain("Pasted!");
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

describe("Score panel, long work", () => {
  it("can be cancelled before it writes, and then has written nothing", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-15",
    });
    show(excel);
    fireEvent.click(screen.getByRole("button", { name: "Score workbook" }));
    expect(screen.getByTestId("progress").textContent).toContain("Step 1 of 3");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect((await screen.findByTestId("cancelled")).textContent).toBe(
      "Cancelled before anything was written. The workbook is as it was."
    );
    expect(excel.state.findSheet("Summary")).toBeUndefined();
    expect(document.activeElement).toBe(screen.getByTestId("outcome"));
  });

  it("words the counts in Chinese too", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "zh-TW",
      period: Q1,
      asOf: "2026-01-15",
    });
    show(excel, "zh-TW");
    fireEvent.click(screen.getByRole("button", { name: "為活頁簿計分" }));
    expect((await screen.findByTestId("scored")).textContent).toContain("已為 1 張工作表計分");
    // Scored as of 2026-03-31, the period's last day: the counts are grades, as the sheet's cells.
    expect(within(screen.getByTestId("sheet-scores")).getByText("7 個未達成")).toBeTruthy();
  });
});
