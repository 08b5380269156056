// The rule catalogue (DOMAIN.md, "Writing rules"): every rule's ID, default severity, its message
// and fix hint in the three languages, and the thresholds it reads. Placeholders in braces are
// filled from the finding's params.
import type { Localized, Severity } from "../types";

/**
 * One threshold a rule reads, declared once here: its default, and for one a person may change,
 * its label in the pane (settings.ts and the pane's thresholds editor are derived from this).
 */
export interface ThresholdDef {
  default: number;
  /** Shown in the thresholds editor under this label; without one it keeps its default there. */
  label?: Localized;
  /** Shown as a percentage, stored as a fraction. */
  percent?: boolean;
  /** Takes the value edited for this sibling (one field in the pane sets several scopes). */
  follows?: string;
}

/** A rule's thresholds by settings key: one number, or a group of named numbers. */
export type ThresholdDecl = Record<string, ThresholdDef | Record<string, ThresholdDef>>;

export interface RuleDef {
  severity: Severity;
  name: Localized;
  message: Localized;
  hint: Localized;
  thresholds?: ThresholdDecl;
}

export const RULES = {
  "O-QUALITATIVE": {
    severity: "warning",
    name: { en: "Objective holds a number", "zh-CN": "目标含有数字", "zh-TW": "目標含有數字" },
    message: {
      en: "The objective “{statement}” contains a quantity.",
      "zh-CN": "目标“{statement}”中含有数量。",
      "zh-TW": "目標「{statement}」中含有數量。",
    },
    hint: {
      en: "Keep the objective qualitative and inspiring; move the number into a key result.",
      "zh-CN": "目标应定性、鼓舞人心；把数字移到关键结果里。",
      "zh-TW": "目標應定性、鼓舞人心；把數字移到關鍵結果裡。",
    },
  },
  "O-STARTS-WITH-VERB": {
    severity: "warning",
    name: {
      en: "Objective does not start with a verb",
      "zh-CN": "目标未以动词开头",
      "zh-TW": "目標未以動詞開頭",
    },
    message: {
      en: "The objective “{statement}” does not open with an action verb.",
      "zh-CN": "目标“{statement}”没有以行动动词开头。",
      "zh-TW": "目標「{statement}」沒有以行動動詞開頭。",
    },
    hint: {
      en: "Write (adverb +) verb + (adjective +) noun, e.g. “Dramatically lower our CPA”.",
      "zh-CN": "按“（状语）+ 动词 +（形容词）+ 名词”来写，例如“大幅降低获客成本”。",
      "zh-TW": "按「（狀語）+ 動詞 +（形容詞）+ 名詞」來寫，例如「大幅降低獲客成本」。",
    },
  },
  "O-VAGUE-VERB": {
    severity: "warning",
    name: { en: "Vague verb", "zh-CN": "动词含糊", "zh-TW": "動詞含糊" },
    message: {
      en: "The objective opens with “{verb}”, which blurs who is responsible.",
      "zh-CN": "目标以“{verb}”开头，责任归属不清。",
      "zh-TW": "目標以「{verb}」開頭，責任歸屬不清。",
    },
    hint: {
      en: "Say what your team itself will achieve, e.g. “Lift renewal rate” instead of “Help sales with renewals”.",
      "zh-CN": "写出本团队自己要达成的结果，例如用“提升续约率”代替“协助销售做续约”。",
      "zh-TW": "寫出本團隊自己要達成的結果，例如用「提升續約率」代替「協助業務做續約」。",
    },
  },
  "O-TOO-LONG": {
    severity: "warning",
    name: { en: "Objective too long", "zh-CN": "目标过长", "zh-TW": "目標過長" },
    message: {
      en: "The objective is {length} long; the limit is {limit}.",
      "zh-CN": "目标长度为 {length}，上限为 {limit}。",
      "zh-TW": "目標長度為 {length}，上限為 {limit}。",
    },
    hint: {
      en: "An objective reads like a slogan: keep the direction, move the detail into key results.",
      "zh-CN": "目标应像口号一样简洁：保留方向，把细节放进关键结果。",
      "zh-TW": "目標應像口號一樣簡潔：保留方向，把細節放進關鍵結果。",
    },
    thresholds: {
      objectiveLength: {
        cjk: {
          default: 20,
          label: {
            en: "Longest objective (Chinese characters)",
            "zh-CN": "目标最长字数（汉字）",
            "zh-TW": "目標最長字數（漢字）",
          },
        },
        words: {
          default: 12,
          label: {
            en: "Longest objective (English words)",
            "zh-CN": "目标最长词数（英文）",
            "zh-TW": "目標最長詞數（英文）",
          },
        },
      },
    },
  },
  "O-NO-OWNER": {
    severity: "warning",
    name: { en: "No owner", "zh-CN": "缺少负责人", "zh-TW": "缺少負責人" },
    message: {
      en: "Objective {id} has no owner.",
      "zh-CN": "目标 {id} 没有负责人。",
      "zh-TW": "目標 {id} 沒有負責人。",
    },
    hint: {
      en: "Name one person who answers for the objective.",
      "zh-CN": "指定一位对该目标负责的人。",
      "zh-TW": "指定一位對該目標負責的人。",
    },
  },
  "O-NO-COMMITMENT": {
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
  },
  "O-NO-KR": {
    severity: "error",
    name: {
      en: "Objective without key results",
      "zh-CN": "目标没有关键结果",
      "zh-TW": "目標沒有關鍵結果",
    },
    message: {
      en: "Objective {id} has no key results.",
      "zh-CN": "目标 {id} 没有关键结果。",
      "zh-TW": "目標 {id} 沒有關鍵結果。",
    },
    hint: {
      en: "Add {min}–{max} key result rows right below the objective.",
      "zh-CN": "在该目标下方紧接着添加 {min}–{max} 行关键结果。",
      "zh-TW": "在該目標下方緊接著新增 {min}–{max} 列關鍵結果。",
    },
  },
  "O-KR-COUNT": {
    severity: "warning",
    name: { en: "Number of key results", "zh-CN": "关键结果数量", "zh-TW": "關鍵結果數量" },
    message: {
      en: "Objective {id} has {count} key result(s); {min}–{max} are expected.",
      "zh-CN": "目标 {id} 有 {count} 个关键结果，应为 {min}–{max} 个。",
      "zh-TW": "目標 {id} 有 {count} 個關鍵結果，應為 {min}–{max} 個。",
    },
    hint: {
      en: "{min}–{max} key results describe success without scattering focus: add or merge some.",
      "zh-CN": "{min}–{max} 个关键结果足以描述成功，又不会分散精力：请增补或合并。",
      "zh-TW": "{min}–{max} 個關鍵結果足以描述成功，又不會分散精力：請增補或合併。",
    },
    thresholds: {
      krCount: {
        min: {
          default: 2,
          label: {
            en: "Fewest key results per objective",
            "zh-CN": "每个目标最少关键结果数",
            "zh-TW": "每個目標最少關鍵結果數",
          },
        },
        max: {
          default: 5,
          label: {
            en: "Most key results per objective",
            "zh-CN": "每个目标最多关键结果数",
            "zh-TW": "每個目標最多關鍵結果數",
          },
        },
      },
    },
  },
  "O-WEIGHTS-SUM": {
    severity: "warning",
    name: {
      en: "Weights do not add up",
      "zh-CN": "权重合计不为 100%",
      "zh-TW": "權重合計不為 100%",
    },
    message: {
      en: "The key-result weights of {id} add up to {sum}, not 100%.",
      "zh-CN": "{id} 的关键结果权重合计为 {sum}，不是 100%。",
      "zh-TW": "{id} 的關鍵結果權重合計為 {sum}，不是 100%。",
    },
    hint: {
      en: "Adjust the weights so they total 100%, or clear them all for equal weights.",
      "zh-CN": "调整权重使其合计为 100%，或全部清空以平均分配。",
      "zh-TW": "調整權重使其合計為 100%，或全部清空以平均分配。",
    },
    thresholds: { weightTolerance: { default: 0.005 } },
  },
  "O-PARENT-UNKNOWN": {
    severity: "warning",
    name: { en: "Unknown parent objective", "zh-CN": "上级目标不存在", "zh-TW": "上級目標不存在" },
    message: {
      en: "Parent “{parent}” of {id} is not an objective in this workbook.",
      "zh-CN": "{id} 的上级目标“{parent}”不是本工作簿中的目标。",
      "zh-TW": "{id} 的上級目標「{parent}」不是本活頁簿中的目標。",
    },
    hint: {
      en: "Use the ID of an objective on any sheet (e.g. CO-O1), or leave Parent empty.",
      "zh-CN": "填写任一工作表中某个目标的编号（如 CO-O1），或留空。",
      "zh-TW": "填寫任一工作表中某個目標的編號（如 CO-O1），或留空。",
    },
  },
  "KR-ORPHAN": {
    severity: "error",
    name: {
      en: "Key result without objective",
      "zh-CN": "关键结果没有所属目标",
      "zh-TW": "關鍵結果沒有所屬目標",
    },
    message: {
      en: "Key result {id} has no objective above it.",
      "zh-CN": "关键结果 {id} 上方没有目标。",
      "zh-TW": "關鍵結果 {id} 上方沒有目標。",
    },
    hint: {
      en: "Put the key result in the rows right below the objective it measures.",
      "zh-CN": "把关键结果放在它所衡量的目标下方。",
      "zh-TW": "把關鍵結果放在它所衡量的目標下方。",
    },
  },
  "KR-NOT-MEASURABLE": {
    severity: "error",
    name: {
      en: "Key result not measurable",
      "zh-CN": "关键结果不可衡量",
      "zh-TW": "關鍵結果不可衡量",
    },
    message: {
      en: "Key result {id} needs a numeric {column}.",
      "zh-CN": "关键结果 {id} 需要数值形式的{column}。",
      "zh-TW": "關鍵結果 {id} 需要數值形式的{column}。",
    },
    hint: {
      en: "Fill in Start and Target as numbers (a Keep KR needs only Target).",
      "zh-CN": "以数字填写起始值和目标值（保持型只需目标值）。",
      "zh-TW": "以數字填寫起始值和目標值（保持型只需目標值）。",
    },
  },
  "KR-NO-NUMBER": {
    severity: "warning",
    name: {
      en: "Key result without a number",
      "zh-CN": "关键结果中没有数字",
      "zh-TW": "關鍵結果中沒有數字",
    },
    message: {
      en: "The key result “{statement}” says no number.",
      "zh-CN": "关键结果“{statement}”中没有数字。",
      "zh-TW": "關鍵結果「{statement}」中沒有數字。",
    },
    hint: {
      en: "Write the measure into the sentence, e.g. “Lift satisfaction from 80% to 90%”.",
      "zh-CN": "把衡量标准写进句子，例如“将用户满意度从80%提升到90%”。",
      "zh-TW": "把衡量標準寫進句子，例如「將用戶滿意度從80%提升到90%」。",
    },
  },
  "KR-PLACEHOLDER": {
    severity: "error",
    name: {
      en: "Placeholder for a number",
      "zh-CN": "数字尚未填写",
      "zh-TW": "數字尚未填寫",
    },
    message: {
      en: "The key result “{statement}” holds “{placeholder}” where a number belongs.",
      "zh-CN": "关键结果“{statement}”中用“{placeholder}”代替了数字。",
      "zh-TW": "關鍵結果「{statement}」中用「{placeholder}」代替了數字。",
    },
    hint: {
      en: "Fill in the number, e.g. “Grow MAU from 40,000 to 55,000”.",
      "zh-CN": "填上具体数字，例如“月活用户从4万增长到5.5万”。",
      "zh-TW": "填上具體數字，例如「月活躍用戶從4萬成長到5.5萬」。",
    },
  },
  "KR-START-EQUALS-TARGET": {
    severity: "error",
    name: { en: "Start equals target", "zh-CN": "起始值等于目标值", "zh-TW": "起始值等於目標值" },
    message: {
      en: "Key result {id} starts at its target ({value}): there is nothing to measure.",
      "zh-CN": "关键结果 {id} 的起始值等于目标值（{value}），无从衡量进度。",
      "zh-TW": "關鍵結果 {id} 的起始值等於目標值（{value}），無從衡量進度。",
    },
    hint: {
      en: "Set a target that differs from the start, or make it a Keep above/below KR.",
      "zh-CN": "设定不同于起始值的目标值，或改为“保持高于/低于”类型。",
      "zh-TW": "設定不同於起始值的目標值，或改為「保持高於/低於」類型。",
    },
  },
  "KR-BAD-VALUE": {
    severity: "error",
    name: { en: "Not a number", "zh-CN": "不是数字", "zh-TW": "不是數字" },
    message: {
      en: "{column} of {id} is “{value}”, which is not a {expected}.",
      "zh-CN": "{id} 的{column}为“{value}”，不是有效的{expected}。",
      "zh-TW": "{id} 的{column}為「{value}」，不是有效的{expected}。",
    },
    hint: {
      en: "Type a plain value such as 1200, 20%, $150 or 2026-03-31.",
      "zh-CN": "请输入如 1200、20%、1.5万 或 2026-03-31 这样的值。",
      "zh-TW": "請輸入如 1200、20%、1.5萬 或 2026-03-31 這樣的值。",
    },
  },
  "KR-ACTIVITY": {
    severity: "warning",
    name: { en: "Activity, not outcome", "zh-CN": "是任务而非结果", "zh-TW": "是任務而非結果" },
    message: {
      en: "Key result {id} says “{verb}”: it describes an activity, not an outcome.",
      "zh-CN": "关键结果 {id} 的谓语是“{verb}”：描述的是任务，而不是结果。",
      "zh-TW": "關鍵結果 {id} 的謂語是「{verb}」：描述的是任務，而不是結果。",
    },
    hint: {
      en: "Measure the impact of delivering it, or make it a Milestone KR or a to-do.",
      "zh-CN": "衡量完成它带来的影响，或改为里程碑型关键结果或待办事项。",
      "zh-TW": "衡量完成它帶來的影響，或改為里程碑型關鍵結果或待辦事項。",
    },
  },
  "KR-NO-DUE": {
    severity: "warning",
    name: { en: "No due date", "zh-CN": "没有截止日期", "zh-TW": "沒有截止日期" },
    message: {
      en: "Key result {id} has no due date and the sheet has no period.",
      "zh-CN": "关键结果 {id} 没有截止日期，工作表也未设定周期。",
      "zh-TW": "關鍵結果 {id} 沒有截止日期，工作表也未設定週期。",
    },
    hint: {
      en: "Give the key result a due date, or set the sheet's period (e.g. 2026-Q1).",
      "zh-CN": "为关键结果填写截止日期，或设定工作表的周期（如 2026-Q1）。",
      "zh-TW": "為關鍵結果填寫截止日期，或設定工作表的週期（如 2026-Q1）。",
    },
  },
  "KR-DUE-OUTSIDE-PERIOD": {
    severity: "warning",
    name: {
      en: "Due outside the period",
      "zh-CN": "截止日期超出周期",
      "zh-TW": "截止日期超出週期",
    },
    message: {
      en: "Key result {id} is due {due}, outside {period} ({start} – {end}).",
      "zh-CN": "关键结果 {id} 的截止日期 {due} 不在 {period}（{start} – {end}）之内。",
      "zh-TW": "關鍵結果 {id} 的截止日期 {due} 不在 {period}（{start} – {end}）之內。",
    },
    hint: {
      en: "Move the due date into the period, or say in Notes that the key result spans periods.",
      "zh-CN": "把截止日期移入周期内，或在备注中说明这是跨周期的关键结果。",
      "zh-TW": "把截止日期移入週期內，或在備註中說明這是跨週期的關鍵結果。",
    },
  },
  "KR-BAD-WEIGHT": {
    severity: "error",
    name: { en: "Bad weight", "zh-CN": "权重有误", "zh-TW": "權重有誤" },
    message: {
      en: "Weight of {id} {problem}.",
      "zh-CN": "{id} 的权重{problem}。",
      "zh-TW": "{id} 的權重{problem}。",
    },
    hint: {
      en: "Give every key result of the objective a weight of 0% or more, or clear them all.",
      "zh-CN": "为该目标的每个关键结果填写不小于 0% 的权重，或全部清空。",
      "zh-TW": "為該目標的每個關鍵結果填寫不小於 0% 的權重，或全部清空。",
    },
  },
  "KR-CONFIDENCE-RANGE": {
    severity: "warning",
    name: { en: "Confidence", "zh-CN": "信心指数", "zh-TW": "信心指數" },
    message: {
      en: "Confidence of {id} is {value}.",
      "zh-CN": "{id} 的信心指数为 {value}。",
      "zh-TW": "{id} 的信心指數為 {value}。",
    },
    hint: {
      en: "Confidence lies between 0% and 100%; aim for about 70% at planning.",
      "zh-CN": "信心指数应在 0% 到 100% 之间；制定时以 70% 左右为宜。",
      "zh-TW": "信心指數應在 0% 到 100% 之間；制定時以 70% 左右為宜。",
    },
    thresholds: {
      confidenceBand: {
        low: {
          default: 0.5,
          percent: true,
          label: {
            en: "Confidence worth a note below (%)",
            "zh-CN": "信心指数低于此值时提示（%）",
            "zh-TW": "信心指數低於此值時提示（%）",
          },
        },
        high: {
          default: 0.9,
          percent: true,
          label: {
            en: "Confidence worth a note above (%)",
            "zh-CN": "信心指数高于此值时提示（%）",
            "zh-TW": "信心指數高於此值時提示（%）",
          },
        },
      },
    },
  },
  "KR-PERCENT-SCALE": {
    severity: "error",
    name: { en: "Percent scale unclear", "zh-CN": "百分比刻度不明", "zh-TW": "百分比刻度不明" },
    message: {
      en: "The values {values} of {id} mix shares (0.8) with percent points (1 or more): 1 could be 1 % or 100 %. It is not scored until they say which.",
      "zh-CN":
        "{id} 的数值 {values} 混用了小数（0.8）和百分点（1 及以上）：1 可能是 1% 也可能是 100%。在写明之前不计分。",
      "zh-TW":
        "{id} 的數值 {values} 混用了小數（0.8）和百分點（1 以上）：1 可能是 1% 也可能是 100%。寫明之前不計分。",
    },
    hint: {
      en: "Type the values with % signs (1%, 0.8%), then score again.",
      "zh-CN": "请带上 % 号输入数值（如 1%、0.8%），然后重新计分。",
      "zh-TW": "請帶上 % 號輸入數值（如 1%、0.8%），然後重新計分。",
    },
  },
  "O-TOO-EASY": {
    severity: "info",
    name: { en: "Maybe too easy", "zh-CN": "目标可能过易", "zh-TW": "目標可能過易" },
    message: {
      en: "The aspirational objective {id} ended the period at {score}: it may not have been ambitious enough.",
      "zh-CN": "挑战型目标 {id} 期末得分 {score}：目标可能不够有挑战性。",
      "zh-TW": "挑戰型目標 {id} 期末得分 {score}：目標可能不夠有挑戰性。",
    },
    hint: {
      en: "An aspirational OKR that ends at 0.6–0.7 is a very good result; set the next one higher.",
      "zh-CN": "挑战型 OKR 期末达到 0.6–0.7 已是很好的结果；下一期把目标定得更高。",
      "zh-TW": "挑戰型 OKR 期末達到 0.6–0.7 已是很好的結果；下一期把目標訂得更高。",
    },
  },
  "KR-BINARY": {
    severity: "info",
    name: { en: "Binary key result", "zh-CN": "是否型关键结果", "zh-TW": "是否型關鍵結果" },
    message: {
      en: "Key result {id} is done or not done: its progress jumps from 0 to 1.",
      "zh-CN": "关键结果 {id} 只有完成与未完成两种状态，进度会从 0 直接跳到 1。",
      "zh-TW": "關鍵結果 {id} 只有完成與未完成兩種狀態，進度會從 0 直接跳到 1。",
    },
    hint: {
      en: "Keep its confidence column current every week, so risk shows before the deadline.",
      "zh-CN": "每周更新其信心指数，让风险在截止前就显现出来。",
      "zh-TW": "每週更新其信心指數，讓風險在截止前就顯現出來。",
    },
  },
  "KR-TOO-LONG": {
    severity: "warning",
    name: { en: "Key result too long", "zh-CN": "关键结果过长", "zh-TW": "關鍵結果過長" },
    message: {
      en: "Key result {id} is {length} long; the limit is {limit}.",
      "zh-CN": "关键结果 {id} 长度为 {length}，上限为 {limit}。",
      "zh-TW": "關鍵結果 {id} 長度為 {length}，上限為 {limit}。",
    },
    hint: {
      en: "Say one measurable result per key result; move explanations into Notes.",
      "zh-CN": "每个关键结果只写一个可衡量的结果，解释放到备注里。",
      "zh-TW": "每個關鍵結果只寫一個可衡量的結果，解釋放到備註裡。",
    },
    thresholds: { keyResultLength: { cjk: { default: 40 }, words: { default: 25 } } },
  },
  "KR-NO-TYPE": {
    severity: "warning",
    name: { en: "No key-result type", "zh-CN": "缺少关键结果类型", "zh-TW": "缺少關鍵結果類型" },
    message: {
      en: "Key result {id} has no KR type, so its progress cannot be computed.",
      "zh-CN": "关键结果 {id} 没有类型，无法计算进度。",
      "zh-TW": "關鍵結果 {id} 沒有類型，無法計算進度。",
    },
    hint: {
      en: "Choose Metric, Milestone, Binary, Keep above or Keep below.",
      "zh-CN": "请选择：指标、里程碑、是否、保持高于、保持低于。",
      "zh-TW": "請選擇：指標、里程碑、是否、保持高於、保持低於。",
    },
  },
  "ROW-LEVEL": {
    severity: "error",
    name: { en: "Unknown level", "zh-CN": "层级无法识别", "zh-TW": "層級無法識別" },
    message: {
      en: "Row {row} has Level “{value}”, which is neither Objective nor Key result; the row is not checked.",
      "zh-CN": "第 {row} 行的层级为“{value}”，既不是目标也不是关键结果；该行未被检查。",
      "zh-TW": "第 {row} 列的層級為「{value}」，既不是目標也不是關鍵結果；該列未被檢查。",
    },
    hint: {
      en: "Set Level to Objective or Key result.",
      "zh-CN": "把层级设为“目标”或“关键结果”。",
      "zh-TW": "把層級設為「目標」或「關鍵結果」。",
    },
  },
  "SHEET-OBJECTIVE-COUNT": {
    severity: "warning",
    name: { en: "Too many objectives", "zh-CN": "目标过多", "zh-TW": "目標過多" },
    message: {
      en: "The sheet has {count} objectives; at most {max} are recommended for this scope.",
      "zh-CN": "该表有 {count} 个目标；此范围建议最多 {max} 个。",
      "zh-TW": "該表有 {count} 個目標；此範圍建議最多 {max} 個。",
    },
    hint: {
      en: "Focus: keep the objectives that matter most this period and drop or defer the rest.",
      "zh-CN": "聚焦：保留本周期最重要的目标，其余删除或延后。",
      "zh-TW": "聚焦：保留本週期最重要的目標，其餘刪除或延後。",
    },
    thresholds: {
      maxObjectives: {
        team: {
          default: 5,
          label: {
            en: "Most objectives on a team or department sheet",
            "zh-CN": "团队或部门表最多目标数",
            "zh-TW": "團隊或部門表最多目標數",
          },
        },
        department: { default: 5, follows: "team" },
        company: { default: 5, follows: "team" },
        individual: {
          default: 3,
          label: {
            en: "Most objectives on an individual sheet",
            "zh-CN": "个人表最多目标数",
            "zh-TW": "個人表最多目標數",
          },
        },
      },
    },
  },
  "SHEET-COMMITMENT-MIX": {
    severity: "info",
    name: { en: "Commitment mix", "zh-CN": "承诺型占比", "zh-TW": "承諾型佔比" },
    message: {
      en: "{share} of the objectives are committed; about 60% is usual.",
      "zh-CN": "承诺型目标占 {share}；通常约为 60%。",
      "zh-TW": "承諾型目標佔 {share}；通常約為 60%。",
    },
    hint: {
      en: "Mix committed objectives (must reach 1.0) with aspirational ones (stretch goals).",
      "zh-CN": "把承诺型目标（必须达到 1.0）与挑战型目标（跳一跳够得着）搭配起来。",
      "zh-TW": "把承諾型目標（必須達到 1.0）與挑戰型目標（跳一跳搆得著）搭配起來。",
    },
    thresholds: { commitmentMix: { min: { default: 0.4 }, max: { default: 0.8 } } },
  },
  "ID-DUPLICATE": {
    severity: "error",
    name: { en: "Duplicate ID", "zh-CN": "编号重复", "zh-TW": "編號重複" },
    message: {
      en: "ID {id} is used {count} times in the workbook.",
      "zh-CN": "编号 {id} 在工作簿中出现了 {count} 次。",
      "zh-TW": "編號 {id} 在活頁簿中出現了 {count} 次。",
    },
    hint: {
      en: "Give every row its own ID (e.g. SALES-O1, SALES-O1-KR2).",
      "zh-CN": "为每一行设置唯一编号（如 SALES-O1、SALES-O1-KR2）。",
      "zh-TW": "為每一列設定唯一編號（如 SALES-O1、SALES-O1-KR2）。",
    },
  },
  "SHEET-WEIGHTS-SUM": {
    severity: "warning",
    name: {
      en: "Objective weights do not add up",
      "zh-CN": "目标权重合计不为 100%",
      "zh-TW": "目標權重合計不為 100%",
    },
    message: {
      en: "Objective weights {problem}.",
      "zh-CN": "目标权重{problem}。",
      "zh-TW": "目標權重{problem}。",
    },
    hint: {
      en: "Give every objective on the sheet a weight so they total 100%, or clear them all for equal weights.",
      "zh-CN": "为本表每个目标填写权重并使其合计为 100%，或全部清空以平均分配。",
      "zh-TW": "為本表每個目標填寫權重並使其合計為 100%，或全部清空以平均分配。",
    },
  },
  "TEXT-LIST-MARKER": {
    severity: "warning",
    name: { en: "Pasted list marker", "zh-CN": "粘贴来的列表符号", "zh-TW": "貼上的清單符號" },
    message: {
      en: "The statement of {id} starts with “{marker}”, a bullet or list number copied from a document.",
      "zh-CN": "{id} 的描述以“{marker}”开头，这是从文档中复制来的项目符号或编号。",
      "zh-TW": "{id} 的描述以「{marker}」開頭，這是從文件中複製來的項目符號或編號。",
    },
    hint: {
      en: "Delete the marker (Check can do it for you): the table already orders the rows.",
      "zh-CN": "删除该符号（检查功能可代为修正）：表格本身已为各行排序。",
      "zh-TW": "刪除該符號（檢查功能可代為修正）：表格本身已為各列排序。",
    },
  },
  "CELL-TOO-LONG": {
    severity: "error",
    name: {
      en: "Cell too long for Excel",
      "zh-CN": "单元格超出 Excel 上限",
      "zh-TW": "儲存格超出 Excel 上限",
    },
    message: {
      en: "{column} of {id} holds {length} characters; Excel keeps at most {limit} in a cell.",
      "zh-CN": "{id} 的{column}有 {length} 个字符；Excel 每个单元格最多 {limit} 个。",
      "zh-TW": "{id} 的{column}有 {length} 個字元；Excel 每個儲存格最多 {limit} 個。",
    },
    hint: {
      en: "Shorten the text or move it into a document and link to it; a longer cell makes Excel repair the file.",
      "zh-CN": "缩短文字，或把它移到文档中再链接过来；超长的单元格会让 Excel 修复文件。",
      "zh-TW": "縮短文字，或把它移到文件中再連結過來；超長的儲存格會讓 Excel 修復檔案。",
    },
  },
  "SHEET-HEADER": {
    severity: "error",
    name: { en: "Missing column", "zh-CN": "缺少列", "zh-TW": "缺少欄" },
    message: {
      en: "The header row has no “{column}” column.",
      "zh-CN": "表头行缺少“{column}”列。",
      "zh-TW": "表頭列缺少「{column}」欄。",
    },
    hint: {
      en: "Add a header cell named “{column}” (English, 简体 or 繁體 names all work).",
      "zh-CN": "添加名为“{column}”的表头单元格（英文、简体或繁体名称均可）。",
      "zh-TW": "新增名為「{column}」的表頭儲存格（英文、簡體或繁體名稱皆可）。",
    },
  },
  "KR-FINAL-SCORE-RANGE": {
    severity: "error",
    name: { en: "Final score not 0–1", "zh-CN": "最终得分不在 0–1", "zh-TW": "最終得分不在 0–1" },
    message: {
      en: "The final score “{value}” of {id} is not a score from 0 to 1; the key result is not scored until it is.",
      "zh-CN": "{id} 的最终得分“{value}”不是 0 到 1 之间的分数；改正之前该关键结果不计分。",
      "zh-TW": "{id} 的最終得分「{value}」不是 0 到 1 之間的分數；改正之前該關鍵結果不計分。",
    },
    hint: {
      en: "Type a score from 0 to 1 (0.7) or a percentage with its % sign (70%), or leave it empty to use the progress.",
      "zh-CN": "请输入 0 到 1 的分数（0.7）或带 % 号的百分比（70%），或留空以采用进度。",
      "zh-TW": "請輸入 0 到 1 的分數（0.7）或帶 % 號的百分比（70%），或留空以採用進度。",
    },
  },
  "KR-FINAL-SCORE-FAR": {
    severity: "info",
    name: {
      en: "Final score far from progress",
      "zh-CN": "最终得分与进度相差较大",
      "zh-TW": "最終得分與進度相差較大",
    },
    message: {
      en: "{id} has the final score {score} while its values say {progress}.",
      "zh-CN": "{id} 的最终得分为 {score}，而数值计算的进度为 {progress}。",
      "zh-TW": "{id} 的最終得分為 {score}，而數值計算的進度為 {progress}。",
    },
    hint: {
      en: "Note in the review why the score differs, so the next period learns from it.",
      "zh-CN": "在复盘中写明得分不同的原因，供下一期借鉴。",
      "zh-TW": "在檢討中寫明得分不同的原因，供下一期借鏡。",
    },
  },
  // Action plans (seed 001): checked when the workbook has an Actions sheet (domain/actions).
  "KR-NO-ACTION": {
    severity: "info",
    name: {
      en: "Key result without actions",
      "zh-CN": "关键结果没有行动",
      "zh-TW": "關鍵結果沒有行動",
    },
    message: {
      en: "Key result {id} has no action on the “{actions}” sheet.",
      "zh-CN": "关键结果 {id} 在“{actions}”表中没有任何行动。",
      "zh-TW": "關鍵結果 {id} 在「{actions}」表中沒有任何行動。",
    },
    hint: {
      en: "An OKR is not finished until it has an action plan: add at least one action for {id} with an owner and a due date.",
      "zh-CN":
        "没有行动方案的 OKR 还没有制定完成：为 {id} 添加至少一项行动，并写明负责人和截止日期。",
      "zh-TW":
        "沒有行動方案的 OKR 還沒有制定完成：為 {id} 新增至少一項行動，並寫明負責人和截止日期。",
    },
  },
  "KR-NO-MEASURE": {
    severity: "info",
    name: {
      en: "No action measures the KR",
      "zh-CN": "没有度量该关键结果的行动",
      "zh-TW": "沒有度量該關鍵結果的行動",
    },
    message: {
      en: "None of the actions of key result {id} says how its value is measured.",
      "zh-CN": "关键结果 {id} 的行动中没有一项说明如何获取它的数值。",
      "zh-TW": "關鍵結果 {id} 的行動中沒有一項說明如何取得它的數值。",
    },
    hint: {
      en: "Add the action that collects the KR's value regularly (how and how often) and tick “{column}” on it.",
      "zh-CN": "添加定期获取该关键结果数值的行动（方式和频率），并在“{column}”列选择“是”。",
      "zh-TW": "新增定期取得該關鍵結果數值的行動（方式和頻率），並在「{column}」欄選擇「是」。",
    },
  },
  "ACTION-UNKNOWN-KR": {
    severity: "error",
    name: {
      en: "Action for an unknown KR",
      "zh-CN": "行动对应的关键结果不存在",
      "zh-TW": "行動對應的關鍵結果不存在",
    },
    message: {
      en: "The action on row {row} names key result “{krId}”, which is on no OKR sheet.",
      "zh-CN": "第 {row} 行的行动指向关键结果“{krId}”，但任何 OKR 表中都没有它。",
      "zh-TW": "第 {row} 列的行動指向關鍵結果「{krId}」，但任何 OKR 表中都沒有它。",
    },
    hint: {
      en: "Type the ID of an existing key result (e.g. SALES-O1-KR2) in “{column}”, or delete the action.",
      "zh-CN": "在“{column}”中填写已有关键结果的编号（如 SALES-O1-KR2），或删除该行动。",
      "zh-TW": "在「{column}」中填寫既有關鍵結果的編號（如 SALES-O1-KR2），或刪除該行動。",
    },
  },
  "ACTION-OVERDUE": {
    severity: "warning",
    name: { en: "Action overdue", "zh-CN": "行动已逾期", "zh-TW": "行動已逾期" },
    message: {
      en: "The action “{action}” of {krId} was due on {due} and is not done (as of {asOf}).",
      "zh-CN": "{krId} 的行动“{action}”应于 {due} 完成，截至 {asOf} 仍未完成。",
      "zh-TW": "{krId} 的行動「{action}」應於 {due} 完成，截至 {asOf} 仍未完成。",
    },
    hint: {
      en: "Finish it and set its status to Done, or agree a new due date with its owner.",
      "zh-CN": "完成它并把状态设为“已完成”，或与负责人商定新的截止日期。",
      "zh-TW": "完成它並把狀態設為「已完成」，或與負責人商定新的截止日期。",
    },
  },
  "ACTION-NO-OWNER": {
    severity: "warning",
    name: { en: "Action without owner", "zh-CN": "行动没有负责人", "zh-TW": "行動沒有負責人" },
    message: {
      en: "The action “{action}” of {krId} has no owner.",
      "zh-CN": "{krId} 的行动“{action}”没有负责人。",
      "zh-TW": "{krId} 的行動「{action}」沒有負責人。",
    },
    hint: {
      en: "Every task derived from an OKR needs someone who carries it out: fill in “{column}”.",
      "zh-CN": "由 OKR 推导出的每项任务都要有人执行：请填写“{column}”。",
      "zh-TW": "由 OKR 推導出的每項任務都要有人執行：請填寫「{column}」。",
    },
  },
  // Across periods (periods/): links to another period's objective, carried key results, linked
  // Current cells. Their checks are in periodRules.ts.
  "O-PARENT-OTHER-PERIOD": {
    severity: "warning",
    name: {
      en: "Parent in another period",
      "zh-CN": "上级目标属于其他周期",
      "zh-TW": "上級目標屬於其他週期",
    },
    message: {
      en: "{id} ({own}) aligns to {parent}, an objective of {period}.",
      "zh-CN": "{id}（{own}）对齐到 {parent}，它是 {period} 的目标。",
      "zh-TW": "{id}（{own}）對齊到 {parent}，它是 {period} 的目標。",
    },
    hint: {
      en: "Its parent was not carried over into {own}: enter the ID of the {own} objective it now aligns to, or leave Parent empty.",
      "zh-CN": "其上级目标未延续到 {own}：请填写它现在对齐的 {own} 目标编号，或将上级目标留空。",
      "zh-TW": "其上級目標未延續到 {own}：請填寫它現在對齊的 {own} 目標編號，或將上級目標留空。",
    },
  },
  "KR-CARRIED-TARGET": {
    severity: "error",
    name: {
      en: "Carried key result needs a new target",
      "zh-CN": "延续的关键结果需要新目标值",
      "zh-TW": "延續的關鍵結果需要新目標值",
    },
    message: {
      en: "{id} carries over {from}, which reached or passed its target: it starts at {start} with no Target.",
      "zh-CN": "{id} 延续自 {from}，后者已达到或超过目标值：本期从 {start} 开始，尚无目标值。",
      "zh-TW": "{id} 延續自 {from}，後者已達到或超過目標值：本期從 {start} 開始，尚無目標值。",
    },
    hint: {
      en: "Type a Target beyond {start} in the direction it should move, and say it in the statement; or delete the row if it is done.",
      "zh-CN":
        "请在应变化的方向上填写超过 {start} 的目标值，并在描述中写明；若已完成，请删除该行。",
      "zh-TW":
        "請在應變化的方向上填寫超過 {start} 的目標值，並在描述中寫明；若已完成，請刪除該列。",
    },
  },
  "KR-CARRIED-STATEMENT": {
    severity: "warning",
    name: {
      en: "Statement names the old start",
      "zh-CN": "描述仍是旧起始值",
      "zh-TW": "描述仍是舊起始值",
    },
    message: {
      en: "{id}'s statement still says {written}, the start of {from}; its Start is now {start}.",
      "zh-CN": "{id} 的描述仍写着 {written}（{from} 的起始值）；现在的起始值是 {start}。",
      "zh-TW": "{id} 的描述仍寫著 {written}（{from} 的起始值）；現在的起始值是 {start}。",
    },
    hint: {
      en: "Rewrite the statement with the new start, e.g. “from {start} to …”.",
      "zh-CN": "请用新的起始值改写描述，例如“从 {start} 提升到……”。",
      "zh-TW": "請用新的起始值改寫描述，例如「從 {start} 提升到……」。",
    },
  },
  "KR-LINKED": {
    severity: "info",
    name: { en: "Linked key result", "zh-CN": "关联的关键结果", "zh-TW": "連結的關鍵結果" },
    message: {
      en: "{id}'s Current is linked to {link}: Score reads it, and check-ins record its value without replacing the formula.",
      "zh-CN": "{id} 的当前值关联到 {link}：计分读取它，进度更新记录其数值，但不会替换公式。",
      "zh-TW": "{id} 的目前值連結到 {link}：計分讀取它，進度更新記錄其數值，但不會取代公式。",
    },
    hint: {
      en: "Keep the source up to date. To type values instead, check in with --unlink (command line) or replace the formula yourself.",
      "zh-CN":
        "请保持来源数据最新。若要改为手动填写，请在命令行进度更新时加 --unlink，或自行替换公式。",
      "zh-TW":
        "請保持來源資料最新。若要改為手動填寫，請在命令列進度更新時加 --unlink，或自行取代公式。",
    },
  },
} satisfies Record<string, RuleDef>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
