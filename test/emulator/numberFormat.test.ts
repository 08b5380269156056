import { formatValue } from "../../emulator/numberFormat";

describe("emulated number formats", () => {
  it("shows the formats the add-in writes as Excel does", () => {
    expect(formatValue(0.5111, "0%")).toBe("51%");
    expect(formatValue(0.18, "0.0%")).toBe("18.0%");
    expect(formatValue(1200000, "#,##0")).toBe("1,200,000");
    expect(formatValue(46068, "yyyy-mm-dd")).toBe("2026-02-15");
    expect(formatValue(0.3, "+0%;-0%;0%")).toBe("+30%");
    expect(formatValue(-0.25, "+0%;-0%;0%")).toBe("-25%");
    expect(formatValue(0, "+0%;-0%;0%")).toBe("0%");
    expect(formatValue("text", "0%")).toBe("text");
    // A currency's symbol in quotes before the number, a note after it.
    expect(formatValue(1600000, '"$"#,##0')).toBe("$1,600,000");
    expect(formatValue(-5, '"NT$"#,##0')).toBe("-NT$5");
    expect(formatValue(2.25, '"€"#,##0.0')).toBe("€2.3");
    expect(formatValue(0.25, '0%" (1 KR not scored)"')).toBe("25% (1 KR not scored)");
  });
});
