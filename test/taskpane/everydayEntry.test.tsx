/**
 * @jest-environment jsdom
 */
// Numbers and dates as people type them, in the pane (issue 36): "1.6m", "$1.6M" and "160万" are
// 1,600,000; "2026/2/15" is 15 February 2026 in any locale, "15/02/2026" in en-GB too — read back
// in words before saving, since its reading depends on the locale's day-month order.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS } from "../../src/domain/reading/columns";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Lang, Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { CheckinPanel } from "../../src/taskpane/components/CheckinPanel";
import { checkDateInput, localeFor } from "../../src/taskpane/dateInput";
import { valuesOf } from "../support/emulatorRead";

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const field = (id: string, name: string) =>
  document.querySelector(`[data-kr="${id}"] [data-field="${name}"]`) as HTMLInputElement;

/** The browser's language, as a person in that country has it. */
function browserLanguage(language: string) {
  Object.defineProperty(window.navigator, "language", { value: language, configurable: true });
}
afterEach(() => browserLanguage("en-US"));

async function checkIn(lang: Lang, date: string, values: Record<string, string>) {
  const excel = createEmulatedExcel();
  await generateSheets(excel, { templates: ["sales"], lang, period: Q1, asOf: "2026-01-05" });
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckinPanel lang={lang} excel={excel} today="2026-02-03" />
    </FluentProvider>
  );
  await screen.findByTestId("checkin-list");
  for (const [id, value] of Object.entries(values))
    fireEvent.change(field(id, "value"), { target: { value } });
  fireEvent.change(screen.getByTestId("checkin-date"), { target: { value: date } });
  return excel;
}

describe("everyday entry in the pane", () => {
  it("reads 1.6m, $1.6M and 160万 as 1,600,000, and 2026/2/15 as the date", async () => {
    const excel = await checkIn("zh-CN", "2026/2/15", {
      "SALES-O1-KR1": "1.6m",
      "SALES-O1-KR2": "$1.6M",
    });
    fireEvent.click(screen.getByRole("button", { name: "保存进度更新" }));
    const saved = await screen.findByTestId("checkin-saved");
    expect(saved.textContent).toContain("2026-02-15");
    const sales = valuesOf(excel, "销售 2026-Q1");
    expect([sales[7][col("current")], sales[8][col("current")]]).toEqual([1_600_000, 1_600_000]);
  });

  it("reads 160万 in English too", async () => {
    const excel = await checkIn("en", "2026-02-15", { "SALES-O1-KR1": "160万" });
    fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    await screen.findByTestId("checkin-saved");
    expect(valuesOf(excel, "Sales 2026-Q1")[7][col("current")]).toBe(1_600_000);
  });

  it("reads 15/02/2026 day first in en-GB, and says the date in words before saving", async () => {
    browserLanguage("en-GB");
    const excel = await checkIn("en", "15/02/2026", { "SALES-O1-KR1": "1.6m" });
    expect(await screen.findByText("Read as 15 February 2026.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    expect((await screen.findByTestId("checkin-saved")).textContent).toContain("2026-02-15");
    expect(valuesOf(excel, "Check-ins")[1][0]).toBe(46068); // 2026-02-15 as Excel's serial
  });
});

describe("dates typed into the pane, by locale", () => {
  it("takes the day-month order of the host's English, and reads Chinese year first", () => {
    expect(localeFor("en", "en-GB")).toBe("en-GB");
    expect(localeFor("en", "fr-FR")).toBe("en-US");
    expect(localeFor("zh-TW", "en-GB")).toBe("zh-TW");
  });

  it("reads back in words a date whose order depends on the locale", () => {
    expect(checkDateInput("03/04/2026", "en", "en-GB")).toEqual({
      ok: true,
      value: "2026-04-03",
      words: "Read as 3 April 2026.",
    });
    expect(checkDateInput("03/04/2026", "en", "en-US")).toEqual({
      ok: true,
      value: "2026-03-04",
      words: "Read as March 4, 2026.",
    });
    expect(checkDateInput("2026年2月15日", "zh-CN")).toEqual({ ok: true, value: "2026-02-15" });
    expect(checkDateInput("15/02/2026", "zh-TW")).toEqual({
      ok: true,
      value: "2026-02-15",
      words: "讀作 2026年2月15日。",
    });
  });

  it("refuses a date a Chinese reader could take either way round, naming both days", () => {
    expect(checkDateInput("03/04/2026", "zh-CN")).toEqual({
      ok: false,
      message:
        "“03/04/2026”可理解为两个日期（2026-04-03 / 2026-03-04）；请写成 yyyy-mm-dd，例如 2026-03-31。",
    });
  });
});
