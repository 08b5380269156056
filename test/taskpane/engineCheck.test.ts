/**
 * @jest-environment jsdom
 */
// The pane's first script, src/taskpane/engine-check.js: ES5 that any webview parses; in one that
// lacks what the pane needs it says so in three languages and takes the pane's container away.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";

const source = readFileSync(join(__dirname, "../../src/taskpane/engine-check.js"), "utf8");

/** Runs the check against a window that has (or lacks) what the pane needs. */
function run(window: object) {
  document.body.innerHTML = '<div id="container"></div>';
  // the file's own (window, document) at its end are the two parameters here
  new Function("window", "document", source)(window, document);
}

const modern = { Intl: { Segmenter: function Segmenter() {} }, Array: { prototype: { at() {} } } };

describe("engine-check.js", () => {
  it("is ES5, which Internet Explorer 11 and every later webview parse", () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("does nothing where the webview has Intl.Segmenter and Array.prototype.at", () => {
    run(modern);
    expect(document.getElementById("container")).not.toBeNull();
    expect(document.querySelector("[data-testid=engine-unsupported]")).toBeNull();
  });

  it.each([
    ["Internet Explorer 11 (no Intl.Segmenter, no at)", { Intl: {}, Array: { prototype: {} } }],
    ["Safari 15.0 (Intl.Segmenter, no at)", { ...modern, Array: { prototype: {} } }],
    ["EdgeHTML (at polyfilled, no Intl.Segmenter)", { ...modern, Intl: {} }],
  ])("in %s: says why in three languages, and the pane does not start", (_, window) => {
    run(window);
    expect(document.getElementById("container")).toBeNull();
    const alert = document.querySelector("[data-testid=engine-unsupported]")!;
    expect(alert.getAttribute("role")).toBe("alert");
    const parts = [...alert.querySelectorAll("section")];
    expect(parts.map((p) => p.getAttribute("lang"))).toEqual(["en", "zh-CN", "zh-TW"]);
    expect(parts[0].textContent).toContain("OKR Sheets cannot start in this Excel");
    expect(parts[1].textContent).toContain("WebView2");
    expect(parts[2].textContent).toContain("Safari 15.4");
  });

  it("is loaded by the pane's page before the pane's own script", () => {
    const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
    expect(html).toMatch(
      /<div id="container"><\/div>\s*(<!--[^]*?-->\s*)?<script src="engine-check.js"><\/script>\s*<\/body>/
    );
  });
});
