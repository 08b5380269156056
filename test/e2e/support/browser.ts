// Shared by the end-to-end tests: serve a built folder on a loopback port and drive Debian's Chromium
// through playwright-core (its own browser download cannot work on these machines).
import { execFileSync, execSync } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { BUILD_TIMEOUT_MS } from "./addinBuild";

export const ROOT = join(__dirname, "..", "..", "..");
/** Where screenshots go: test-results/ by default; `npm run screenshots` points it at docs/images. */
export const SCREENSHOTS = process.env.OKR_SCREENSHOTS
  ? join(ROOT, process.env.OKR_SCREENSHOTS)
  : join(ROOT, "test-results", "screenshots");

/** The flags ENGINEERING.md prescribes: headless, and quiet on a closed network. */
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/**
 * How long one Playwright step (a click, a waitFor, a navigation, Chromium's start) may take. The
 * library's own 30 s is tight on a shared 2-core machine at a load of 15, where an operation that
 * takes 2 s on an idle one takes ten times as long; jest.e2e.config.js's budget per test stays the
 * outer bound.
 */
export const STEP_TIMEOUT_MS = 120_000;

export function chromiumPath(): string {
  const path =
    process.env.CHROMIUM_PATH ||
    execSync("command -v chromium || command -v chromium-browser || true").toString().trim();
  if (!path) {
    throw new Error(
      "Chromium not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH."
    );
  }
  return path;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
    headless: true,
    timeout: STEP_TIMEOUT_MS,
  });
}

/**
 * Builds the preview into dist-preview/ unless it is already built: by this e2e run (the run's id,
 * set by test/e2e/support/runId.ts, written beside it), or at all with OKR_E2E_REUSE_BUILD=1. Ten
 * files use the preview, and building it for each took a minute apiece on an idle machine and
 * nearly four on a loaded one.
 */
export function buildPreview(): string {
  const out = join(ROOT, "dist-preview");
  const marker = join(out, ".e2e-run");
  const run = process.env.OKR_E2E_RUN;
  const builtThisRun = !!run && existsSync(marker) && readFileSync(marker, "utf8") === run;
  const reuse = process.env.OKR_E2E_REUSE_BUILD === "1" && existsSync(join(out, "preview.html"));
  if (!builtThisRun && !reuse) {
    execFileSync(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--config",
        "webpack.preview.config.js",
        "--mode",
        "production",
      ],
      {
        cwd: ROOT,
        stdio: "pipe",
      }
    );
    if (run) writeFileSync(marker, run);
  }
  return out;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json",
};

/** A static file server on 127.0.0.1 and a free port. Requests outside the folder get 404. */
export async function serve(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)
    ).replace(/^([/\\])+/, "");
    const file = join(folder, path || "preview.html");
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface PageWatch {
  /** Uncaught exceptions, console errors and failed requests: a healthy page has none. */
  errors: string[];
  /** What the Content-Security-Policy stopped (office.js, outside Office, tries to frame telemetry). */
  blocked: string[];
}

/** Collects page errors and, apart from them, what the page's CSP blocked. */
export function watchErrors(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], blocked: [] };
  page.on("pageerror", (error) => watch.errors.push(`pageerror: ${error.message}`));
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    if (msg.text().includes("violates the following Content Security Policy"))
      watch.blocked.push(msg.text());
    // "Failed to load resource" repeats a bad response without its URL; the response is recorded below.
    else if (!msg.text().startsWith("Failed to load resource"))
      watch.errors.push(`console: ${msg.text()}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) watch.errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on("requestfailed", (req) => watch.errors.push(`requestfailed: ${req.url()}`));
  return watch;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/**
 * Registers the hooks every preview test needs (build and serve the preview, one browser, a fresh
 * page per test that waits for the pane) and gives access to the current page and its watch.
 */
export function usePreviewPage(viewport = { width: 1280, height: 800 }): {
  page: () => Page;
  watch: () => PageWatch;
  url: () => string;
} {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  let watch: PageWatch;
  // The preview's webpack build takes about a minute on an idle machine, several on a loaded one.
  beforeAll(async () => {
    server = await serve(buildPreview());
    browser = await launch();
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport, locale: "en-US" });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    watch = watchErrors(page);
    await page.goto(`${server.url}/preview.html`);
    await page.getByTestId("host-notice").waitFor();
  });
  afterEach(async () => {
    await page.close();
  });
  return { page: () => page, watch: () => watch, url: () => server.url };
}
