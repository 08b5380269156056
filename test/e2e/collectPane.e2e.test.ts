// Collect in the browser preview, with real clicks on the real pane: two files okr split wrote and
// departments edited are picked from disk, the report shows before anything changes, and Apply
// brings them in (through insertWorksheetsFromBase64 on the web, parsed in the pane on iPad);
// Cancel leaves the workbook as it was.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { format } from "../../src/domain/reading/i18n";
import { LANGS, type CellValue } from "../../src/domain/types";
import { okr } from "../support/cli";
import { generatedMaster, loadXlsx } from "../support/split";
import { axeViolationsOn } from "./support/axe";
import { screenshot, usePreviewPage } from "./support/browser";
import { createSalesAndCompany } from "./support/flows";
import { COLLECT_MESSAGES } from "../../src/taskpane/messages/collect";

const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
const SALES = "Sales 2026-Q1";
const COMPANY = "Company 2026-Q1";

/** Company and Sales split from a 2026-Q1 master; Sales raises a target, both check in. */
async function returnedFiles(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "okr-collect-e2e-"));
  const master = await generatedMaster(dir, "company,sales", "master.xlsx");
  const out = join(dir, "out");
  const split = await okr("split", master, "-o", out);
  if (split.status !== 0) throw new Error(`okr split failed: ${split.err}`);
  const files = readdirSync(out).map((f) => join(out, f));
  for (const file of files) {
    const wb = await loadXlsx(file);
    for (const ws of wb.worksheets)
      ws.eachRow((row) => {
        const id = row.getCell(col("id") + 1).value;
        if (id === "SALES-O1-KR2") row.getCell(col("target") + 1).value = 999;
        if (id === "SALES-O1-KR1" || id === "CO-O1-KR1") row.getCell(col("current") + 1).value = 7;
      });
    await wb.xlsx.writeFile(file);
  }
  return files;
}

async function sheetValues(page: Page, sheet: string): Promise<CellValue[][]> {
  return page.evaluate(
    (name) =>
      window.okrPreview!.excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem(name).getUsedRange();
        used.load("values");
        await context.sync();
        return used.values as CellValue[][];
      }),
    sheet
  );
}

async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window.okrPreview!.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    })
  );
}

const valueOf = (values: CellValue[][], id: string, key: ColumnKey) =>
  values.find((r) => r[col("id")] === id)?.[col(key)];

describe("Collect in the preview", () => {
  const { page, watch, url } = usePreviewPage();
  let files: string[];
  beforeAll(async () => {
    files = await returnedFiles();
  });

  /** The preview at an ExcelApi level, with Company and Sales made in New sheet. */
  async function openWithSheets(platform: string) {
    await page().goto(`${url()}/preview.html?platform=${platform}`);
    await page().getByTestId("host-notice").waitFor();
    // Leaving the page the hooks opened cancels what it was still loading: not this page's errors.
    watch().errors.length = 0;
    await createSalesAndCompany(page());
  }

  /** Collect: the two returned files picked from disk and checked. */
  async function pickAndCheck() {
    await page().getByRole("tab", { name: "Collect" }).click();
    await page().getByTestId("collect-files").setInputFiles(files);
    await page().getByRole("button", { name: "Check files" }).click();
    await page().getByTestId("collect-plan").waitFor();
  }

  it.each(["web", "ipad"])(
    "on %s: the report first, then Apply replaces the two sheets and scores",
    async (api) => {
      await openWithSheets(api);
      const before = await sheetValues(page(), SALES);
      await pickAndCheck();
      const report = page().getByTestId("collect-report");
      await expect(report.textContent()).resolves.toMatch(
        /SALES-O1-KR2: Target changed \$[\d,]+ → \$999/
      );
      await expect(page().getByTestId("collect-plan").textContent()).resolves.toContain(
        `2 sheet(s) will be replaced: ${COMPANY}, ${SALES}`
      );
      // Nothing of the workbook changed yet.
      expect(await sheetValues(page(), SALES)).toEqual(before);
      if (api === "web") {
        await screenshot(page(), "collect-report");
        // The place and its report in each language, light and dark: axe-core finds nothing.
        const found: Record<string, string[]> = {};
        for (const dark of [false, true]) {
          await page().evaluate((d) => window.okrPreview!.setDark(d), dark);
          for (const lang of LANGS) {
            await page().getByTestId("language-select").selectOption(lang);
            await expect(page().getByTestId("collect-plan").textContent()).resolves.toContain(
              format(COLLECT_MESSAGES.willReplace[lang], {
                count: 2,
                sheets: `${COMPANY}, ${SALES}`,
              })
            );
            const violations = await axeViolationsOn(page());
            if (violations.length) found[`${lang} ${dark ? "dark" : "light"}`] = violations;
          }
        }
        expect(found).toEqual({});
        await page().getByTestId("language-select").selectOption("en");
      }
      await page().getByRole("button", { name: "Apply" }).click();
      await page().getByTestId("collected").waitFor();
      const sales = await sheetValues(page(), SALES);
      expect(valueOf(sales, "SALES-O1-KR2", "target")).toBe(999);
      expect(valueOf(sales, "SALES-O1-KR1", "current")).toBe(7);
      expect(valueOf(await sheetValues(page(), COMPANY), "CO-O1-KR1", "current")).toBe(7);
      // Progress is computed again: a number, not the text of a copied value.
      expect(typeof valueOf(sales, "SALES-O1-KR1", "progress")).toBe("number");
      const names = await sheetNames(page());
      expect(names.filter((n) => / \(\d+\)$/.test(n) || n === "okrSheets.sent")).toEqual([]);
      expect(watch().errors).toEqual([]);
    }
  );

  it("Cancel leaves the workbook as it was", async () => {
    await openWithSheets("web");
    const names = await sheetNames(page());
    const sales = await sheetValues(page(), SALES);
    await pickAndCheck();
    await page().getByRole("button", { name: "Cancel" }).click();
    await page().getByTestId("collect-cancelled").waitFor();
    expect(await sheetNames(page())).toEqual(names);
    expect(await sheetValues(page(), SALES)).toEqual(sales);
    expect(watch().errors).toEqual([]);
  });
});
