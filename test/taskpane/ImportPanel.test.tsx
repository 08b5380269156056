/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { importSources, importedInputs } from "../../src/cli/import";
import { scoreFiles } from "../../src/cli/score";
import { lineText } from "../../src/domain/import/report";
import { parsePeriod } from "../../src/domain/reading/period";
import { format } from "../../src/domain/reading/i18n";
import { BLOCK_POSITIONS } from "../../src/domain/plan/layout";
import { LANGS, type Lang, type Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { ImportPanel } from "../../src/taskpane/components/ImportPanel";
import { valuesOf } from "../support/emulatorRead";
import { IMPORT_MESSAGES } from "../../src/taskpane/messages/import";

// Each run goes through office.js to the emulated workbook: on a loaded machine, more than 1 s.
configure({ asyncUtilTimeout: 30_000 });

const TODAY = "2026-02-15";
const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const fixture = (name: string) => join(__dirname, "..", "fixtures", "import", name);

function show(excel: EmulatedExcel, lang: Lang) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ImportPanel lang={lang} excel={excel} today={TODAY} />
    </FluentProvider>
  );
}

function pick(lang: Lang, files: File[]) {
  fireEvent.change(screen.getByLabelText(IMPORT_MESSAGES.files[lang]), { target: { files } });
  fireEvent.click(screen.getByRole("button", { name: IMPORT_MESSAGES.read[lang] }));
}

const fileOf = (name: string) => new File([readFileSync(fixture(name))], name);

/** The sheet score the emulated Excel computes for a sheet (its header block's cell). */
function sheetScore(excel: EmulatedExcel, sheet: string) {
  const [r, c] = BLOCK_POSITIONS.sheetScore;
  return valuesOf(excel, sheet)[r][c + 1];
}

/** What `okr import` + `okr score` make of the same file: the witness for the pane's sheet. */
async function cliScore(file: string, lang: Lang) {
  const { tables } = await importSources([fixture(file)], { lang });
  const inputs = importedInputs(tables, { lang, period: Q1 });
  const { plan } = await scoreFiles(inputs, {
    lang,
    relabel: false,
    scope: "team",
    period: Q1,
    asOf: TODAY,
    today: TODAY,
  });
  return { tables, score: plan.model.sheets[0].score };
}

