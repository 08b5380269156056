// The preview's office.js client: Excel on the web's own excel-web-16.00.js (from the npm package,
// served locally), loaded into a hidden frame of its own so it does not meet the page's office.js
// (which, outside Office, only says there is no host). The pane's Excel.run goes through it, and
// the emulated workbook answers its requests (emulator/wire).
import type { OfficeJsWindow } from "../emulator/wire/client";

/** Loads the client (once per call: the preview claims one API level). */
export function loadOfficeJsFrame(): Promise<OfficeJsWindow> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement("iframe");
    frame.src = "office-js/excel.html";
    frame.title = "office.js";
    frame.hidden = true;
    frame.setAttribute("aria-hidden", "true");
    frame.addEventListener("load", () => {
      const window = frame.contentWindow as unknown as Partial<OfficeJsWindow> | null;
      if (window?.Excel && window.OSF) resolve(window as OfficeJsWindow);
      else reject(new Error("office.js did not load in its frame"));
    });
    document.body.appendChild(frame);
  });
}
