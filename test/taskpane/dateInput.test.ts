import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { checkDateInput, clampIntoPeriod, outsidePeriod } from "../../src/taskpane/dateInput";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

describe("dates typed into the pane", () => {
  it("reads YYYY-MM-DD, with or without leading zeros", () => {
    expect(checkDateInput(" 2026-02-15 ", "en")).toEqual({ ok: true, value: "2026-02-15" });
    expect(checkDateInput("2026-2-5", "zh-CN")).toEqual({ ok: true, value: "2026-02-05" });
  });

  it("says a day does not exist, and why, in each language", () => {
    expect(checkDateInput("2026-02-30", "en")).toEqual({
      ok: false,
      message: "2026-02-30 does not exist: February 2026 has 28 days.",
    });
    expect(checkDateInput("2028-02-30", "zh-CN")).toEqual({
      ok: false,
      message: "2028-02-30 不存在：2028年2月只有 29 天。",
    });
    expect(checkDateInput("2026-04-31", "zh-TW")).toEqual({
      ok: false,
      message: "2026-04-31 不存在：2026年4月只有 30 天。",
    });
  });

  it("says a month does not exist, in each language", () => {
    expect(checkDateInput("2026-13-01", "en")).toEqual({
      ok: false,
      message: "2026-13-01 does not exist: months run from 01 to 12.",
    });
    expect(checkDateInput("2026-00-10", "zh-CN")).toMatchObject({
      message: "2026-00-10 不存在：月份只能是 01 到 12。",
    });
    expect(checkDateInput("2026-13-01", "zh-TW")).toMatchObject({
      message: "2026-13-01 不存在：月份只能是 01 到 12。",
    });
  });

  it("asks for the form when the text is not a date, and for a date when there is none", () => {
    expect(checkDateInput("next Friday", "en")).toMatchObject({
      message: "Write the date as YYYY-MM-DD, for example 2026-02-15.",
    });
    expect(checkDateInput("", "zh-TW")).toMatchObject({
      message: "請填寫日期（YYYY-MM-DD），例如 2026-02-15。",
    });
    expect(checkDateInput("1899-12-31", "en")).toMatchObject({
      message: "1899-12-31 is outside the dates Excel can show (1900-01-01 to 9999-12-31).",
    });
  });

  it("clamps today into the sheet's period, and tells a date outside it", () => {
    expect(clampIntoPeriod("2026-05-10", Q1)).toBe("2026-03-31");
    expect(clampIntoPeriod("2025-12-01", Q1)).toBe("2026-01-01");
    expect(clampIntoPeriod("2026-02-03", Q1)).toBe("2026-02-03");
    expect(clampIntoPeriod("2026-05-10", null)).toBe("2026-05-10");
    expect(outsidePeriod("2026-04-01", Q1)).toBe(true);
    expect(outsidePeriod("2026-03-31", Q1)).toBe(false);
    expect(outsidePeriod("2026-04-01", null)).toBe(false);
  });
});
