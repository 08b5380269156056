// O-NO-COMMITMENT: Committed or aspirational?.
import { rule } from "../rule";

export default rule({
  id: "O-NO-COMMITMENT",
  topic: "objective",
  on: "objective",
  severity: "warning",
  name: {
    en: "Committed or aspirational?",
    "zh-CN": "未区分承诺型或挑战型",
    "zh-TW": "未區分承諾型或挑戰型",
  },
  message: {
    en: "Objective {id} is neither Committed nor Aspirational.",
    "zh-CN": "目标 {id} 未标明承诺型或挑战型。",
    "zh-TW": "目標 {id} 未標明承諾型或挑戰型。",
  },
  hint: {
    en: "Choose Committed (expected to reach 1.0) or Aspirational (0.6–0.7 is a good result).",
    "zh-CN": "选择承诺型（应达到 1.0）或挑战型（达到 0.6–0.7 即为好结果）。",
    "zh-TW": "選擇承諾型（應達到 1.0）或挑戰型（達到 0.6–0.7 即為好結果）。",
  },
  example: "Commitment neither Committed nor Aspirational",
  fix: {
    readme: "the sheet's majority, as its other rows spell it (a tie is left to a person)",
    // The sheet's majority, as its own cells spell it; a tie is a person's decision.
    label: {
      en: "Use the sheet's usual commitment",
      "zh-CN": "采用本表多数的类型",
      "zh-TW": "採用本表多數的類型",
    },
    edits: ({ finding, sheet }) => {
      const marked = sheet.objectives.filter((o) => o.commitment !== null);
      const committed = marked.filter((o) => o.commitment === "committed");
      const aspirational = marked.filter((o) => o.commitment === "aspirational");
      if (committed.length === aspirational.length) return null;
      const majority = committed.length > aspirational.length ? committed : aspirational;
      const typed = String(majority[0].cells.commitment ?? "").trim();
      return typed ? [{ row: finding.row, column: "commitment", value: typed }] : null;
    },
  },
  check: (o) => (o.commitment ? null : { column: "commitment" }),
});
