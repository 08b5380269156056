// The built-in department templates: one definition each, its three languages side by side.
// Written fresh in the voice of an OKR coach: qualitative objectives that open with a verb, key results
// that measure outcomes from a start to a target, weights summing to 100 %, a mix of committed and
// aspirational, and department objectives aligned (Parent) to the Company template's objectives.
import type { Commitment, KrType, Localized, Scope } from "../types";

export type TemplateKey =
  "company" | "sales" | "finance" | "hr" | "marketing" | "product" | "customer-success";

export interface TemplateKeyResult {
  statement: Localized;
  type: KrType;
  unit: Localized;
  /** Start and Target in the unit; percentages as fractions (0.18 is 18 %). */
  start?: number;
  target: number;
  /** The value at planning time; defaults to Start (0 for milestones and binaries). */
  current?: number;
  /** Share of its objective, in percent. */
  weight: number;
  notes?: Localized;
}

export interface TemplateObjective {
  statement: Localized;
  commitment: Commitment;
  /** Share of the sheet score, in percent. */
  weight: number;
  /** Number of the Company objective it aligns to (1 → CO-O1). */
  alignsTo?: number;
  keyResults: TemplateKeyResult[];
}

export interface Template {
  key: TemplateKey;
  /** ID prefix: SALES → SALES-O1, SALES-O1-KR1. */
  idPrefix: string;
  /** Department name, used in the sheet name and the header block. */
  name: Localized;
  description: Localized;
  scope: Scope;
  objectives: TemplateObjective[];
}

const PCT = { en: "%", "zh-CN": "%", "zh-TW": "%" };
const USD = { en: "USD", "zh-CN": "美元", "zh-TW": "美元" };
const DAYS = { en: "days", "zh-CN": "天", "zh-TW": "天" };
const POINTS = { en: "points", "zh-CN": "分", "zh-TW": "分" };
const HOURS = { en: "hours", "zh-CN": "小时", "zh-TW": "小時" };

/** The milestone ladder most rollouts follow (Current is the share reached). */
const ROLLOUT_LADDER = {
  en: "Ladder: 0% not started · 25% pilot live · 50% half of the scope · 75% all but one · 100% everywhere",
  "zh-CN": "里程碑：0% 未开始 · 25% 试点上线 · 50% 覆盖一半 · 75% 仅剩一个 · 100% 全部完成",
  "zh-TW": "里程碑：0% 未開始 · 25% 試點上線 · 50% 涵蓋一半 · 75% 僅剩一個 · 100% 全部完成",
};

/** Key results two templates share (the company's and a department's own), weights aside. */
const ENPS: Omit<TemplateKeyResult, "weight"> = {
  statement: {
    en: "Raise eNPS from 18 to 35",
    "zh-CN": "员工NPS从18提升到35",
    "zh-TW": "員工NPS從18提升到35",
  },
  type: "metric",
  unit: POINTS,
  start: 18,
  target: 35,
};
const FIRST_RESPONSE: Omit<TemplateKeyResult, "weight"> = {
  statement: {
    en: "Cut median first-response time from 9 hours to 4 hours",
    "zh-CN": "首次响应时间中位数从9小时缩短到4小时",
    "zh-TW": "首次回應時間中位數從9小時縮短到4小時",
  },
  type: "metric",
  unit: HOURS,
  start: 9,
  target: 4,
};

/** The Company ID prefix: department objectives align to CO-O1, CO-O2, … */
export const COMPANY_PREFIX = "CO";

