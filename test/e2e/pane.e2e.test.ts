// The task pane as people use it, in a real Chromium: axe-core finds no violation on any place, in
// any language, light or dark; Check-in follows the sheet opened in the grid; errors sit at their
// fields; a date outside the sheet's period is flagged; long work shows its phase; New sheet's
// primary action is visible without scrolling, at laptop size and at Excel's narrow pane width.
import type { Page } from "playwright-core";
import { LANGS, type Lang } from "../../src/domain/types";
import { axeViolationsOn } from "./support/axe";
import { screenshot, usePreviewPage } from "./support/browser";
import { format } from "../../src/domain/reading/i18n";
import { SHELL_MESSAGES } from "../../src/taskpane/messages/shell";
import { CLOSE_MESSAGES } from "../../src/taskpane/messages/close";

const preview = usePreviewPage({ width: 1400, height: 900 });
let page: Page;
beforeEach(() => {
  page = preview.page();
});

/** axe-core's violations on this test's page. */
const axeViolations = () => axeViolationsOn(page);

const tab = (key: "newSheetTab" | "checkTab" | "scoreTab" | "checkinTab", lang: Lang) =>
  page.getByRole("tab", { name: SHELL_MESSAGES[key][lang], exact: true });

async function createSales(period = "2026-Q1") {
  await page.getByTestId("template-company").getByRole("checkbox").uncheck();
  await page.getByTestId("template-sales").getByRole("checkbox").check();
  await page.getByTestId("period").fill(period);
  await page.getByRole("button", { name: "Create sheets" }).click();
  await page.getByTestId("created").waitFor();
}

describe("accessibility", () => {
  it("axe-core finds no violation on any place, in all three languages, light and dark", async () => {
    await createSales();
    await page.getByRole("tab", { name: "Score" }).click();
    await page.getByRole("button", { name: "Score workbook" }).click();
    await page.getByTestId("scored").waitFor();
    const found: Record<string, string[]> = {};
    for (const dark of [false, true]) {
      await page.evaluate((d) => window.okrPreview!.setDark(d), dark);
      for (const lang of LANGS) {
        await page.getByTestId("language-select").selectOption(lang);
        for (const key of ["newSheetTab", "checkTab", "scoreTab", "checkinTab"] as const) {
          await tab(key, lang).click();
          // The place itself, not "Loading…" while its code arrives on a slow machine.
          await page.locator(`main section[aria-label="${SHELL_MESSAGES[key][lang]}"]`).waitFor();
          if (key === "checkinTab") await page.getByTestId("checkin-list").waitFor();
          const violations = await axeViolations();
          if (violations.length) found[`${key} ${lang} ${dark ? "dark" : "light"}`] = violations;
        }
        // Close period: the period is past (as of today), so its form shows.
        await page.getByRole("tab", { name: SHELL_MESSAGES.closeTab[lang], exact: true }).click();
        await page
          .getByRole("button", {
            name: format(CLOSE_MESSAGES.save[lang], { sheet: "Sales 2026-Q1" }),
          })
          .waitFor();
        const closeViolations = await axeViolations();
        if (closeViolations.length)
          found[`close ${lang} ${dark ? "dark" : "light"}`] = closeViolations;
      }
    }
    expect(found).toEqual({});
  });

  it("is operable by keyboard: Tab reaches Score's button, Enter runs it, focus lands on the outcome", async () => {
    await createSales();
    await page.getByRole("tab", { name: "Score" }).click();
    await page.getByTestId("as-of").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Score workbook");
    await page.keyboard.press("Enter");
    await page.getByTestId("scored").waitFor();
    await screenshot(page, "score-result");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "outcome"
    );
  });
});

