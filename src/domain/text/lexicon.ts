// Our own short word lists, for what is OKR meaning rather than grammar: which verbs are activities
// (seed 002), which blur responsibility (seed 000), the markers of a means, a purpose or an outcome,
// number words and measure words. Word classes (is this a verb, an adverb, a noun, an idiom?) come
// from maintained dictionaries instead (wordClasses.ts); the few entries here that name verbs say
// why the dictionary does not serve. Chinese lists give Simplified and Traditional forms side by side
// where they are matched against the statement as typed; lists read after the statement is turned
// into Simplified (chinese.ts) hold Simplified forms only.

function words(text: string): ReadonlySet<string> {
  return new Set(text.trim().split(/\s+/));
}

/**
 * OKR jargon verbs the general English lexicon lacks ("Onboard 40 partners", "Upskill every rep"):
 * its words decide every other verb (wordClasses.ts).
 */
export const EN_OKR_VERBS = words(`onboard upskill reskill offboard streamline partner`);

/** English leading verbs that blur who is responsible (O-VAGUE-VERB). */
export const EN_VAGUE_VERBS = words(`assist help participate support contribute`);
/** Multi-word vague openers. */
export const EN_VAGUE_PHRASES: readonly string[] = [
  "be involved",
  "get involved",
  "be part of",
  "take part",
];

/**
 * English activity verbs (KR-ACTIVITY): seed 002's list (complete, define, supply, serve, develop,
 * plan, create, deliver, build, implement, release, launch) and the same kind of work. OKR meaning,
 * not grammar: the word classes come from the dictionary.
 */
export const EN_ACTIVITY_VERBS = words(`
  complete define supply serve develop plan create deliver build implement release launch ship
  publish run hold organise organize conduct host deploy execute design finish
`);
/** Past forms of the activity verbs that do not end in -ed. */
export const EN_IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  build: ["built"],
  hold: ["held"],
  run: ["ran", "run"],
  set: ["set"],
};
/** Multi-word activity openers (KR-ACTIVITY): the verb alone ("set", "roll") is not an activity. */
export const EN_ACTIVITY_PHRASES: readonly string[] = ["roll out", "set up", "kick off"];
/** Verbs whose object is a state ("Make customers happier", "Keep churn lower"). */
export const EN_CLAUSE_VERBS = words(`make keep get let help render turn stay become be remain`);
/** Subjects whose doing is an outcome to measure ("customers have created…"), not our activity. */
export const EN_USER_SUBJECTS = words(`
  customers customer users user clients client developers devs visitors subscribers members buyers
`);
/** "Hold / keep / maintain X at Y" keeps a level: not an event to hold. */
export const EN_LEVEL_VERBS = words(`hold keep maintain`);

/**
 * Corrections to jieba's tags for words OKRs use as verbs (主导 b, 上线 n, 利用 n, 策划 n …) or as
 * adverbs before their verb (全面 n): jieba gives each word one tag, from news text. Found on the
 * seeds and the published set; each is the dictionary's miss, not a verb list.
 */
export const ZH_OKR_VERBS = words(`
  主导 上线 助力 赋能 落地 获客 拉新 促活 复购 利用 策划 致力 精进 给
`);
export const ZH_OKR_ADVERBS = words(`全面 重点 深度 持续`);

/**
 * Verbs that take a whole clause as their object (推动业务增长 = drive [business grows]): a change
 * verb at the end of their statement is not the sign of a noun-first sentence.
 */
export const ZH_CLAUSE_VERBS = words(`
  推动 推動 促进 促進 带动 帶動 驱动 驅動 实现 實現 保持 确保 確保 让 讓 使 令 保障 维持 維持 拉动 拉動
  支持 帮助 幫助 协助 協助 推进 推進
`);

/** Change verbs and adjectives that end a subject–predicate sentence (销售数量提高, 客户满意). */
export const ZH_PREDICATES = words(`
  提高 提升 降低 增加 增长 减少 下降 上升 改善 变好 重要 满意 很好 更好 扩大
`);

/** English number words (one is left out: "one team", "one-stop" are not amounts). */
export const EN_NUMBER_WORDS = words(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
  thousand thousands million millions billion dozen dozens twofold threefold
`);

/** Measure words that make a Chinese numeral an amount (三个, 十二家, 两场; 月 and 年 are dates). */
export const ZH_MEASURE_WORDS = words(`
  个 個 家 名 位 项 項 次 条 條 款 场 場 所 座 间 間 种 種 类 類 支 套 台 篇 本 份 人 天 周 週 轮 輪 批
  期 门 門 节 節 堂 处 處 户 戶 件 张 張 部 集 届 屆 层 層 级 級 倍
`);

/** The object-fronting markers of "将完成率提高到90%": the verb comes after the object. */
export const ZH_BA = words(`将 將 把`);

/** Verbs a vague objective opens with (O-VAGUE-VERB). */
export const ZH_VAGUE_VERBS = words(`协助 協助 参与 參與 配合 帮助 幫助 支持`);

/**
 * Chinese activity verbs (KR-ACTIVITY), Simplified and Traditional: seed 002's list (完成 定义 供应
 * 服务 开发 计划 创建 交付 构建 实施 发布 启动) and the same kind of work. OKR meaning, not grammar.
 */
export const ZH_ACTIVITY_VERBS = words(`
  完成 定义 定義 供应 供應 服务 服務 开发 開發 计划 計劃 計畫 创建 創建 交付 构建 構建 实施 實施
  发布 發布 發佈 启动 啟動 上线 上線 推出 开设 開設 上架 进行 進行 指导 指導 举办 舉辦 组织 組織
  搭建 举行 舉行 召开 召開 部署 制定 设计 設計
`);

/**
 * Words after a verb that make it part of a noun or a time (完成率, 上线数, 增长额, 发布后): such a
 * verb is not the statement's predicate.
 */
export const ZH_NOUN_SUFFIXES = words(`
  率 度 量 额 数 值 比 比例 费 成本 周期 时间 人数 次数 情况 能力 工作 后 前 时 之后 之前 以来 期间
  者 员 商
`);

/** Change predicates: a verb before a 的 and one of these is in the subject (完成的项目数增加到20). */
export const ZH_CHANGE_VERBS = words(`
  提高 提升 降低 增加 增长 减少 下降 上升 扩大 达到 超过 缩短 低于 高于 降至 达
`);

/** Complements and particles after a verb (提升到, 完成了): never the predicate themselves. */
export const ZH_COMPLEMENTS = words(`到 至 为 成 了 过 着 给 在 于 出 上 下 好 完`);

/** A clause that opens with one of these is the means (通过…，): the predicate follows it. */
export const ZH_MEANS = words(`通过 透过 借助 藉由 利用 依靠 凭借 经由 基于`);

/** Purpose markers: a verb after them (以进行跟进) is what the result is for. */
export const ZH_PURPOSE = words(`以 以便 来 为了 用以`);

/** Reaching a share of one of these (完成销售目标的90%) is an outcome, not an activity. */
export const ZH_OUTCOME_OBJECTS = words(`目标 指标 任务 计划 预算 配额 业绩 KPI`);
