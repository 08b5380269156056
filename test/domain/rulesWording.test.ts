// Issue 32 at the level of findings: KR-ACTIVITY on every predicate, KR-PLACEHOLDER as an error in
// the three languages, and no KR-NO-NUMBER beside it.
import { renderFinding } from "../../src/domain/rules/lint";
import { ruleOf } from "../../src/domain/rules/registry";
import { ids, kr, lint, okr, type Row } from "./rulesSheet";

const krFinds = (rule: string, over: Row) =>
  ids(lint(okr({}, [kr({ id: "K", ...over }), kr(), kr()])), rule).includes("K");

describe("KR-ACTIVITY finds the activity wherever the predicate is", () => {
  it.each([
    ["Design and launch 2 new apps", "Metric", true],
    ["By redesigning checkout, launch 3 payment options", "Metric", true],
    ["The platform team ships 4 releases", "Metric", true],
    ["Hold 6 partner roadshows", "Metric", true],
    ["Hold the error rate at 0.5%", "Keep below", false],
    ["Maintain uptime at 99.9%", "Keep above", false],
    ["Complete 80% of the sales target", "Metric", false],
    ["Reduce the time to create the board report from 2 days to 3 hours", "Metric", false],
    ["客服团队完成40场产品培训", "Metric", true],
    ["通过复盘旧流程，上线 2 套新的客服工单系统", "Metric", true],
    ["設計並上線 2 個新功能", "Metric", true],
    ["完成销售目标的90%", "Metric", false],
    ["將創建董事會報告所需的時間從2天減少到3小時", "Metric", false],
    ["Design and launch 2 new apps", "Milestone", false],
  ])("%s (%s): %p", (statement, krType, fires) => {
    expect(krFinds("KR-ACTIVITY", { statement, krType })).toBe(fires);
  });
});

describe("KR-PLACEHOLDER", () => {
  it("is an error that says which placeholder to fill in, in each language", () => {
    expect(ruleOf("KR-PLACEHOLDER")?.severity).toBe("error");
    const [f] = lint(okr({}, [kr({ statement: "Grow revenue by X%" }), kr()])).filter(
      (x) => x.ruleId === "KR-PLACEHOLDER"
    );
    expect(f.severity).toBe("error");
    expect(f.cell).toMatch(/^D\d+$/);
    expect(renderFinding(f, "en").message).toContain("“X%”");
    expect(renderFinding(f, "zh-CN").message).toContain("“X%”");
    expect(renderFinding(f, "zh-TW").message).toContain("「X%」");
    expect(renderFinding(f, "en").hint).toMatch(/Fill in the number/);
  });

  it.each([
    ["Reach N₀ MAU", true],
    ["GMV达到XX万美元", true],
    ["满意度从？%提升到？%", true],
    ["Grow MAU from 40,000 to 55,000", false],
  ])("%s: placeholder %p, and never KR-NO-NUMBER beside it", (statement, placeholder) => {
    expect(krFinds("KR-PLACEHOLDER", { statement })).toBe(placeholder);
    expect(krFinds("KR-NO-NUMBER", { statement })).toBe(false);
  });

  it("leaves an idiom's numeral out of the count: 三番五次地提醒客户续约 says no number", () => {
    expect(krFinds("KR-NO-NUMBER", { statement: "三番五次地提醒客户续约" })).toBe(true);
  });
});
