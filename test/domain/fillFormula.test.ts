// A fill's formula for one row: the template's row marks replaced by the row's own number. The pieces
// between marks are cut once per template and kept (plan/types.ts); these pin what that must not change.
import { ROW_MARK, fillFormula } from "../../src/domain/plan/types";

describe("fillFormula", () => {
  it("puts the row's number (1-based) at every mark, the same template asked again", () => {
    const template = `=IF(ISNUMBER(A${ROW_MARK}),A${ROW_MARK}/B${ROW_MARK},"")`;
    expect(fillFormula(template, 4)).toBe('=IF(ISNUMBER(A5),A5/B5,"")');
    expect(fillFormula(template, 99_999)).toBe('=IF(ISNUMBER(A100000),A100000/B100000,"")');
  });

  it("keeps a template without a mark, and marks at its ends", () => {
    expect(fillFormula('=""', 7)).toBe('=""');
    expect(fillFormula(`${ROW_MARK}+${ROW_MARK}`, 0)).toBe("1+1");
  });

  it("stays right past the number of templates it keeps", () => {
    for (let i = 0; i < 2_500; i++)
      expect(fillFormula(`=C${ROW_MARK}*${i}`, i)).toBe(`=C${i + 1}*${i}`);
    expect(fillFormula(`=C${ROW_MARK}*0`, 9)).toBe("=C10*0");
  });
});
