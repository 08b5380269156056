// The task pane as Excel loads it: the production build's initial JavaScript and CSS (gzip), and the
// real add-in page's first render in headless Chromium with office.js replaced by a stub offline.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { stubOffice } from "../test/e2e/support/addinPage";
import { launch, serve } from "../test/e2e/support/browser";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");

/** Microsoft's React task-pane template (yo office, React): all of it / without its polyfills (issue #21). */
export const TEMPLATE_ANCHOR_KB = { all: 168, withoutPolyfills: 86 };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** `npm run build`'s pane, afresh: a stale dist/ would measure yesterday's pane. */
export function buildPane(): void {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    { cwd: ROOT, stdio: "ignore" }
  );
}

/**
 * Gzip bytes of what taskpane.html loads before the first render: the scripts and stylesheets it
 * references (webpack's initial chunks; Fluent UI's CSS is injected by them). Places' chunks load on
 * demand and are not counted; `lazy` is their total, for the record.
 */
export function paneBytes(): { initial: number; lazy: number; files: string[] } {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const gz = (f: string) => gzipSync(readFileSync(join(DIST, f))).length;
  const code = readdirSync(DIST).filter((f) => /\.(js|css)$/.test(f));
  const initial = code.filter((f) => html.includes(f));
  // the other entries' files (the ribbon's function file, the check result dialog) are no part of the
  // pane; the linter's word classes are a lazy chunk of their own (bench/lintLinguistics.ts)
  const entries = /^(taskpane|commands|checkresult|linguistics)\./;
  const lazy = code.filter((f) => !html.includes(f) && !entries.test(f));
  return {
    initial: initial.reduce((sum, f) => sum + gz(f), 0),
    lazy: lazy.reduce((sum, f) => sum + gz(f), 0),
    files: initial,
  };
}

/**
 * Records when the first place's content (the first <section> in <main>) is first on screen: the
 * animation frame after it enters the DOM, in ms since navigation started.
 */
function watchFirstPlace() {
  const w = window as unknown as { firstPlaceMs?: number };
  const observer = new MutationObserver(() => {
    if (!document.querySelector("main section")) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.firstPlaceMs = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Median ms from navigation to the first place's content on screen, loading dist/taskpane.html from
 * a loopback server, each run in a fresh browser context (empty cache, as a pane opened anew). The
 * first run only warms the browser process and is not counted. Any page error fails the bench.
 */
export async function addinFirstRenderMs(runs: number): Promise<number> {
  const server = await serve(DIST);
  const browser = await launch();
  try {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
      await stubOffice(page, server.url);
      await page.addInitScript(watchFirstPlace);
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForFunction(() => (window as { firstPlaceMs?: number }).firstPlaceMs);
      const ms = await page.evaluate(() => (window as { firstPlaceMs?: number }).firstPlaceMs!);
      if (errors.length) throw new Error(`the pane failed to load: ${errors.join("; ")}`);
      if (i > 0) times.push(ms);
      await context.close();
    }
    return Math.round(median(times));
  } finally {
    await browser.close();
    await server.close();
  }
}