export const TEMPLATES: readonly Template[] = [
  {
    key: "company",
    idPrefix: COMPANY_PREFIX,
    name: { en: "Company", "zh-CN": "公司", "zh-TW": "公司" },
    description: {
      en: "The few company objectives every department aligns to.",
      "zh-CN": "全公司的少数几个目标，各部门向它们对齐。",
      "zh-TW": "全公司的少數幾個目標，各部門向它們對齊。",
    },
    scope: "company",
    objectives: [
      {
        statement: {
          en: "Grow revenue profitably",
          "zh-CN": "实现有质量的收入增长",
          "zh-TW": "實現有品質的營收成長",
        },
        commitment: "committed",
        weight: 40,
        keyResults: [
          {
            statement: {
              en: "Grow annual recurring revenue from $8M to $10M",
              "zh-CN": "年度经常性收入从800万美元增长到1000万美元",
              "zh-TW": "年度經常性營收從800萬美元成長到1000萬美元",
            },
            type: "metric",
            unit: USD,
            start: 8_000_000,
            target: 10_000_000,
            weight: 50,
          },
          {
            statement: {
              en: "Reduce customer acquisition cost from $2,100 to $1,600",
              "zh-CN": "获客成本从2100美元降低到1600美元",
              "zh-TW": "獲客成本從2100美元降低到1600美元",
            },
            type: "metric",
            unit: USD,
            start: 2100,
            target: 1600,
            weight: 25,
          },
          {
            statement: {
              en: "Keep gross margin above 62%",
              "zh-CN": "毛利率保持在62%以上",
              "zh-TW": "毛利率保持在62%以上",
            },
            type: "keepAbove",
            unit: PCT,
            target: 0.62,
            current: 0.64,
            weight: 25,
          },
        ],
      },
      {
        statement: {
          en: "Delight our customers",
          "zh-CN": "让客户愿意一直选择我们",
          "zh-TW": "讓客戶願意一直選擇我們",
        },
        commitment: "aspirational",
        weight: 35,
        keyResults: [
          {
            statement: {
              en: "Raise NPS from 32 to 45",
              "zh-CN": "NPS从32提升到45",
              "zh-TW": "NPS從32提升到45",
            },
            type: "metric",
            unit: POINTS,
            start: 32,
            target: 45,
            weight: 40,
          },
          {
            statement: {
              en: "Keep monthly logo churn below 1.5%",
              "zh-CN": "月度客户流失率保持在1.5%以下",
              "zh-TW": "月度客戶流失率保持在1.5%以下",
            },
            type: "keepBelow",
            unit: PCT,
            target: 0.015,
            current: 0.013,
            weight: 30,
          },
          { ...FIRST_RESPONSE, weight: 30 },
        ],
      },
      {
        statement: {
          en: "Build a team people want to stay in",
          "zh-CN": "打造人才愿意留下的团队",
          "zh-TW": "打造人才願意留下的團隊",
        },
        commitment: "aspirational",
        weight: 25,
        keyResults: [
          { ...ENPS, weight: 50 },
          {
            statement: {
              en: "Reduce regretted attrition from 12% to 8% a year",
              "zh-CN": "非预期人才流失率从每年12%降低到8%",
              "zh-TW": "非預期人才流失率從每年12%降低到8%",
            },
            type: "metric",
            unit: PCT,
            start: 0.12,
            target: 0.08,
            weight: 50,
          },
        ],
      },
    ],
  },
  {
    key: "sales",
    idPrefix: "SALES",
    name: { en: "Sales", "zh-CN": "销售", "zh-TW": "銷售" },
    description: {
      en: "Enterprise bookings, pipeline, win rate and a shorter sales cycle.",
      "zh-CN": "大客户签约、销售管道、赢单率和更短的销售周期。",
      "zh-TW": "大型客戶簽約、銷售管道、贏單率和更短的銷售週期。",
    },
    scope: "department",
    objectives: [
      {
        statement: {
          en: "Win more enterprise customers",
          "zh-CN": "赢得更多大客户",
          "zh-TW": "贏得更多大型客戶",
        },
        commitment: "committed",
        weight: 50,
        alignsTo: 1,
        keyResults: [
          {
            statement: {
              en: "Grow new enterprise bookings from $1.2M to $2M",
              "zh-CN": "大客户新签合同额从120万美元增长到200万美元",
              "zh-TW": "大型客戶新簽合約額從120萬美元成長到200萬美元",
            },
            type: "metric",
            unit: USD,
            start: 1_200_000,
            target: 2_000_000,
            weight: 40,
          },
          {
            statement: {
              en: "Increase qualified pipeline from $4M to $6.5M",
              "zh-CN": "合格销售管道从400万美元增加到650万美元",
              "zh-TW": "合格銷售管道從400萬美元增加到650萬美元",
            },
            type: "metric",
            unit: USD,
            start: 4_000_000,
            target: 6_500_000,
            weight: 30,
          },
          {
            statement: {
              en: "Raise the enterprise win rate from 18% to 25%",
              "zh-CN": "大客户赢单率从18%提升到25%",
              "zh-TW": "大型客戶贏單率從18%提升到25%",
            },
            type: "metric",
            unit: PCT,
            start: 0.18,
            target: 0.25,
            weight: 30,
          },
        ],
      },
      {
        statement: {
          en: "Make buying from us effortless",
          "zh-CN": "让客户的购买过程轻松顺畅",
          "zh-TW": "讓客戶的購買過程輕鬆順暢",
        },
        commitment: "aspirational",
        weight: 30,
        alignsTo: 2,
        keyResults: [
          {
            statement: {
              en: "Shorten the average sales cycle from 75 days to 55 days",
              "zh-CN": "平均销售周期从75天缩短到55天",
              "zh-TW": "平均銷售週期從75天縮短到55天",
            },
            type: "metric",
            unit: DAYS,
            start: 75,
            target: 55,
            weight: 50,
          },
          {
            statement: {
              en: "Raise quote-to-close conversion from 22% to 30%",
              "zh-CN": "报价成交转化率从22%提升到30%",
              "zh-TW": "報價成交轉換率從22%提升到30%",
            },
            type: "metric",
            unit: PCT,
            start: 0.22,
            target: 0.3,
            weight: 50,
          },
        ],
      },
      {
        statement: {
          en: "Grow a team of confident sellers",
          "zh-CN": "培养一支自信的销售团队",
          "zh-TW": "培養一支自信的銷售團隊",
        },
        commitment: "aspirational",
        weight: 20,
        alignsTo: 3,
        keyResults: [
          {
            statement: {
              en: "Roll out the new sales playbook in all 4 regions",
              "zh-CN": "在全部4个大区推行新的销售手册",
              "zh-TW": "在全部4個大區推行新的銷售手冊",
            },
            type: "milestone",
            unit: PCT,
            start: 0,
            target: 1,
            weight: 50,
            notes: ROLLOUT_LADDER,
          },
          {
            statement: {
              en: "Raise the share of reps at quota from 45% to 65%",
              "zh-CN": "达成业绩指标的销售占比从45%提升到65%",
              "zh-TW": "達成業績指標的業務占比從45%提升到65%",
            },
            type: "metric",
            unit: PCT,
            start: 0.45,
            target: 0.65,
            weight: 50,
          },
        ],
      },
    ],
  },
  {
    key: "finance",
    idPrefix: "FIN",
    name: { en: "Finance", "zh-CN": "财务", "zh-TW": "財務" },
    description: {
      en: "A faster close, healthy cash and spend everyone can see.",
      "zh-CN": "更快的结账、健康的现金流和人人看得见的支出。",
      "zh-TW": "更快的結帳、健康的現金流和人人看得見的支出。",
    },
    scope: "department",
    objectives: [
      {
        statement: {
          en: "Close the books faster",
          "zh-CN": "加快月度结账",
          "zh-TW": "加快月度結帳",
        },
        commitment: "committed",
        weight: 40,
        alignsTo: 1,
        keyResults: [
          {
            statement: {
              en: "Cut the month-end close from 10 working days to 5",
              "zh-CN": "月末结账从10个工作日缩短到5个工作日",
              "zh-TW": "月底結帳從10個工作天縮短到5個工作天",
            },
            type: "metric",
            unit: DAYS,
            start: 10,
            target: 5,
            weight: 50,
          },
          {
            statement: {
              en: "Reduce manual journal entries from 400 to 150 a month",
              "zh-CN": "每月手工凭证从400笔减少到150笔",
              "zh-TW": "每月人工傳票從400筆減少到150筆",
            },
            type: "metric",
            unit: { en: "entries", "zh-CN": "笔", "zh-TW": "筆" },
            start: 400,
            target: 150,
            weight: 50,
          },
        ],
      },
      {
        statement: {
          en: "Turn cash into a strength",
          "zh-CN": "让现金流成为优势",
          "zh-TW": "讓現金流成為優勢",
        },
        commitment: "aspirational",
        weight: 35,
        alignsTo: 1,
        keyResults: [
          {
            statement: {
              en: "Reduce days sales outstanding from 58 to 45",
              "zh-CN": "应收账款周转天数从58天降低到45天",
              "zh-TW": "應收帳款週轉天數從58天降低到45天",
            },
            type: "metric",
            unit: DAYS,
            start: 58,
            target: 45,
            weight: 40,
          },
          {
            statement: {
              en: "Keep the cash runway above 18 months",
              "zh-CN": "现金可支撑时间保持在18个月以上",
              "zh-TW": "現金可支撐時間保持在18個月以上",
            },
            type: "keepAbove",
            unit: { en: "months", "zh-CN": "个月", "zh-TW": "個月" },
            target: 18,
            current: 20,
            weight: 30,
          },
          {
            statement: {
              en: "Raise forecast accuracy from 85% to 95%",
              "zh-CN": "预测准确率从85%提升到95%",
              "zh-TW": "預測準確率從85%提升到95%",
            },
            type: "metric",
            unit: PCT,
            start: 0.85,
            target: 0.95,
            weight: 30,
          },
        ],
      },
      {
        statement: {
          en: "Give every budget owner a clear view of spend",
          "zh-CN": "让每位预算负责人看清支出",
          "zh-TW": "讓每位預算負責人看清支出",
        },
        commitment: "committed",
        weight: 25,
        alignsTo: 1,
        keyResults: [
          {
            statement: {
              en: "Launch self-service spend dashboards for all departments",
              "zh-CN": "为所有部门上线自助式支出看板",
              "zh-TW": "為所有部門上線自助式支出儀表板",
            },
            type: "milestone",
            unit: PCT,
            start: 0,
            target: 1,
            weight: 50,
            notes: ROLLOUT_LADDER,
          },
          {
            statement: {
              en: "Raise the share of budget owners reviewing spend monthly from 30% to 90%",
              "zh-CN": "每月查看支出的预算负责人占比从30%提升到90%",
              "zh-TW": "每月查看支出的預算負責人占比從30%提升到90%",
            },
            type: "metric",
            unit: PCT,
            start: 0.3,
            target: 0.9,
            weight: 50,
          },
        ],
      },
    ],
  },
  {
    key: "hr",
    idPrefix: "HR",
    name: { en: "HR", "zh-CN": "人力资源", "zh-TW": "人力資源" },
    description: {
      en: "Hiring on time, growing careers and a simple start for new hires.",
      "zh-CN": "按时招聘、职业成长和顺畅的新人入职。",
      "zh-TW": "準時招募、職涯成長和順暢的新人到職。",
    },
    scope: "department",
    objectives: [
      {
        statement: {
          en: "Hire the people the business needs",
          "zh-CN": "招聘业务所需的关键人才",
          "zh-TW": "招募業務所需的關鍵人才",
        },
        commitment: "committed",
        weight: 40,
        alignsTo: 3,
        keyResults: [
          {
            statement: {
              en: "Shorten time to hire from 52 days to 35 days",
              "zh-CN": "平均招聘周期从52天缩短到35天",
              "zh-TW": "平均招募週期從52天縮短到35天",
            },
            type: "metric",
            unit: DAYS,
            start: 52,
            target: 35,
            weight: 50,
          },
          {
            statement: {
              en: "Raise offer acceptance from 70% to 85%",
              "zh-CN": "录用接受率从70%提升到85%",
              "zh-TW": "錄取接受率從70%提升到85%",
            },
            type: "metric",
            unit: PCT,
            start: 0.7,
            target: 0.85,
            weight: 50,
          },
        ],
      },
      {
        statement: {
          en: "Make this the best place to grow a career",
          "zh-CN": "打造最适合职业成长的公司",
          "zh-TW": "打造最適合職涯成長的公司",
        },
        commitment: "aspirational",
        weight: 35,
        alignsTo: 3,
        keyResults: [
          { ...ENPS, weight: 40 },
          {
            statement: {
              en: "Increase employees with a written development plan from 35% to 80%",
              "zh-CN": "拥有书面发展计划的员工占比从35%增加到80%",
              "zh-TW": "擁有書面發展計畫的員工占比從35%增加到80%",
            },
            type: "metric",
            unit: PCT,
            start: 0.35,
            target: 0.8,
            weight: 30,
          },
          {
            statement: {
              en: "Reduce regretted attrition from 12% to 9% a year",
              "zh-CN": "非预期人才流失率从每年12%降低到9%",
              "zh-TW": "非預期人才流失率從每年12%降低到9%",
            },
            type: "metric",
            unit: PCT,
            start: 0.12,
            target: 0.09,
            weight: 30,
          },
        ],
      },
      {
        statement: {
          en: "Simplify the first weeks of new hires",
          "zh-CN": "简化新员工入职的头几周",
          "zh-TW": "簡化新進員工到職的前幾週",
        },
        commitment: "committed",
        weight: 25,
        alignsTo: 3,
        keyResults: [
          {
            statement: {
              en: "Move onboarding into one digital checklist for every office",
              "zh-CN": "在所有办公室把入职流程迁移到统一的电子清单",
              "zh-TW": "在所有辦公室把到職流程遷移到統一的電子清單",
            },
            type: "milestone",
            unit: PCT,
            start: 0,
            target: 1,
            weight: 50,
            notes: ROLLOUT_LADDER,
          },
          {
            statement: {
              en: "Raise the share of new hires productive within 30 days from 40% to 70%",
              "zh-CN": "30天内独立上岗的新员工占比从40%提升到70%",
              "zh-TW": "30天內獨立上手的新進員工占比從40%提升到70%",
            },
            type: "metric",
            unit: PCT,
            start: 0.4,
            target: 0.7,
            weight: 50,
          },
        ],
      },
    ],
  },
  {
    key: "marketing",
    idPrefix: "MKT",
    name: { en: "Marketing", "zh-CN": "市场", "zh-TW": "行銷" },
    description: {
      en: "Qualified demand at a lower cost, and a brand buyers trust.",
      "zh-CN": "更低成本的优质线索，以及客户信任的品牌。",
      "zh-TW": "更低成本的優質名單，以及客戶信任的品牌。",
    },
    scope: "department",
    objectives: [
      {
        statement: {
          en: "Fill the pipeline with qualified demand",
          "zh-CN": "扩大优质销售线索的来源",
          "zh-TW": "擴大優質銷售名單的來源",
        },
        commitment: "committed",
        weight: 45,
        alignsTo: 1,
        keyResults: [
          {
            statement: {
              en: "Grow marketing-qualified leads from 900 to 1,400 a month",
              "zh-CN": "每月市场合格线索从900条增长到1400条",
              "zh-TW": "每月行銷合格名單從900筆成長到1400筆",
            },
            type: "metric",
            unit: { en: "leads", "zh-CN": "条", "zh-TW": "筆" },
            start: 900,
            target: 1400,
            weight: 40,
          },
          {
            statement: {
              en: "Cut paid-channel cost per sales-accepted lead from $320 to $240",
              "zh-CN": "付费渠道每条销售认可线索的成本从320美元降到240美元",
              "zh-TW": "付費管道每筆業務認可名單的成本從320美元降到240美元",
            },
            type: "metric",
            unit: USD,
            start: 320,
            target: 240,
            weight: 30,
          },
          {
            statement: {
              en: "Raise lead-to-opportunity conversion from 8% to 12%",
              "zh-CN": "线索到商机的转化率从8%提升到12%",
              "zh-TW": "名單到商機的轉換率從8%提升到12%",
            },
            type: "metric",
            unit: PCT,
            start: 0.08,
            target: 0.12,
            weight: 30,
          },
        ],
      },
      {
        statement: {
          en: "Become the brand our buyers trust",
          "zh-CN": "成为客户最信任的品牌",
          "zh-TW": "成為客戶最信任的品牌",
        },
        commitment: "aspirational",
        weight: 35,
        alignsTo: 2,
        keyResults: [
          {
            statement: {
              en: "Raise aided brand awareness in target accounts from 20% to 35%",
              "zh-CN": "目标客户中的品牌提示知名度从20%提升到35%",
              "zh-TW": "目標客戶中的品牌提示知名度從20%提升到35%",
            },
            type: "metric",
            unit: PCT,
            start: 0.2,
            target: 0.35,
            weight: 50,
          },
          {
            statement: {
              en: "Grow organic search visits from 40,000 to 70,000 a month",
              "zh-CN": "每月自然搜索访问量从4万次增长到7万次",
              "zh-TW": "每月自然搜尋造訪量從4萬次成長到7萬次",
            },
            type: "metric",
            unit: { en: "visits", "zh-CN": "次", "zh-TW": "次" },
            start: 40_000,
            target: 70_000,
            weight: 50,
          },
        ],
      },
      {
        statement: {
          en: "Make the spring product campaign the talk of our market",
          "zh-CN": "让春季新品活动在市场上引发热议",
          "zh-TW": "讓春季新品活動在市場上引發熱議",
        },
        commitment: "committed",
        weight: 20,
        alignsTo: 1,
        keyResults: [
          {
            statement: {
              en: "Run the spring launch across web, events and partners",
              "zh-CN": "在官网、线下活动和合作伙伴渠道开展春季发布",
              "zh-TW": "在官網、實體活動和合作夥伴通路開展春季發表",
            },
            type: "milestone",
            unit: PCT,
            start: 0,
            target: 1,
            weight: 40,
            notes: ROLLOUT_LADDER,
          },
          {
            statement: {
              en: "Generate 300 sales opportunities from the launch",
              "zh-CN": "获得300个来自新品活动的销售机会",
              "zh-TW": "獲得300個來自新品活動的銷售機會",
            },
            type: "metric",
            unit: { en: "opportunities", "zh-CN": "个", "zh-TW": "個" },
            start: 0,
            target: 300,
            weight: 60,
          },
        ],
      },
    ],
  },
  {
    key: "product",
    idPrefix: "PROD",
    name: { en: "Product", "zh-CN": "产品", "zh-TW": "產品" },
    description: {
      en: "Faster activation, a product people rely on, and a new revenue stream.",
      "zh-CN": "更快的激活、值得信赖的产品和新的收入来源。",
      "zh-TW": "更快的啟用、值得信賴的產品和新的營收來源。",
    },
    scope: "department",
    objectives: [
      {
        statement: {
          en: "Make new users successful fast",
          "zh-CN": "让新用户快速上手",
          "zh-TW": "讓新用戶快速上手",
        },
        commitment: "aspirational",
        weight: 40,
        alignsTo: 2,
        keyResults: [
          {
            statement: {
              en: "Raise week-one activation from 35% to 55%",
              "zh-CN": "首周激活率从35%提升到55%",
              "zh-TW": "首週啟用率從35%提升到55%",
            },
            type: "metric",
            unit: PCT,
            start: 0.35,
            target: 0.55,
            weight: 50,
          },
          {
            statement: {
              en: "Cut time to first value from 6 days to 2 days",
              "zh-CN": "首次获得价值的时间从6天缩短到2天",
              "zh-TW": "首次獲得價值的時間從6天縮短到2天",
            },
            type: "metric",
            unit: DAYS,
            start: 6,
            target: 2,
            weight: 50,
          },
        ],
      },
      {
        statement: {
          en: "Ship a product customers can rely on",
          "zh-CN": "打造客户可以信赖的产品",
          "zh-TW": "打造客戶可以信賴的產品",
        },
        commitment: "committed",
        weight: 35,
        alignsTo: 2,
        keyResults: [
          {
            statement: {
              en: "Keep monthly uptime above 99.9%",
              "zh-CN": "月度可用性保持在99.9%以上",
              "zh-TW": "月度可用性保持在99.9%以上",
            },
            type: "keepAbove",
            unit: PCT,
            target: 0.999,
            current: 0.9993,
            weight: 40,
          },
          {
            statement: {
              en: "Reduce open P1 bugs from 14 to 3",
              "zh-CN": "未解决的P1缺陷从14个减少到3个",
              "zh-TW": "未解決的P1缺陷從14個減少到3個",
            },
            type: "metric",
            unit: { en: "bugs", "zh-CN": "个", "zh-TW": "個" },
            start: 14,
            target: 3,
            weight: 30,
          },
          {
            statement: {
              en: "Lower the crash rate from 0.8% to 0.3% of sessions",
              "zh-CN": "会话崩溃率从0.8%降低到0.3%",
              "zh-TW": "工作階段當機率從0.8%降低到0.3%",
            },
            type: "metric",
            unit: PCT,
            start: 0.008,
            target: 0.003,
            weight: 30,
          },
        ],
      },
      {
        statement: {
          en: "Open a new revenue stream with usage pricing",
          "zh-CN": "开拓按用量计费的新收入来源",
          "zh-TW": "開拓按用量計費的新營收來源",
        },
        commitment: "aspirational",
        weight: 25,
        alignsTo: 1,
        keyResults: [
          {
            statement: {
              en: "Release usage-based pricing to all new customers",
              "zh-CN": "向所有新客户推出按用量计费",
              "zh-TW": "向所有新客戶推出按用量計費",
            },
            type: "milestone",
            unit: PCT,
            start: 0,
            target: 1,
            weight: 50,
            notes: ROLLOUT_LADDER,
          },
          {
            statement: {
              en: "Grow usage-based revenue from $0 to $150,000 a quarter",
              "zh-CN": "按用量计费收入从每季度0美元增长到15万美元",
              "zh-TW": "按用量計費營收從每季0美元成長到15萬美元",
            },
            type: "metric",
            unit: USD,
            start: 0,
            target: 150_000,
            weight: 50,
          },
        ],
      },
    ],
  },
  {
    key: "customer-success",
    idPrefix: "CS",
    name: { en: "Customer Success", "zh-CN": "客户成功", "zh-TW": "客戶成功" },
    description: {
      en: "Retention, churn and fast, complete answers for customers.",
      "zh-CN": "客户留存、流失控制，以及快速而完整的客户支持。",
      "zh-TW": "客戶留存、流失控制，以及快速而完整的客戶支援。",
    },
    scope: "department",
    objectives: [
      {
        statement: {
          en: "Keep our customers for the long run",
          "zh-CN": "留住客户并让他们长期受益",
          "zh-TW": "留住客戶並讓他們長期受益",
        },
        commitment: "committed",
        weight: 50,
        alignsTo: 2,
        keyResults: [
          {
            statement: {
              en: "Raise net revenue retention from 102% to 110%",
              "zh-CN": "净收入留存率从102%提升到110%",
              "zh-TW": "淨營收留存率從102%提升到110%",
            },
            type: "metric",
            unit: PCT,
            start: 1.02,
            target: 1.1,
            weight: 40,
          },
          {
            statement: {
              en: "Keep monthly logo churn below 1%",
              "zh-CN": "月度客户流失率保持在1%以下",
              "zh-TW": "月度客戶流失率保持在1%以下",
            },
            type: "keepBelow",
            unit: PCT,
            target: 0.01,
            current: 0.012,
            weight: 30,
          },
          {
            statement: {
              en: "Raise CSAT from 4.2 to 4.6 out of 5",
              "zh-CN": "客户满意度从4.2分提升到4.6分（满分5分）",
              "zh-TW": "客戶滿意度從4.2分提升到4.6分（滿分5分）",
            },
            type: "metric",
            unit: POINTS,
            start: 4.2,
            target: 4.6,
            weight: 30,
          },
        ],
      },
      {
        statement: {
          en: "Resolve customer issues faster",
          "zh-CN": "加快客户问题的解决速度",
          "zh-TW": "加快客戶問題的解決速度",
        },
        commitment: "aspirational",
        weight: 50,
        alignsTo: 2,
        keyResults: [
          { ...FIRST_RESPONSE, weight: 40 },
          {
            statement: {
              en: "Raise first-contact resolution from 60% to 75%",
              "zh-CN": "首次接触解决率从60%提升到75%",
              "zh-TW": "首次接觸解決率從60%提升到75%",
            },
            type: "metric",
            unit: PCT,
            start: 0.6,
            target: 0.75,
            weight: 40,
          },
          {
            statement: {
              en: "Enable customers to settle the top 50 questions themselves in the help centre",
              "zh-CN": "让客户在帮助中心自助解决前50个常见问题",
              "zh-TW": "讓客戶在說明中心自助解決前50個常見問題",
            },
            type: "binary",
            unit: { en: "yes/no", "zh-CN": "是/否", "zh-TW": "是/否" },
            start: 0,
            target: 1,
            weight: 20,
          },
        ],
      },
    ],
  },
];

/** Who owns a template's objectives until someone types a name. */
export const DEFAULT_OWNERS: Record<TemplateKey, Localized> = {
  company: { en: "CEO", "zh-CN": "首席执行官", "zh-TW": "執行長" },
  sales: { en: "Head of Sales", "zh-CN": "销售总监", "zh-TW": "業務總監" },
  finance: { en: "CFO", "zh-CN": "财务总监", "zh-TW": "財務長" },
  hr: { en: "Head of People", "zh-CN": "人力资源总监", "zh-TW": "人資長" },
  marketing: { en: "CMO", "zh-CN": "市场总监", "zh-TW": "行銷長" },
  product: { en: "Head of Product", "zh-CN": "产品总监", "zh-TW": "產品總監" },
  "customer-success": {
    en: "Head of Customer Success",
    "zh-CN": "客户成功总监",
    "zh-TW": "客戶成功總監",
  },
};

export const TEMPLATE_KEYS: readonly TemplateKey[] = TEMPLATES.map((t) => t.key);

export function templateByKey(key: string): Template | undefined {
  return TEMPLATES.find((t) => t.key === key);
}
