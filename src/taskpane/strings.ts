// Every text the task pane shows, in the three languages: the shell's (shellStrings.ts) and every
// place's. One table, so a missing translation is a type error rather than an English word in a
// Chinese pane.
import { countOf } from "../domain/reading/i18n";
import { SEVERITY_COUNTS } from "../domain/rules/severityCounts";
import type { Lang, Localized } from "../domain/types";
import { SHELL_STRINGS, translator } from "./shellStrings";

export const STRINGS = {
  ...SHELL_STRINGS,
  checkIntro: {
    en: "Check every objective and key result against the OKR writing rules. Click a finding to go to its cell.",
    "zh-CN": "按 OKR 撰写规则检查每个目标和关键结果。点击问题即可跳到对应单元格。",
    "zh-TW": "按 OKR 撰寫規則檢查每個目標和關鍵結果。點擊問題即可跳到對應儲存格。",
  },
  checkActive: { en: "Check this sheet", "zh-CN": "检查当前工作表", "zh-TW": "檢查目前工作表" },
  checkAll: {
    en: "Check all OKR sheets",
    "zh-CN": "检查全部 OKR 表",
    "zh-TW": "檢查全部 OKR 工作表",
  },
  activeSheetIs: {
    en: "Active sheet: {sheet}",
    "zh-CN": "当前工作表：{sheet}",
    "zh-TW": "目前工作表：{sheet}",
  },
  findingsForOtherSheet: {
    en: "These findings are for {sheet}. You are now on {active}: check this sheet to see its own.",
    "zh-CN": "以下结果属于 {sheet}。您现在位于 {active}：点击“检查当前工作表”查看其结果。",
    "zh-TW": "以下結果屬於 {sheet}。您現在位於 {active}：點擊「檢查目前工作表」查看其結果。",
  },
  checkedSummary: {
    en: "Checked {sheets}: {objectives}, {keyResults}.",
    "zh-CN": "已检查 {sheets}：{objectives}，{keyResults}。",
    "zh-TW": "已檢查 {sheets}：{objectives}，{keyResults}。",
  },
  allClearTitle: { en: "No problems found", "zh-CN": "没有发现问题", "zh-TW": "沒有發現問題" },
  allClearBody: {
    en: "Every objective and key result follows the writing rules. Nice work.",
    "zh-CN": "所有目标和关键结果都符合撰写规则，做得好！",
    "zh-TW": "所有目標和關鍵結果都符合撰寫規則，做得好！",
  },
  noOkrSheetTitle: { en: "Not an OKR sheet", "zh-CN": "不是 OKR 表", "zh-TW": "不是 OKR 工作表" },
  noOkrSheetBody: {
    en: "“{sheet}” has no OKR header row (ID, Level, Statement, Owner…). Open an OKR sheet, or check all OKR sheets.",
    "zh-CN":
      "“{sheet}”没有 OKR 表头行（编号、层级、描述、负责人…）。请打开一张 OKR 表，或检查全部 OKR 表。",
    "zh-TW":
      "「{sheet}」沒有 OKR 表頭列（編號、層級、描述、負責人…）。請開啟一張 OKR 工作表，或檢查全部 OKR 工作表。",
  },
  noOkrSheetsAtAll: {
    en: "This workbook has no OKR sheets yet.",
    "zh-CN": "此工作簿中还没有 OKR 表。",
    "zh-TW": "此活頁簿中還沒有 OKR 工作表。",
  },
  rowLabel: { en: "Row {row}", "zh-CN": "第 {row} 行", "zh-TW": "第 {row} 列" },
  goToCell: { en: "Go to {cell}", "zh-CN": "转到 {cell}", "zh-TW": "前往 {cell}" },
  failedTitle: { en: "Something went wrong", "zh-CN": "出现问题", "zh-TW": "發生問題" },
  checkFailed: {
    en: "The check could not read the workbook: {error}. Close any open cell editor and try again.",
    "zh-CN": "检查时无法读取工作簿：{error}。请退出单元格编辑状态后重试。",
    "zh-TW": "檢查時無法讀取活頁簿：{error}。請結束儲存格編輯後重試。",
  },
  selectFailed: {
    en: "Could not go to {cell}: {error}. The sheet may have been renamed or deleted; check again.",
    "zh-CN": "无法转到 {cell}：{error}。工作表可能已被重命名或删除，请重新检查。",
    "zh-TW": "無法前往 {cell}：{error}。工作表可能已被重新命名或刪除，請重新檢查。",
  },
  ribbonCheckTitle: { en: "OKR check", "zh-CN": "OKR 检查", "zh-TW": "OKR 檢查" },
  ribbonCheckCounts: {
    en: "{sheet}: {errors}, {warnings}, {notes}.",
    "zh-CN": "{sheet}：发现 {errors}，{warnings}，{notes}。",
    "zh-TW": "{sheet}：發現 {errors}，{warnings}，{notes}。",
  },
  ribbonCheckClean: {
    en: "{sheet}: no problems found.",
    "zh-CN": "{sheet}：没有发现问题。",
    "zh-TW": "{sheet}：沒有發現問題。",
  },
  ribbonCheckDetails: {
    en: "Open OKR Sheets → Check to see each finding and go to its cell.",
    "zh-CN": "打开 OKR 表格 → 检查，查看每个问题并跳到对应单元格。",
    "zh-TW": "開啟 OKR 表格 → 檢查，查看每個問題並前往對應儲存格。",
  },
  ribbonCheckFailed: {
    en: "The check could not run: {error}",
    "zh-CN": "检查无法运行：{error}",
    "zh-TW": "檢查無法執行：{error}",
  },
  close: { en: "Close", "zh-CN": "关闭", "zh-TW": "關閉" },
  thresholds: { en: "Thresholds", "zh-CN": "规则阈值", "zh-TW": "規則閾值" },
  thresholdsIntro: {
    en: "Saved with this workbook, so everyone who checks it uses the same rules.",
    "zh-CN": "随工作簿保存，所有人检查时都使用同一套规则。",
    "zh-TW": "隨活頁簿儲存，所有人檢查時都使用同一套規則。",
  },
  fixAllOfKind: {
    en: "Fix all of this kind ({count})",
    "zh-CN": "修正所有同类问题（{count}）",
    "zh-TW": "修正所有同類問題（{count}）",
  },
  fixedCells: {
    en: "Fixed: {count} cell(s) written.",
    "zh-CN": "已修正：写入 {count} 个单元格。",
    "zh-TW": "已修正：寫入 {count} 個儲存格。",
  },
  nothingToFix: {
    en: "Nothing was written: the workbook changed since the check, or this needs a person's decision. Check again.",
    "zh-CN": "未写入任何内容：工作簿在检查后已有变化，或此问题需要人工决定。请重新检查。",
    "zh-TW": "未寫入任何內容：活頁簿在檢查後已有變化，或此問題需要人工決定。請重新檢查。",
  },
  fixFailed: {
    en: "The fix could not be written: {error}. Nothing was changed; close any open cell editor and try again.",
    "zh-CN": "无法写入修正：{error}。未做任何更改；请退出单元格编辑状态后重试。",
    "zh-TW": "無法寫入修正：{error}。未做任何變更；請結束儲存格編輯後重試。",
  },
  save: { en: "Save thresholds", "zh-CN": "保存阈值", "zh-TW": "儲存閾值" },
  saved: {
    en: "Saved with the workbook.",
    "zh-CN": "已随工作簿保存。",
    "zh-TW": "已隨活頁簿儲存。",
  },
  reset: { en: "Defaults", "zh-CN": "恢复默认", "zh-TW": "恢復預設" },
  saveFailed: {
    en: "Could not save the thresholds: {error}.",
    "zh-CN": "无法保存阈值：{error}。",
    "zh-TW": "無法儲存閾值：{error}。",
  },
  markCells: {
    en: "Colour problem cells in the sheet",
    "zh-CN": "在工作表中为有问题的单元格着色",
    "zh-TW": "在工作表中為有問題的儲存格著色",
  },
  marked: {
    en: "{count} coloured (red: error, amber: warning, blue: note). The next check puts their own colours back; values are never changed.",
    "zh-CN":
      "已为 {count}着色（红：错误，黄：警告，蓝：提示）。下次检查会恢复原有颜色；数值不会被更改。",
    "zh-TW":
      "已為 {count}著色（紅：錯誤，黃：警告，藍：提示）。下次檢查會恢復原有顏色；數值不會被更改。",
  },
  markFailed: {
    en: "The findings are listed, but the cells could not be coloured: {error}.",
    "zh-CN": "问题已列出，但无法为单元格着色：{error}。",
    "zh-TW": "問題已列出，但無法為儲存格著色：{error}。",
  },
  newSheetIntro: {
    en: "Pick department templates; each becomes its own OKR sheet in this workbook, with dropdowns, formats and live scoring formulas. Existing sheets are never touched.",
    "zh-CN":
      "选择部门模板，每个模板都会在此工作簿中生成一张独立的 OKR 表，带下拉列表、格式和实时计分公式。现有工作表不会被改动。",
    "zh-TW":
      "選擇部門範本，每個範本都會在此活頁簿中產生一張獨立的 OKR 工作表，含下拉清單、格式和即時計分公式。現有工作表不會被更動。",
  },
  templates: { en: "Templates", "zh-CN": "模板", "zh-TW": "範本" },
  periodLabel: { en: "Period", "zh-CN": "周期", "zh-TW": "週期" },
  periodHint: {
    en: "For example 2026-Q1, 2026-H2 or FY2026.",
    "zh-CN": "例如 2026-Q1、2026-H2 或 FY2026。",
    "zh-TW": "例如 2026-Q1、2026-H2 或 FY2026。",
  },
  scopeLabel: { en: "Scope", "zh-CN": "范围", "zh-TW": "範圍" },
  scopeFromTemplate: { en: "As in the template", "zh-CN": "按模板设定", "zh-TW": "依範本設定" },
  sheetLanguage: { en: "Sheet language", "zh-CN": "表格语言", "zh-TW": "工作表語言" },
  ownerLabel: {
    en: "Owner for {template} (optional)",
    "zh-CN": "{template}负责人（可选）",
    "zh-TW": "{template}負責人（選填）",
  },
  createSheets: { en: "Create sheets", "zh-CN": "创建工作表", "zh-TW": "建立工作表" },
  createdTitle: {
    en: "Created {count}",
    "zh-CN": "已创建 {count}",
    "zh-TW": "已建立 {count}",
  },
  createdBody: {
    en: "Open a sheet to fill it in, then Check it.",
    "zh-CN": "打开工作表填写内容，然后进行检查。",
    "zh-TW": "開啟工作表填寫內容，然後進行檢查。",
  },
  pickTemplate: {
    en: "Pick at least one template.",
    "zh-CN": "请至少选择一个模板。",
    "zh-TW": "請至少選擇一個範本。",
  },
  createFailed: {
    en: "The sheets could not be created: {error}. Nothing was changed; try again, or save the workbook and reopen it.",
    "zh-CN": "无法创建工作表：{error}。工作簿未被更改；请重试，或保存后重新打开工作簿。",
    "zh-TW": "無法建立工作表：{error}。活頁簿未被更改；請重試，或儲存後重新開啟活頁簿。",
  },
  untabledNote: {
    en: "The Excel table on {sheets} is now a plain range: a table gives every row of a column one formula, and objective rows need other formulas than key-result rows. Your cells and formats stay.",
    "zh-CN":
      "{sheets} 上的 Excel 表格已转换为普通区域：表格会让一列的每一行使用同一个公式，而目标行与关键结果行需要不同的公式。单元格和格式均保留。",
    "zh-TW":
      "{sheets} 上的 Excel 表格已轉換為一般範圍：表格會讓一欄的每一列使用同一個公式，而目標列與關鍵結果列需要不同的公式。儲存格和格式均保留。",
  },
  openSheet: { en: "Open {sheet}", "zh-CN": "打开 {sheet}", "zh-TW": "開啟 {sheet}" },
  scoreIntro: {
    en: "Score writes the formula columns (Progress, Gap to target, Expected, Status, Alignment gap) into every OKR sheet, fills the totals above each table, and rebuilds the Summary sheet for leadership. Input cells are never changed. Run it again after adding or removing rows.",
    "zh-CN":
      "计分会在每张 OKR 表中写入公式列（进度、目标差距、预期进度、状态、目标差值），填写表格上方的汇总数字，并重建给管理层看的汇总表。输入单元格不会被修改。增删行之后请再运行一次。",
    "zh-TW":
      "計分會在每張 OKR 工作表中寫入公式欄（進度、目標差距、預期進度、狀態、目標差值），填寫表格上方的彙總數字，並重建給管理層看的彙總工作表。輸入儲存格不會被修改。增刪列之後請再執行一次。",
  },
  asOfLabel: { en: "Measure progress as of", "zh-CN": "进度截至日期", "zh-TW": "進度截至日期" },
  dateInvalid: {
    en: "Write the date as YYYY-MM-DD, for example 2026-02-15.",
    "zh-CN": "请按 YYYY-MM-DD 格式填写日期，例如 2026-02-15。",
    "zh-TW": "請依 YYYY-MM-DD 格式填寫日期，例如 2026-02-15。",
  },
  dateMissing: {
    en: "Enter a date as YYYY-MM-DD, for example 2026-02-15.",
    "zh-CN": "请填写日期（YYYY-MM-DD），例如 2026-02-15。",
    "zh-TW": "請填寫日期（YYYY-MM-DD），例如 2026-02-15。",
  },
  dateNoMonth: {
    en: "{input} does not exist: months run from 01 to 12.",
    "zh-CN": "{input} 不存在：月份只能是 01 到 12。",
    "zh-TW": "{input} 不存在：月份只能是 01 到 12。",
  },
  dateNoDay: {
    en: "{input} does not exist: {month} has {days} days.",
    "zh-CN": "{input} 不存在：{month}只有 {days} 天。",
    "zh-TW": "{input} 不存在：{month}只有 {days} 天。",
  },
  dateOutsidePeriod: {
    en: "{date} is outside this sheet's period, {period} ({start} – {end}). You can still save it.",
    "zh-CN": "{date} 不在此表的周期 {period}（{start} – {end}）之内。仍可保存。",
    "zh-TW": "{date} 不在此工作表的週期 {period}（{start} – {end}）之內。仍可儲存。",
  },
  scoreButton: { en: "Score workbook", "zh-CN": "为工作簿计分", "zh-TW": "為活頁簿計分" },
  lockFormulas: {
    en: "Lock the formula columns",
    "zh-CN": "锁定公式列",
    "zh-TW": "鎖定公式欄",
  },
  lockFormulasHint: {
    en: "Protects each scored OKR sheet so nobody types over Progress, Gap, Expected, Status, Alignment gap or the totals by mistake; every input cell stays editable, and filtering, sorting, formatting and inserting rows still work. No password: a forgotten one would lock you out of your own workbook, so anyone can lift it with Review › Unprotect Sheet. Once locked, Score and the other steps keep the sheet locked.",
    "zh-CN":
      "保护每张已计分的 OKR 表，防止有人误在进度、目标差距、预期进度、状态、目标差值或汇总数字上输入；所有输入单元格仍可编辑，筛选、排序、设置格式和插入行照常可用。不设密码：忘记密码会把你锁在自己的工作簿之外，因此任何人都可通过“审阅 › 撤消工作表保护”解除。锁定后，计分和其他步骤会保持锁定。",
    "zh-TW":
      "保護每張已計分的 OKR 工作表，防止有人誤在進度、目標差距、預期進度、狀態、目標差值或彙總數字上輸入；所有輸入儲存格仍可編輯，篩選、排序、設定格式和插入列照常可用。不設密碼：忘記密碼會把你鎖在自己的活頁簿之外，因此任何人都可透過「校閱 › 取消保護工作表」解除。鎖定後，計分和其他步驟會保持鎖定。",
  },
  lockFormulasUnavailable: {
    en: "Locking the formula columns needs Excel API 1.2 (sheet protection), which this Excel does not offer.",
    "zh-CN": "锁定公式列需要 Excel API 1.2（工作表保护），当前 Excel 不支持。",
    "zh-TW": "鎖定公式欄需要 Excel API 1.2（工作表保護），目前的 Excel 不支援。",
  },
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
  importFailed: {
    en: "The import could not finish: {error}. Nothing was written; try again.",
    "zh-CN": "无法完成导入：{error}。未写入任何内容，请重试。",
    "zh-TW": "無法完成匯入：{error}。未寫入任何內容，請重試。",
  },
  chaseFailed: {
    en: "Who owes an update could not be read: {error}. Close any open cell editor and try again.",
    "zh-CN": "无法读取待更新名单：{error}。请退出单元格编辑状态后重试。",
    "zh-TW": "無法讀取待更新名單：{error}。請結束儲存格編輯後重試。",
  },
  collectFailed: {
    en: "Collecting the files could not finish: {error}",
    "zh-CN": "无法完成收回文件：{error}",
    "zh-TW": "無法完成收回檔案：{error}",
  },
  splitFailed: {
    en: "Making the files could not finish: {error}. Nothing was recorded as sent.",
    "zh-CN": "无法完成生成文件：{error}。未记录任何发送。",
    "zh-TW": "無法完成產生檔案：{error}。未記錄任何傳送。",
  },
  reviewFailed: {
    en: "The review could not be built: {error}",
    "zh-CN": "无法生成考核表：{error}",
    "zh-TW": "無法產生考核表：{error}",
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
  scoreFailed: {
    en: "Scoring failed: {error}. Your input cells were not changed; try again.",
    "zh-CN": "计分失败：{error}。输入单元格未被修改；请重试。",
    "zh-TW": "計分失敗：{error}。輸入儲存格未被修改；請重試。",
  },
  noScore: { en: "no score yet", "zh-CN": "暂无得分", "zh-TW": "尚無得分" },
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
  checkinIntro: {
    en: "Update the key results of the active sheet you have news about: a value, a confidence or a comment. Saving writes the new values into the sheet and adds one row for each of those key results to the check-in history, with the change since the last check-in and since the start; the others are left as they are.",
    "zh-CN":
      "更新当前工作表中有进展的关键结果：数值、信心指数或说明。保存后，新数值会写入工作表，并在进度更新记录中为这些关键结果各添加一行，显示较上次和较起始值的变化；其他关键结果保持不变。",
    "zh-TW":
      "更新目前工作表中有進展的關鍵結果：數值、信心指數或說明。儲存後，新數值會寫入工作表，並在進度更新紀錄中為這些關鍵結果各新增一列，顯示較上次和較起始值的變化；其他關鍵結果保持不變。",
  },
  checkinLinked: {
    en: "linked to {link}",
    "zh-CN": "关联到 {link}",
    "zh-TW": "連結到 {link}",
  },
  checkinLinkedNote: {
    en: "Its value comes from the formula; a check-in records it and keeps the formula. Give a confidence or a comment.",
    "zh-CN": "其数值来自公式；进度更新会记录该数值并保留公式。请填写信心指数或说明。",
    "zh-TW": "其數值來自公式；進度更新會記錄該數值並保留公式。請填寫信心指數或說明。",
  },
  checkinNothing: {
    en: "Nothing to save: change a value, a confidence or a comment first.",
    "zh-CN": "没有可保存的内容：请先修改数值、信心指数或说明。",
    "zh-TW": "沒有可儲存的內容：請先修改數值、信心指數或說明。",
  },
  cadenceLabel: {
    en: "Check-ins are due every (days)",
    "zh-CN": "进度更新周期（天）",
    "zh-TW": "進度更新週期（天）",
  },
  cadenceHint: {
    en: "Saved with the workbook. A key result not checked in for longer is stale; before the first is due in a period, it is Not started.",
    "zh-CN":
      "随工作簿保存。超过该天数未更新的关键结果视为久未更新；每个周期首次更新到期前，显示为“未开始”。",
    "zh-TW":
      "隨活頁簿儲存。超過該天數未更新的關鍵結果視為久未更新；每個週期首次更新到期前，顯示為「未開始」。",
  },
  cadenceSave: { en: "Save", "zh-CN": "保存", "zh-TW": "儲存" },
  cadenceBad: {
    en: "Type whole days from 1 to 92.",
    "zh-CN": "请输入 1 到 92 之间的整数天数。",
    "zh-TW": "請輸入 1 到 92 之間的整數天數。",
  },
  cadenceSaved: {
    en: "Saved: every {days} days.",
    "zh-CN": "已保存：每 {days} 天。",
    "zh-TW": "已儲存：每 {days} 天。",
  },
  checkinDate: { en: "Check-in date", "zh-CN": "更新日期", "zh-TW": "更新日期" },
  reloadSheet: {
    en: "Read the active sheet",
    "zh-CN": "读取当前工作表",
    "zh-TW": "讀取目前工作表",
  },
  currentValue: { en: "Current", "zh-CN": "当前值", "zh-TW": "目前值" },
  confidenceLabel: { en: "Confidence", "zh-CN": "信心指数", "zh-TW": "信心指數" },
  commentLabel: { en: "Comment", "zh-CN": "说明", "zh-TW": "說明" },
  saveCheckin: { en: "Save check-in", "zh-CN": "保存进度更新", "zh-TW": "儲存進度更新" },
  checkinSavedTitle: { en: "Check-in saved", "zh-CN": "进度更新已保存", "zh-TW": "進度更新已儲存" },
  checkinSavedBody: {
    en: "Checked in {count} on {date}.",
    "zh-CN": "已记录 {count}（{date}）。",
    "zh-TW": "已記錄 {count}（{date}）。",
  },
  checkinNotOkr: {
    en: "The active sheet “{sheet}” is not an OKR sheet. Open one, then read it again.",
    "zh-CN": "当前工作表“{sheet}”不是 OKR 表。请打开一张 OKR 表后重新读取。",
    "zh-TW": "目前工作表「{sheet}」不是 OKR 工作表。請開啟一張 OKR 工作表後重新讀取。",
  },
  checkinOwner: { en: "Key results of", "zh-CN": "查看谁的关键结果", "zh-TW": "查看誰的關鍵結果" },
  checkinEveryone: { en: "Everyone", "zh-CN": "所有人", "zh-TW": "所有人" },
  checkinMine: {
    en: "{owner}: {count} on this sheet, {due} to update this week",
    "zh-CN": "{owner}：本表 {count}，本周 {due} 项待更新",
    "zh-TW": "{owner}：本表 {count}，本週 {due} 項待更新",
  },
  checkinMineNone: {
    en: "{owner} has no key results on “{sheet}”.",
    "zh-CN": "{owner}在“{sheet}”上没有关键结果。",
    "zh-TW": "{owner}在「{sheet}」上沒有關鍵結果。",
  },
  checkinMineElsewhere: {
    en: "Also theirs, on other sheets of the period:",
    "zh-CN": "本周期其他工作表上也有其关键结果：",
    "zh-TW": "本週期其他工作表上也有其關鍵結果：",
  },
  checkinNoKrs: {
    en: "“{sheet}” has no key results to update yet.",
    "zh-CN": "“{sheet}”还没有可更新的关键结果。",
    "zh-TW": "「{sheet}」還沒有可更新的關鍵結果。",
  },
  checkinFollows: {
    en: "The form follows the sheet you open in Excel.",
    "zh-CN": "表单会跟随您在 Excel 中打开的工作表。",
    "zh-TW": "表單會跟隨您在 Excel 中開啟的工作表。",
  },
  checkinUnsavedElsewhere: {
    en: "Unsaved check-ins on {sheets}: open the sheet to finish them.",
    "zh-CN": "{sheets}有未保存的进度更新：打开该工作表即可继续。",
    "zh-TW": "{sheets}有未儲存的進度更新：開啟該工作表即可繼續。",
  },
  discardEdits: { en: "Discard changes", "zh-CN": "放弃更改", "zh-TW": "捨棄變更" },
  discardAsk: {
    en: "Drop your unsaved changes to {sheet}? The sheet keeps its values.",
    "zh-CN": "放弃对 {sheet} 未保存的更改吗？工作表中的数值不变。",
    "zh-TW": "捨棄對 {sheet} 未儲存的變更嗎？工作表中的數值不變。",
  },
  keepEditing: { en: "Keep editing", "zh-CN": "继续编辑", "zh-TW": "繼續編輯" },
  fixTheseTitle: {
    en: "Fix {count} before saving",
    "zh-CN": "保存前请修正 {count}",
    "zh-TW": "儲存前請修正 {count}",
  },
  readFailed: {
    en: "The active sheet could not be read: {error}. Close any open cell editor and try again.",
    "zh-CN": "无法读取当前工作表：{error}。请退出单元格编辑状态后重试。",
    "zh-TW": "無法讀取目前工作表：{error}。請結束儲存格編輯後重試。",
  },
  checkinFailed: {
    en: "The check-in could not be saved: {error}. Nothing was written; try again.",
    "zh-CN": "无法保存进度更新：{error}。未写入任何内容；请重试。",
    "zh-TW": "無法儲存進度更新：{error}。未寫入任何內容；請重試。",
  },
  phaseReading: {
    en: "Reading the workbook",
    "zh-CN": "正在读取工作簿",
    "zh-TW": "正在讀取活頁簿",
  },
  phaseChecking: {
    en: "Checking and planning",
    "zh-CN": "正在检查和规划",
    "zh-TW": "正在檢查和規劃",
  },
  phaseWriting: { en: "Writing to Excel", "zh-CN": "正在写入 Excel", "zh-TW": "正在寫入 Excel" },
  phaseStep: {
    en: "Step {step} of {steps}: {phase}…",
    "zh-CN": "第 {step} 步，共 {steps} 步：{phase}…",
    "zh-TW": "第 {step} 步，共 {steps} 步：{phase}…",
  },
  cancel: { en: "Cancel", "zh-CN": "取消", "zh-TW": "取消" },
  cancelled: {
    en: "Cancelled before anything was written. The workbook is as it was.",
    "zh-CN": "已在写入前取消，工作簿保持原样。",
    "zh-TW": "已在寫入前取消，活頁簿保持原樣。",
  },
  // Action plans under a key result (Check-in)
  krActionsHeading: { en: "Actions", "zh-CN": "行动", "zh-TW": "行動" },
  krNoActions: {
    en: "No actions yet: a key result needs an action plan.",
    "zh-CN": "还没有行动：关键结果需要行动方案。",
    "zh-TW": "還沒有行動：關鍵結果需要行動方案。",
  },
  krActionLine: {
    en: "{owner} · due {due} · {status}",
    "zh-CN": "{owner} · 截止 {due} · {status}",
    "zh-TW": "{owner} · 截止 {due} · {status}",
  },
  krActionMeasures: {
    en: "measures the KR",
    "zh-CN": "度量该关键结果",
    "zh-TW": "度量該關鍵結果",
  },
  krActionNoOwner: { en: "no owner", "zh-CN": "无负责人", "zh-TW": "無負責人" },
  krActionNoDue: { en: "none", "zh-CN": "未定", "zh-TW": "未定" },
  addAction: { en: "Add action", "zh-CN": "添加行动", "zh-TW": "新增行動" },
  actionText: { en: "Action", "zh-CN": "行动", "zh-TW": "行動" },
  actionOwner: { en: "Owner", "zh-CN": "负责人", "zh-TW": "負責人" },
  actionDue: {
    en: "Due (yyyy-mm-dd)",
    "zh-CN": "截止日期（yyyy-mm-dd）",
    "zh-TW": "截止日期（yyyy-mm-dd）",
  },
  actionMeasures: {
    en: "This action collects the KR's value",
    "zh-CN": "此行动用于获取该关键结果的数值",
    "zh-TW": "此行動用於取得該關鍵結果的數值",
  },
  actionTextMissing: {
    en: "Say what will be done.",
    "zh-CN": "请写明要做什么。",
    "zh-TW": "請寫明要做什麼。",
  },
  actionAdded: {
    en: "Added to “{sheet}”, row {row}.",
    "zh-CN": "已添加到“{sheet}”第 {row} 行。",
    "zh-TW": "已新增到「{sheet}」第 {row} 列。",
  },
  addActionFailed: {
    en: "The action could not be added: {error}",
    "zh-CN": "无法添加行动：{error}",
    "zh-TW": "無法新增行動：{error}",
  },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;

/** The names of the languages, each in its own language (as a language menu shows them). */
export { LANGUAGE_NAMES } from "./shellStrings";

/** Any text of the pane in a language. */
export const t = translator(STRINGS);

type CountForms = Parameters<typeof countOf>[1];
const counted = (en: string, enPlural: string, zhCN: string, zhTW: string): CountForms => ({
  en: { one: en, other: enPlural },
  "zh-CN": zhCN,
  "zh-TW": zhTW,
});

/** The things the pane counts, with their nouns: "1 sheet", "2 sheets", "2 张工作表". */
export const COUNTS = {
  sheets: counted("{n} sheet", "{n} sheets", "{n} 张工作表", "{n} 張工作表"),
  fields: counted("{n} field", "{n} fields", "{n} 个字段", "{n} 個欄位"),
  cells: counted("{n} cell", "{n} cells", "{n} 个单元格", "{n} 個儲存格"),
  objectives: counted("{n} objective", "{n} objectives", "{n} 个目标", "{n} 個目標"),
  keyResults: counted("{n} key result", "{n} key results", "{n} 个关键结果", "{n} 個關鍵結果"),
  ...SEVERITY_COUNTS,
  green: counted("{n} on track", "{n} on track", "{n} 个正常", "{n} 個正常"),
  yellow: counted("{n} at risk", "{n} at risk", "{n} 个有风险", "{n} 個有風險"),
  red: counted("{n} off track", "{n} off track", "{n} 个落后", "{n} 個落後"),
  notStarted: counted("{n} not started", "{n} not started", "{n} 个未开始", "{n} 個未開始"),
  // At the end of the period a status is a grade (seed 003), as the sheet's Status cells say.
  achieved: counted("{n} achieved", "{n} achieved", "{n} 个达成", "{n} 個達成"),
  acceptable: counted("{n} acceptable", "{n} acceptable", "{n} 个可接受", "{n} 個可接受"),
  missed: counted("{n} missed", "{n} missed", "{n} 个未达成", "{n} 個未達成"),
} satisfies Record<string, CountForms>;

/** A count with its noun in a language. */
export function count(what: keyof typeof COUNTS, n: number, lang: Lang): string {
  return countOf(n, COUNTS[what], lang);
}
