import {
  Badge,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { todayIso } from "../../domain/reading/dates";
import { joinList } from "../../domain/reading/i18n";
import { renderFinding } from "../../domain/rules/lint";
import { COMMITTED_ASSUMED } from "../../domain/scoring/grading";
import type { Lang, Status } from "../../domain/types";
import { selectCell } from "../../excel/check";
import { scoreWorkbookInExcel } from "../../excel/score";
import { checkDateInput } from "../dateInput";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { useOperation } from "../useOperation";
import { usePlaceStyles } from "./placeStyles";
import { OperationOutcome, SuccessBar } from "./bars";
import { OperationProgress } from "./OperationProgress";
import { UntabledBar } from "./UntabledBar";
import { AsOfRun } from "./AsOfRun";
import { LeftOut, PeriodPicker, usePeriods } from "./PeriodPicker";
import { COMMON_MESSAGES } from "../messages/common";
import { SCORE_MESSAGES } from "../messages/score";
import { SHELL_MESSAGES } from "../messages/shell";
import { COUNTS } from "../messages/counts";
import { count, say } from "../messages/say";

const useStyles = makeStyles({
  item: {
    listStyle: "none",
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

const BADGE: Record<Status, "success" | "warning" | "danger"> = {
  green: "success",
  yellow: "warning",
  red: "danger",
};

export interface ScorePanelProps {
  lang: Lang;
  excel: ExcelApi;
  today?: string;
}

/** The count words of a status once the period has ended (grades, as the sheet shows). */
const GRADE_COUNT = { green: "achieved", yellow: "acceptable", red: "missed" } as const;

const percent = (x: number | null) => (x === null ? null : `${Math.round(x * 100)}%`);

/** The "Score" place: write the formula columns and the Summary, then show each sheet's score. */
export function ScorePanel({ lang, excel, today = todayIso() }: ScorePanelProps) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const [asOf, setAsOf] = useState(today);
  const date = checkDateInput(asOf, lang);
  const periods = usePeriods(excel);
  // Sheet protection (format.protection, worksheet.protection) is ExcelApi 1.2, below the
  // manifest's floor (1.14): every Excel that loads the pane has it.
  const [lock, setLock] = useState(false);
  const scoring = useOperation(
    (progress: Progress, asOfDate: string) =>
      scoreWorkbookInExcel(withProgress(excel, progress), {
        asOf: asOfDate,
        checkedOn: today,
        lang,
        period: periods.chosen,
        lockFormulas: lock,
      }),
    COMMON_MESSAGES.scoreFailed,
    lang
  );
  const state = scoring.state;

  const result = state.kind === "done" ? state.result : null;
  // Sheets scored at or past their period's end: their statuses are grades.
  const ended = new Set(result?.model.rows.filter((r) => r.expected === 1).map((r) => r.sheet));
  return (
    <section className={place.place} aria-label={say(SHELL_MESSAGES.scoreTab, lang)}>
      <Caption1>{say(SCORE_MESSAGES.scoreIntro, lang)}</Caption1>
      <PeriodPicker {...periods} lang={lang} />
      <Switch
        checked={lock}
        disabled={scoring.running}
        onChange={(_, data) => setLock(data.checked)}
        label={say(SCORE_MESSAGES.lockFormulas, lang)}
        aria-describedby="lock-formulas-why"
        data-testid="lock-formulas"
      />
      <Caption1 id="lock-formulas-why">{say(SCORE_MESSAGES.lockFormulasHint, lang)}</Caption1>
      <AsOfRun
        lang={lang}
        asOf={asOf}
        setAsOf={setAsOf}
        date={date}
        run={(on) => void scoring.run(on)}
        running={scoring.running}
        button={say(SCORE_MESSAGES.scoreButton, lang)}
        testId="as-of"
      />
      <OperationProgress operation={scoring} lang={lang} />
      <OperationOutcome operation={scoring} lang={lang}>
        {result && result.okrSheets.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{say(SCORE_MESSAGES.noOkrSheetsToScore, lang)}</MessageBarBody>
          </MessageBar>
        )}
        {result && result.okrSheets.length > 0 && (
          <>
            <SuccessBar
              testId="scored"
              title={say(SCORE_MESSAGES.scoredTitle, lang, {
                count: count(COUNTS.sheets, result.okrSheets.length, lang),
              })}
            >
              {say(SCORE_MESSAGES.scoredBody, lang)}{" "}
              <Link onClick={() => void selectCell(excel, result.summarySheet, "A1")}>
                {say(COMMON_MESSAGES.openSheet, lang, { sheet: result.summarySheet })}
              </Link>
            </SuccessBar>
            <LeftOut scope={result.scope} lang={lang} />
            <ul className={place.stack} data-testid="sheet-scores">
              {result.model.sheets.map((s) => (
                <li key={s.name} className={styles.item}>
                  <Link onClick={() => void selectCell(excel, s.name, "A1")}>{s.name}</Link>
                  <span className={styles.counts}>
                    <Text weight="semibold">
                      {percent(s.score) ?? say(SCORE_MESSAGES.noScore, lang)}
                    </Text>
                    {(["green", "yellow", "red"] as const).map((status) => (
                      <Badge
                        key={status}
                        appearance="tint"
                        color={BADGE[status]}
                        data-status={status}
                      >
                        {count(
                          COUNTS[ended.has(s.name) ? GRADE_COUNT[status] : status],
                          s.counts[status],
                          lang
                        )}
                      </Badge>
                    ))}
                    {s.notStarted > 0 && (
                      // Counted apart, in a neutral colour: its first check-in is not due yet.
                      <Badge appearance="tint" color="subtle" data-status="notStarted">
                        {count(COUNTS.notStarted, s.notStarted, lang)}
                      </Badge>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {result && result.notScored.length > 0 && (
          <MessageBar intent="warning" data-testid="not-scored">
            <MessageBarBody>
              <MessageBarTitle>
                {say(SCORE_MESSAGES.notScoredTitle, lang, {
                  keyResults: count(COUNTS.keyResults, result.notScored.length, lang),
                })}
              </MessageBarTitle>
              {say(SCORE_MESSAGES.notScoredBody, lang)}
              <ul className={place.stack}>
                {result.notScored.map((n) => (
                  <li key={`${n.sheet}!${n.cell}`}>
                    <Link onClick={() => void selectCell(excel, n.sheet, n.cell)}>
                      {`${n.sheet}!${n.cell}`}
                    </Link>{" "}
                    {n.id} ({n.problem})
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {result && result.assumed.length > 0 && (
          <MessageBar intent="info" data-testid="commitment-assumed">
            <MessageBarBody>
              <MessageBarTitle>
                {say(SCORE_MESSAGES.assumedTitle, lang, {
                  objectives: count(COUNTS.objectives, result.assumed.length, lang),
                  assumed: say(COMMITTED_ASSUMED, lang),
                })}
              </MessageBarTitle>
              {say(SCORE_MESSAGES.assumedBody, lang)}
              <ul className={place.stack}>
                {result.assumed.map((a) => (
                  <li key={`${a.sheet}!${a.cell}`}>
                    <Link onClick={() => void selectCell(excel, a.sheet, a.cell)}>
                      {`${a.sheet}!${a.cell}`}
                    </Link>{" "}
                    {a.id}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {result && result.refused.length > 0 && (
          <MessageBar intent="warning" data-testid="refused">
            <MessageBarBody>
              <MessageBarTitle>
                {say(SCORE_MESSAGES.refusedTitle, lang, {
                  sheets: joinList(
                    result.refused.map((r) => r.sheet),
                    lang
                  ),
                })}
              </MessageBarTitle>
              <ul className={place.stack}>
                {result.refused.map((r) => (
                  <li key={r.sheet}>
                    {r.reason === "empty"
                      ? say(SCORE_MESSAGES.refusedEmpty, lang, { sheet: r.sheet, row: r.headerRow })
                      : r.findings
                          .map((f) => `${r.sheet}!${f.cell}: ${renderFinding(f, lang).message}`)
                          .join(" ")}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        <UntabledBar lang={lang} sheets={result?.untabled} />
      </OperationOutcome>
    </section>
  );
}
