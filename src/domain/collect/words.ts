// The words Split and Collect show a person, in the three languages.
import type { Localized } from "../types";

/** The read-only sheet holding the parent objectives a sent sheet aligns to. */
export const ALIGNED_TO: Localized = {
  en: "Aligned to",
  "zh-CN": "对齐的上级目标",
  "zh-TW": "對齊的上級目標",
};

/** Split: formula cells turned into values for which the master saved no value ({n} of them). */
export const UNCOMPUTED: Localized = {
  en: "{n} formula cell(s) that read rows or sheets this file does not have are left empty: the master carries no saved values. Open the master in Excel (or LibreOffice), save it, and split again to send their values.",
  "zh-CN":
    "{n} 个引用本文件中不存在的行或工作表的公式单元格留空：主工作簿没有保存计算结果。请在 Excel（或 LibreOffice）中打开并保存主工作簿后重新拆分，以发送这些值。",
  "zh-TW":
    "{n} 個參照本檔案中不存在的列或工作表的公式儲存格留空：主活頁簿沒有儲存計算結果。請在 Excel（或 LibreOffice）中開啟並儲存主活頁簿後重新拆分，以傳送這些值。",
};
