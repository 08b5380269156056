// The number and date readers both hosts use (issue 36): suffixes and currency signs as statements
// write them, dates in the forms a locale uses, and a date read back in the locale's words.
import { dateInWords, dayOrderOf, readTypedDate } from "../../src/domain/reading/dates";
import { parseNumber, type NumberSeparators } from "../../src/domain/reading/numbers";

describe("numbers as people type them", () => {
  it.each([
    ["1.6m", 1_600_000],
    ["$1.6M", 1_600_000],
    ["160万", 1_600_000],
    ["1.6 mn", 1_600_000],
    ["US$2bn", 2_000_000_000],
    ["1.5b", 1_500_000_000],
    ["€2.5k", 2500],
    ["160万元", 1_600_000],
    ["1,600,000", 1_600_000],
  ])("%s is %d", (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });
});

describe("numbers with the separators of the culture Excel runs in (decimal comma)", () => {
  // What Excel reports as Application.decimalSeparator and thousandsSeparator in each culture.
  const DE: NumberSeparators = { decimal: ",", group: "." };
  const FR: NumberSeparators = { decimal: ",", group: "\u202f" };
  it.each<[string, NumberSeparators, number]>([
    ["1.234,5", DE, 1234.5],
    ["1,5", DE, 1.5],
    ["1.234", DE, 1234], // grouping in de-DE, not 1.234
    ["1.600.000", DE, 1_600_000],
    ["12,5%", DE, 0.125],
    ["-0,25", DE, -0.25],
    ["1,6m", DE, 1_600_000],
    ["1 234,5", FR, 1234.5], // a plain space, as people type it
    ["1\u202f234,5", FR, 1234.5], // the narrow no-break space fr-FR writes
    ["1\u00a0234", FR, 1234],
    ["0,7", FR, 0.7],
    ["1,234.5", { decimal: ".", group: "," }, 1234.5],
  ])("%s is %d", (text, separators, value) => {
    expect(parseNumber(text, separators)).toEqual({ ok: true, value });
  });

  it("refuses the other culture's decimal mark rather than guess", () => {
    // Excel in de-DE makes a date of "1.5"; en-US reads "1,5" as nothing either.
    expect(parseNumber("1.5", DE)).toEqual({
      ok: false,
      problem: { code: "bad-grouping", input: "1.5" },
    });
    expect(parseNumber("1.234,5", FR)).toEqual({
      ok: false,
      problem: { code: "bad-grouping", input: "1.234,5" },
    });
    expect(parseNumber("1,5")).toEqual({
      ok: false,
      problem: { code: "bad-grouping", input: "1,5" },
    });
  });
});

describe("dates as people type them", () => {
  it("knows each locale's day-month order", () => {
    expect(["en-GB", "en-US", "zh-CN", "zh-TW", "de-DE"].map(dayOrderOf)).toEqual([
      "dmy",
      "mdy",
      "ymd",
      "ymd",
      "dmy",
    ]);
  });

  it.each([
    ["2026/2/15", "en-US", "2026-02-15", false],
    ["2026/2/15", "zh-CN", "2026-02-15", false],
    ["2026年2月15日", "zh-TW", "2026-02-15", false],
    ["2026-02-15", "en-GB", "2026-02-15", false],
    ["15/02/2026", "en-GB", "2026-02-15", true],
    ["2/15/2026", "en-US", "2026-02-15", true],
    ["03/04/2026", "en-GB", "2026-04-03", true],
    ["03/04/2026", "en-US", "2026-03-04", true],
    ["15.02.2026", "de-DE", "2026-02-15", true],
  ])("%s in %s is %s", (text, locale, value, confirm) => {
    expect(readTypedDate(text, locale)).toEqual({ ok: true, value: { value, confirm } });
  });

  it("refuses what is no day, and what could be either day where the locale says neither", () => {
    expect(readTypedDate("31/02/2026", "en-GB")).toMatchObject({
      ok: false,
      problem: { code: "not-a-date" },
    });
    expect(readTypedDate("03/04/2026", "zh-CN")).toEqual({
      ok: false,
      problem: { code: "ambiguous-date", input: "03/04/2026", detail: "2026-04-03 / 2026-03-04" },
    });
  });

  it("says a date in the locale's words", () => {
    expect(dateInWords("2026-02-15", "en-GB")).toBe("15 February 2026");
    expect(dateInWords("2026-02-15", "en-US")).toBe("February 15, 2026");
    expect(dateInWords("2026-02-15", "zh-CN")).toBe("2026年2月15日");
  });
});
