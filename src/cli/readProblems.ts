// What is wrong with an input file, in the user's words and in the three languages: each problem
// names the file, the place (sheet and cell, line, or byte offset), what is wrong and what to do,
// without a parser's or the system's jargon. The command line says it in the language `--lang`
// names (else the system's), exit 2 (README "Exit codes").
import { LANGS, type Lang } from "../domain/types";

export type Texts = Record<Lang, string>;

/**
 * Input that cannot be used at all: the message says which file, where, what is wrong and what to
 * do (exit 2). Given the three languages' texts, it says it in the reader's; `message` is English.
 */
export class InputError extends Error {
  readonly texts?: Texts;

  constructor(message: string | Texts) {
    super(typeof message === "string" ? message : message.en);
    if (typeof message !== "string") this.texts = message;
  }

  /** The message in a language (the English one when it has no other). */
  textIn(lang: Lang): string {
    return this.texts?.[lang] ?? this.message;
  }
}

/** The problems, by key; `{name}` marks are filled from the problem's values. */
const PROBLEMS = {
  missing: {
    en: "there is no such file. Check the name and the folder.",
    "zh-CN": "找不到该文件。请检查文件名和所在文件夹。",
    "zh-TW": "找不到該檔案。請檢查檔名和所在資料夾。",
  },
  loop: {
    en: "this path is a link that points back to itself, so there is no file behind it. Give the file itself.",
    "zh-CN": "该路径是指回自身的链接，背后没有文件。请给出文件本身。",
    "zh-TW": "該路徑是指回自身的連結，背後沒有檔案。請給出檔案本身。",
  },
  denied: {
    en: "you may not read this file. Ask its owner for access, or copy it somewhere you can read.",
    "zh-CN": "没有读取该文件的权限。请向文件所有者申请权限，或复制到可读取的位置。",
    "zh-TW": "沒有讀取該檔案的權限。請向檔案擁有者申請權限，或複製到可讀取的位置。",
  },
  unreadable: {
    en: "this file cannot be read ({code}). Check that the disk is there and the file is not being written.",
    "zh-CN": "无法读取该文件（{code}）。请检查磁盘是否可用、文件是否正在写入。",
    "zh-TW": "無法讀取該檔案（{code}）。請檢查磁碟是否可用、檔案是否正在寫入。",
  },
  tooBig: {
    en: "the file is {size}; OKR Sheets reads files up to {limit}. Split the workbook into smaller ones (one per department), or remove what is not OKRs.",
    "zh-CN":
      "文件大小为 {size}；OKR Sheets 最多读取 {limit} 的文件。请把工作簿拆成较小的文件（每个部门一个），或删除与 OKR 无关的内容。",
    "zh-TW":
      "檔案大小為 {size}；OKR Sheets 最多讀取 {limit} 的檔案。請把活頁簿拆成較小的檔案（每個部門一個），或刪除與 OKR 無關的內容。",
  },
  notZip: {
    en: "this is not an .xlsx workbook (an .xlsx is a zip package; this file is not one). Open it in Excel and save it as .xlsx (Excel Workbook).",
    "zh-CN":
      "这不是 .xlsx 工作簿（.xlsx 是 zip 压缩包，该文件不是）。请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）。",
    "zh-TW":
      "這不是 .xlsx 活頁簿（.xlsx 是 zip 壓縮檔，該檔案不是）。請在 Excel 中開啟並另存為 .xlsx（Excel 活頁簿）。",
  },
  word: {
    en: "this is a Word document, not an Excel workbook. Give the .xlsx workbook that holds the OKRs.",
    "zh-CN": "这是 Word 文档，不是 Excel 工作簿。请给出存放 OKR 的 .xlsx 工作簿。",
    "zh-TW": "這是 Word 文件，不是 Excel 活頁簿。請給出存放 OKR 的 .xlsx 活頁簿。",
  },
  powerPoint: {
    en: "this is a PowerPoint presentation, not an Excel workbook. Give the .xlsx workbook that holds the OKRs.",
    "zh-CN": "这是 PowerPoint 演示文稿，不是 Excel 工作簿。请给出存放 OKR 的 .xlsx 工作簿。",
    "zh-TW": "這是 PowerPoint 簡報，不是 Excel 活頁簿。請給出存放 OKR 的 .xlsx 活頁簿。",
  },
  noWorkbook: {
    en: "this zip has no workbook in it (no xl/workbook.xml), so it is not an Excel workbook or it is damaged. Open the original in Excel and save it again as .xlsx.",
    "zh-CN":
      "该 zip 包中没有工作簿（缺少 xl/workbook.xml），不是 Excel 工作簿或已损坏。请在 Excel 中打开原文件并重新另存为 .xlsx。",
    "zh-TW":
      "該 zip 檔中沒有活頁簿（缺少 xl/workbook.xml），不是 Excel 活頁簿或已損毀。請在 Excel 中開啟原檔案並重新另存為 .xlsx。",
  },
  damaged: {
    en: "this .xlsx is damaged: {what}. Open it in Excel (it offers to repair it) and save it again as .xlsx.",
    "zh-CN": "该 .xlsx 已损坏：{what}。请在 Excel 中打开（Excel 会提示修复）并重新另存为 .xlsx。",
    "zh-TW": "該 .xlsx 已損毀：{what}。請在 Excel 中開啟（Excel 會提示修復）並重新另存為 .xlsx。",
  },
  streamTooBig: {
    en: "more than {limit} came from it and it did not end; OKR Sheets reads files up to {limit}. Give the file itself (a .csv or .xlsx saved on disk), not a device or a pipe.",
    "zh-CN":
      "从中读取已超过 {limit} 仍未结束；OKR Sheets 最多读取 {limit} 的文件。请提供保存在磁盘上的 .csv 或 .xlsx 文件本身，而不是设备或管道。",
    "zh-TW":
      "從中讀取已超過 {limit} 仍未結束；OKR Sheets 最多讀取 {limit} 的檔案。請提供儲存在磁碟上的 .csv 或 .xlsx 檔案本身，而不是裝置或管道。",
  },
  partTooBig: {
    en: "{part} unpacks to {size}; OKR Sheets reads parts up to {limit}. Split the workbook into smaller ones (one per department), or remove what is not OKRs.",
    "zh-CN":
      "{part} 解压后为 {size}；OKR Sheets 最多读取 {limit} 的部件。请把工作簿拆成较小的文件（每个部门一个），或删除与 OKR 无关的内容。",
    "zh-TW":
      "{part} 解壓後為 {size}；OKR Sheets 最多讀取 {limit} 的部件。請把活頁簿拆成較小的檔案（每個部門一個），或刪除與 OKR 無關的內容。",
  },
  bomb: {
    en: "{part} unpacks to {ratio} times its packed size (a real workbook stays under {limit} times): it is built to fill the memory, not to hold OKRs. Do not open it; ask whoever sent it for the real workbook.",
    "zh-CN":
      "{part} 解压后是压缩大小的 {ratio} 倍（真实工作簿不超过 {limit} 倍）：它是为占满内存而构造的，不是 OKR。请勿打开，向发送者索取真正的工作簿。",
    "zh-TW":
      "{part} 解壓後是壓縮大小的 {ratio} 倍（真實活頁簿不超過 {limit} 倍）：它是為佔滿記憶體而構造的，不是 OKR。請勿開啟，向傳送者索取真正的活頁簿。",
  },
  beyondRows: {
    en: "sheet “{sheet}” uses {at}, below Excel's last row (1,048,576); Excel cannot have written it. Open the original in Excel and save it again as .xlsx.",
    "zh-CN":
      "工作表“{sheet}”使用了 {at}，超出 Excel 的最后一行（1,048,576）；这不可能由 Excel 写出。请在 Excel 中打开原文件并重新另存为 .xlsx。",
    "zh-TW":
      "工作表「{sheet}」使用了 {at}，超出 Excel 的最後一列（1,048,576）；這不可能由 Excel 寫出。請在 Excel 中開啟原檔案並重新另存為 .xlsx。",
  },
  beyondColumns: {
    en: "sheet “{sheet}” uses {at}, right of Excel's last column (XFD); Excel cannot have written it. Open the original in Excel and save it again as .xlsx.",
    "zh-CN":
      "工作表“{sheet}”使用了 {at}，超出 Excel 的最后一列（XFD）；这不可能由 Excel 写出。请在 Excel 中打开原文件并重新另存为 .xlsx。",
    "zh-TW":
      "工作表「{sheet}」使用了 {at}，超出 Excel 的最後一欄（XFD）；這不可能由 Excel 寫出。請在 Excel 中開啟原檔案並重新另存為 .xlsx。",
  },
  tableTooLow: {
    en: "sheet “{sheet}” row {row}: the OKR table reaches row {row}, and scoring adds its formula columns with {spare} spare rows below the table, which would pass Excel's last row (1,048,576). Delete the stray row, or move the table up.",
    "zh-CN":
      "工作表“{sheet}”第 {row} 行：OKR 表格延伸到第 {row} 行，而评分会在表格下方为公式列预留 {spare} 行，将超出 Excel 的最后一行（1,048,576）。请删除多余的行，或把表格上移。",
    "zh-TW":
      "工作表「{sheet}」第 {row} 列：OKR 表格延伸到第 {row} 列，而評分會在表格下方為公式欄預留 {spare} 列，將超出 Excel 的最後一列（1,048,576）。請刪除多餘的列，或把表格上移。",
  },
  tooManyCells: {
    en: "the workbook has more than {limit} cells; OKR Sheets reads up to {limit}. Split it into smaller workbooks (one per department).",
    "zh-CN":
      "该工作簿超过 {limit} 个单元格；OKR Sheets 最多读取 {limit} 个。请拆成较小的工作簿（每个部门一个）。",
    "zh-TW":
      "該活頁簿超過 {limit} 個儲存格；OKR Sheets 最多讀取 {limit} 個。請拆成較小的活頁簿（每個部門一個）。",
  },
  noSharedString: {
    en: "sheet “{sheet}” cell {cell} points to text number {index}, but the workbook keeps only {count} texts",
    "zh-CN": "工作表“{sheet}”的单元格 {cell} 指向第 {index} 条文本，但工作簿只有 {count} 条文本",
    "zh-TW": "工作表「{sheet}」的儲存格 {cell} 指向第 {index} 條文字，但活頁簿只有 {count} 條文字",
  },
  badSharedString: {
    en: "sheet “{sheet}” cell {cell} should point to one of the workbook's texts by its number, but holds “{value}”",
    "zh-CN": "工作表“{sheet}”的单元格 {cell} 应按编号指向工作簿中的一条文本，但其内容为“{value}”",
    "zh-TW":
      "工作表「{sheet}」的儲存格 {cell} 應依編號指向活頁簿中的一條文字，但其內容為「{value}」",
  },
  xmlBroken: {
    en: "a part of it ends early or is malformed (line {line}, character {column} of that part)",
    "zh-CN": "其中一个部件提前结束或格式错误（该部件第 {line} 行第 {column} 个字符）",
    "zh-TW": "其中一個部件提前結束或格式錯誤（該部件第 {line} 行第 {column} 個字元）",
  },
  partBroken: {
    en: "{part} cannot be unpacked",
    "zh-CN": "{part} 无法解压",
    "zh-TW": "{part} 無法解壓",
  },
  partLies: {
    en: "{part} unpacks to more than the size it declares",
    "zh-CN": "{part} 解压后超过其声明的大小",
    "zh-TW": "{part} 解壓後超過其宣告的大小",
  },
  tocCut: {
    en: "its table of contents is cut",
    "zh-CN": "其目录不完整",
    "zh-TW": "其目錄不完整",
  },
  partMissing: {
    en: "{part} is missing",
    "zh-CN": "缺少 {part}",
    "zh-TW": "缺少 {part}",
  },
  xmlEndsEarly: {
    en: "the XML of {part} ends early (the file was cut off, by an interrupted download or copy, say)",
    "zh-CN": "{part}的 XML 提前结束（文件被截断，例如下载或复制中断）",
    "zh-TW": "{part}的 XML 提前結束（檔案被截斷，例如下載或複製中斷）",
  },
  sheetPart: {
    en: "sheet “{sheet}”",
    "zh-CN": "工作表“{sheet}”",
    "zh-TW": "工作表「{sheet}」",
  },
  partCut: {
    en: "{part} is cut short",
    "zh-CN": "{part} 不完整",
    "zh-TW": "{part} 不完整",
  },
  oddPacking: {
    en: "{part} is packed in a way Excel does not use",
    "zh-CN": "{part} 的压缩方式不是 Excel 使用的方式",
    "zh-TW": "{part} 的壓縮方式不是 Excel 使用的方式",
  },
  unreadableXlsx: {
    en: "its contents cannot be read",
    "zh-CN": "其内容无法读取",
    "zh-TW": "其內容無法讀取",
  },
  duplicateId: {
    en: "line {line}: ID {id} is given again (first on line {first}); which line counts is not clear. Keep one line per ID.",
    "zh-CN":
      "第 {line} 行：编号 {id} 重复出现（首次在第 {first} 行），无法确定以哪一行为准。每个编号只保留一行。",
    "zh-TW":
      "第 {line} 行：編號 {id} 重複出現（首次在第 {first} 行），無法確定以哪一行為準。每個編號只保留一行。",
  },
  duplicateHeader: {
    en: "sheet “{sheet}” row {row}: the header “{header}” is there twice (cells {first} and {second}), so which column is read is not clear. Rename or delete one of them.",
    "zh-CN":
      "工作表“{sheet}”第 {row} 行：表头“{header}”出现两次（单元格 {first} 和 {second}），无法确定读取哪一列。请重命名或删除其中一个。",
    "zh-TW":
      "工作表「{sheet}」第 {row} 列：表頭「{header}」出現兩次（儲存格 {first} 和 {second}），無法確定讀取哪一欄。請重新命名或刪除其中一個。",
  },
  nul: {
    en: "NUL characters (zero bytes) at line {line}: this is not a text file, or it is damaged. Open it in Excel and save it as “CSV UTF-8 (Comma delimited)”.",
    "zh-CN":
      "第 {line} 行有 NUL 字符（零字节）：这不是文本文件，或已损坏。请在 Excel 中打开并另存为“CSV UTF-8（逗号分隔）”。",
    "zh-TW":
      "第 {line} 行有 NUL 字元（零位元組）：這不是文字檔，或已損毀。請在 Excel 中開啟並另存為「CSV UTF-8（逗號分隔）」。",
  },
  utf32: {
    en: "this text is UTF-32, which OKR Sheets does not read. In Excel use File → Save As → “CSV UTF-8 (Comma delimited)”.",
    "zh-CN":
      "该文本为 UTF-32 编码，OKR Sheets 不读取此编码。请在 Excel 中选择 文件 → 另存为 →“CSV UTF-8（逗号分隔）”。",
    "zh-TW":
      "該文字為 UTF-32 編碼，OKR Sheets 不讀取此編碼。請在 Excel 中選擇 檔案 → 另存新檔 →「CSV UTF-8（逗號分隔）」。",
  },
  bomMismatch: {
    en: "the file starts with a {bom} byte-order mark but its text is not {bom} (byte {offset} is not). Save it again as “CSV UTF-8 (Comma delimited)”.",
    "zh-CN":
      "文件以 {bom} 字节顺序标记开头，但内容不是 {bom}（第 {offset} 个字节起不符）。请重新另存为“CSV UTF-8（逗号分隔）”。",
    "zh-TW":
      "檔案以 {bom} 位元組順序標記開頭，但內容不是 {bom}（第 {offset} 個位元組起不符）。請重新另存為「CSV UTF-8（逗號分隔）」。",
  },
  lineTooLong: {
    en: "line {line} is longer than {limit} characters (a quote left open makes the rest of the file one cell). Check the quotes on that line.",
    "zh-CN":
      "第 {line} 行超过 {limit} 个字符（未闭合的引号会让文件其余部分变成一个单元格）。请检查该行的引号。",
    "zh-TW":
      "第 {line} 行超過 {limit} 個字元（未閉合的引號會讓檔案其餘部分變成一個儲存格）。請檢查該行的引號。",
  },
  badQuotes: {
    en: 'the quotes on line {line} do not close (a cell that starts with " must end with "). Fix the quotes on that line.',
    "zh-CN": '第 {line} 行的引号没有闭合（以 " 开头的单元格必须以 " 结尾）。请修正该行的引号。',
    "zh-TW": '第 {line} 行的引號沒有閉合（以 " 開頭的儲存格必須以 " 結尾）。請修正該行的引號。',
  },
  externalLinks: {
    en: "this workbook has formulas that link to {count} other workbook(s) ({parts}). OKR Sheets reads what those formulas showed when the file was last saved, and a workbook it writes keeps those values without the links. To keep the links, score in Excel with the add-in, or add the links again in the written file.",
    "zh-CN":
      "该工作簿中有公式链接到 {count} 个其他工作簿（{parts}）。OKR Sheets 读取的是文件上次保存时这些公式显示的值，它写出的工作簿保留这些值，但不保留链接。如需保留链接，请在 Excel 中用加载项评分，或在写出的文件中重新添加链接。",
    "zh-TW":
      "該活頁簿中有公式連結到 {count} 個其他活頁簿（{parts}）。OKR Sheets 讀取的是檔案上次儲存時這些公式顯示的值，它寫出的活頁簿保留這些值，但不保留連結。如需保留連結，請在 Excel 中用增益集評分，或在寫出的檔案中重新加入連結。",
  },
  externalValues: {
    en: "{count} formula(s) linking other workbooks are written as the values they showed, since the links cannot be kept: {cells}.",
    "zh-CN": "{count} 个链接其他工作簿的公式以其显示的值写出，因为链接无法保留：{cells}。",
    "zh-TW": "{count} 個連結其他活頁簿的公式以其顯示的值寫出，因為連結無法保留：{cells}。",
  },
  directory: {
    en: "is a folder. Give the .xlsx or .csv files in it (e.g. {example}).",
    "zh-CN": "这是一个文件夹。请给出其中的 .xlsx 或 .csv 文件（如 {example}）。",
    "zh-TW": "這是一個資料夾。請給出其中的 .xlsx 或 .csv 檔案（如 {example}）。",
  },
  oldXls: {
    en: "this is an old binary Excel workbook (.xls). Open it in Excel and save it as .xlsx (Excel Workbook), then try again.",
    "zh-CN":
      "这是旧版二进制 Excel 工作簿（.xls）。请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）后重试。",
    "zh-TW":
      "這是舊版二進位 Excel 活頁簿（.xls）。請在 Excel 中開啟並另存為 .xlsx（Excel 活頁簿）後重試。",
  },
  passwordProtected: {
    en: "this workbook is password-protected. Open it in Excel, save an unprotected copy (File → Info → Protect Workbook → Encrypt with Password, clear it), and give that copy.",
    "zh-CN":
      "该工作簿受密码保护。请在 Excel 中打开，另存一份不受保护的副本（文件 → 信息 → 保护工作簿 → 用密码进行加密，清除密码），然后给出该副本。",
    "zh-TW":
      "該活頁簿受密碼保護。請在 Excel 中開啟，另存一份不受保護的副本（檔案 → 資訊 → 保護活頁簿 → 以密碼加密，清除密碼），然後給出該副本。",
  },
  unknownType: {
    en: "unknown file type “{ext}”. Give an .xlsx workbook or a .csv file.",
    "zh-CN": "未知的文件类型“{ext}”。请给出 .xlsx 工作簿或 .csv 文件。",
    "zh-TW": "未知的檔案類型「{ext}」。請給出 .xlsx 活頁簿或 .csv 檔案。",
  },
  noHeaderRow: {
    en: "no OKR header row found (a row naming columns such as ID, Level, Statement, Owner, in English, 简体 or 繁體). Add the header row above the table.",
    "zh-CN":
      "找不到 OKR 表头行（列出 ID、Level、Statement、Owner 等列名的一行，英文、简体或繁体均可）。请在表格上方加上表头行。",
    "zh-TW":
      "找不到 OKR 表頭列（列出 ID、Level、Statement、Owner 等欄名的一列，英文、簡體或繁體均可）。請在表格上方加上表頭列。",
  },
  wrongEncoding: {
    en: "this is not valid {encoding} text. Check --encoding, or leave it out to detect the encoding.",
    "zh-CN": "这不是有效的 {encoding} 文本。请检查 --encoding，或省略它以自动识别编码。",
    "zh-TW": "這不是有效的 {encoding} 文字。請檢查 --encoding，或省略它以自動識別編碼。",
  },
  unknownEncoding: {
    en: "this is not UTF-8, UTF-16, GB18030 or Big5 text. In Excel use File → Save As → “CSV UTF-8 (Comma delimited)”, or name the encoding with --encoding.",
    "zh-CN":
      "这不是 UTF-8、UTF-16、GB18030 或 Big5 文本。请在 Excel 中选择 文件 → 另存为 →“CSV UTF-8（逗号分隔）”，或用 --encoding 指定编码。",
    "zh-TW":
      "這不是 UTF-8、UTF-16、GB18030 或 Big5 文字。請在 Excel 中選擇 檔案 → 另存新檔 →「CSV UTF-8（逗號分隔）」，或用 --encoding 指定編碼。",
  },
  legacyNoHeader: {
    en: "this is not UTF-8 text, and read as GB18030 or Big5 it has no OKR header row. Save it as “CSV UTF-8”, or name its encoding with --encoding ({encodings}).",
    "zh-CN":
      "这不是 UTF-8 文本，按 GB18030 或 Big5 读取也找不到 OKR 表头行。请另存为“CSV UTF-8”，或用 --encoding 指定编码（{encodings}）。",
    "zh-TW":
      "這不是 UTF-8 文字，按 GB18030 或 Big5 讀取也找不到 OKR 表頭列。請另存為「CSV UTF-8」，或用 --encoding 指定編碼（{encodings}）。",
  },
  outputType: {
    en: "the output must be {kinds} file. Give a name ending in .{ext}.",
    "zh-CN": "输出必须是 {kinds} 文件。请给出以 .{ext} 结尾的文件名。",
    "zh-TW": "輸出必須是 {kinds} 檔案。請給出以 .{ext} 結尾的檔名。",
  },
  outputIsInput: {
    en: "this is an input file; OKR Sheets never writes over its input, not even with --force. Give another output name.",
    "zh-CN":
      "这是输入文件；OKR Sheets 从不覆盖输入文件，即使加上 --force 也不会。请换一个输出文件名。",
    "zh-TW":
      "這是輸入檔案；OKR Sheets 從不覆寫輸入檔案，即使加上 --force 也不會。請換一個輸出檔名。",
  },
  outputExists: {
    en: "the file exists. Give another name, or add --force to replace it.",
    "zh-CN": "该文件已存在。请换一个文件名，或加上 --force 替换它。",
    "zh-TW": "該檔案已存在。請換一個檔名，或加上 --force 取代它。",
  },
  numberNoDate: {
    en: "{cells}: a number its date format cannot show (Excel shows ########); the number itself could not be read, so it cannot be written back. In the input workbook, type a date there or give the cell a number format, then run again. Nothing was written.",
    "zh-CN":
      "{cells}：该数字无法以其日期格式显示（Excel 显示为 ########）；数字本身无法读取，因此无法写回。请在输入的工作簿中，在该处输入日期或将单元格设为数字格式，然后重新运行。未写入任何内容。",
    "zh-TW":
      "{cells}：該數字無法以其日期格式顯示（Excel 顯示為 ########）；數字本身無法讀取，因此無法寫回。請在輸入的活頁簿中，在該處輸入日期或將儲存格設為數字格式，然後重新執行。未寫入任何內容。",
  },
  cannotWrite: {
    en: "cannot be written ({code}). Check that the folder exists, that you may write in it, and that the file is not open in Excel.",
    "zh-CN":
      "无法写入（{code}）。请检查文件夹是否存在、是否有写入权限，以及该文件是否正在 Excel 中打开。",
    "zh-TW":
      "無法寫入（{code}）。請檢查資料夾是否存在、是否有寫入權限，以及該檔案是否正在 Excel 中開啟。",
  },
  diskFull: {
    en: "cannot be written: the disk is full. Nothing was written, and a file already there is as it was. Free some space on the disk (or write to another disk with -o), then run the command again.",
    "zh-CN":
      "无法写入：磁盘已满。未写入任何内容，原有文件保持原样。请清理磁盘空间（或用 -o 写到其他磁盘）后重新运行该命令。",
    "zh-TW":
      "無法寫入：磁碟已滿。未寫入任何內容，原有檔案維持原樣。請清出磁碟空間（或用 -o 寫到其他磁碟）後重新執行該命令。",
  },
  cannotFinishWrite: {
    en: "OKR Sheets could not write this workbook to the end, so it wrote no file; your input is as it was. Run the command again; if it fails again, send the input workbook to whoever looks after OKR Sheets.",
    "zh-CN":
      "OKR Sheets 未能完整写出该工作簿，因此没有写入任何文件；输入文件保持原样。请重新运行该命令；如仍失败，请把输入的工作簿发给负责 OKR Sheets 的同事。",
    "zh-TW":
      "OKR Sheets 未能完整寫出該活頁簿，因此沒有寫入任何檔案；輸入檔案維持原樣。請重新執行該命令；如仍失敗，請把輸入的活頁簿寄給負責 OKR Sheets 的同事。",
  },
  needsXlsx: {
    en: "{what} needs an .xlsx workbook. Turn a CSV into one with okr score first.",
    "zh-CN": "{what} 需要 .xlsx 工作簿。请先用 okr score 把 CSV 转成工作簿。",
    "zh-TW": "{what} 需要 .xlsx 活頁簿。請先用 okr score 把 CSV 轉成活頁簿。",
  },
  scoreNeedsOut: {
    en: "okr score needs -o OUT.xlsx, the workbook to write (or --format json to print the scores without writing a file).",
    "zh-CN":
      "okr score 需要 -o OUT.xlsx 指定要写出的工作簿（或用 --format json 只输出分数、不写文件）。",
    "zh-TW":
      "okr score 需要 -o OUT.xlsx 指定要寫出的活頁簿（或用 --format json 只輸出分數、不寫檔案）。",
  },
  noIndividualSheet: {
    en: "no Individual sheet (Scope: Individual) to split by owner. Use --by sheet, or set the sheets' Scope.",
    "zh-CN":
      "没有可按负责人拆分的个人工作表（Scope: Individual）。请改用 --by sheet，或设置工作表的 Scope。",
    "zh-TW":
      "沒有可按負責人拆分的個人工作表（Scope: Individual）。請改用 --by sheet，或設定工作表的 Scope。",
  },
  noSheetToSplit: {
    en: "no OKR sheet to split. Add a header row naming ID, Level, Statement, Owner.",
    "zh-CN": "没有可拆分的 OKR 工作表。请加上列出 ID、Level、Statement、Owner 的表头行。",
    "zh-TW": "沒有可拆分的 OKR 工作表。請加上列出 ID、Level、Statement、Owner 的表頭列。",
  },
  outIsFile: {
    en: "this is a file, not a folder. Give -o a folder to write the workbooks into (it is made if it does not exist).",
    "zh-CN": "这是文件，不是文件夹。请给 -o 指定一个存放工作簿的文件夹（不存在时会自动创建）。",
    "zh-TW": "這是檔案，不是資料夾。請給 -o 指定一個存放活頁簿的資料夾（不存在時會自動建立）。",
  },
  folderNoXlsx: {
    en: "this folder has no .xlsx file. Give the folder the returned workbooks were saved in.",
    "zh-CN": "该文件夹中没有 .xlsx 文件。请给出保存交回工作簿的文件夹。",
    "zh-TW": "該資料夾中沒有 .xlsx 檔案。請給出儲存交回活頁簿的資料夾。",
  },
  patternNoFile: {
    en: "matches no file. Check the pattern (e.g. “returned/*.xlsx”, quoted so the shell does not expand it).",
    "zh-CN": "没有匹配的文件。请检查匹配模式（如“returned/*.xlsx”，加引号以免被命令行展开）。",
    "zh-TW": "沒有符合的檔案。請檢查比對模式（如「returned/*.xlsx」，加引號以免被命令列展開）。",
  },
  masterNoSheet: {
    en: "the master has no OKR sheet (a header row naming ID, Level, Statement, Owner). Give the workbook the files were split from.",
    "zh-CN":
      "主工作簿中没有 OKR 工作表（列出 ID、Level、Statement、Owner 的表头行）。请给出拆分这些文件时所用的工作簿。",
    "zh-TW":
      "主活頁簿中沒有 OKR 工作表（列出 ID、Level、Statement、Owner 的表頭列）。請給出拆分這些檔案時所用的活頁簿。",
  },
  fixNeedsXlsx: {
    en: "--fix writes a fixed copy of an .xlsx workbook. Turn a CSV into one with okr score first.",
    "zh-CN": "--fix 会写出 .xlsx 工作簿的修正副本。请先用 okr score 把 CSV 转成工作簿。",
    "zh-TW": "--fix 會寫出 .xlsx 活頁簿的修正副本。請先用 okr score 把 CSV 轉成活頁簿。",
  },
  fixAndOut: {
    en: "--fix and -o go together: okr check --fix INPUT.xlsx -o FIXED.xlsx (the input is never changed).",
    "zh-CN":
      "--fix 与 -o 需一起使用：okr check --fix INPUT.xlsx -o FIXED.xlsx（输入文件不会被修改）。",
    "zh-TW":
      "--fix 與 -o 需一起使用：okr check --fix INPUT.xlsx -o FIXED.xlsx（輸入檔案不會被修改）。",
  },
  fixOneInput: {
    en: "--fix takes one input workbook at a time.",
    "zh-CN": "--fix 一次只处理一个输入工作簿。",
    "zh-TW": "--fix 一次只處理一個輸入活頁簿。",
  },
  checkinNeeds: {
    en: "okr checkin needs --date D --values VALUES.csv -o OUT.xlsx (or --owner NAME alone to list that person's key results).",
    "zh-CN":
      "okr checkin 需要 --date D --values VALUES.csv -o OUT.xlsx（或只用 --owner NAME 列出此人的关键结果）。",
    "zh-TW":
      "okr checkin 需要 --date D --values VALUES.csv -o OUT.xlsx（或只用 --owner NAME 列出此人的關鍵結果）。",
  },
  importNeedsOut: {
    en: "okr import needs -o OUT.xlsx, the workbook to write (or --dry-run to see what would be imported).",
    "zh-CN": "okr import 需要 -o OUT.xlsx 指定要写出的工作簿（或用 --dry-run 查看将导入的内容）。",
    "zh-TW": "okr import 需要 -o OUT.xlsx 指定要寫出的活頁簿（或用 --dry-run 查看將匯入的內容）。",
  },
  unknownTemplate: {
    en: "unknown template “{given}”. Known templates: {known}, or all.",
    "zh-CN": "未知的模板“{given}”。可用的模板：{known}，或 all。",
    "zh-TW": "未知的範本「{given}」。可用的範本：{known}，或 all。",
  },
  noRatingsHeader: {
    en: "no header row with Person, Rater, Role, Score (in English, 简体 or 繁體) in the first 10 lines. Add it above the ratings.",
    "zh-CN":
      "前 10 行中没有列出 Person、Rater、Role、Score 的表头行（英文、简体或繁体均可）。请在评分上方加上表头行。",
    "zh-TW":
      "前 10 行中沒有列出 Person、Rater、Role、Score 的表頭列（英文、簡體或繁體均可）。請在評分上方加上表頭列。",
  },
  notJson: {
    en: 'this mapping is not valid JSON. Check its quotes, commas and braces: it is one object, {"source column": "product column", …}.',
    "zh-CN":
      '该映射不是有效的 JSON。请检查引号、逗号和大括号：它是一个对象，{"源列": "产品列", …}。',
    "zh-TW":
      '該對應不是有效的 JSON。請檢查引號、逗號和大括號：它是一個物件，{"來源欄": "產品欄", …}。',
  },
  jsonNotObject: {
    en: 'a JSON mapping is one object, {"source column": "product column", …}.',
    "zh-CN": 'JSON 映射是一个对象，{"源列": "产品列", …}。',
    "zh-TW": 'JSON 對應是一個物件，{"來源欄": "產品欄", …}。',
  },
  unknownProductColumns: {
    en: "unknown product column(s) {columns}. Use one of: {known}, or “-” to leave a column out.",
    "zh-CN": "未知的产品列 {columns}。请使用以下之一：{known}，或用“-”跳过该列。",
    "zh-TW": "未知的產品欄 {columns}。請使用以下之一：{known}，或用「-」略過該欄。",
  },
  unknownOwner: {
    en: "no key result or objective is owned by “{owner}”. Owners in this period: {known}.",
    "zh-CN": "没有任何关键结果或目标的负责人是“{owner}”。本周期的负责人：{known}。",
    "zh-TW": "沒有任何關鍵結果或目標的負責人是「{owner}」。本週期的負責人：{known}。",
  },
} as const satisfies Record<string, Texts>;

