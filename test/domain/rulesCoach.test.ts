// The rules as a careful OKR coach reads (issue 14): activity verbs after time phrases, verb-first
// objectives the lexicon does not list, pasted list markers, number words, objective weights and
// Excel's cell limit — each both ways, in each language.
import fc from "fast-check";
import { lintWorkbook, renderFinding } from "../../src/domain/rules/lint";
import { LANGS } from "../../src/domain/types";
import { ids, kr, lint, okr, sheet, type Row } from "./rulesSheet";

const objectiveFinds = (rule: string, statement: string) =>
  ids(lint(okr({ statement })), rule).length > 0;
const krFinds = (rule: string, over: Row) =>
  ids(lint(okr({}, [kr({ id: "K", ...over }), kr(), kr()])), rule).includes("K");

describe("KR-ACTIVITY: the verb after a time phrase, and the verbs the lexicon missed", () => {
  it.each([
    ["Publish 40 how-to articles", true],
    ["Roll out single sign-on to 12 teams", true],
    ["Set up 3 regional service desks", true],
    ["Run 10 customer workshops", true],
    ["Hold 6 partner roadshows", true],
    ["Organise 4 hackathons with 200 entrants", true],
    ["In May, complete 30 store audits", true],
    ["By October, ship 3 integrations", true],
    ["Q3: launch 2 loyalty tiers", true],
    ["By the end of November, deliver 5 pilots", true],
    ["Grow weekly active teams from 300 to 450", false],
    ["In May, raise audit pass rate from 70% to 90%", false],
    ["Set targets for 100% of account managers", false],
    ["推出5款会员权益", true],
    ["开设8家社区门店", true],
    ["上架120款春季新品", true],
    ["进行15场用户访谈", true],
    ["指导20名新任主管", true],
    ["举办4场经销商大会", true],
    ["组织6次跨部门复盘", true],
    ["5 月完成40家门店巡检", true],
    ["9月底前上线3个新功能", true],
    ["Q3：发布2个行业方案", true],
    ["将门店巡检合格率从70%提升到90%", false],
    ["10月前把复购率从20%提升到26%", false],
    ["開設8家社區門市", true],
    ["進行15場用戶訪談", true],
    ["指導20名新任主管", true],
    ["舉辦4場經銷商大會", true],
    ["組織6次跨部門檢討", true],
    ["5 月完成40家門市巡檢", true],
    ["十月前把回購率從20%提升到26%", false],
  ])("%p: %p", (statement, fires) => {
    expect(krFinds("KR-ACTIVITY", { statement })).toBe(fires);
  });

  it("names the verb it read after the time phrase, in each language", () => {
    const [f] = lint(okr({}, [kr({ statement: "By October, ship 3 integrations" }), kr()])).filter(
      (x) => x.ruleId === "KR-ACTIVITY"
    );
    expect(renderFinding(f, "en").message).toContain("“ship”");
    expect(renderFinding(f, "zh-CN").message).toContain("“ship”");
    expect(renderFinding(f, "zh-TW").message).toContain("「ship」");
  });
});

describe("O-STARTS-WITH-VERB: verbs the lexicon lacks, and adverb + verb", () => {
  it.each([
    ["召开更短更有效的周会", false],
    ["持续引入资深工程师", false],
    ["加大渠道合作力度", false],
    ["做强华东区域市场", false],
    ["召開更短更有效的週會", false],
    ["持續引入資深工程師", false],
    ["加大通路合作力度", false],
    ["In June, roll out self-service onboarding", false],
    ["Steadily set up our partner network", false],
    ["门店客流提高", true],
    ["员工的满意度很重要", true],
    ["收入增长", true],
    ["門市客流提高", true],
    ["Partners more loyal", true],
    ["Revenue growth everywhere", true],
    ["推动渠道业务增长", false],
  ])("%p fires: %p", (statement, fires) => {
    expect(objectiveFinds("O-STARTS-WITH-VERB", statement)).toBe(fires);
  });
});

