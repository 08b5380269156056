// The add-in page as Excel loads it (dist/taskpane.html from `npm run build`, not the preview), with
// office.js stubbed offline: the shell renders from its initial chunk alone, each place's chunk loads
// under the page's own Content-Security-Policy when the place is opened, and nothing fails on the way.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { BUILD_TIMEOUT_MS, buildAddin } from "./support/addinBuild";
import { stubOffice } from "./support/addinPage";
import {
  ROOT,
  STEP_TIMEOUT_MS,
  launch,
  serve,
  watchErrors,
  type PageWatch,
} from "./support/browser";
import { SHELL_MESSAGES } from "../../src/taskpane/messages/shell";

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;
let watch: PageWatch;
/** The pane's own scripts the page requested, in order. */
let scripts: string[];

beforeAll(async () => {
  buildAddin();
  server = await serve(join(ROOT, "dist"));
  browser = await launch();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  watch = watchErrors(page);
  scripts = [];
  page.on("request", (r) => {
    if (r.url().startsWith(server.url) && r.url().endsWith(".js")) scripts.push(r.url());
  });
  await stubOffice(page, server.url);
});

afterEach(async () => {
  await page.context().close();
});

const section = (name: string) => page.locator(`main section[aria-label="${name}"]`);

describe("the add-in page (dist/taskpane.html)", () => {
  it("renders the shell and the first place, connected to Excel, with no error", async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await section(SHELL_MESSAGES.newSheetTab.en)
      .getByRole("button", { name: "Create sheets" })
      .waitFor();
    expect(await page.getByTestId("host-notice").getAttribute("data-host")).toBe("excel");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("OKR Sheets");
    expect(watch.errors).toEqual([]);
    expect(watch.blocked).toEqual([]);
    // the shell's own script first, then the places' chunks it asked for (their shared one among them)
    const own = scripts.filter((url) => !url.endsWith("/engine-check.js"));
    expect(own[0]).toMatch(/\/taskpane\.[0-9a-f]+\.js$/);
    expect(own.slice(1).some((url) => /\/places\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    // the webview check ran first and found nothing missing in Chromium
    expect(scripts.some((url) => url.endsWith("/engine-check.js"))).toBe(true);
    expect(await page.getByTestId("engine-unsupported").count()).toBe(0);
    // the linter's word classes are a lazy chunk of their own, loaded by the first check
    expect(scripts.filter((url) => /\/linguistics\./.test(url))).toEqual([]);
  });

  it("opens every place, its code loaded on demand under the page's Content-Security-Policy", async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await section(SHELL_MESSAGES.newSheetTab.en).waitFor();
    for (const tab of ["checkTab", "scoreTab", "checkinTab", "reviewTab"] as const) {
      const name = SHELL_MESSAGES[tab].en;
      await page.getByRole("tab", { name, exact: true }).click();
      await section(name).waitFor();
      expect(await page.getByTestId("place-failed").count()).toBe(0);
    }
    // the workbook behind the stub refuses every call: places say so at their fields, the page
    // itself raises nothing and the policy blocks nothing
    expect(watch.errors.filter((e) => !e.includes("no workbook behind the stub"))).toEqual([]);
    expect(watch.blocked).toEqual([]);
  });
});
