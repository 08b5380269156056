// The "Collect" place (issue 19): the person picks the files departments returned (okr split's
// files, from disk: nothing goes over the network), reads the same report `okr collect` prints
// before anything of the workbook changes, then applies it or cancels. Applying replaces only the
// sheets the report names, merges their check-ins and scores the workbook.
import {
  Button,
  Caption1,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { findingText } from "../../domain/collect/findings";
import { todayIso } from "../../domain/reading/dates";
import { format } from "../../domain/reading/i18n";
import type { Lang, Localized } from "../../domain/types";
import { selectCell } from "../../excel/check";
import {
  applyCollect,
  cancelCollect,
  previewCollect,
  type CollectPreview,
  type PickedFile,
} from "../../excel/collect";
import { errorText } from "../errorText";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { t } from "../strings";
import { useOperation } from "../useOperation";
import { InputError } from "../../cli/readProblems";
import { checkXlsx, linkedFiles, parseXlsx, type LinkedFile } from "../xlsxInPane";
import { LinkedFilesNotice } from "./LinkedFilesNotice";
import { OperationOutcome } from "./bars";
import { FilePicker, useFilePicker } from "./FilePicker";
import { OperationProgress } from "./OperationProgress";
import { usePlaceStyles } from "./placeStyles";

/** The place's words, in the three languages. */
export const COLLECT_STRINGS = {
  intro: {
    en: "Bring back the workbooks departments returned (the files Split sent out). You see what each file changes before anything in this workbook does; then each returned sheet replaces its own sheet only, its check-ins and its key results' actions are merged and the workbook is scored.",
    "zh-CN":
      "收回各部门退回的工作簿（拆分时分发的文件）。在本工作簿发生任何更改之前，您会先看到每个文件将带来的变化；之后每张退回的工作表只替换其对应的工作表，合并其进度记录和其关键结果的行动，并为工作簿计分。",
    "zh-TW":
      "收回各部門退回的活頁簿（拆分時分發的檔案）。在本活頁簿發生任何變更之前，您會先看到每個檔案將帶來的變化；之後每張退回的工作表只取代其對應的工作表，合併其進度記錄和其關鍵結果的行動，並為活頁簿計分。",
  },
  files: {
    en: "Returned files (.xlsx)",
    "zh-CN": "退回的文件（.xlsx）",
    "zh-TW": "退回的檔案（.xlsx）",
  },
  strict: {
    en: "Do not use a file whose Target, Start or Weight was changed",
    "zh-CN": "不使用目标值、起始值或权重被修改过的文件",
    "zh-TW": "不使用目標值、起始值或權重被修改過的檔案",
  },
  check: { en: "Check files", "zh-CN": "检查文件", "zh-TW": "檢查檔案" },
  report: { en: "Report", "zh-CN": "报告", "zh-TW": "報告" },
  clean: {
    en: "Nothing to report: every file can be used as it is.",
    "zh-CN": "没有需要报告的问题：每个文件都可以直接使用。",
    "zh-TW": "沒有需要報告的問題：每個檔案都可以直接使用。",
  },
  willReplace: {
    en: "{count} sheet(s) will be replaced: {sheets}. Other sheets are not touched.",
    "zh-CN": "将替换 {count} 张工作表：{sheets}。其他工作表不受影响。",
    "zh-TW": "將取代 {count} 張工作表：{sheets}。其他工作表不受影響。",
  },
  nothingToUse: {
    en: "None of these files can be used. Nothing will change.",
    "zh-CN": "这些文件都无法使用，不会做任何更改。",
    "zh-TW": "這些檔案都無法使用，不會做任何變更。",
  },
  apply: { en: "Apply", "zh-CN": "应用", "zh-TW": "套用" },
  cancel: { en: "Cancel", "zh-CN": "取消", "zh-TW": "取消" },
  cancelled: {
    en: "Cancelled: the workbook is as it was.",
    "zh-CN": "已取消：工作簿保持原样。",
    "zh-TW": "已取消：活頁簿保持原樣。",
  },
  applied: {
    en: "{count} sheet(s) collected and scored",
    "zh-CN": "已收回并计分 {count} 张工作表",
    "zh-TW": "已收回並計分 {count} 張工作表",
  },
  openSummary: { en: "Open {sheet}", "zh-CN": "打开 {sheet}", "zh-TW": "開啟 {sheet}" },
  notXlsx: {
    en: "not an .xlsx workbook: {error}. Open it in Excel and save it again as .xlsx",
    "zh-CN": "不是 .xlsx 工作簿：{error}。请在 Excel 中打开并另存为 .xlsx",
    "zh-TW": "不是 .xlsx 活頁簿：{error}。請在 Excel 中開啟並另存為 .xlsx",
  },
} satisfies Record<string, Localized>;

const s = (key: keyof typeof COLLECT_STRINGS, lang: Lang) => COLLECT_STRINGS[key][lang];

const useStyles = makeStyles({
  finding: {
    listStyle: "none",
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

export function CollectPanel({
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
  const returned = useFilePicker("collect-files");
  const [strict, setStrict] = useState(false);
  const [preview, setPreview] = useState<CollectPreview | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [linked, setLinked] = useState<LinkedFile[]>([]);

  const checking = useOperation(
    async (progress: Progress, files: PickedFile[], strictly: boolean) => {
      const result = await previewCollect(withProgress(excel, progress), files, {
        strict: strictly,
        parse: parseXlsx,
        check: checkXlsx,
        // The package checks say what is wrong and what to do in the person's language.
        unreadable: (error) =>
          error instanceof InputError
            ? error.textIn(lang)
            : format(s("notXlsx", lang), { error: errorText(error) }),
      });
      setPreview(result);
      setLinked(await linkedFiles(files));
      return result;
    },
    "collectFailed",
    lang
  );
  const applying = useOperation(
    async (progress: Progress, ready: CollectPreview) => {
      const result = await applyCollect(withProgress(excel, progress), ready, { lang, today });
      setPreview(null);
      return result;
    },
    "collectFailed",
    lang
  );
  const cancelling = useOperation(
    async (_progress: Progress, ready: CollectPreview) => {
      await cancelCollect(excel, ready);
      setPreview(null);
      setCancelled(true);
    },
    "collectFailed",
    lang
  );

  // A report left open when the pane closes: its temporary sheets go with it.
  const open = useRef<CollectPreview | null>(null);
  open.current = preview;
  useEffect(
    () => () => {
      if (open.current) void cancelCollect(excel, open.current).catch(() => undefined);
    },
    [excel]
  );

  const busy = checking.running || applying.running || cancelling.running;
  const check = async () => {
    setCancelled(false);
    setLinked([]);
    await checking.run(await returned.picked(), strict);
  };
  const applied = applying.state.kind === "done" ? applying.state.result : null;

  return (
    <section className={place.place} aria-label={t("collectTab", lang)}>
      <Caption1>{s("intro", lang)}</Caption1>
      <FilePicker
        picker={returned}
        label={s("files", lang)}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy || preview !== null}
        testId="collect-files"
      />
      <Checkbox
        checked={strict}
        onChange={(_, data) => setStrict(Boolean(data.checked))}
        label={s("strict", lang)}
        disabled={busy || preview !== null}
      />
      <div>
        <Button
          appearance="primary"
          onClick={() => void check()}
          disabled={busy || returned.count === 0 || preview !== null}
        >
          {s("check", lang)}
        </Button>
      </div>
      <OperationProgress operation={checking} lang={lang} />
      <OperationOutcome operation={checking} lang={lang}>
        {preview && <Report preview={preview} lang={lang} styles={styles} />}
        {preview && <LinkedFilesNotice files={linked} lang={lang} />}
        {preview && (
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabled={busy || preview.used.length === 0}
              onClick={() => void applying.run(preview)}
            >
              {s("apply", lang)}
            </Button>
            <Button disabled={busy} onClick={() => void cancelling.run(preview)}>
              {s("cancel", lang)}
            </Button>
          </div>
        )}
      </OperationOutcome>
      <OperationProgress operation={applying} lang={lang} />
      <OperationOutcome operation={applying} lang={lang}>
        {applied && (
          <MessageBar intent="success" data-testid="collected">
            <MessageBarBody>
              <MessageBarTitle>
                {format(s("applied", lang), { count: applied.replaced.length })}
              </MessageBarTitle>
              {applied.replaced.join(", ")}{" "}
              <Link onClick={() => void selectCell(excel, applied.summarySheet, "A1")}>
                {format(s("openSummary", lang), { sheet: applied.summarySheet })}
              </Link>
            </MessageBarBody>
          </MessageBar>
        )}
      </OperationOutcome>
      <OperationOutcome operation={cancelling} lang={lang}>
        {cancelled && (
          <MessageBar intent="info" data-testid="collect-cancelled">
            <MessageBarBody>{s("cancelled", lang)}</MessageBarBody>
          </MessageBar>
        )}
      </OperationOutcome>
    </section>
  );
}

function Report({
  preview,
  lang,
  styles,
}: {
  preview: CollectPreview;
  lang: Lang;
  styles: ReturnType<typeof useStyles>;
}) {
  const place = usePlaceStyles();
  const sheets = preview.used.map((u) => u.sheet);
  const usedFiles = new Set(preview.used.map((u) => u.file));
  return (
    <>
      <Text weight="semibold">{s("report", lang)}</Text>
      {preview.findings.length === 0 ? (
        <Text>{s("clean", lang)}</Text>
      ) : (
        <ul className={place.stack} data-testid="collect-report">
          {preview.findings.map((f, i) => {
            // A finding about a file that will not be used stands out.
            const error = !usedFiles.has(f.file);
            return (
              <li key={i} className={`${styles.finding} ${error ? styles.error : ""}`}>
                <Text>{findingText(f, lang)}</Text>
              </li>
            );
          })}
        </ul>
      )}
      <MessageBar intent={sheets.length ? "info" : "warning"} data-testid="collect-plan">
        <MessageBarBody>
          {sheets.length
            ? format(s("willReplace", lang), { count: sheets.length, sheets: sheets.join(", ") })
            : s("nothingToUse", lang)}
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
