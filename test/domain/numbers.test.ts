import fc from "fast-check";
import { describeProblem } from "../../src/domain/reading/i18n";
import { isExcelError, numberOrNull, parseNumber } from "../../src/domain/reading/numbers";

const value = (input: unknown) => {
  const r = parseNumber(input as never);
  if (!r.ok) throw new Error(`expected a number from ${String(input)}, got ${r.problem.code}`);
  return r.value;
};
const problem = (input: unknown) => {
  const r = parseNumber(input as never);
  if (r.ok) throw new Error(`expected a problem from ${String(input)}, got ${r.value}`);
  return r.problem.code;
};

describe("lenient number parser", () => {
  it.each([
    ["20%", 0.2],
    ["0.07%", 0.0007],
    ["1,200", 1200],
    ["1,234,567.5", 1234567.5],
    ["$150", 150],
    ["US$ 1,500", 1500],
    ["150元", 150],
    ["¥3,000", 3000],
    ["1.5万", 15000],
    ["2.3億", 230000000],
    ["12k", 12000],
    ["１２", 12],
    ["１２．５％", 0.125],
    ["−5", -5],
    ["-5", -5],
    ["+7", 7],
    ["(3)", -3],
    ["($1,200)", -1200],
    ["-$150", -150],
    ["$-150", -150],
    ["  42  ", 42],
    ["1 200", 1200],
    [".5", 0.5],
    ["1e3", 1000],
    ["0", 0],
  ])("reads %p as %p", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it("passes numbers through and counts booleans as 1 and 0", () => {
    expect(value(3.25)).toBe(3.25);
    expect(value(true)).toBe(1);
    expect(value(false)).toBe(0);
  });

  it("never produces negative zero", () => {
    expect(Object.is(value("-0"), -0)).toBe(false);
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    [null, "empty"],
    [undefined, "empty"],
    ["#N/A", "excel-error"],
    ["#DIV/0!", "excel-error"],
    ["Err:502", "excel-error"],
    ["abc", "not-a-number"],
    ["12 apples", "not-a-number"],
    ["1.2.3", "not-a-number"],
    ["-", "not-a-number"],
    ["%", "not-a-number"],
    ["1,2", "bad-grouping"],
    ["12,34", "bad-grouping"],
    [Number.NaN, "not-a-number"],
    [Number.POSITIVE_INFINITY, "not-a-number"],
  ])("refuses %p with %p", (input, code) => {
    expect(problem(input)).toBe(code);
  });

  it("explains a refusal in each language, quoting the input", () => {
    const r = parseNumber("abc");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(describeProblem(r.problem, "en")).toContain("“abc” is not a number");
    expect(describeProblem(r.problem, "zh-CN")).toContain("不是数字");
    expect(describeProblem(r.problem, "zh-TW")).toContain("不是數字");
  });

  it("recognises Excel error values", () => {
    expect(isExcelError("#VALUE!")).toBe(true);
    expect(isExcelError(" #n/a ")).toBe(true);
    expect(isExcelError("#hashtag")).toBe(false);
    expect(isExcelError(5)).toBe(false);
  });

  it("numberOrNull gives null for anything that is not a number", () => {
    expect(numberOrNull("x")).toBeNull();
    expect(numberOrNull("")).toBeNull();
    expect(numberOrNull("30%")).toBe(0.3);
  });

  it("round-trips every finite number written as text", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(value(String(n))).toBe(n === 0 ? 0 : n);
      })
    );
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.double(),
          fc.boolean(),
          fc.constant(null)
        ),
        (input) => {
          const r = parseNumber(input);
          expect(typeof r.ok).toBe("boolean");
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        }
      )
    );
  });
});
