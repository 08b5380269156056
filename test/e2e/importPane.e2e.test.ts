// Import, Who owes and "My key results" in the browser preview, with real clicks on the real pane:
// the fixtures of test/fixtures/import picked from disk are imported as new sheets that Score
// scores; after a one-row check-in, Who owes lists the other owners; the Check-in owner picker
// lists one person's key results.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { BLOCK_POSITIONS } from "../../src/domain/plan/layout";
import { columnLetters } from "../../src/domain/reading/cellRefs";
import { COLUMNS } from "../../src/domain/reading/columns";
import { LANGS } from "../../src/domain/types";
import { axeViolationsOn } from "./support/axe";
import { screenshot, usePreviewPage } from "./support/browser";
import {
  createSalesAndCompany,
  scoreAsOf,
  sheetNames,
  sheetTab,
  sheetValues,
} from "./support/flows";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "import", name);
const SALES = "Sales 2026-Q1";

const { page, watch } = usePreviewPage({ width: 1500, height: 900 });

/** The sheet score in a sheet's header block, as the emulated Excel computes it. */
async function sheetScore(p: Page, sheet: string): Promise<unknown> {
  const [r, c] = BLOCK_POSITIONS.sheetScore;
  return (await sheetValues(p, sheet))[r][c + 1];
}

/** axe-core on the place shown, in each language, light and dark; back to English light after. */
async function axeEverywhere(p: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const dark of [false, true]) {
    await p.evaluate((d) => window.okrPreview!.setDark(d), dark);
    for (const lang of LANGS) {
      await p.getByTestId("language-select").selectOption(lang);
      const violations = await axeViolationsOn(p);
      if (violations.length) found[`${lang} ${dark ? "dark" : "light"}`] = violations;
    }
  }
  await p.evaluate(() => window.okrPreview!.setDark(false));
  await p.getByTestId("language-select").selectOption("en");
  return found;
}

/** Import: one file picked from disk, read, its period set, imported. */
async function importFile(p: Page, file: string, period: string) {
  await p.getByTestId("import-files").setInputFiles(fixture(file));
  await p.getByRole("button", { name: "Read files" }).click();
  await p.getByTestId("import-report").waitFor();
  await p.getByTestId("import-period").fill(period);
  await p.getByRole("button", { name: "Import", exact: true }).click();
  await p.getByTestId("imported").waitFor();
}

describe("Import, Who owes and My key results in the preview", () => {
  it("imports the Viva Goals export and the one-row-per-objective sheet; Score scores them", async () => {
    const p = page();
    await p.getByRole("tab", { name: "Import" }).click();
    await p.getByTestId("import-files").setInputFiles(fixture("viva-goals-export.csv"));
    await p.getByRole("button", { name: "Read files" }).click();
    const report = p.getByTestId("import-report");
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain(
      "line 6: dropped — “Project” is not an objective or key result"
    );
    await expect(report.textContent()).resolves.toContain("line 9: kept as VIVA-O2-KR2");
    // The source names its period: the new sheet's period follows it.
    await expect(p.getByTestId("import-period").inputValue()).resolves.toBe("2026-Q1");
    expect(await axeEverywhere(p)).toEqual({});
    await screenshot(p, "import-report");
    await p.getByRole("button", { name: "Import", exact: true }).click();
    await p.getByTestId("imported").waitFor();
    await importFile(p, "okrs-by-objective.csv", "2026-Q1");

    const names = await sheetNames(p);
    expect(names).toEqual(expect.arrayContaining(["viva-goals-export", "okrs-by-objective"]));
    await scoreAsOf(p, "2026-02-15");
    for (const sheet of ["viva-goals-export", "okrs-by-objective"]) {
      const score = await sheetScore(p, sheet);
      expect(typeof score).toBe("number");
      expect(score as number).toBeGreaterThan(0);
      expect(score as number).toBeLessThanOrEqual(1);
    }
    // Score lists both among the sheets it scored.
    const scored = (await p.getByTestId("sheet-scores").textContent()) ?? "";
    expect(scored).toContain("viva-goals-export");
    expect(scored).toContain("okrs-by-objective");
    expect(watch().errors).toEqual([]);
  });

  it("after a one-row check-in Who owes lists the owners; the owner picker filters Check-in", async () => {
    const p = page();
    await createSalesAndCompany(p);
    // One of Sales's key results belongs to someone else: SALES-O1-KR2, sheet row 9.
    const owner = `${columnLetters(COLUMNS.findIndex((c) => c.key === "owner"))}9`;
    await p.evaluate(
      async ([sheet, address]) =>
        window.okrPreview!.excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange(address).values = [["Omar"]];
          await context.sync();
        }),
      [SALES, owner] as const
    );
    await sheetTab(p, SALES).click();
    await p.getByRole("tab", { name: "Check-in" }).click();
    await p.getByTestId("checkin-list").waitFor();
    await p.getByTestId("checkin-date").fill("2026-02-10");
    await p.locator('[data-kr="SALES-O1-KR1"] [data-field="value"]').fill("1,700,000");
    await p.getByRole("button", { name: "Save check-in" }).click();
    await p.getByTestId("checkin-saved").waitFor();

    await p.getByRole("tab", { name: "Who owes" }).click();
    await p.getByTestId("chase-as-of").fill("2026-02-15");
    await p.getByRole("button", { name: "Show who owes" }).click();
    const result = p.getByTestId("chase-result");
    await expect(result.textContent()).resolves.toContain("as of 2026-02-15");
    const owners = await result.getByRole("heading", { level: 2 }).allTextContents();
    expect(owners).toEqual(["CEO", "Head of Sales", "Omar"]);
    const text = (await result.textContent()) ?? "";
    expect(text).toContain("SALES-O1-KR2");
    expect(text).toContain("CO-O1-KR1");
    expect(text).not.toContain("SALES-O1-KR1 ");
    const mail = await p.getByTestId("chase-mail").first().getAttribute("href");
    expect(mail).toMatch(/^mailto:\?subject=OKR%20check-in%20due/);
    expect(await axeEverywhere(p)).toEqual({});
    await screenshot(p, "who-owes");

    await p.getByRole("tab", { name: "Check-in" }).click();
    await p.getByTestId("checkin-list").waitFor();
    expect(await p.getByTestId("checkin-list").getByRole("listitem").count()).toBe(7);
    await p.getByTestId("checkin-owner").selectOption("Omar");
    const items = p.getByTestId("checkin-list").getByRole("listitem");
    await expect(items.count()).resolves.toBe(1);
    await expect(items.first().getAttribute("data-kr")).resolves.toBe("SALES-O1-KR2");
    await p.getByTestId("checkin-owner").selectOption("Head of Sales");
    await expect(items.count()).resolves.toBe(6);
    expect(await axeViolationsOn(p)).toEqual([]);
    await screenshot(p, "checkin-my-key-results");
    expect(watch().errors).toEqual([]);
  });
});