describe("number words are quantities; words that merely hold a numeral are not", () => {
  it.each([
    ["Open twelve partner offices", false],
    ["Sign three new reseller channels", false],
    ["Win two hundred enterprise logos", false],
    ["签约三个区域代理", false],
    ["新开十二家直营店", false],
    ["用户规模扩大两倍", false],
    ["簽約三個區域代理", false],
    ["新開十二家直營店", false],
    ["Grow partner-sourced revenue", true],
  ])("KR-NO-NUMBER on %p fires: %p", (statement, fires) => {
    expect(krFinds("KR-NO-NUMBER", { statement })).toBe(fires);
  });

  it.each([
    ["Open offices in three new regions", true],
    ["打造三个标杆客户", true],
    ["打造三個標竿客戶", true],
    ["Build a one-stop service desk", false],
    ["Become a first-class partner", false],
    ["打造一流的服务团队", false],
    ["和客户一起成长", false],
    ["统一全国报价流程", false],
    ["建立一些可复用的方案", false],
    ["建立萬一出錯的預案", false],
    ["統一全國報價流程", false],
  ])("O-QUALITATIVE on %p fires: %p", (statement, fires) => {
    expect(objectiveFinds("O-QUALITATIVE", statement)).toBe(fires);
  });
});

describe("TEXT-LIST-MARKER", () => {
  it.each([
    ["• Win the mid-market segment", "•"],
    ["▪\u00a0Win the mid-market segment", "▪"],
    ["◦\tWin the mid-market segment", "◦"],
    ["- Win the mid-market segment", "-"],
    ["* Win the mid-market segment", "*"],
    ["3. Win the mid-market segment", "3."],
    ["2) Win the mid-market segment", "2)"],
    ["(4) Win the mid-market segment", "(4)"],
    ["b) Win the mid-market segment", "b)"],
    ["②赢得中端市场", "②"],
    ["三、赢得中端市场", "三、"],
    ["（二）贏得中端市場", "（二）"],
    ["4、贏得中端市場", "4、"],
  ])("%p starts with %p", (statement, marker) => {
    const found = lint(okr({ statement })).filter((f) => f.ruleId === "TEXT-LIST-MARKER");
    expect(found.map((f) => [f.okrId, f.cell, f.params?.marker])).toEqual([["T-O1", "D2", marker]]);
  });

  it.each([
    "Win the mid-market segment",
    "-5% churn is the floor",
    "1.5x the mid-market pipeline",
    "U.S. mid-market: win it",
    "一流的服务",
  ])("%p has none", (statement) => {
    expect(ids(lint(okr({ statement })), "TEXT-LIST-MARKER")).toEqual([]);
  });

  it("is the only finding: the other rules read the statement without the marker", () => {
    // Values the statement names (KR-STATEMENT-VALUES reads them past the marker too).
    const repeatRate = { unit: "%", start: "20%", target: "26%", current: "22%" };
    const findings = lint(
      okr({ statement: "1. Grow repeat purchases" }, [
        kr({ statement: "• Lift repeat purchase rate from 20% to 26%", ...repeatRate }),
        kr({ statement: "一、将复购率从20%提升到26%", ...repeatRate }),
        kr(),
      ])
    );
    expect(findings.map((f) => `${f.ruleId} ${f.okrId}`)).toEqual([
      "TEXT-LIST-MARKER T-O1",
      "TEXT-LIST-MARKER T-O1-KR1",
      "TEXT-LIST-MARKER T-O1-KR2",
    ]);
  });

  it("speaks each language", () => {
    const [f] = lint(okr({ statement: "① Win the mid-market segment" }));
    expect(LANGS.map((lang) => renderFinding(f, lang).message)).toEqual([
      "The statement of T-O1 starts with “①”, a bullet or list number copied from a document.",
      "T-O1 的描述以“①”开头，这是从文档中复制来的项目符号或编号。",
      "T-O1 的描述以「①」開頭，這是從文件中複製來的項目符號或編號。",
    ]);
  });
});

