import fc from "fast-check";
import {
  addDays,
  isoDate,
  isoToSerial,
  parseDate,
  serialToIso,
  todayIso,
} from "../../src/domain/reading/dates";

describe("Excel date serials", () => {
  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2026-01-01", 46023],
    ["2026-03-31", 46112],
    ["9999-12-31", 2958465],
  ])("%s is serial %i", (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(serialToIso(serial)).toEqual({ ok: true, value: iso });
  });

  it("refuses Excel's phantom 1900-02-29 and serials out of range", () => {
    expect(serialToIso(60).ok).toBe(false);
    expect(serialToIso(0).ok).toBe(false);
    expect(serialToIso(3_000_000).ok).toBe(false);
    expect(serialToIso(Number.NaN).ok).toBe(false);
  });

  it("drops the time of day", () => {
    expect(serialToIso(46023.75)).toEqual({ ok: true, value: "2026-01-01" });
  });

  it("round-trips every date from 1900-03-01 to 9999-12-31", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const iso = serialToIso(serial);
        expect(iso.ok).toBe(true);
        if (iso.ok) expect(isoToSerial(iso.value)).toBe(serial);
      })
    );
  });
});

describe("date parsing", () => {
  it.each([
    ["2026-03-31", "2026-03-31"],
    ["2026/3/1", "2026-03-01"],
    ["2026.03.31", "2026-03-31"],
    ["2026-03-31T00:00:00Z", "2026-03-31"],
    ["2026年3月31日", "2026-03-31"],
    ["２０２６年３月３１日", "2026-03-31"],
    [46112, "2026-03-31"],
  ])("reads %p as %s", (input, iso) => {
    expect(parseDate(input)).toEqual({ ok: true, value: iso });
  });

  it("reads a JavaScript Date (as ExcelJS returns dates)", () => {
    expect(parseDate(new Date(Date.UTC(2026, 2, 31)))).toEqual({
      ok: true,
      value: "2026-03-31",
    });
  });

  it.each([["2026-02-30"], ["03/04/2026"], ["soon"], ["2026-13-01"]])("refuses %p", (input) => {
    expect(parseDate(input)).toMatchObject({
      ok: false,
      problem: { code: "not-a-date" },
    });
  });

  it("says an empty cell is empty", () => {
    expect(parseDate("")).toMatchObject({
      ok: false,
      problem: { code: "empty" },
    });
    expect(parseDate(null)).toMatchObject({
      ok: false,
      problem: { code: "empty" },
    });
  });

  it("knows the calendar as Date does (leap years, month lengths, 1900 to 9999)", () => {
    const byDate = (y: number, m: number, d: number) => {
      const date = new Date(Date.UTC(y, m - 1, d));
      const real = date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
      return real && y >= 1900 && y <= 9999 ? date.toISOString().slice(0, 10) : null;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 10010 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const iso = byDate(y, m, d);
          expect(isoDate(y, m, d)).toBe(iso);
          // The exact yyyy-mm-dd text takes a shorter path: the same answer.
          const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          if (text.length === 10)
            expect(parseDate(text).ok ? parseDate(text) : null).toEqual(
              iso ? { ok: true, value: iso } : null
            );
        }
      ),
      { numRuns: 5000 }
    );
    for (const [y, m, d] of [
      [1900, 2, 29],
      [2000, 2, 29],
      [2100, 2, 29],
      [2024, 2, 29],
      [2026, 4, 31],
    ])
      expect(isoDate(y, m, d)).toBe(byDate(y, m, d));
  });

  it("validates calendar dates and adds days across month and year ends", () => {
    expect(isoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(isoDate(2026, 2, 29)).toBeNull();
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(todayIso(new Date(2026, 10, 22, 23, 59))).toBe("2026-11-22");
  });
});
