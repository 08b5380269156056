// Word lists the writing rules read statements with. Each list is data: extend it here, not in code.
// Chinese lists give Simplified and Traditional forms side by side.

function words(text: string): ReadonlySet<string> {
  return new Set(text.trim().split(/\s+/));
}

/**
 * English verbs an objective or key result opens with, in the imperative (base) form. Large on
 * purpose: a verb missing here is a false "does not start with a verb" warning.
 */
export const EN_VERBS = words(`
  accelerate achieve acquire activate adapt add address adopt advance align allocate analyse analyze
  answer anticipate apply appoint assess assist attain attract audit automate avoid award balance be
  become begin benchmark boost bring broaden build calibrate capture care certify champion change
  clarify clean close coach collaborate collect combine commercialize communicate compete complete
  comply connect consolidate contain continue contribute control convert convince coordinate craft
  create cultivate cut decrease dedicate deepen defend define delight deliver democratize deploy
  design detect develop differentiate digitize diversify document dominate double drive earn educate
  elevate eliminate embed empower enable encourage end energize engage enhance enlarge enrich ensure
  enter equip establish evaluate evolve exceed excel execute expand expedite experiment explore
  extend facilitate fill find finish fix flag focus forecast formalize fortify foster free fuel fund gain
  generate get give go grow guarantee halve handle harden harmonize help hire hit hold identify
  implement improve include increase influence inform innovate inspire install institutionalize
  integrate introduce invest invite keep kick land launch lead learn leverage lift limit localize
  lower maintain make manage map master maximize measure meet migrate minimize mobilize modernize
  monetize monitor motivate move negotiate nurture obtain offer onboard open operate optimize
  orchestrate organise organize outperform overhaul own participate partner pay penetrate perfect pilot plan
  position predict prepare preserve prevent prioritize produce professionalize promote protect prove
  provide publish pursue qualify quantify raise reach rebuild recover recruit redesign reduce
  refine reform regain reinforce reinvent release remove renew reorganize repair replace report
  research reshape resolve respond restore restructure retain rethink reuse revamp revitalize
  revolutionize reward rewrite roll run safeguard save scale schedule secure sell serve set shape share
  sharpen ship shorten showcase shrink simplify slash solve speed spread stabilize standardize start
  stay steer stop streamline strengthen structure succeed supply support surpass sustain switch
  tackle target teach test tighten track train transform translate treble triple turn unify unlock
  upgrade upskill use validate verify widen win work write
`);

/** English words that end like verbs (-ize, -ify, -ate) but are not, at the start of a statement. */
export const EN_NOT_VERBS = words(`
  accurate adequate appropriate candidate certificate climate corporate delicate desperate graduate
  immediate intimate legitimate moderate private senate ultimate
`);

/** Adverbs that may come before the verb ("Dramatically lower our CPA"); -ly words count too. */
export const EN_ADVERBS = words(`
  further always never also continuously consistently fully radically sharply steadily quickly
  even still proactively systematically jointly finally
`);

/** English leading verbs that blur who is responsible (O-VAGUE-VERB). */
export const EN_VAGUE_VERBS = words(`assist help participate support contribute`);
/** Multi-word vague openers. */
export const EN_VAGUE_PHRASES: readonly string[] = [
  "be involved",
  "get involved",
  "be part of",
  "take part",
];

/** English leading verbs that describe an activity rather than an outcome (KR-ACTIVITY). */
export const EN_ACTIVITY_VERBS = words(`
  complete define supply serve develop plan create deliver build implement release launch ship
  publish run hold organise organize conduct host
`);
/** Multi-word activity openers (KR-ACTIVITY): the verb alone ("set", "roll") is not an activity. */
export const EN_ACTIVITY_PHRASES: readonly string[] = ["roll out", "set up", "kick off"];

/**
 * Chinese verbs an objective or key result opens with (Simplified and Traditional). Matching is by
 * the segmenter's word, or a lexicon word that starts it ("提升到" starts with "提升").
 */
