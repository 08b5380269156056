// Rows appended where Excel finds room carry their formulas in R1C1 notation: references to their
// own rows move with them, references to rows above stay. The emulator reads R1C1 back as Excel does.
import { r1c1ToA1 } from "../../emulator/addresses";
import { movingRowsR1C1 } from "../../src/domain/reading/cellRefs";

describe("formulas of appended rows in R1C1", () => {
  it("moves references to appended rows, keeps those to rows above, keeps $ columns", () => {
    // a history row planned for row 8 (0-based 7), rows from 5 (0-based) appended
    expect(movingRowsR1C1("=D8-D3", { row: 7, col: 8 }, 5)).toBe("=RC[-5]-R3C[-5]");
    expect(movingRowsR1C1('=IF(G8="","",$G8-D8)', { row: 7, col: 9 }, 5)).toBe(
      '=IF(RC[-3]="","",RC7-RC[-6])'
    );
    expect(movingRowsR1C1("=D9", { row: 7, col: 3 }, 5)).toBe("=R[1]C");
  });

  it("leaves text, names and functions alone", () => {
    expect(movingRowsR1C1('=IF(A8="B2","LOG10",LOG10(A8))', { row: 7, col: 0 }, 0)).toBe(
      '=IF(RC="B2","LOG10",LOG10(RC))'
    );
    expect(movingRowsR1C1("=Sheet1!A1+A1", { row: 0, col: 0 }, 0)).toBe("=Sheet1!RC+RC");
  });

  it("reads back as the A1 formula of wherever the row landed", () => {
    const r1c1 = movingRowsR1C1("=D8-D3", { row: 7, col: 8 }, 5);
    // planned for row 8, landed on row 12 (0-based 11) because someone else appended first
    expect(r1c1ToA1(r1c1, { row: 11, col: 8 })).toBe("=D12-D$3");
    expect(r1c1ToA1("=R1C1+R[-1]C[2]+RC", { row: 4, col: 1 })).toBe("=$A$1+D4+B5");
    expect(r1c1ToA1('="RC"&ROUND(RC,0)', { row: 0, col: 0 })).toBe('="RC"&ROUND(A1,0)');
  });
});
