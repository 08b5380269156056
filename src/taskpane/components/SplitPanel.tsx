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
import type { Lang } from "../../domain/types";
import { planSplitInExcel, recordSentInExcel } from "../../excel/split";
import type { SplitBy, SplitProblem } from "../../operations/split";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { useOperation } from "../useOperation";
import { buildFilesInPane, type MadeFile } from "../splitInPane";
import { OperationOutcome } from "./bars";
import { OperationProgress } from "./OperationProgress";
import { usePlaceStyles } from "./placeStyles";
import { SPLIT_MESSAGES } from "../messages/split";
import { SHELL_MESSAGES } from "../messages/shell";
import { say } from "../messages/say";

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
    SPLIT_MESSAGES.splitFailed,
    lang
  );
  const made = making.state.kind === "done" ? making.state.result : null;
  return (
    <section className={place.place} aria-label={say(SHELL_MESSAGES.splitTab, lang)}>
      <Caption1>{say(SPLIT_MESSAGES.intro, lang)}</Caption1>
      <Label id={byId}>{say(SPLIT_MESSAGES.by, lang)}</Label>
      <RadioGroup
        aria-labelledby={byId}
        value={by}
        onChange={(_, data) => setBy(data.value as SplitBy)}
        disabled={making.running}
      >
        <Radio value="sheet" label={say(SPLIT_MESSAGES.bySheet, lang)} />
        <Radio value="owner" label={say(SPLIT_MESSAGES.byOwner, lang)} />
      </RadioGroup>
      <div>
        <Button appearance="primary" disabled={making.running} onClick={() => void making.run(by)}>
          {say(SPLIT_MESSAGES.make, lang)}
        </Button>
      </div>
      <OperationProgress operation={making} lang={lang} />
      <OperationOutcome operation={making} lang={lang}>
        {made?.problem && (
          <MessageBar intent="warning" data-testid="split-problem">
            <MessageBarBody>{say(SPLIT_MESSAGES[made.problem.kind], lang)}</MessageBarBody>
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
            {say(SPLIT_MESSAGES.made, lang, { count: files.length, date: sentOn })}
          </MessageBarTitle>
          {say(SPLIT_MESSAGES.download, lang)}
        </MessageBarBody>
      </MessageBar>
      <ul className={place.stack} data-testid="split-files">
        {files.map((f, i) => (
          <li key={f.file}>
            <Link href={urls[i]} download={f.file} data-testid="split-file">
              {f.file}
            </Link>{" "}
            <Text>
              {say(SPLIT_MESSAGES.file, lang, {
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
