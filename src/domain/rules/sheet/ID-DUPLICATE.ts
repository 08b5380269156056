// ID-DUPLICATE: Duplicate ID.
import { rule } from "../rule";
import { duplicateIds } from "../../reading/ids";
import { sheetItems } from "../helpers";

export default rule({
  id: "ID-DUPLICATE",
  topic: "sheet",
  on: "workbook",
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
  example: "two rows with ID SALES-O1, on any sheets",
  check: (sheets) => {
    const rows = sheets.flatMap((sheet) =>
      sheetItems(sheet)
        .filter((item) => item.id)
        .map((item) => ({ sheet, row: item.row, id: item.id }))
    );
    return [...duplicateIds(rows.map((r) => r.id))].flatMap(([, where]) =>
      where.map((index) => {
        const { sheet, row, id } = rows[index];
        return {
          sheet,
          column: "id" as const,
          row,
          okrId: id,
          params: { id, count: where.length },
        };
      })
    );
  },
});
