// Reading statements by word class (issue 32): the dictionary-derived readers behind the wording
// rules, on the patterns the issue names, in each language. The rules' findings on whole sheets are
// tested in rulesCoach.test.ts, seedsExamples.test.ts and published.test.ts.
import { TEMPLATES } from "../../src/domain/newSheet/templates";
import {
  activityPredicates,
  containsQuantity,
  containsRealQuantity,
  leadingVerb,
  placeholderIn,
  segmentZh,
} from "../../src/domain/text/analyze";
import { zhTokens } from "../../src/domain/text/chinese";
import { ZH_OKR_ADVERBS } from "../../src/domain/text/lexicon";
import { simplified } from "../../src/domain/text/wordClasses";
import { ZH } from "../../src/domain/text/wordClasses.data";

const zh = new Intl.Segmenter("zh", { granularity: "word" });
const byIterator = (text: string) =>
  [...zh.segment(text)].map((s) => s.segment).filter((w) => w.trim() !== "");

const statements = TEMPLATES.flatMap((t) =>
  t.objectives.flatMap((o) => [o.statement, ...o.keyResults.map((kr) => kr.statement)])
).flatMap((s) => [s["zh-CN"], s["zh-TW"], s.en]);

describe("segmentZh (the command line's language guess still uses Intl.Segmenter)", () => {
  it("gives the iterator's words for every template statement", () => {
    expect(statements.length).toBeGreaterThan(100);
    for (const text of statements) expect([...segmentZh(text)]).toEqual(byIterator(text));
  });
});

describe("Chinese words by longest match over jieba's dictionary", () => {
  it("keeps two-character verbs whole, which Intl.Segmenter cuts (优化成本结构 → 优/化/…)", () => {
    expect(zhTokens("优化成本结构").map((t) => t.text)).toEqual(["优化", "成本", "结构"]);
    expect(zhTokens("优化成本结构")[0].cls).toMatch(/^[vn]$/);
  });

  it("reads Traditional through OpenCC's table, as its Simplified twin", () => {
    expect(simplified("組建富有經驗的客服團隊")).toBe("组建富有经验的客服团队");
    expect(zhTokens(simplified("優化成本結構"))).toEqual(zhTokens("优化成本结构"));
  });

  it("takes the longest word: 用户 is a noun, not the verb 用", () => {
    expect(zhTokens("用户满意度提高")[0]).toEqual({ text: "用户", cls: "x" });
  });
});

describe("leadingVerb: the verb the dictionary tags, after adverbs and time words", () => {
  it("reads every verb of the dictionary (two characters or more) as the verb it opens with", () => {
    const verbs = ZH.split("\n")
      .find((line) => line[0] === "v")!
      .slice(1)
      .split(" ")
      .filter((v) => v.length >= 2 && !ZH_OKR_ADVERBS.has(v));
    expect(verbs.length).toBeGreaterThan(10000);
    const missed = verbs.filter((v) => leadingVerb(`${v}我们的客户体验`).verb === null);
    expect(missed).toEqual([]);
  });

  it("reads a second clause that ends in a change as no subject + predicate", () => {
    expect(leadingVerb("提升服务质量，实现业绩增长").verb).toBe("提升");
    expect(leadingVerb("优化供应链，让交付更快").verb).toBe("优化");
  });

  it.each([
    ["组建富有经验的客服团队", "组建"],
    ["優化我們的產品口碑", "优化"],
    ["构建重要的东西", "构建"],
    ["输出一套社媒SOP", "输出"],
    ["成功摄取新数据源", "摄取"],
    ["大幅降低获客成本", "降低"],
    ["更快地将 SQL 转化为收入", "转化"],
    ["本季度全面强化信息安全", "强化"],
    ["Dramatically lower our CPA", "lower"],
    ["Upgrade systems and automate processes", "upgrade"],
    ["In Q2, streamline expense approvals", "streamline"],
  ])("%s opens with %s", (text, verb) => {
    expect(leadingVerb(text).verb).toBe(verb);
  });

  it.each([
    "门店客流提高10%",
    "员工的满意度很重要",
    "我们的员工很重要",
    "收入增长",
    "订阅者喜欢我们的出版物",
    "更高效的董事会报告",
    "Customers happier",
    "Field teams happier",
    "Partners more loyal",
    "Happy, effective, async team",
  ])("%s opens with no verb, whatever follows", (text) => {
    expect(leadingVerb(text).verb).toBeNull();
  });
});

describe("activityPredicates: the main predicate and every coordinated one", () => {
  it.each([
    ["Design and launch 2 new apps", "design"],
    ["Identify & roll out a headcount tool for 4 teams", "roll out"],
    ["By redesigning checkout, launch 3 payment options", "launch"],
    ["The platform team ships 4 releases", "ship"],
    ["We've rolled out nurture flows to 3 segments", "roll out"],
    ["Public Learn Platform MVP deployed in June", "deploy"],
    ["Hold 6 partner roadshows", "hold"],
    ["客服团队完成40场产品培训", "完成"],
    ["通过复盘旧流程，上线 2 套新的客服工单系统", "上线"],
    ["设计并上线2个新功能", "设计"],
    ["以 99.9% 数据迁移准确率完成系统部署", "完成"],
    ["本季度发布了 20 个新的支持视频", "发布"],
    ["舉辦 5 次加盟店促銷，貢獻總銷售目標的 30%", "举办"],
    ["年度组织架构诊断与优化报告发布", "发布"],
  ])("%s → %s", (text, verb) => {
    expect(activityPredicates(text)).toContain(verb);
  });

  it.each([
    "Reduce the time to create the board report from 2 days to 3 hours",
    "Hold the error rate at 0.5%",
    "Keep churn below 1%",
    "Complete 80% of the sales target",
    "Batch changes launch drove 4,000 visits",
    "N customers have created at least 1 code insight",
    "将创建董事会报告所需的时间从2天减少到3小时",
    "完成销售目标的90%",
    "完成經銷收入目標的 20%",
    "招聘完成率达到 90%",
    "新功能上线数 > 10",
    "80% 的客户在本季度发布后的两周内尝试了新功能",
    "10 位客户为本季度的新功能发布提供了反馈",
    "为销售产生 1,200 MQL 以进行跟进",
    "报价到已完成赢得超过 40%",
  ])("%s is an outcome or a level", (text) => {
    expect(activityPredicates(text)).toEqual([]);
  });
});

describe("placeholders are no numbers; idioms are no quantities", () => {
  it.each([
    ["Grow revenue by X%", "X%"],
    ["Reach N₀ MAU", "N₀"],
    ["GMV达到XX万美元", "XX万"],
    ["满意度从？%提升到？%", "？%"],
    ["客户数增长到某万", "某万"],
    ["Measure: ____", "____"],
  ])("%s holds the placeholder %s", (text, placeholder) => {
    expect(placeholderIn(text)).toBe(placeholder);
    expect(containsRealQuantity(text)).toBe(false);
  });

  it.each([
    "3x qualified pipeline coverage",
    "Grow MAU from 4,000 to 5,500",
    "OKR 到 20__ 年",
    "Xbox sales up 20%",
  ])("%s holds no placeholder", (text) => expect(placeholderIn(text)).toBeNull());

  it("a numeral inside an idiom (the dictionary's tag, or an idiom's numeral form) is no quantity", () => {
    expect(containsQuantity("一石二鸟地提升复购")).toBe(false);
    expect(containsQuantity("三番五次地提醒客户续约")).toBe(false);
    expect(containsQuantity("三天两头加班")).toBe(false);
    expect(containsQuantity("新开五家门店")).toBe(true);
  });
});