export const ZH_VERBS = words(`
  提高 提升 降低 减少 減少 增加 新增 扩大 擴大 扩展 擴展 打造 建立 建设 建設 实现 實現 推出 推动 推動
  推进 推進 优化 優化 改善 改进 改進 赢得 贏得 成为 成為 帮助 幫助 协助 協助 参与 參與 配合 支持
  引进 引進 招聘 招募 培养 培養 保持 确保 確保 加强 加強 拓展 开拓 開拓 占领 佔領 突破 完成 交付
  上线 上線 发布 發布 發佈 打通 提供 获得 獲得 吸引 留住 赢 贏 做好 开发 開發 构建 構建 增长 增長
  达成 達成 达到 達到 控制 缩短 縮短 加快 完善 规范 規範 落地 覆盖 覆蓋 节省 節省 节约 節約 开设 開設
  进入 進入 深化 巩固 鞏固 激发 激發 激励 激勵 转化 轉化 搭建 重塑 重建 创造 創造 创建 創建 定义 定義
  供应 供應 服务 服務 计划 計劃 計畫 实施 實施 启动 啟動 让 讓 使 令 赋能 賦能 升级 升級 转型 轉型
  统一 統一 精简 精簡 简化 簡化 留存 挽回 减轻 減輕 扩充 擴充 培育 培训 培訓 建成 做大 做强 做強
  树立 樹立 塑造 领先 領先 主导 主導 争取 爭取 争夺 爭奪 抢占 搶佔 夺取 奪取 超越 超过 超過 翻倍
  缩减 縮減 削减 削減 压缩 壓縮 清理 消除 杜绝 杜絕 解决 解決 预测 預測 识别 識別 挖掘 开展 開展
  举办 舉辦 组织 組織 推广 推廣 宣传 宣傳 销售 銷售 签约 簽約 获取 獲取 赢取 贏取 留任 吸纳 吸納
  保障 维持 維持 守住 稳定 穩定 稳住 穩住 实行 實行 建构 建構 成立 设立 設立 部署 落实 落實 贯彻 貫徹
  扩增 擴增 提速 加速 缩小 縮小 拉动 拉動 带动 帶動 驱动 驅動 促进 促進 激活 唤醒 喚醒 连接 連接
  上架 进行 進行 指导 指導
  降 增 减 減 整合 聚焦 专注 專注 深耕 布局 佈局 重构 重構 迭代 改革 创新 創新 开拓 开辟 開闢 获客 獲客 吸收
`);

/** Adverbs that may open a Chinese statement before its verb ("大幅降低获客成本"). */
export const ZH_ADVERBS = words(`
  大幅 大幅度 持续 持續 全面 显著 顯著 进一步 進一步 快速 稳步 穩步 有效 大力 积极 積極 努力 切实 切實
  不断 不斷 彻底 徹底 真正 充分 继续 繼續 尽快 儘快 率先 全力 重点 重點 深入 逐步 全力以赴 明显 明顯
  稳定地 持续地 持續地 高效 系统 系統 系统地 系統地 主动 主動 再 更 要 将要 將要 必须 必須 务必 務必
`);

/**
 * Single-character verbs that head a verb–complement compound (加大, 引入, 召开, 做强): with a
 * complement from ZH_COMPLEMENTS after them, an unlisted two-character word is read as a verb.
 */
export const ZH_VERB_HEADS = words(`
  加 引 召 提 降 减 減 增 扩 擴 拓 推 建 打 做 抓 拉 带 帶 放 压 壓 缩 縮 搞 攻 跑 走 拿 抢 搶 争 爭
  开 開 收 吸 留 守 稳 穩 补 補 调 調 改 换 換 升 降 夯 筑 築 树 樹 立 搭 用 盘 盤 挖 练 練 请 請 招
`);

/** Two-character words that look like a verb compound but are nouns (收入 "income"). */
export const ZH_NOT_VERBS = words(`收入 开心 開心 下属 下屬 上级 上級 下级 下級 高手 新人`);

/** Resultative and directional complements that make a verb head into a compound verb. */
export const ZH_COMPLEMENTS = words(`
  大 入 开 開 出 上 下 进 進 高 低 强 強 快 深 好 紧 緊 实 實 宽 寬 长 長 短 满 滿 齐 齊 稳 穩 透 活 通
  起 回 住 牢 准 準 足 全 多 少 小 精 细 細 新 清 优 優 掉 到
`);

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
  提高 提升 降低 增加 增长 增長 减少 減少 下降 上升 改善 变好 變好 重要 满意 滿意 很好 更好 扩大 擴大
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

/** Activity verbs (KR-ACTIVITY), Simplified and Traditional. */
export const ZH_ACTIVITY_VERBS = words(`
  完成 定义 定義 供应 供應 服务 服務 开发 開發 计划 計劃 計畫 创建 創建 交付 构建 構建 实施 實施
  发布 發布 發佈 启动 啟動 上线 上線 推出 开设 開設 上架 进行 進行 指导 指導 举办 舉辦 组织 組織
`);

/**
 * Words that turn a preceding verb into a noun: 完成率 (completion rate), 增长额, 上线时间. A verb
 * followed by one of these is not the statement's verb.
 */
export const ZH_NOUN_SUFFIXES = words(`
  率 度 量 额 額 数 數 值 比 比例 费 費 成本 周期 週期 时间 時間 人数 人數 次数 次數 情况 情況 能力 工作 的
`);
