// The Check-in place: the form, the owner picker, the cadence setting and the actions under a
// key result.
import type { Messages } from "./say";

export const CHECKIN_MESSAGES = {
  dateOutsidePeriod: {
    en: "{date} is outside this sheet's period, {period} ({start} – {end}). You can still save it.",
    "zh-CN": "{date} 不在此表的周期 {period}（{start} – {end}）之内。仍可保存。",
    "zh-TW": "{date} 不在此工作表的週期 {period}（{start} – {end}）之內。仍可儲存。",
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
  // A linked key result whose Current takes its value from another workbook.
  checkinLinkedOtherBook: {
    en: "linked to {link}, in another workbook: the value is what Excel last fetched from it. Update the link (Data › Edit Links › Update Values) before checking in, so the history records the current value.",
    "zh-CN":
      "关联到 {link}，位于另一个工作簿：数值是 Excel 上次从该工作簿取得的值。请先更新链接（数据 › 编辑链接 › 更新值）再更新进度，使记录中保存的是当前数值。",
    "zh-TW":
      "連結到 {link}，位於另一個活頁簿：數值是 Excel 上次從該活頁簿取得的值。請先更新連結（資料 › 編輯連結 › 更新值）再更新進度，讓記錄中保存的是目前數值。",
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
  cadenceSaveFailed: {
    en: "Could not save the check-in cadence: {error}. Try Save again.",
    "zh-CN": "无法保存进度更新周期：{error}。请再次点击保存。",
    "zh-TW": "無法儲存進度更新週期：{error}。請再按一次儲存。",
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
} satisfies Messages;