describe("SHEET-WEIGHTS-SUM", () => {
  const two = (w1: string, w2: string) => [
    ...okr({ weight: w1 }, undefined, 1),
    ...okr({ weight: w2 }, undefined, 2),
  ];
  it("fires on each objective without a weight when others have one", () => {
    const findings = lint(two("60%", "")).filter((f) => f.ruleId === "SHEET-WEIGHTS-SUM");
    expect(findings.map((f) => [f.okrId, f.cell])).toEqual([["T-O2", "L6"]]);
    expect(LANGS.map((lang) => renderFinding(findings[0], lang).message)).toEqual([
      "Objective weights are given on some objectives but not on T-O2.",
      "目标权重只填写在部分目标上，T-O2 没有。",
      "目標權重只填寫在部分目標上，T-O2 沒有。",
    ]);
  });

  it("fires once, on the sheet, when the weights add up to something else than 100 %", () => {
    const findings = lint(two("60%", "30%")).filter((f) => f.ruleId === "SHEET-WEIGHTS-SUM");
    expect(findings.map((f) => [f.row, f.cell, f.okrId])).toEqual([[1, "L1", undefined]]);
    expect(renderFinding(findings[0], "zh-TW").message).toBe("目標權重合計為 90%，不是 100%。");
  });

  it.each([
    ["60%", "40%"],
    ["60", "40"],
    ["60.3%", "39.9%"],
    ["", ""],
  ])("is quiet on %p + %p", (w1, w2) => {
    expect(ids(lint(two(w1, w2)), "SHEET-WEIGHTS-SUM")).toEqual([]);
    expect(
      lint(two(w1, w2)).filter((f) => f.ruleId === "SHEET-WEIGHTS-SUM" && f.row === 1)
    ).toEqual([]);
  });
});

describe("CELL-TOO-LONG", () => {
  it("is an error on a cell beyond Excel's 32,767 characters, not on one at the limit", () => {
    const long = "A".repeat(32768);
    const findings = lint(okr({ notes: long }, [kr({ notes: "x".repeat(32767) }), kr(), kr()]));
    const hits = findings.filter((f) => f.ruleId === "CELL-TOO-LONG");
    expect(hits.map((f) => [f.okrId, f.cell, f.severity])).toEqual([["T-O1", "U2", "error"]]);
    expect(LANGS.map((lang) => renderFinding(hits[0], lang).message)).toEqual([
      "Notes of T-O1 holds 32768 characters; Excel keeps at most 32767 in a cell.",
      "T-O1 的备注有 32768 个字符；Excel 每个单元格最多 32767 个。",
      "T-O1 的備註有 32768 個字元；Excel 每個儲存格最多 32767 個。",
    ]);
  });
});

describe("O-KR-COUNT says what its threshold says", () => {
  it("names the accepted range in its hint, from the settings", () => {
    const [f] = lint(okr({}, [kr()])).filter((x) => x.ruleId === "O-KR-COUNT");
    expect(renderFinding(f, "en").hint).toMatch(/^2–5 key results/);
    expect(renderFinding(f, "zh-CN").hint).toMatch(/^2–5 个关键结果/);
    const [none] = lint(okr({}, [])).filter((x) => x.ruleId === "O-NO-KR");
    expect(renderFinding(none, "zh-TW").hint).toContain("2–5 列關鍵結果");
  });
});

