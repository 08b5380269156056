// Formulas as two hosts spell them: the same formula whatever the spelling, another one otherwise.
import { formulaKey, sameFormula } from "../../src/domain/plan/sameFormula";

describe("sameFormula", () => {
  it("takes Excel's and ExcelJS's spellings of one formula as the same", () => {
    expect(sameFormula('=IF(ISNUMBER($K8), K8 / J8, "")', 'if(isnumber(K8),k8/j8,"")')).toBe(true);
    expect(sameFormula("=MAX(0,0.50-K8)", "=MAX(0,.5-K8)")).toBe(true);
    expect(sameFormula("=_xlfn.COUNTIFS(A:A,1)", "=COUNTIFS(A:A,1)")).toBe(true);
  });

  it("tells another formula, a moved reference and other text in quotes apart", () => {
    expect(sameFormula("=K8/J8", "=K9/J9")).toBe(false);
    expect(sameFormula("=K8/J8", "=(K8-I8)/(J8-I8)")).toBe(false);
    expect(sameFormula('=IF(O8>=1,"On track","")', '=IF(O8>=1,"on track","")')).toBe(false);
    expect(sameFormula("='Sales Q1'!O8", "='sales q1'!O8")).toBe(false);
    expect(sameFormula("=O8*100", "=O8*10")).toBe(false);
  });

  it("keeps the numbers inside cell references and names", () => {
    expect(formulaKey("=AB12+0.10")).toBe("AB12+0.1");
    expect(formulaKey("=LOG10(A1)")).toBe("LOG10(A1)");
  });
});
