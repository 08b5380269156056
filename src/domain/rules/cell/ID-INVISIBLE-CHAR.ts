// ID-INVISIBLE-CHAR: Invisible character in an ID.
import { rule } from "../rule";

/**
 * Characters that show nothing yet make an ID another ID (pasted from web pages, chat apps and
 * Word): zero width space, non-joiner and joiner, word joiner, and the byte-order mark inside text.
 */
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF/gu;

/** "U+200B". */
const codePoint = (ch: string) =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

export default rule({
  id: "ID-INVISIBLE-CHAR",
  topic: "cell",
  on: "row",
  severity: "error",
  name: {
    en: "Invisible character in an ID",
    "zh-CN": "编号中有不可见字符",
    "zh-TW": "編號中有不可見字元",
  },
  message: {
    en: "The ID {id} holds an invisible character ({char}) at position {position}: it looks the same, but links, check-ins and other sheets read it as another ID.",
    "zh-CN":
      "编号 {id} 的第 {position} 个字符是不可见字符（{char}）：看起来一样，但链接、进度更新和其他工作表会把它当作另一个编号。",
    "zh-TW":
      "編號 {id} 的第 {position} 個字元是不可見字元（{char}）：看起來一樣，但連結、進度更新和其他工作表會把它當作另一個編號。",
  },
  hint: {
    en: "Retype the ID by hand, or let Check remove every invisible character in it (usually pasted from a web page or a chat).",
    "zh-CN":
      "手动重新输入编号，或让检查功能删除其中所有不可见字符（通常是从网页或聊天软件粘贴带来的）。",
    "zh-TW":
      "手動重新輸入編號，或讓檢查功能刪除其中所有不可見字元（通常是從網頁或聊天軟體貼上帶來的）。",
  },
  example: "an ID typed or pasted as SALES-O1\u200B-KR2 (a zero width space, U+200B, after O1)",
  fix: {
    readme: "the invisible characters are removed from the ID",
    label: {
      en: "Remove invisible characters",
      "zh-CN": "删除不可见字符",
      "zh-TW": "刪除不可見字元",
    },
    edits: ({ finding, objective, keyResult }) => {
      const typed = (keyResult ?? objective)?.cells.id;
      if (typeof typed !== "string") return null;
      const clean = typed.replace(INVISIBLE, "").trim();
      return clean !== typed && clean !== ""
        ? [{ row: finding.row, column: "id", value: clean }]
        : null;
    },
  },
  check: (item) => {
    const typed = item.cells.id;
    if (typeof typed !== "string") return null;
    const found = [...typed.matchAll(INVISIBLE)];
    if (found.length === 0) return null;
    const first = found[0];
    // Positions count characters as a person does (a character outside the BMP is one).
    const position = [...typed.slice(0, first.index)].length + 1;
    const shown = typed.replace(INVISIBLE, "").trim();
    return {
      column: "id",
      params: {
        id: shown || "(empty)",
        char: codePoint(first[0]),
        position,
      },
    };
  },
});