describe("pasted markers, time phrases and whitespace add nothing but TEXT-LIST-MARKER", () => {
  const LANG_TEXT = {
    en: {
      objectives: ["Win the mid-market segment", "Dramatically lower our CPA"],
      krs: [
        "Grow qualified pipeline from 120 to 200 deals",
        "Cut onboarding time from 9 to 5 days",
      ],
      times: ["In April, ", "By March, ", "Q2: ", "This quarter, ", "By the end of June, "],
    },
    zh: {
      objectives: ["赢得中端市场", "大幅降低获客成本", "贏得中端市場", "持續引進優秀人才"],
      krs: ["将合格商机从120个提升到200个", "將入職時間從9天縮短到5天"],
      times: ["4 月", "3月底前", "本季度", "2026年第一季度", "Q3：", "十二月份"],
    },
  };
  const MARKERS = ["", "•", "▪", "◦", "-", "*", "1.", "2)", "(3)", "①", "一、", "a)"];
  const SPACE = fc.constantFrom("", " ", "\u00a0", "\t", "\u3000", "  ");

  const prefixed = (texts: readonly string[], times: readonly string[]) =>
    fc
      .tuple(
        fc.constantFrom(...texts),
        SPACE,
        fc.constantFrom(...MARKERS),
        fc.constantFrom(" ", "\u00a0", "\t", " \u00a0"),
        fc.option(fc.constantFrom(...times), { nil: "" })
      )
      .map(([text, lead, marker, gap, time]) => ({
        plain: text,
        pasted: `${lead}${marker}${marker ? gap : ""}${time}${text}`,
      }));

  const serious = (findings: ReturnType<typeof lintWorkbook>) =>
    findings
      .filter((f) => f.severity !== "info" && f.ruleId !== "TEXT-LIST-MARKER")
      .map((f) => `${f.okrId} ${f.ruleId}`);

  it.each(Object.entries(LANG_TEXT))("%s", (_, lang) => {
    fc.assert(
      fc.property(
        prefixed(lang.objectives, lang.times),
        fc.array(prefixed(lang.krs, lang.times), { minLength: 2, maxLength: 4 }),
        (o, krs) => {
          const rows = (pick: "plain" | "pasted") =>
            okr(
              { statement: o[pick] },
              krs.map((k) => kr({ statement: k[pick] }))
            );
          expect(serious(lintWorkbook([sheet(rows("pasted"))]))).toEqual(
            serious(lintWorkbook([sheet(rows("plain"))]))
          );
        }
      ),
      { seed: 20261126, numRuns: 300 }
    );
  });
});

describe("hidden rows and sheets", () => {
  const rows = () => okr({}, [kr({ statement: "Improve partner loyalty" })]);
  it("are checked like visible ones, and their findings say so in each language", () => {
    const visible = lint(rows());
    const hiddenRow = lint(rows(), { hidden: { hiddenRows: new Set([3]) } });
    expect(hiddenRow.map((f) => f.ruleId)).toEqual(visible.map((f) => f.ruleId));
    const at = (rule: string) => hiddenRow.find((f) => f.ruleId === rule);
    expect(at("KR-NO-NUMBER")?.hidden).toBe("row");
    expect(at("O-KR-COUNT")?.hidden).toBeUndefined(); // row 2 is visible
    expect(LANGS.map((lang) => renderFinding(at("KR-NO-NUMBER")!, lang).message)).toEqual([
      "The key result “Improve partner loyalty” says no number. (The row is hidden.)",
      "关键结果“Improve partner loyalty”中没有数字。（该行已隐藏。）",
      "關鍵結果「Improve partner loyalty」中沒有數字。（該列已隱藏。）",
    ]);
    const hiddenSheet = lint(rows(), { hidden: { hiddenSheet: true } });
    expect(hiddenSheet.map((f) => f.hidden)).toEqual(visible.map(() => "sheet"));
    const notes = LANGS.map((lang) => renderFinding(hiddenSheet[0], lang).message);
    expect(notes[0]).toMatch(/ \(The sheet is hidden\.\)$/);
    expect(notes[1]).toMatch(/（该工作表已隐藏。）$/);
    expect(notes[2]).toMatch(/（該工作表已隱藏。）$/);
  });
});
