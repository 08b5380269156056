// The real add-in page (dist/taskpane.html, what Excel loads) in Chromium, offline: office.js is
// answered by a stub that says "Excel on the web", so the pane starts as it does in Excel.
import type { Page } from "playwright-core";

/**
 * office.js as the pane sees it in Excel on the web at ExcelApi 1.12, light theme, English: enough
 * for detectHost (src/taskpane/office.ts) and nothing more. A workbook call fails loudly.
 */
export const OFFICE_STUB = `
window.Office = {
  HostType: { Excel: "Excel" },
  EventType: { OfficeThemeChanged: "officeThemeChanged" },
  context: {
    displayLanguage: "en-US",
    officeTheme: { bodyBackgroundColor: "#ffffff" },
    requirements: {
      isSetSupported: (name, version) =>
        name === "ExcelApi" && Number(String(version).split(".")[1] || 0) <= 12,
    },
    document: { addHandlerAsync: (_type, _handler, callback) => callback && callback({ status: "succeeded" }) },
  },
  onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
};
window.Excel = { run: () => Promise.reject(new Error("bench: no workbook behind the stub")) };
`;

/**
 * Answers the page's request for office.js with OFFICE_STUB and refuses every other request that
 * does not go to `origin` (the loopback server of dist/), as a closed network would.
 */
export async function stubOffice(page: Page, origin: string): Promise<void> {
  await page.route(
    (url) => !url.href.startsWith(origin),
    (route) =>
      route.request().url().includes("appsforoffice.microsoft.com/lib/1/hosted/office.js")
        ? route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB })
        : route.abort()
  );
}
