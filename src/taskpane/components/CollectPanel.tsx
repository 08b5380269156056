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
import type { Lang } from "../../domain/types";
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
import { useOperation } from "../useOperation";
import { InputError } from "../../cli/readProblems";
import { checkXlsx, linkedFiles, parseXlsx, type LinkedFile } from "../xlsxInPane";
import { LinkedFilesNotice } from "./LinkedFilesNotice";
import { OperationOutcome } from "./bars";
import { FilePicker, useFilePicker } from "./FilePicker";
import { OperationProgress } from "./OperationProgress";
import { usePlaceStyles } from "./placeStyles";
import { COLLECT_MESSAGES } from "../messages/collect";
import { SHELL_MESSAGES } from "../messages/shell";
import { say } from "../messages/say";

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
            : say(COLLECT_MESSAGES.notXlsx, lang, { error: errorText(error) }),
      });
      setPreview(result);
      setLinked(await linkedFiles(files));
      return result;
    },
    COLLECT_MESSAGES.collectFailed,
    lang
  );
  const applying = useOperation(
    async (progress: Progress, ready: CollectPreview) => {
      const result = await applyCollect(withProgress(excel, progress), ready, { lang, today });
      setPreview(null);
      return result;
    },
    COLLECT_MESSAGES.collectFailed,
    lang
  );
  const cancelling = useOperation(
    async (_progress: Progress, ready: CollectPreview) => {
      await cancelCollect(excel, ready);
      setPreview(null);
      setCancelled(true);
    },
    COLLECT_MESSAGES.collectFailed,
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
    <section className={place.place} aria-label={say(SHELL_MESSAGES.collectTab, lang)}>
      <Caption1>{say(COLLECT_MESSAGES.intro, lang)}</Caption1>
      <FilePicker
        picker={returned}
        label={say(COLLECT_MESSAGES.files, lang)}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy || preview !== null}
        testId="collect-files"
      />
      <Checkbox
        checked={strict}
        onChange={(_, data) => setStrict(Boolean(data.checked))}
        label={say(COLLECT_MESSAGES.strict, lang)}
        disabled={busy || preview !== null}
      />
      <div>
        <Button
          appearance="primary"
          onClick={() => void check()}
          disabled={busy || returned.count === 0 || preview !== null}
        >
          {say(COLLECT_MESSAGES.check, lang)}
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
              {say(COLLECT_MESSAGES.apply, lang)}
            </Button>
            <Button disabled={busy} onClick={() => void cancelling.run(preview)}>
              {say(COLLECT_MESSAGES.cancel, lang)}
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
                {say(COLLECT_MESSAGES.applied, lang, { count: applied.replaced.length })}
              </MessageBarTitle>
              {applied.replaced.join(", ")}{" "}
              <Link onClick={() => void selectCell(excel, applied.summarySheet, "A1")}>
                {say(COLLECT_MESSAGES.openSummary, lang, { sheet: applied.summarySheet })}
              </Link>
            </MessageBarBody>
          </MessageBar>
        )}
      </OperationOutcome>
      <OperationOutcome operation={cancelling} lang={lang}>
        {cancelled && (
          <MessageBar intent="info" data-testid="collect-cancelled">
            <MessageBarBody>{say(COLLECT_MESSAGES.cancelled, lang)}</MessageBarBody>
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
      <Text weight="semibold">{say(COLLECT_MESSAGES.report, lang)}</Text>
      {preview.findings.length === 0 ? (
        <Text>{say(COLLECT_MESSAGES.clean, lang)}</Text>
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
            ? say(COLLECT_MESSAGES.willReplace, lang, {
                count: sheets.length,
                sheets: sheets.join(", "),
              })
            : say(COLLECT_MESSAGES.nothingToUse, lang)}
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
