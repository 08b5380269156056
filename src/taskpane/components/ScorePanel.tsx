import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { parseDate, todayIso } from "../../domain/dates";
import { format } from "../../domain/i18n";
import type { Lang, Status } from "../../domain/types";
import { STATUSES, termLabel } from "../../domain/vocabulary";
import { selectCell } from "../../excel/check";
import { scoreWorkbookInExcel, type ScoreResult } from "../../excel/score";
import type { ExcelApi } from "../office";
import { t } from "../strings";
import { usePlaceStyles } from "./placeStyles";
import { FailureBar, SkippedBar } from "./bars";
import { UntabledBar } from "./UntabledBar";

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
  counts: { display: "flex", gap: tokens.spacingHorizontalXS },
});

const BADGE: Record<Status, "success" | "warning" | "danger"> = {
  green: "success",
  yellow: "warning",
  red: "danger",
};

type State =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; result: ScoreResult }
  | { kind: "failed"; message: string };

export interface ScorePanelProps {
  lang: Lang;
  excel: ExcelApi;
  today?: string;
}

const percent = (x: number | null) => (x === null ? null : `${Math.round(x * 100)}%`);

/** The "Score" place: write the formula columns and the Summary, then show each sheet's score. */
export function ScorePanel({ lang, excel, today = todayIso() }: ScorePanelProps) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const [asOf, setAsOf] = useState(today);
  const [state, setState] = useState<State>({ kind: "idle" });
  const date = /^\d{4}-\d{2}-\d{2}$/.test(asOf.trim()) ? parseDate(asOf.trim()) : null;
  const dateOk = Boolean(date?.ok);

  const score = async () => {
    if (!date?.ok) return;
    setState({ kind: "running" });
    try {
      const result = await scoreWorkbookInExcel(excel, {
        asOf: date.value,
        checkedOn: today,
        lang,
      });
      setState({ kind: "done", result });
    } catch (error) {
      setState({
        kind: "failed",
        message: format(t("scoreFailed", lang), {
          error: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  };

  const result = state.kind === "done" ? state.result : null;
  const skipped = result?.skipped ?? null;
  return (
    <section className={place.place} aria-label={t("scoreTab", lang)}>
      <Caption1>{t("scoreIntro", lang)}</Caption1>
      <Field
        label={t("asOfLabel", lang)}
        validationMessage={dateOk ? undefined : t("dateInvalid", lang)}
        validationState={dateOk ? "none" : "error"}
      >
        <Input value={asOf} onChange={(_, data) => setAsOf(data.value)} data-testid="as-of" />
      </Field>
      <div>
        <Button appearance="primary" onClick={score} disabled={!dateOk || state.kind === "running"}>
          {t("scoreButton", lang)}
        </Button>
      </div>
      {state.kind === "running" && <Spinner size="small" label={t("scoring", lang)} />}
      {state.kind === "failed" && <FailureBar lang={lang} message={state.message} />}
      {result && result.okrSheets.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t("noOkrSheetsToScore", lang)}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.okrSheets.length > 0 && (
        <>
          <MessageBar intent="success" data-testid="scored">
            <MessageBarBody>
              <MessageBarTitle>
                {format(t("scoredTitle", lang), { count: result.okrSheets.length })}
              </MessageBarTitle>
              {t("scoredBody", lang)}{" "}
              <Link onClick={() => void selectCell(excel, result.summarySheet, "A1")}>
                {format(t("openSheet", lang), { sheet: result.summarySheet })}
              </Link>
            </MessageBarBody>
          </MessageBar>
          <ul className={place.stack} data-testid="sheet-scores">
            {result.model.sheets.map((s) => (
              <li key={s.name} className={styles.item}>
                <Link onClick={() => void selectCell(excel, s.name, "A1")}>{s.name}</Link>
                <span className={styles.counts}>
                  <Text weight="semibold">{percent(s.score) ?? t("noScore", lang)}</Text>
                  {(["green", "yellow", "red"] as const).map((status) => (
                    <Badge
                      key={status}
                      color={BADGE[status]}
                      title={termLabel(STATUSES, status, lang)}
                    >
                      {s.counts[status]}
                    </Badge>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {skipped && <SkippedBar lang={lang} skipped={skipped} />}
      <UntabledBar lang={lang} sheets={result?.untabled} />
    </section>
  );
}
