// A large OKR sheet for benchmarks and size tests: `krs` key results, four per objective, with
// statements in the three languages (Chinese text weighs three bytes a character in a request).
import { COLUMNS } from "../../src/domain/reading/columns";

const STATEMENTS = [
  ["Win the mid-market segment", "Grow qualified pipeline from 120 to 200 deals"],
  ["大幅扩大客户群", "将签约客户从120家提升到200家"],
  ["持續引進優秀人才", "將留任一年以上的員工從120人提升到200人"],
];

/** The columns of a sheet made before the Final score column (which is optional) existed. */
const REQUIRED = COLUMNS.filter((c) => !c.optional);

/** A sheet with `krs` key results, four per objective, in the three languages. */
export function krRowsSheet(krs: number): string[][] {
  const out: string[][] = [REQUIRED.map((c) => c.header.en)];
  const blank = () => new Array(REQUIRED.length).fill("");
  for (let o = 0; o * 4 < krs; o++) {
    const [objective, kr] = STATEMENTS[o % STATEMENTS.length];
    const obj = blank();
    Object.assign(obj, {
      0: `B-O${o + 1}`,
      1: "Objective",
      3: objective,
      4: "Dana",
      5: o % 3 ? "Aspirational" : "Committed",
    });
    out.push(obj);
    for (let k = 1; k <= 4 && o * 4 + k <= krs; k++) {
      const r = blank();
      Object.assign(r, {
        0: `B-O${o + 1}-KR${k}`,
        1: "Key result",
        3: kr,
        6: "Metric",
        8: "120",
        9: "200",
        10: String(120 + k),
        11: "25%",
        12: "70%",
        13: "2026-03-31",
      });
      out.push(r);
    }
  }
  return out;
}
