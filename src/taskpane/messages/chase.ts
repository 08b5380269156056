// The Who owes place.
import type { Messages } from "./say";

export const CHASE_MESSAGES = {
  intro: {
    en: "Who owes an update: each owner's key results without a check-in within the cadence and actions past due, objectives without an owner, and department files sent and not returned. Each owner's mail link opens a draft in your mail program; nothing is sent from here.",
    "zh-CN":
      "谁需要更新：每位负责人超过更新周期未更新的关键结果和逾期行动、没有负责人的目标，以及已发出但未收回的部门文件。每位负责人的邮件链接会在您的邮件程序中打开草稿；这里不会发送任何内容。",
    "zh-TW":
      "誰需要更新：每位負責人超過更新週期未更新的關鍵結果和逾期行動、沒有負責人的目標，以及已發出但未收回的部門檔案。每位負責人的郵件連結會在您的郵件程式中開啟草稿；這裡不會傳送任何內容。",
  },
  show: { en: "Show who owes", "zh-CN": "查看待更新", "zh-TW": "查看待更新" },
  mail: {
    en: "Draft a mail to {owner}",
    "zh-CN": "给{owner}起草邮件",
    "zh-TW": "給{owner}起草郵件",
  },
  chaseFailed: {
    en: "Who owes an update could not be read: {error}. Close any open cell editor and try again.",
    "zh-CN": "无法读取待更新名单：{error}。请退出单元格编辑状态后重试。",
    "zh-TW": "無法讀取待更新名單：{error}。請結束儲存格編輯後重試。",
  },
} satisfies Messages;
