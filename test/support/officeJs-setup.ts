// Every emulated Excel in the unit tests is reached through the real office.js client (Excel on
// the web's excel-web-16.00 build, in a jsdom window per API level), as the add-in reaches Excel.
import { TextDecoder, TextEncoder } from "node:util";
import { useOfficeJs } from "../../emulator";

// The pane's tests run in jest's jsdom environment, whose global lacks what jsdom itself needs.
if (typeof globalThis.TextEncoder === "undefined")
  Object.assign(globalThis, { TextEncoder, TextDecoder });

useOfficeJs((apiVersion) => {
  // required when first used, so tests that never reach a workbook never load jsdom
  const { officeJsInJsdom } =
    require("../../emulator/wire/jsdom") as typeof import("../../emulator/wire/jsdom");
  void apiVersion;
  return officeJsInJsdom();
});
