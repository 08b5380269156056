// Split in the browser preview, with real clicks on the real pane (issue 33): the README's workbook
// (Company and Sales made in New sheet) split into one .xlsx per department, each offered as a
// download; a department edits its file; the files come back through Collect, and the master's
// record says every file of the round returned.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  isSentRecordSheet,
  notReturned,
  sentRecordFromRows,
} from "../../src/domain/chase/sentRecord";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { LANGS, type CellValue } from "../../src/domain/types";
import { loadXlsx } from "../support/split";
import { axeViolationsOn } from "./support/axe";
import { screenshot, usePreviewPage } from "./support/browser";
import { createSalesAndCompany } from "./support/flows";
import { SPLIT_MESSAGES } from "../../src/taskpane/messages/split";

const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
const SALES = "Sales 2026-Q1";
const COMPANY = "Company 2026-Q1";

/** Every sheet: its name, visibility and values (the preview's emulated Excel). */
async function sheets(page: Page) {
  return page.evaluate(() =>
    window.okrPreview!.excel.run(async (context) => {
      const items = context.workbook.worksheets;
      items.load("items/name, items/visibility");
      await context.sync();
      const used = items.items.map((s) => {
        const r = s.getUsedRange();
        r.load("values");
        return r;
      });
      await context.sync();
      return items.items.map((s, i) => ({
        name: s.name,
        visibility: s.visibility as string,
        values: used[i].values as CellValue[][],
      }));
    })
  );
}

const valueOf = (values: CellValue[][], id: string, key: ColumnKey) =>
  values.find((r) => r[col("id")] === id)?.[col(key)];

describe("Split in the preview", () => {
  const { page, watch, url } = usePreviewPage();

  it("splits the workbook into department files to download, and they come back through Collect", async () => {
    await page().goto(`${url()}/preview.html?platform=web`);
    await page().getByTestId("host-notice").waitFor();
    watch().errors.length = 0;
    await createSalesAndCompany(page());

    await page().getByRole("tab", { name: "Split" }).click();
    await page().getByRole("button", { name: SPLIT_MESSAGES.make.en }).click();
    await page().getByTestId("split-made").waitFor();
    const links = page().getByTestId("split-file");
    const names = await links.evaluateAll((as) => as.map((a) => a.getAttribute("download")!));
    expect(names).toEqual([`${COMPANY}.xlsx`, `${SALES}.xlsx`]);
    await screenshot(page(), "split-files");
    // The place and its files in each language: axe-core finds nothing.
    const found: Record<string, string[]> = {};
    for (const lang of LANGS) {
      await page().getByTestId("language-select").selectOption(lang);
      await expect(page().getByTestId("split-made").textContent()).resolves.toContain(
        SPLIT_MESSAGES.download[lang]
      );
      const violations = await axeViolationsOn(page());
      if (violations.length) found[lang] = violations;
    }
    expect(found).toEqual({});
    await page().getByTestId("language-select").selectOption("en");

    // Each file as the browser downloads it (a click on its link), saved where a person would.
    const dir = mkdtempSync(join(tmpdir(), "okr-split-pane-"));
    const files: string[] = [];
    for (const [i, name] of names.entries()) {
      const [download] = await Promise.all([page().waitForEvent("download"), links.nth(i).click()]);
      expect(download.suggestedFilename()).toBe(name);
      const file = join(dir, name);
      await download.saveAs(file);
      files.push(file);
    }
    // The round is in the master, very hidden, both files still out.
    const record = () =>
      sheets(page()).then((all) => {
        const kept = all.find((s) => isSentRecordSheet(s.values));
        return kept && { visibility: kept.visibility, record: sentRecordFromRows(kept.values) };
      });
    const sent = await record();
    expect(sent?.visibility).toBe("VeryHidden");
    expect(notReturned(sent!.record).map((f) => f.file)).toEqual(names);

    // Sales checks in on its file: Current 7 for its first key result.
    const salesFile = files[1];
    const wb = await loadXlsx(salesFile);
    wb.getWorksheet(SALES)!.eachRow((row) => {
      if (row.getCell(col("id") + 1).value === "SALES-O1-KR1")
        row.getCell(col("current") + 1).value = 7;
    });
    await wb.xlsx.writeFile(salesFile);

    await page().getByRole("tab", { name: "Collect" }).click();
    await page().getByTestId("collect-files").setInputFiles(files);
    await page().getByRole("button", { name: "Check files" }).click();
    await expect(page().getByTestId("collect-plan").textContent()).resolves.toContain(
      `2 sheet(s) will be replaced: ${COMPANY}, ${SALES}`
    );
    await page().getByRole("button", { name: "Apply" }).click();
    await page().getByTestId("collected").waitFor();
    const after = await sheets(page());
    const sales = after.find((s) => s.name === SALES)!.values;
    expect(valueOf(sales, "SALES-O1-KR1", "current")).toBe(7);
    expect(typeof valueOf(sales, "SALES-O1-KR1", "progress")).toBe("number");
    // Nothing of the files stayed; the record says both came back.
    expect(after.filter((s) => / \(\d+\)$/.test(s.name) || s.name === "okrSheets.sent")).toEqual(
      []
    );
    const back = await record();
    expect(notReturned(back!.record)).toEqual([]);
    expect(watch().errors).toEqual([]);
  });
});
