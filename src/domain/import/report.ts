// The dry-run report, in the reader's language: per source line, the IDs it became, or why it was
// dropped, and every guess made; and, for a table whose layout is not recognised, what to write in
// a mapping file.
import { columnHeader } from "../reading/columns";
import { format, joinList } from "../reading/i18n";
import { KR_TYPE_WORDS } from "../reading/vocabulary";
import type { Lang, Localized } from "../types";
import { IMPORT_FIELDS, type ImportField } from "./fields";
import type { ImportedTable, Guess, DropReason, RowReport } from "./importTable";
import type { LayoutKind, SourceColumn } from "./layouts";

const LAYOUT: Record<LayoutKind, Localized> = {
  typed: {
    en: "one row per item with a type column (e.g. a Viva Goals export)",
    "zh-CN": "每行一项、带类型列（如 Viva Goals 导出）",
    "zh-TW": "每列一項、帶類型欄（如 Viva Goals 匯出）",
  },
  grouped: {
    en: "objective and key result on each row (spreadsheet template)",
    "zh-CN": "每行一个目标和关键结果（表格模板）",
    "zh-TW": "每列一個目標與關鍵結果（試算表範本）",
  },
  wide: {
    en: "one row per objective with numbered key-result columns",
    "zh-CN": "每个目标一行、关键结果按编号分列",
    "zh-TW": "每個目標一列、關鍵結果依編號分欄",
  },
};

const T = {
  head: {
    en: "{table}: {layout}; {kept} row(s) kept, {dropped} dropped, {guessed} with guesses.",
    "zh-CN": "{table}：{layout}；保留 {kept} 行，舍弃 {dropped} 行，{guessed} 行含推断。",
    "zh-TW": "{table}：{layout}；保留 {kept} 列，捨棄 {dropped} 列，{guessed} 列含推斷。",
  },
  leftOut: {
    en: "  Columns not imported: {columns}.",
    "zh-CN": "  未导入的列：{columns}。",
    "zh-TW": "  未匯入的欄：{columns}。",
  },
  period: {
    en: "  Period from the source: {period}.",
    "zh-CN": "  来源中的周期：{period}。",
    "zh-TW": "  來源中的週期：{period}。",
  },
  kept: {
    en: "  line {line}: kept as {ids}",
    "zh-CN": "  第 {line} 行：保留为 {ids}",
    "zh-TW": "  第 {line} 列：保留為 {ids}",
  },
  dropped: {
    en: "  line {line}: dropped — {why}",
    "zh-CN": "  第 {line} 行：舍弃——{why}",
    "zh-TW": "  第 {line} 列：捨棄——{why}",
  },
  guessed: { en: "; guessed: {what}", "zh-CN": "；推断：{what}", "zh-TW": "；推斷：{what}" },
} satisfies Record<string, Localized>;

const DROP: Record<DropReason, Localized> = {
  noTitle: {
    en: "no title: nothing to import",
    "zh-CN": "没有标题，无可导入内容",
    "zh-TW": "沒有標題，無可匯入內容",
  },
  notOkr: {
    en: "“{what}” is not an objective or key result (list projects and initiatives on the Actions sheet)",
    "zh-CN": "“{what}”不是目标或关键结果（项目和举措请列在行动计划表）",
    "zh-TW": "「{what}」不是目標或關鍵結果（專案與舉措請列在行動計畫表）",
  },
  noObjective: {
    en: "a key result without an objective to belong to{what}",
    "zh-CN": "关键结果没有所属目标{what}",
    "zh-TW": "關鍵結果沒有所屬目標{what}",
  },
};

const GUESS: Record<Guess["code"], Localized> = {
  unit: {
    en: "unit {unit} from the values",
    "zh-CN": "按数值推断单位 {unit}",
    "zh-TW": "依數值推斷單位 {unit}",
  },
  krType: {
    en: "KR type {type} ({because})",
    "zh-CN": "关键结果类型 {type}（{because}）",
    "zh-TW": "關鍵結果類型 {type}（{because}）",
  },
  underObjectiveAbove: {
    en: "no Parent: put under the objective above",
    "zh-CN": "无上级：归入上方目标",
    "zh-TW": "無上級：歸入上方目標",
  },
  parentNotFound: {
    en: "Parent “{parent}” is not in the file: left empty",
    "zh-CN": "上级“{parent}”不在文件中，已留空",
    "zh-TW": "上級「{parent}」不在檔案中，已留空",
  },
  currentFromProgress: {
    en: "Current {progress} from the source's Progress",
    "zh-CN": "当前值 {progress} 取自来源的进度",
    "zh-TW": "目前值 {progress} 取自來源的進度",
  },
  progressLeftOut: {
    en: "the source's Progress {progress} not copied (the sheet computes it)",
    "zh-CN": "未复制来源的进度 {progress}（由表格计算）",
    "zh-TW": "未複製來源的進度 {progress}（由表格計算）",
  },
  statusInNotes: {
    en: "the source's status “{status}” kept in Notes",
    "zh-CN": "来源状态“{status}”保留在备注",
    "zh-TW": "來源狀態「{status}」保留在備註",
  },
  notANumber: {
    en: "{column} “{value}” is not a number (Check will name it)",
    "zh-CN": "{column}“{value}”不是数字（检查会指出）",
    "zh-TW": "{column}「{value}」不是數字（檢查會指出）",
  },
};