describe("the pane as people use it", () => {
  it("follows Office's theme while open (dark screenshot)", async () => {
    const background = () =>
      page
        .locator(".fui-FluentProvider")
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe("rgb(255, 255, 255)");
    await page.evaluate(() => window.okrPreview!.setDark(true));
    expect(await background()).toBe("rgb(41, 41, 41)");
    await createSales();
    await screenshot(page, "pane-dark");
  });

  it("Check-in follows the sheet opened in the grid and keeps unsaved edits per sheet", async () => {
    await page.getByTestId("template-sales").getByRole("checkbox").check();
    await page.getByTestId("period").fill("2026-Q1");
    await page.getByRole("button", { name: "Create sheets" }).click();
    await page.getByTestId("created").waitFor();
    await page.getByRole("tab", { name: "Check-in" }).click();
    await expectSheet("Company 2026-Q1");
    await page.locator('[data-kr="CO-O1-KR1"] [data-field="comment"]').fill("draft on Company");
    await page.getByTestId("sheet-tab").filter({ hasText: "Sales 2026-Q1" }).click();
    await expectSheet("Sales 2026-Q1");
    expect(await page.getByTestId("checkin-unsaved-elsewhere").textContent()).toContain(
      "Company 2026-Q1"
    );
    await page.getByTestId("sheet-tab").filter({ hasText: "Company 2026-Q1" }).click();
    await expectSheet("Company 2026-Q1");
    expect(await page.locator('[data-kr="CO-O1-KR1"] [data-field="comment"]').inputValue()).toBe(
      "draft on Company"
    );
    // Dropping the edits asks first.
    await page.getByRole("button", { name: "Discard changes" }).click();
    await page.getByTestId("discard-ask").getByRole("button", { name: "Discard changes" }).click();
    expect(await page.locator('[data-kr="CO-O1-KR1"] [data-field="comment"]').inputValue()).toBe(
      ""
    );
    await screenshot(page, "checkin-follows");
  });

  it("marks the fields in error, with a summary whose links move focus to them", async () => {
    await createSales();
    await page.getByRole("tab", { name: "Check-in" }).click();
    await page.getByTestId("checkin-list").waitFor();
    await page.locator('[data-kr="SALES-O1-KR1"] [data-field="value"]').fill("lots");
    await page.getByRole("button", { name: "Save check-in" }).click();
    const summary = page.getByTestId("checkin-problems");
    expect(await summary.textContent()).toContain("Fix 1 field before saving");
    const field = page.locator('[data-kr="SALES-O1-KR1"] .fui-Field').first();
    expect(await field.textContent()).toContain("“lots” is not a number");
    expect(await field.textContent()).not.toContain("万");
    await summary.getByRole("button").click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-field"))).toBe(
      "value"
    );
    await screenshot(page, "checkin-field-errors");
  });

  it("defaults the check-in date into the sheet's period and warns about a date outside it", async () => {
    await createSales("2025-Q1"); // long past: today is clamped to its last day
    await page.getByRole("tab", { name: "Check-in" }).click();
    await page.getByTestId("checkin-list").waitFor();
    expect(await page.getByTestId("checkin-date").inputValue()).toBe("2025-03-31");
    await page.getByTestId("checkin-date").fill("2025-04-02");
    expect(
      await page.locator(".fui-Field", { has: page.getByTestId("checkin-date") }).textContent()
    ).toContain("2025-04-02 is outside this sheet's period, 2025-Q1 (2025-01-01 – 2025-03-31)");
    await page.getByTestId("checkin-date").fill("2025-02-30");
    expect(
      await page.locator(".fui-Field", { has: page.getByTestId("checkin-date") }).textContent()
    ).toContain("2025-02-30 does not exist: February 2025 has 28 days.");
  });

  it("shows the phase of a long operation while it runs", async () => {
    await createSales();
    await page.getByRole("tab", { name: "Score" }).click();
    const phases: string[] = [];
    await page.exposeFunction("notePhase", (phase: string) => phases.push(phase));
    await page.evaluate(() => {
      new MutationObserver(() => {
        const bar = document.querySelector("[data-testid=progress]");
        if (bar)
          (window as unknown as { notePhase: (p: string) => void }).notePhase(
            `${bar.getAttribute("data-phase")}|${bar.textContent}`
          );
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    await page.getByRole("button", { name: "Score workbook" }).click();
    await page.getByTestId("scored").waitFor();
    expect(phases.some((p) => p.startsWith("reading|Step 1 of 3: Reading the workbook"))).toBe(
      true
    );
    expect(phases.some((p) => p.startsWith("checking|Step 2 of 3: Checking and planning"))).toBe(
      true
    );
  });

  for (const width of [1400, 320]) {
    it(`keeps "Create sheets" in view without scrolling at ${width} px`, async () => {
      if (width === 320) {
        // Excel's narrow default pane: the pane alone, 320 px wide.
        await page.setViewportSize({ width: 320, height: 900 });
        await page.evaluate(() => {
          const pane = document.querySelector<HTMLElement>("[data-testid=taskpane]")!;
          pane.style.width = "320px";
          pane.previousElementSibling?.remove();
        });
      }
      const button = page.getByRole("button", { name: "Create sheets" });
      const box = (await button.boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `new-sheet-${width}`);
    });
  }
});

async function expectSheet(name: string) {
  await page.waitForFunction(
    (n) => document.querySelector("[data-testid=checkin-sheet]")?.textContent === n,
    name
  );
}
