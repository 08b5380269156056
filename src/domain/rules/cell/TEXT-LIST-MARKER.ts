// TEXT-LIST-MARKER: Pasted list marker.
import { rule } from "../rule";
import { splitListMarker } from "../../text/analyze";

export default rule({
  id: "TEXT-LIST-MARKER",
  topic: "cell",
  on: "row",
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
  example:
    '"• Win the mid-market", "1. Grow repeat purchases", "(2) …", "①提升复购率", "一、…", "a) …" (with spaces, non-breaking spaces or tabs)',
  fix: {
    readme: "the marker is removed",
    label: { en: "Remove the marker", "zh-CN": "删除符号", "zh-TW": "刪除符號" },
    edits: ({ finding, objective, keyResult }) => {
      const typed = (keyResult ?? objective)?.cells.statement;
      if (typeof typed !== "string") return null;
      const { marker, rest } = splitListMarker(typed);
      return marker ? [{ row: finding.row, column: "statement", value: rest }] : null;
    },
  },
  check: (item) => {
    const typed = item.cells.statement;
    if (typeof typed !== "string") return null;
    const { marker } = splitListMarker(typed);
    return marker ? { column: "statement", params: { marker } } : null;
  },
});
