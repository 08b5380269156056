// Collect's options for the Office.js collect tests: files parsed and checked with the pane's own
// readers (xlsxInPane.ts), not strict, an unreadable file reported by its error's message.
import type { CollectOptions } from "../../src/excel/collect";
import { checkXlsx, parseXlsx } from "../../src/taskpane/xlsxInPane";

export const PANE_COLLECT_OPTIONS: CollectOptions = {
  strict: false,
  parse: parseXlsx,
  check: checkXlsx,
  unreadable: (error) => (error as Error).message,
};
