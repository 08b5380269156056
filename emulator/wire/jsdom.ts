// office.js in Node, for the unit tests and the benchmark: the client Excel on the web loads,
// evaluated in a jsdom window of its own (Node only; the preview loads it into the page's frame).
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import type { OfficeJsWindow } from "./client";

/** Excel on the web's office.js, unminified (the same code as its excel-web-16.00.js). */
export const OFFICE_JS = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

let source: string | null = null;

/** A fresh window with the office.js client loaded (about 0.2 s). */
export function officeJsInJsdom(): OfficeJsWindow {
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/taskpane.html",
  });
  dom.window.eval((source ??= readFileSync(OFFICE_JS, "utf8")));
  return dom.window as unknown as OfficeJsWindow;
}
