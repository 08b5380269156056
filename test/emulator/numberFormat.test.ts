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
  });
});
