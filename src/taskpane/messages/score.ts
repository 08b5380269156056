// The Score place and the ribbon's Score button.
import type { Messages } from "./say";

export const SCORE_MESSAGES = {
  scoreIntro: {
    en: "Score writes the formula columns (Progress, Gap to target, Expected, Status, Alignment gap) into every OKR sheet, fills the totals above each table, and rebuilds the Summary sheet for leadership. Input cells are never changed. Run it again after adding or removing rows.",
    "zh-CN":
      "计分会在每张 OKR 表中写入公式列（进度、目标差距、预期进度、状态、目标差值），填写表格上方的汇总数字，并重建给管理层看的汇总表。输入单元格不会被修改。增删行之后请再运行一次。",
    "zh-TW":
      "計分會在每張 OKR 工作表中寫入公式欄（進度、目標差距、預期進度、狀態、目標差值），填寫表格上方的彙總數字，並重建給管理層看的彙總工作表。輸入儲存格不會被修改。增刪列之後請再執行一次。",
  },
  scoreButton: { en: "Score workbook", "zh-CN": "为工作簿计分", "zh-TW": "為活頁簿計分" },
  scoredTitle: {
    en: "Scored {count}",
    "zh-CN": "已为 {count}计分",
    "zh-TW": "已為 {count}計分",
  },
  scoredBody: {
    en: "The workbook now scores itself: change a Current value and the scores follow, even without the add-in.",
    "zh-CN": "工作簿现在会自动计分：修改当前值，得分随之更新，即使没有加载项也是如此。",
    "zh-TW": "活頁簿現在會自動計分：修改目前值，得分隨之更新，即使沒有增益集也是如此。",
  },
  notScoredTitle: {
    en: "{keyResults} could not be scored",
    "zh-CN": "{keyResults}无法计分",
    "zh-TW": "{keyResults}無法計分",
  },
  notScoredBody: {
    en: "Their Progress shows ? and they are left out of their objective until the value is fixed; Check says how. Open each one:",
    "zh-CN": "其进度显示为 ?，在数值修正前不计入所属目标；“检查”会说明如何修正。逐个打开：",
    "zh-TW": "其進度顯示為 ?，在數值修正前不計入所屬目標；「檢查」會說明如何修正。逐一開啟：",
  },
  refusedTitle: {
    en: "Left alone: {sheets}",
    "zh-CN": "未计分的工作表：{sheets}",
    "zh-TW": "未計分的工作表：{sheets}",
  },
  refusedEmpty: {
    en: "{sheet}: there are no objective or key-result rows under the header row (row {row}).",
    "zh-CN": "{sheet}：表头行（第 {row} 行）下没有目标或关键结果行。",
    "zh-TW": "{sheet}：表頭列（第 {row} 列）下沒有目標或關鍵結果列。",
  },
  noOkrSheetsToScore: {
    en: "There is no OKR sheet in this workbook yet. Create one under New sheet, or add a header row (ID, Level, Statement, Owner…) above your table.",
    "zh-CN":
      "此工作簿中还没有 OKR 表。请在“新建表”中创建，或在表格上方添加表头行（编号、层级、描述、负责人……）。",
    "zh-TW":
      "此活頁簿中還沒有 OKR 工作表。請在「新增工作表」中建立，或在表格上方新增標題列（編號、層級、描述、負責人……）。",
  },
  noScore: { en: "no score yet", "zh-CN": "暂无得分", "zh-TW": "尚無得分" },
  untabledNote: {
    en: "The Excel table on {sheets} is now a plain range: a table gives every row of a column one formula, and objective rows need other formulas than key-result rows. Your cells and formats stay.",
    "zh-CN":
      "{sheets} 上的 Excel 表格已转换为普通区域：表格会让一列的每一行使用同一个公式，而目标行与关键结果行需要不同的公式。单元格和格式均保留。",
    "zh-TW":
      "{sheets} 上的 Excel 表格已轉換為一般範圍：表格會讓一欄的每一列使用同一個公式，而目標列與關鍵結果列需要不同的公式。儲存格和格式均保留。",
  },
  ribbonScoreTitle: { en: "OKR score", "zh-CN": "OKR 计分", "zh-TW": "OKR 計分" },
  ribbonScoreDone: {
    en: "Scored {count}; see the sheet {summary}.",
    "zh-CN": "已为 {count}计分；请查看工作表“{summary}”。",
    "zh-TW": "已為 {count}計分；請查看工作表「{summary}」。",
  },
  ribbonScoreFailed: {
    en: "Scoring failed: {error}",
    "zh-CN": "计分失败：{error}",
    "zh-TW": "計分失敗：{error}",
  },
  // Objectives without a Commitment, graded as committed (#29).
  assumedTitle: {
    en: "{objectives} graded as {assumed}",
    "zh-CN": "{objectives}按{assumed}评定",
    "zh-TW": "{objectives}按{assumed}評定",
  },
  assumedBody: {
    en: "Their Commitment is empty, so they are held to the committed bar (100 %). Choose Committed or Aspirational in each one, then score again:",
    "zh-CN":
      "其承诺类型为空，因此按承诺型的标准（100%）评定。请在每一项中选择承诺型或挑战型，然后再计分：",
    "zh-TW":
      "其承諾類型為空，因此按承諾型的標準（100%）評定。請在每一項中選擇承諾型或挑戰型，然後再計分：",
  },
  // The opt-in lock of the formula columns (#29).
  lockFormulas: {
    en: "Lock the formula columns",
    "zh-CN": "锁定公式列",
    "zh-TW": "鎖定公式欄",
  },
  lockFormulasHint: {
    en: "Protects each scored OKR sheet so nobody types over Progress, Gap, Expected, Status, Alignment gap or the totals by mistake; every input cell stays editable, and filtering, formatting and inserting rows still work. Sorting the OKR table does not, because its formula cells are locked (Excel will not sort a range holding locked cells): to sort, lift the lock with Review › Unprotect Sheet, then Score with this option on to lock it again. No password: a forgotten one would lock you out of your own workbook, so anyone can lift the lock. Once locked, Score and the other steps keep the sheet locked.",
    "zh-CN":
      "保护每张已计分的 OKR 表，防止有人误在进度、目标差距、预期进度、状态、目标差值或汇总数字上输入；所有输入单元格仍可编辑，筛选、设置格式和插入行照常可用。但 OKR 表无法排序，因为其公式单元格已锁定（Excel 不能对含锁定单元格的区域排序）：如需排序，请先通过“审阅 › 撤消工作表保护”解除锁定，排序后勾选此项再计分即可重新锁定。不设密码：忘记密码会把你锁在自己的工作簿之外，因此任何人都可解除锁定。锁定后，计分和其他步骤会保持锁定。",
    "zh-TW":
      "保護每張已計分的 OKR 工作表，防止有人誤在進度、目標差距、預期進度、狀態、目標差值或彙總數字上輸入；所有輸入儲存格仍可編輯，篩選、設定格式和插入列照常可用。但 OKR 表無法排序，因為其公式儲存格已鎖定（Excel 無法對含鎖定儲存格的範圍排序）：如需排序，請先透過「校閱 › 取消保護工作表」解除鎖定，排序後勾選此項再計分即可重新鎖定。不設密碼：忘記密碼會把你鎖在自己的活頁簿之外，因此任何人都可解除鎖定。鎖定後，計分和其他步驟會保持鎖定。",
  },
} satisfies Messages;
