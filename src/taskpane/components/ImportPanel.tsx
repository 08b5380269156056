// The "Import" place (issue 33): OKRs from other tools' files — a Viva Goals export, a spreadsheet
// template, one row per objective — picked from disk (.csv or .xlsx; nothing goes over the
// network), read by the same domain code as `okr import`. First the dry run per source row (kept as
// which IDs, dropped and why, what was guessed) and, for a table whose headers say nothing, a
// mapping to choose; then Import writes new OKR sheets beside what the workbook has.
import {
  Button,
  Caption1,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { IMPORT_FIELDS, PRODUCT_FIELDS, type ImportField } from "../../domain/import/fields";
import type { ImportedTable } from "../../domain/import/importTable";
import { normaliseHeader } from "../../domain/reading/header";
import type { SourceColumn } from "../../domain/import/layouts";
import { lineText, reportHead } from "../../domain/import/report";
import { columnHeader } from "../../domain/reading/columns";
import { todayIso } from "../../domain/reading/dates";
import { describeProblem, format } from "../../domain/reading/i18n";
import { parsePeriod, quarterOf } from "../../domain/reading/period";
import type { Lang, Localized } from "../../domain/types";
import { selectCell } from "../../excel/check";
import { readImport, writeImport } from "../../excel/import";
import type { ImportRead, SourceTable } from "../../operations/import";
import { errorText } from "../errorText";
import { readSources, UnreadableSource } from "../importInPane";
import { linkedFiles, type LinkedFile } from "../xlsxInPane";
import { LinkedFilesNotice } from "./LinkedFilesNotice";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { t } from "../strings";
import { useOperation } from "../useOperation";
import { OperationOutcome, SuccessBar } from "./bars";
import { FilePicker, useFilePicker } from "./FilePicker";
import { OperationProgress } from "./OperationProgress";
import { usePlaceStyles } from "./placeStyles";

/** The place's words, in the three languages. */
export const IMPORT_STRINGS = {
  intro: {
    en: "Bring OKRs in from other tools: a Viva Goals export, a spreadsheet OKR template, or one row per objective with numbered key-result columns (.csv or .xlsx). You see what each row becomes before anything is written; Import then adds new sheets and changes none the workbook has.",
    "zh-CN":
      "从其他工具导入 OKR：Viva Goals 导出文件、表格 OKR 模板，或每个目标一行、关键结果按编号分列的表格（.csv 或 .xlsx）。写入之前您会先看到每一行将变成什么；随后“导入”会添加新工作表，不改动工作簿中已有的任何工作表。",
    "zh-TW":
      "從其他工具匯入 OKR：Viva Goals 匯出檔、試算表 OKR 範本，或每個目標一列、關鍵結果依編號分欄的表格（.csv 或 .xlsx）。寫入之前您會先看到每一列將變成什麼；之後「匯入」會新增工作表，不變更活頁簿中已有的任何工作表。",
  },
  files: {
    en: "Files to import (.csv, .xlsx)",
    "zh-CN": "要导入的文件（.csv、.xlsx）",
    "zh-TW": "要匯入的檔案（.csv、.xlsx）",
  },
  read: { en: "Read files", "zh-CN": "读取文件", "zh-TW": "讀取檔案" },
  report: { en: "What each row becomes", "zh-CN": "每行将变成什么", "zh-TW": "每列將變成什麼" },
  mapping: {
    en: "Which column is which: {table}",
    "zh-CN": "列的对应关系：{table}",
    "zh-TW": "欄的對應關係：{table}",
  },
  mappingIntro: {
    en: "The headers do not say how the rows are laid out. Choose what each column holds: at least the statement with a type (Level), or the objective with its key result.",
    "zh-CN":
      "无法从表头判断行的布局。请选择每一列的内容：至少要有描述和类型（层级），或目标和其关键结果。",
    "zh-TW":
      "無法從表頭判斷列的版面。請選擇每一欄的內容：至少要有描述和類型（層級），或目標和其關鍵結果。",
  },
  leaveOut: { en: "(leave out)", "zh-CN": "（不导入）", "zh-TW": "（不匯入）" },
  useMapping: { en: "Read with this mapping", "zh-CN": "按此对应读取", "zh-TW": "依此對應讀取" },
  period: { en: "Period of the new sheets", "zh-CN": "新工作表的周期", "zh-TW": "新工作表的週期" },
  periodHint: {
    en: "From the file when it names one, else this quarter: 2026-Q1, 2026-H1, FY2026",
    "zh-CN": "文件中有周期时取自文件，否则为本季度：2026-Q1、2026-H1、FY2026",
    "zh-TW": "檔案中有週期時取自檔案，否則為本季：2026-Q1、2026-H1、FY2026",
  },
  import: { en: "Import", "zh-CN": "导入", "zh-TW": "匯入" },
  imported: {
    en: "Imported as {count} new sheet(s)",
    "zh-CN": "已导入为 {count} 张新工作表",
    "zh-TW": "已匯入為 {count} 張新工作表",
  },
  importedBody: {
    en: "Check names what the source lacked (a missing commitment, a metric without a start); Score updates the Summary.",
    "zh-CN": "“检查”会指出来源缺少的内容（缺少承诺类型、指标缺少起始值）；“计分”会更新摘要。",
    "zh-TW": "「檢查」會指出來源缺少的內容（缺少承諾類型、指標缺少起始值）；「計分」會更新摘要。",
  },
  nothing: {
    en: "These files hold no table to import.",
    "zh-CN": "这些文件中没有可导入的表格。",
    "zh-TW": "這些檔案中沒有可匯入的表格。",
  },
  unreadableType: {
    en: "{file}: not a .csv or .xlsx file. Save it from its tool as CSV (UTF-8) or as an Excel workbook.",
    "zh-CN": "{file}：不是 .csv 或 .xlsx 文件。请在原工具中另存为 CSV（UTF-8）或 Excel 工作簿。",
    "zh-TW": "{file}：不是 .csv 或 .xlsx 檔案。請在原工具中另存為 CSV（UTF-8）或 Excel 活頁簿。",
  },
  unreadableEncoding: {
    en: "{file}: not UTF-8 text. Open it in Excel and save it as “CSV UTF-8 (Comma delimited)”.",
    "zh-CN": "{file}：不是 UTF-8 文本。请在 Excel 中打开并另存为“CSV UTF-8（逗号分隔）”。",
    "zh-TW": "{file}：不是 UTF-8 文字。請在 Excel 中開啟並另存為「CSV UTF-8（逗號分隔）」。",
  },
  unreadableXlsx: {
    en: "{file}: not an .xlsx workbook ({error}). Open it in Excel and save it again as .xlsx.",
    "zh-CN": "{file}：不是 .xlsx 工作簿（{error}）。请在 Excel 中打开并另存为 .xlsx。",
    "zh-TW": "{file}：不是 .xlsx 活頁簿（{error}）。請在 Excel 中開啟並另存為 .xlsx。",
  },
} satisfies Record<string, Localized>;

/** Names of what a source column may fill beyond the product's own columns. */
const GUIDE_FIELDS: Record<Exclude<ImportField, (typeof PRODUCT_FIELDS)[number]>, Localized> = {
  progress: { en: "Progress (source)", "zh-CN": "进度（来源）", "zh-TW": "進度（來源）" },
  status: { en: "Status (source)", "zh-CN": "状态（来源）", "zh-TW": "狀態（來源）" },
  objective: { en: "Objective", "zh-CN": "目标", "zh-TW": "目標" },
  keyResult: { en: "Key result", "zh-CN": "关键结果", "zh-TW": "關鍵結果" },
  period: { en: "Period", "zh-CN": "周期", "zh-TW": "週期" },
};

const s = (key: keyof typeof IMPORT_STRINGS, lang: Lang) => IMPORT_STRINGS[key][lang];

/** A field as a person reads it: the product column's header, else its name above. */
function fieldName(field: ImportField, lang: Lang): string {
  return field in GUIDE_FIELDS
    ? GUIDE_FIELDS[field as keyof typeof GUIDE_FIELDS][lang]
    : columnHeader(field as (typeof PRODUCT_FIELDS)[number], lang);
}

const useStyles = makeStyles({
  line: {
    listStyle: "none",
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropped: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
  guessed: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorder2}` },
});

function unreadableText(error: UnreadableSource, lang: Lang): string {
  if (error.reason === "type") return format(s("unreadableType", lang), { file: error.file });
  if (error.reason === "encoding")
    return format(s("unreadableEncoding", lang), { file: error.file });
  if (error.reason === "xlsx")
    return format(s("unreadableXlsx", lang), { file: error.file, error: error.detail });
  // A CSV's own problem is located by line, in the reader's language (src/cli/readProblems.ts).
  const said = error.thrown as { textIn?: (l: Lang) => string } | undefined;
  return said?.textIn ? said.textIn(lang) : `${error.file}: ${error.detail}`;
}

/** Chosen mappings by table: normalised source header → field (null: left out). */
type Choices = Record<string, Record<string, ImportField | null>>;

function initialChoice(columns: readonly SourceColumn[]): Record<string, ImportField | null> {
  return Object.fromEntries(
    columns.filter((c) => c.header).map((c) => [normaliseHeader(c.header), c.field])
  );
}

export function ImportPanel({
  lang,
  excel,
  today = todayIso(),
}: {
  lang: Lang;
  excel: ExcelApi;
  today?: string;
}) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const tablesPicked = useFilePicker("import-files");
  const [sources, setSources] = useState<SourceTable[] | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [periodText, setPeriodText] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [linked, setLinked] = useState<LinkedFile[]>([]);

  const withMappings = (tables: readonly SourceTable[], chosen: Choices) =>
    tables.map((table) =>
      chosen[table.name]
        ? { ...table, mapping: new Map(Object.entries(chosen[table.name])) }
        : table
    );

  const reading = useOperation(
    async (progress: Progress, tables: SourceTable[]): Promise<ImportRead> => {
      const read = await readImport(withProgress(excel, progress), tables, { lang });
      // A table still unrecognised starts its mapping from what its headers seemed to say.
      setChoices((all) => {
        const next = { ...all };
        for (const u of read.unrecognised) next[u.name] ??= initialChoice(u.columns);
        return next;
      });
      return read;
    },
    "importFailed",
    lang
  );
  const writing = useOperation(
    async (progress: Progress, tables: SourceTable[], chosenPeriod: string) => {
      const parsed = parsePeriod(chosenPeriod);
      return writeImport(withProgress(excel, progress), tables, {
        lang,
        period: parsed.ok ? parsed.value : null,
        scope: "team",
        asOf: today,
        locale: typeof navigator === "undefined" ? undefined : navigator.language,
      });
    },
    "importFailed",
    lang
  );

  const busy = reading.running || writing.running;
  const read = reading.state.kind === "done" ? reading.state.result : null;
  const defaultPeriod = read?.period?.label ?? quarterOf(today).label;
  const shownPeriod = periodText ?? defaultPeriod;
  const period = parsePeriod(shownPeriod);
  const imported = writing.state.kind === "done" ? writing.state.result : null;

  const readFiles = async () => {
    setUnreadable(null);
    setSources(null);
    setChoices({});
    setPeriodText(null);
    setLinked([]);
    let tables: SourceTable[];
    try {
      const files = await tablesPicked.picked();
      tables = await readSources(files);
      setLinked(await linkedFiles(files));
    } catch (error) {
      setUnreadable(
        error instanceof UnreadableSource
          ? unreadableText(error, lang)
          : format(t("importFailed", lang), { error: errorText(error) })
      );
      return;
    }
    setSources(tables);
    await reading.run(tables);
  };
  const choose = (table: string, header: string, field: ImportField | null) =>
    setChoices((all) => ({ ...all, [table]: { ...all[table], [header]: field } }));

  return (
    <section className={place.place} aria-label={t("importTab", lang)}>
      <Caption1>{s("intro", lang)}</Caption1>
      <FilePicker
        picker={tablesPicked}
        label={s("files", lang)}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        testId="import-files"
      />
      <div>
        <Button
          appearance="primary"
          onClick={() => void readFiles()}
          disabled={busy || !tablesPicked.count}
        >
          {s("read", lang)}
        </Button>
      </div>
      {unreadable && (
        <MessageBar intent="error" data-testid="import-unreadable">
          <MessageBarBody>{unreadable}</MessageBarBody>
        </MessageBar>
      )}
      <OperationProgress operation={reading} lang={lang} />
      <OperationOutcome operation={reading} lang={lang}>
        {read && sources && (
          <>
            <LinkedFilesNotice files={linked} lang={lang} />
            {read.tables.length === 0 && read.unrecognised.length === 0 && (
              <MessageBar intent="warning">
                <MessageBarBody>{s("nothing", lang)}</MessageBarBody>
              </MessageBar>
            )}
            {read.tables.length > 0 && <Subtitle2 as="h2">{s("report", lang)}</Subtitle2>}
            {read.tables.map((table) => (
              <TableReport key={table.name} table={table} lang={lang} styles={styles} />
            ))}
            {read.unrecognised.map((u) => (
              <MappingForm
                key={u.name}
                table={u.name}
                columns={u.columns}
                chosen={choices[u.name] ?? initialChoice(u.columns)}
                lang={lang}
                disabled={busy}
                onChoose={(header, field) => choose(u.name, header, field)}
                onUse={() => void reading.run(withMappings(sources, choices))}
              />
            ))}
            {read.tables.length > 0 && read.unrecognised.length === 0 && (
              <>
                <Field
                  label={s("period", lang)}
                  hint={s("periodHint", lang)}
                  validationState={period.ok ? "none" : "error"}
                  validationMessage={period.ok ? undefined : describeProblem(period.problem, lang)}
                >
                  <Input
                    value={shownPeriod}
                    onChange={(_, d) => setPeriodText(d.value)}
                    data-testid="import-period"
                  />
                </Field>
                <div>
                  <Button
                    appearance="primary"
                    disabled={busy || !period.ok}
                    onClick={() => void writing.run(withMappings(sources, choices), shownPeriod)}
                  >
                    {s("import", lang)}
                  </Button>
                </div>
              </>
            )}
          </>
        )}
      </OperationOutcome>
      <OperationProgress operation={writing} lang={lang} />
      <OperationOutcome operation={writing} lang={lang}>
        {imported && imported.sheets.length > 0 && (
          <SuccessBar
            testId="imported"
            title={format(s("imported", lang), { count: imported.sheets.length })}
          >
            {s("importedBody", lang)}{" "}
            {imported.sheets.map((sheet, i) => (
              <span key={sheet}>
                {i > 0 && ", "}
                <Link onClick={() => void selectCell(excel, sheet, "A1")}>{sheet}</Link>
              </span>
            ))}
          </SuccessBar>
        )}
      </OperationOutcome>
    </section>
  );
}

function TableReport({
  table,
  lang,
  styles,
}: {
  table: ImportedTable;
  lang: Lang;
  styles: ReturnType<typeof useStyles>;
}) {
  const place = usePlaceStyles();
  return (
    <div className={place.stack} data-testid="import-report" data-table={table.name}>
      {reportHead(table, lang).map((line) => (
        <Text key={line} weight={line.startsWith(" ") ? "regular" : "semibold"}>
          {line.trim()}
        </Text>
      ))}
      <ul className={place.stack}>
        {table.report.map((r) => (
          <li
            key={r.line}
            data-line={r.line}
            data-kept={r.dropped ? "no" : "yes"}
            className={`${styles.line} ${
              r.dropped ? styles.dropped : r.guesses.length ? styles.guessed : ""
            }`}
          >
            <Text>{lineText(r, lang).trim()}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

function MappingForm({
  table,
  columns,
  chosen,
  lang,
  disabled,
  onChoose,
  onUse,
}: {
  table: string;
  columns: readonly SourceColumn[];
  chosen: Record<string, ImportField | null>;
  lang: Lang;
  disabled: boolean;
  onChoose: (header: string, field: ImportField | null) => void;
  onUse: () => void;
}) {
  const place = usePlaceStyles();
  const headers = columns.filter((c) => c.header);
  return (
    <div className={place.stack} data-testid="import-mapping" data-table={table}>
      <Subtitle2 as="h2">{format(s("mapping", lang), { table })}</Subtitle2>
      <MessageBar intent="warning">
        <MessageBarBody>{s("mappingIntro", lang)}</MessageBarBody>
      </MessageBar>
      {headers.map((c) => {
        const key = normaliseHeader(c.header);
        return (
          <Field key={c.index} label={c.header}>
            <Select
              value={chosen[key] ?? ""}
              disabled={disabled}
              onChange={(_, d) => onChoose(key, (d.value || null) as ImportField | null)}
            >
              <option value="">{s("leaveOut", lang)}</option>
              {IMPORT_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {fieldName(f, lang)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <div>
        <Button onClick={onUse} disabled={disabled}>
          {s("useMapping", lang)}
        </Button>
      </div>
    </div>
  );
}
