// The production build: what `npm run build` emits is what Excel loads.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import JSZip from "jszip";
import { BUILD_TIMEOUT_MS, buildAddin, TEST_BASE_URL } from "./support/addinBuild";

const root = join(__dirname, "..", "..");
const unified = require(join(root, "scripts", "unified-manifest.js"));
const dist = join(root, "dist");

beforeAll(() => buildAddin(), BUILD_TIMEOUT_MS);

/** The pane's own scripts (webpack's output), without the ES5 webview check that runs before them. */
const bundles = () => readdirSync(dist).filter((f) => f.endsWith(".js") && f !== "engine-check.js");
const scripts = () => bundles().map((f) => readFileSync(join(dist, f), "utf8"));

describe("production build", () => {
  it("emits the pane, the function file, the manifest and every icon", () => {
    for (const file of [
      "taskpane.html",
      "commands.html",
      "checkresult.html",
      "help.html",
      "manifest.xml",
      "okr-sheets-m365.zip",
    ]) {
      expect(existsSync(join(dist, file))).toBe(true);
    }
    for (const size of [16, 32, 64, 80, 128])
      expect(existsSync(join(dist, "assets", `icon-${size}.png`))).toBe(true);
  });

  it("links each page to its own script, with the Content-Security-Policy kept", () => {
    const pane = readFileSync(join(dist, "taskpane.html"), "utf8");
    expect(pane).toMatch(/<script[^>]+src="?taskpane\.[0-9a-f]+\.js/);
    expect(pane).not.toMatch(/src="?commands\./);
    expect(pane).toContain("Content-Security-Policy");
    const commands = readFileSync(join(dist, "commands.html"), "utf8");
    expect(commands).toMatch(/<script[^>]+src="?commands\.[0-9a-f]+\.js/);
  });

  it("runs the webview check before the pane's script, which is deferred", () => {
    const pane = readFileSync(join(dist, "taskpane.html"), "utf8");
    expect(pane).toMatch(/<script[^>]*\bdefer\b[^>]*src="?taskpane\.[0-9a-f]+\.js/);
    expect(pane).toMatch(/<div id="?container"?><\/div>[^]*<script src="?engine-check\.js"?>/);
    const check = readFileSync(join(dist, "engine-check.js"), "utf8");
    expect(() => parse(check, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("holds only ES2021 syntax, which every webview the manifest admits parses (Safari 15.4 on)", () => {
    expect(bundles().length).toBeGreaterThan(3);
    for (const [i, code] of scripts().entries()) {
      let error = "";
      try {
        parse(code, { ecmaVersion: 2021, sourceType: "script" });
      } catch (e) {
        error = `${bundles()[i]}: ${(e as Error).message}`;
      }
      expect(error).toBe("");
    }
  });

  it("holds no regex lookbehind, a SyntaxError in WebKit before Safari 16.4", () => {
    for (const [i, code] of scripts().entries())
      expect(`${bundles()[i]}: ${/\(\?<[=!]/.test(code)}`).toBe(`${bundles()[i]}: false`);
  });

  it("points the manifest at the published address only", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${TEST_BASE_URL}taskpane.html"/>`);
    expect(manifest).toContain(`<SupportUrl DefaultValue="${TEST_BASE_URL}help.html#support-en">`);
  });

  it("packs the unified manifest beside it: valid, for the same address, hiding the XML add-in", async () => {
    const bytes = readFileSync(join(dist, "okr-sheets-m365.zip"));
    const xmlId = (await unified.readXml(readFileSync(join(dist, "manifest.xml"), "utf8"))).id;
    expect(await unified.packageProblems(bytes, { xmlId })).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    const files = Object.keys(zip.files).sort();
    expect(files).toEqual([
      "color.png",
      "manifest.json",
      "outline.png",
      "zh-cn.json",
      "zh-hk.json",
      "zh-mo.json",
      "zh-tw.json",
    ]);
    for (const file of files.filter((f) => f.endsWith(".json"))) {
      const text = await zip.file(file)!.async("string");
      expect(`${file}: ${text.includes("localhost")}`).toBe(`${file}: false`);
    }
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string"));
    expect(manifest.extensions[0].runtimes[0].code.page).toBe(`${TEST_BASE_URL}taskpane.html`);
  });

  it("contains no HyperFormula (GPLv3: tests and preview only)", () => {
    for (const code of scripts()) expect(code.toLowerCase()).not.toContain("hyperformula");
  });

  it("makes no network calls of its own: no fetch, XHR, beacons or sockets", () => {
    for (const code of scripts()) {
      for (const api of ["fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "EventSource"]) {
        expect(`${api}: ${code.includes(api)}`).toBe(`${api}: false`);
      }
    }
  });

  it("never uses eval-based source maps, which the pane's policy would block", () => {
    for (const code of scripts()) expect(code).not.toMatch(/\beval\(/);
  });
});
