// A CSV's rows keep their line numbers (findings say "line 5", a stray cell far below the table
// is found at its row), whatever sits between them: empty lines, which the parser is told to skip
// (as records of their own each cost an error object: a stray line at line 1,000,000 took 77 s and
// 2.6 GB), and quoted cells that hold line ends, which make one row of several lines.
import { parseCsv } from "../../src/cli/csvText";

describe("a CSV's rows", () => {
  it("keep their line numbers across empty lines", () => {
    const rows = parseCsv("ID,Level\nO1,Objective\n\n\nO2,Objective\n", "plan.csv");
    expect(rows).toEqual([["ID", "Level"], ["O1", "Objective"], [], [], ["O2", "Objective"]]);
  });

  it("start a row of several lines at its first line, before and after empty lines", () => {
    // Lines as csv-parse counts them (and names them in its messages): a CR or LF inside quotes
    // is a line each, so the CRLF in O1's notes is two.
    const text = 'ID,Notes\n\n"O1","first\nsecond\r\nthird"\n\n\nO2,x\r"O3","a\rb"\n';
    expect(parseCsv(text, "plan.csv")).toEqual([
      ["ID", "Notes"],
      [],
      ["O1", "first\nsecond\r\nthird"],
      [],
      [],
      [],
      [],
      [],
      ["O2", "x"],
      ["O3", "a\rb"],
    ]);
  });

  it("find a line far below after a long run of empty lines at its own row", () => {
    const rows = parseCsv(`ID,Level\nO1,Objective${"\n".repeat(5000)}x\n`, "plan.csv");
    expect(rows).toHaveLength(5002);
    expect(rows[5001]).toEqual(["x"]);
    expect(rows[3000]).toEqual([]);
  });
});