describe("Import panel", () => {
  it.each([
    ["viva-goals-export.csv", "en"],
    ["okrs-by-objective.csv", "zh-CN"],
  ] as const)(
    "%s in %s: the dry run reports each row as okr import does; Import adds a sheet that scores as okr import's",
    async (file, lang) => {
      const excel = createEmulatedExcel({ apiVersion: "1.13" });
      await generateSheets(excel, { templates: ["sales"], lang, period: Q1, asOf: TODAY });
      const before = excel.state.sheets.map((s) => s.name);
      const witness = await cliScore(file, lang);
      show(excel, lang);
      pick(lang, [fileOf(file)]);

      const report = await screen.findByTestId("import-report");
      const lines = within(report)
        .getAllByRole("listitem")
        .map((li) => li.textContent);
      expect(lines).toEqual(witness.tables[0].report.map((r) => lineText(r, lang).trim()));
      // Nothing is written by the dry run.
      expect(excel.state.sheets.map((s) => s.name)).toEqual(before);

      expect(screen.getByTestId("import-period")).toHaveProperty("value", "2026-Q1");
      fireEvent.click(screen.getByRole("button", { name: IMPORT_MESSAGES.import[lang] }));
      const done = await screen.findByTestId("imported");
      const name = file.replace(/\.csv$/, "");
      expect(done.textContent).toContain(format(IMPORT_MESSAGES.imported[lang], { count: 1 }));
      expect(done.textContent).toContain(name);
      // Every sheet the workbook had is still there, unchanged in order; the new one is added.
      const after = excel.state.sheets.map((s) => s.name);
      expect(after.filter((n) => before.includes(n))).toEqual(before);
      expect(after).toContain(name);
      const score = sheetScore(excel, name);
      expect(typeof score).toBe("number");
      expect(score as number).toBeCloseTo(witness.score as number, 9);
    }
  );

  it("never overwrites a sheet: a second import of the same file gets the next free name and new IDs", async () => {
    const excel = createEmulatedExcel({ apiVersion: "1.13" });
    show(excel, "en");
    const file = "viva-goals-export.csv";
    for (let i = 0; i < 2; i++) {
      pick("en", [fileOf(file)]);
      await screen.findByTestId("import-report");
      fireEvent.click(screen.getByRole("button", { name: IMPORT_MESSAGES.import.en }));
      await screen.findByTestId("imported");
    }
    const names = excel.state.sheets.map((s) => s.name);
    expect(names).toContain("viva-goals-export");
    expect(names).toContain("viva-goals-export (2)");
    const idsOf = (sheet: string) =>
      valuesOf(excel, sheet)
        .slice(6)
        .map((r) => r[0])
        .filter(Boolean);
    const first = new Set(idsOf("viva-goals-export"));
    expect(idsOf("viva-goals-export (2)").some((id) => first.has(id))).toBe(false);
  });

  // As `okr` warns of such a file: what Import reads is what its formulas showed when it was saved.
  it("names a picked .xlsx whose formulas link other workbooks, in the pane's language", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const { csvRows } = await import("../../src/cli/input");
    const { withExternalLink } = await import("../support/externalLink");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sales").addRows(
      csvRows(readFileSync(fixture("viva-goals-export.csv")), "viva-goals-export.csv")
    );
    const bytes = await withExternalLink(
      new Uint8Array(await wb.xlsx.writeBuffer()),
      "Sales",
      "Z1",
      42
    );
    show(createEmulatedExcel({ apiVersion: "1.13" }), "zh-TW");
    pick("zh-TW", [new File([bytes as Uint8Array<ArrayBuffer>], "okrs.xlsx")]);
    expect((await screen.findByTestId("linked-files")).textContent).toContain(
      "okrs.xlsx：該活頁簿中有公式連結到 1 個其他活頁簿（xl/externalLinks/externalLink1.xml）"
    );
  });

  it("reads an .xlsx in the pane: one table per visible sheet that holds something, each named for its sheet", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const { csvRows } = await import("../../src/cli/input");
    const wb = new ExcelJS.Workbook();
    const csv = (name: string) => csvRows(readFileSync(fixture(name)), name);
    wb.addWorksheet("Sales").addRows(csv("viva-goals-export.csv"));
    wb.addWorksheet("Growth").addRows(csv("okr-template.csv"));
    wb.addWorksheet("Empty");
    wb.addWorksheet("Old").state = "hidden";
    wb.getWorksheet("Old")!.addRows(csv("okr-template.csv"));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const excel = createEmulatedExcel({ apiVersion: "1.13" });
    show(excel, "en");
    pick("en", [new File([bytes], "okrs.xlsx")]);
    await screen.findAllByTestId("import-report");
    const tables = screen.getAllByTestId("import-report").map((r) => r.getAttribute("data-table"));
    expect(tables).toEqual(["Sales", "Growth"]);
    fireEvent.click(screen.getByRole("button", { name: IMPORT_MESSAGES.import.en }));
    await screen.findByTestId("imported");
    const names = excel.state.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Sales", "Growth"]));
    expect(names).not.toContain("Old");
    // IDs stay unique across the tables of one import (SALES-…, GROWTH-…).
    expect(valuesOf(excel, "Growth")[6][0]).toBe("GROWTH-O1");
    expect(typeof sheetScore(excel, "Growth")).toBe("number");
  });

  it.each(LANGS)(
    "in %s: headers it cannot read get mapping dropdowns; the chosen mapping imports the rows",
    async (lang) => {
      const excel = createEmulatedExcel({ apiVersion: "1.13" });
      show(excel, lang);
      const csv = [
        "Thing,Sort,Who,From,To,Now",
        "Win the enterprise segment,Objective,Dana,,,",
        "Grow enterprise ARR from $2M to $3M,Key result,Dana,2000000,3000000,2400000",
        "Cut the sales cycle from 90 to 60 days,Key result,Omar,90,60,75",
      ].join("\n");
      pick(lang, [new File([csv], "own-layout.csv")]);
      const mapping = await screen.findByTestId("import-mapping");
      expect(screen.queryByRole("button", { name: IMPORT_MESSAGES.import[lang] })).toBeNull();
      const choose = (header: string, field: string) =>
        fireEvent.change(within(mapping).getByLabelText(header), { target: { value: field } });
      choose("Thing", "statement");
      choose("Sort", "level");
      choose("Who", "owner");
      choose("From", "start");
      choose("To", "target");
      choose("Now", "current");
      fireEvent.click(
        within(mapping).getByRole("button", { name: IMPORT_MESSAGES.useMapping[lang] })
      );
      const report = await screen.findByTestId("import-report");
      expect(
        within(report)
          .getAllByRole("listitem")
          .map((li) => li.getAttribute("data-kept"))
      ).toEqual(["yes", "yes", "yes"]);
      fireEvent.click(screen.getByRole("button", { name: IMPORT_MESSAGES.import[lang] }));
      await screen.findByTestId("imported");
      const rows = valuesOf(excel, "own-layout");
      expect(rows.slice(6, 9).map((r) => r[0])).toEqual(["OWN-O1", "OWN-O1-KR1", "OWN-O1-KR2"]);
      expect(typeof sheetScore(excel, "own-layout")).toBe("number");
    }
  );

  it.each(LANGS)("in %s: a file it cannot read is named with what to do", async (lang) => {
    const excel = createEmulatedExcel({ apiVersion: "1.13" });
    show(excel, lang);
    pick(lang, [new File(["not a workbook"], "notes.docx")]);
    const bar = await screen.findByTestId("import-unreadable");
    expect(bar.textContent).toBe(
      format(IMPORT_MESSAGES.unreadableType[lang], { file: "notes.docx" })
    );
    pick(lang, [new File(["PK not a zip"], "broken.xlsx")]);
    const again = await screen.findByTestId("import-unreadable");
    expect(again.textContent).toMatch(/^broken\.xlsx/);
    expect(screen.queryByTestId("import-report")).toBeNull();
  });
});