const BECAUSE: Record<Extract<Guess, { code: "krType" }>["because"], Localized> = {
  statement: {
    en: "the statement says to hold a level",
    "zh-CN": "描述要求保持水平",
    "zh-TW": "描述要求維持水準",
  },
  yesNo: { en: "yes/no values", "zh-CN": "是/否数值", "zh-TW": "是/否數值" },
  progressOnly: { en: "only a progress was given", "zh-CN": "只给了进度", "zh-TW": "只給了進度" },
  values: { en: "start and target values", "zh-CN": "起始值和目标值", "zh-TW": "起始值與目標值" },
};

function guessText(g: Guess, lang: Lang): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(g)) if (k !== "code") params[k] = String(v);
  if (g.code === "krType") {
    params.type = KR_TYPE_WORDS[g.type].label[lang];
    params.because = BECAUSE[g.because][lang];
  }
  if (g.code === "notANumber") params.column = columnHeader(g.column, lang);
  return format(GUESS[g.code][lang], params);
}

/** What one source line became, said in a language (a line of the report). */
export function lineText(r: RowReport, lang: Lang): string {
  if (r.dropped) {
    const what =
      r.dropped.reason === "noObjective" && r.dropped.what
        ? ` (“${r.dropped.what}”)`
        : (r.dropped.what ?? "");
    return format(T.dropped[lang], {
      line: r.line,
      why: format(DROP[r.dropped.reason][lang], { what }),
    });
  }
  const kept = format(T.kept[lang], { line: r.line, ids: joinList(r.ids, lang) });
  // The same guess on several key results of one wide row is said once.
  const said = [...new Set(r.guesses.map((g) => guessText(g, lang)))];
  return said.length ? kept + format(T.guessed[lang], { what: joinList(said, lang) }) : kept;
}

/** The report's head: the table, its layout and counts; columns left out; the source's period. */
export function reportHead(t: ImportedTable, lang: Lang): string[] {
  const kept = t.report.filter((r) => !r.dropped).length;
  const lines = [
    format(T.head[lang], {
      table: t.name,
      layout: LAYOUT[t.layout.kind][lang],
      kept,
      dropped: t.report.length - kept,
      guessed: t.report.filter((r) => !r.dropped && r.guesses.length).length,
    }),
  ];
  if (t.leftOut.length) lines.push(format(T.leftOut[lang], { columns: joinList(t.leftOut, lang) }));
  if (t.period) lines.push(format(T.period[lang], { period: t.period }));
  return lines;
}

/** The report of one imported table, a line per source row. */
export function importReport(t: ImportedTable, lang: Lang): string {
  const lines = [...reportHead(t, lang), ...t.report.map((r) => lineText(r, lang))];
  return `${lines.join("\n")}\n`;
}

const UNRECOGNISED: Localized = {
  en: "{table}: cannot tell how the rows are laid out from the headers ({headers}). Write a mapping file, one line per source column, “source column,product column”, and give it with --map; the product columns are: {fields}. A starting point:",
  "zh-CN":
    "{table}：无法从表头（{headers}）判断行的布局。请编写映射文件，每个来源列一行，格式为“来源列,产品列”，并用 --map 指定；产品列为：{fields}。可从以下内容开始：",
  "zh-TW":
    "{table}：無法從表頭（{headers}）判斷列的版面。請撰寫對應檔，每個來源欄一行，格式為「來源欄,產品欄」，並以 --map 指定；產品欄為：{fields}。可從以下內容開始：",
};

/** What to do when a table's layout is not recognised, with a mapping to start from. */
export function unrecognisedText(
  table: string,
  columns: readonly SourceColumn[],
  lang: Lang
): string {
  const headers = columns.filter((c) => c.header).map((c) => c.header);
  const skeleton = [
    "source,column",
    ...columns.filter((c) => c.header).map((c) => `${csvField(c.header)},${c.field ?? "-"}`),
  ];
  return `${format(UNRECOGNISED[lang], {
    table,
    headers: joinList(headers, lang),
    fields: IMPORT_FIELDS.join(", "),
  })}\n${skeleton.join("\n")}\n`;
}

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export type { ImportField };