export type ProblemKey = keyof typeof PROBLEMS;
export type ProblemValues = Record<string, string | number | Texts>;

/** A problem's text in one language, its marks filled; numbers grouped as the reader writes them. */
export function problemText(key: ProblemKey, values: ProblemValues, lang: Lang): string {
  return PROBLEMS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (typeof value === "object") return value[lang];
    return typeof value === "number" ? value.toLocaleString("en-US") : value;
  });
}

/** A problem in all three languages (a part of another problem's text: `damaged`'s `what`). */
export function problem(key: ProblemKey, values: ProblemValues = {}): Texts {
  const texts = {} as Texts;
  for (const lang of LANGS) texts[lang] = problemText(key, values, lang);
  return texts;
}

/**
 * A located problem in all three languages: `file: what is wrong. What to do.` Without a file name
 * (bytes the pane was given), the caller names the file where it shows the problem.
 */
export function located(file: string, key: ProblemKey, values: ProblemValues = {}): Texts {
  const texts = problem(key, values);
  if (file) for (const lang of LANGS) texts[lang] = `${file}: ${texts[lang]}`;
  return texts;
}

/** A size in bytes as people read it: 3.2 GB, 512 MB, 40 KB. */
export function sizeText(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return u === 0 ? `${n} bytes` : `${n >= 10 ? Math.round(n) : n.toFixed(1)} ${units[u]}`;
}

/**
 * Where warnings about an input or an output go while a command runs (the command line prints
 * them on stderr, in its language): what is read or written all the same, but not as it was.
 */
let warnSink: ((texts: Texts) => void) | null = null;

/** Sends warnings to `sink` until the returned function is called. */
export function warnInto(sink: (texts: Texts) => void): () => void {
  const before = warnSink;
  warnSink = sink;
  return () => {
    warnSink = before;
  };
}

/** A warning: said where a command runs, nowhere otherwise. */
export function warn(texts: Texts): void {
  warnSink?.(texts);
}
