// The "Review" place (for HR, issue 18): build the OKR + 360° review sheet — each person's OKR score
// live from the scored OKR sheets, their ratings from the Ratings sheet, one weighted total — then
// show what needs fixing and the totals per department (never a person's ratings: privacy).
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
import { useState } from "react";
import { renderFinding } from "../../domain/rules/lint";
import type { Lang } from "../../domain/types";
import { selectCell } from "../../excel/check";
import { reviewInExcel } from "../../excel/review";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { OperationOutcome } from "./bars";
import { OperationProgress } from "./OperationProgress";
import { useOperation } from "../useOperation";
import { usePlaceStyles } from "./placeStyles";
import { RatingsSection } from "./RatingsSection";
import { PeriodPicker, usePeriods } from "./PeriodPicker";
import { COMMON_MESSAGES } from "../messages/common";
import { REVIEW_MESSAGES } from "../messages/review";
import { SHELL_MESSAGES } from "../messages/shell";
import { count, say } from "../messages/say";

const useStyles = makeStyles({
  item: {
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

const percent = (x: number | null) => (x === null ? null : `${Math.round(x * 100)}%`);

export function ReviewPanel({ lang, excel }: { lang: Lang; excel: ExcelApi }) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const [hide, setHide] = useState(false);
  const periods = usePeriods(excel);
  const building = useOperation(
    (progress: Progress, hideRatings: boolean) =>
      reviewInExcel(withProgress(excel, progress), {
        lang,
        hideRatings,
        periods: periods.chosen ? [periods.chosen] : [],
      }),
    REVIEW_MESSAGES.reviewFailed,
    lang
  );
  const state = building.state;
  const result = state.kind === "done" ? state.result : null;

  return (
    <section className={place.place} aria-label={say(SHELL_MESSAGES.reviewTab, lang)}>
      <Caption1>{say(REVIEW_MESSAGES.intro, lang)}</Caption1>
      <PeriodPicker {...periods} lang={lang} />
      <Checkbox
        checked={hide}
        onChange={(_, data) => setHide(Boolean(data.checked))}
        label={say(REVIEW_MESSAGES.hide, lang)}
      />
      <div>
        <Button
          appearance="primary"
          onClick={() => void building.run(hide)}
          disabled={building.running}
        >
          {say(REVIEW_MESSAGES.button, lang)}
        </Button>
      </div>
      <OperationProgress operation={building} lang={lang} />
      <OperationOutcome operation={building} lang={lang}>
        {result && !result.built && result.okrSheets.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{say(REVIEW_MESSAGES.noOkr, lang)}</MessageBarBody>
          </MessageBar>
        )}
        {result && !result.built && result.okrSheets.length > 0 && (
          <MessageBar intent="error" data-testid="review-refused">
            <MessageBarBody>
              <MessageBarTitle>{say(COMMON_MESSAGES.failedTitle, lang)}</MessageBarTitle>
              {say(REVIEW_MESSAGES.refused, lang)}
            </MessageBarBody>
          </MessageBar>
        )}
        {result?.built && (
          <MessageBar intent="success" data-testid="reviewed">
            <MessageBarBody>
              <MessageBarTitle>
                {count(REVIEW_MESSAGES.built, result.people.length, lang)}
              </MessageBarTitle>
              {result.periods.length > 0 && (
                <div data-testid="review-periods">
                  {say(REVIEW_MESSAGES.periods, lang, { periods: result.periods.join(", ") })}
                </div>
              )}
              {say(REVIEW_MESSAGES.builtBody, lang)}{" "}
              <Link onClick={() => void selectCell(excel, result.reviewSheet, "A1")}>
                {say(COMMON_MESSAGES.openSheet, lang, { sheet: result.reviewSheet })}
              </Link>
              {result.ratingsCreated && (
                <div>{say(REVIEW_MESSAGES.ratingsAdded, lang, { sheet: result.ratingsSheet })}</div>
              )}
              {result.hidden && (
                <div>{say(REVIEW_MESSAGES.hidden, lang, { sheet: result.ratingsSheet })}</div>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {result && result.findings.length > 0 && (
          <>
            <Text weight="semibold">
              {say(REVIEW_MESSAGES.findings, lang, { count: result.findings.length })}
            </Text>
            <ul className={place.stack} data-testid="review-findings">
              {result.findings.map((f, i) => {
                const { message, hint } = renderFinding(f, lang);
                return (
                  <li key={i} className={styles.item}>
                    <Link onClick={() => void selectCell(excel, f.sheet, f.cell)}>
                      {f.sheet}!{f.cell}
                    </Link>
                    <Text>{message}</Text>
                    <Caption1>{hint}</Caption1>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {result?.built && (
          <>
            <Text weight="semibold">{say(REVIEW_MESSAGES.departments, lang)}</Text>
            <ul className={place.stack} data-testid="review-departments">
              {result.model.departments.map((d) => (
                <li key={d.department} className={styles.item}>
                  <Text weight="semibold">{d.department}</Text>
                  <Caption1>
                    {count(REVIEW_MESSAGES.departmentLine, d.people, lang, {
                      average: percent(d.averageTotal) ?? say(REVIEW_MESSAGES.noTotal, lang),
                    })}
                  </Caption1>
                </li>
              ))}
            </ul>
          </>
        )}
      </OperationOutcome>
      {/* Each build may add or hide the Ratings sheet: the Ratings part reads it again after one. */}
      <RatingsSection lang={lang} excel={excel} after={building.last} />
    </section>
  );
}
