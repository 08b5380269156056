// The "Split" place (issue 33): the first half of the round trip Collect finishes, in Excel. One
// .xlsx per OKR sheet (or per owner's Individual sheet), planned as `okr split` plans them and built
// in the pane with ExcelJS; Office.js cannot write files to disk, so each is offered as a download
// to send. The round is recorded in this workbook (very hidden), so Collect marks what comes back
// and Chase names what has not.
import {
  Button,
  Caption1,
  Label,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  useId,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { todayIso } from "../../domain/reading/dates";
import { format } from "../../domain/reading/i18n";
import type { Lang, Localized } from "../../domain/types";
import { planSplitInExcel, recordSentInExcel } from "../../excel/split";
import type { SplitBy, SplitProblem } from "../../operations/split";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { t } from "../strings";
import { useOperation } from "../useOperation";
import { buildFilesInPane, type MadeFile } from "../splitInPane";
import { OperationOutcome } from "./bars";
import { OperationProgress } from "./OperationProgress";
import { usePlaceStyles } from "./placeStyles";

/** The place's words, in the three languages. */
export const SPLIT_STRINGS = {
  intro: {
    en: "Make one workbook per department to send out: each holds its own OKR sheet, the parent objectives it aligns to, its check-ins and its actions. Send the files; bring them back with Collect. This workbook keeps a record of what was sent.",
    "zh-CN":
      "为每个部门生成一个要分发的工作簿：其中包含该部门的 OKR 工作表、其对齐的上级目标、进度记录和行动。发送这些文件后，用“收回汇总”收回。本工作簿会记录发送了哪些文件。",
    "zh-TW":
      "為每個部門產生一個要分發的活頁簿：其中包含該部門的 OKR 工作表、其對齊的上級目標、進度記錄和行動。傳送這些檔案後，用「收回彙總」收回。本活頁簿會記錄傳送了哪些檔案。",
  },
  by: { en: "One file per", "zh-CN": "每个文件对应", "zh-TW": "每個檔案對應" },
  bySheet: { en: "OKR sheet", "zh-CN": "OKR 工作表", "zh-TW": "OKR 工作表" },
  byOwner: {
    en: "Person (Individual sheets)",
    "zh-CN": "个人（个人级工作表）",
    "zh-TW": "個人（個人層級工作表）",
  },
  make: { en: "Make the files", "zh-CN": "生成文件", "zh-TW": "產生檔案" },
  made: {
    en: "{count} file(s) made, recorded as sent on {date}",
    "zh-CN": "已生成 {count} 个文件，已记录为于 {date} 发出",
    "zh-TW": "已產生 {count} 個檔案，已記錄為於 {date} 傳送",
  },
  download: {
    en: "Download each file and send it to its department; Collect brings them back.",
    "zh-CN": "下载每个文件并发送给对应部门；用“收回汇总”收回。",
    "zh-TW": "下載每個檔案並傳送給對應部門；用「收回彙總」收回。",
  },
  file: {
    en: "sheet {sheet}: {krs} key results, {parents} parent objective(s), {history} check-in row(s), {actions} action(s)",
    "zh-CN":
      "工作表 {sheet}：{krs} 个关键结果，{parents} 个上级目标，{history} 行进度记录，{actions} 项行动",
    "zh-TW":
      "工作表 {sheet}：{krs} 個關鍵結果，{parents} 個上級目標，{history} 列進度記錄，{actions} 項行動",
  },
  "no-okr-sheet": {
    en: "This workbook has no OKR sheet to split. Make one with New sheet, or add a header row naming ID, Level, Statement, Owner.",
    "zh-CN":
      "本工作簿没有可拆分的 OKR 工作表。请用“新建工作表”创建，或添加含 ID、层级、陈述、负责人的标题行。",
    "zh-TW":
      "本活頁簿沒有可拆分的 OKR 工作表。請用「新增工作表」建立，或新增含 ID、層級、陳述、負責人的標題列。",
  },
  "no-individual-sheet": {
    en: "No Individual sheet (Scope: Individual) to split by person. Choose one file per OKR sheet, or set the sheets' Scope.",
    "zh-CN":
      "没有可按个人拆分的个人级工作表（范围：个人）。请选择每个 OKR 工作表一个文件，或设置工作表的范围。",
    "zh-TW":
      "沒有可按個人拆分的個人層級工作表（範圍：個人）。請選擇每個 OKR 工作表一個檔案，或設定工作表的範圍。",
  },
} satisfies Record<string, Localized>;

type Made =
  { problem: SplitProblem; files: [] } | { problem: null; files: MadeFile[]; sentOn: string };

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function SplitPanel({
  lang,
  excel,
  today = todayIso(),
}: {
  lang: Lang;
  excel: ExcelApi;
  today?: string;
}) {
  const place = usePlaceStyles();
  const byId = useId("split-by");
  const [by, setBy] = useState<SplitBy>("sheet");
  const making = useOperation(
    async (progress: Progress, splitBy: SplitBy): Promise<Made> => {
      const api = withProgress(excel, progress);
      const { plan, cells } = await planSplitInExcel(api, { by: splitBy, today });
      if (plan.problem) return plan;
      const files = await buildFilesInPane(plan, cells, lang);
      // Recorded once the files exist: a round that failed to build was never sent.
      await recordSentInExcel(api, plan.round);
      return { problem: null, files, sentOn: plan.round.sentOn };
    },
    "splitFailed",
    lang
  );
  const made = making.state.kind === "done" ? making.state.result : null;
  return (
    <section className={place.place} aria-label={t("splitTab", lang)}>
      <Caption1>{SPLIT_STRINGS.intro[lang]}</Caption1>
      <Label id={byId}>{SPLIT_STRINGS.by[lang]}</Label>
      <RadioGroup
        aria-labelledby={byId}
        value={by}
        onChange={(_, data) => setBy(data.value as SplitBy)}
        disabled={making.running}
      >
        <Radio value="sheet" label={SPLIT_STRINGS.bySheet[lang]} />
        <Radio value="owner" label={SPLIT_STRINGS.byOwner[lang]} />
      </RadioGroup>
      <div>
        <Button appearance="primary" disabled={making.running} onClick={() => void making.run(by)}>
          {SPLIT_STRINGS.make[lang]}
        </Button>
      </div>
      <OperationProgress operation={making} lang={lang} />
      <OperationOutcome operation={making} lang={lang}>
        {made?.problem && (
          <MessageBar intent="warning" data-testid="split-problem">
            <MessageBarBody>{SPLIT_STRINGS[made.problem.kind][lang]}</MessageBarBody>
          </MessageBar>
        )}
        {made && !made.problem && <Downloads files={made.files} sentOn={made.sentOn} lang={lang} />}
      </OperationOutcome>
    </section>
  );
}

function Downloads({ files, sentOn, lang }: { files: MadeFile[]; sentOn: string; lang: Lang }) {
  const place = usePlaceStyles();
  // One object URL per file, let go when the list goes.
  const urls = useMemo(
    () =>
      files.map((f) =>
        URL.createObjectURL(new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: XLSX }))
      ),
    [files]
  );
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return (
    <>
      <MessageBar intent="success" data-testid="split-made">
        <MessageBarBody>
          <MessageBarTitle>
            {format(SPLIT_STRINGS.made[lang], { count: files.length, date: sentOn })}
          </MessageBarTitle>
          {SPLIT_STRINGS.download[lang]}
        </MessageBarBody>
      </MessageBar>
      <ul className={place.stack} data-testid="split-files">
        {files.map((f, i) => (
          <li key={f.file}>
            <Link href={urls[i]} download={f.file} data-testid="split-file">
              {f.file}
            </Link>{" "}
            <Text>
              {format(SPLIT_STRINGS.file[lang], {
                sheet: f.sheet,
                krs: f.krs,
                parents: f.parents,
                history: f.history,
                actions: f.actions,
              })}
            </Text>
          </li>
        ))}
      </ul>
    </>
  );
}
