import {
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
import { useEffect, useState } from "react";
import type { CheckinEntry, CheckinProblem } from "../../domain/checkins/plan";
import { parseDate, todayIso } from "../../domain/dates";
import { format } from "../../domain/i18n";
import { PERCENT_FORMAT } from "../../domain/plan/layout";
import { asDisplayed, valuesAreShares } from "../../domain/sheet";
import type { CellValue, KeyResult, Lang } from "../../domain/types";
import { readCheckinForm, saveCheckin, type CheckinForm } from "../../excel/checkin";
import { selectCell } from "../../excel/check";
import type { ExcelApi } from "../office";
import { t } from "../strings";
import { usePlaceStyles } from "./placeStyles";
import { FailureBar } from "./bars";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    listStyle: "none",
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  inputs: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    // Fluent inputs have a minimum width; in a narrow pane the two columns must be able to shrink.
    "& .fui-Input": { minWidth: 0 },
  },
});

/** A cell's value as a person would type it: 0.18 in a % key result is "18%". */
function shown(value: CellValue, percent: boolean): string {
  const text = percent ? asDisplayed(value, PERCENT_FORMAT) : value;
  return text === null || text === undefined ? "" : String(text);
}

function problemText(p: CheckinProblem, lang: Lang): string {
  if (p.kind === "unknown-id") return format(t("checkinUnknownId", lang), { id: p.id });
  return format(t(p.kind === "bad-value" ? "checkinBadValue" : "checkinBadConfidence", lang), {
    id: p.id,
    value: p.value,
  });
}

type Draft = Record<string, { value: string; confidence: string; comment: string }>;

function draftOf(krs: readonly KeyResult[]): Draft {
  return Object.fromEntries(
    krs.map((kr) => [
      kr.id,
      {
        value: shown(kr.cells.current, valuesAreShares(kr)),
        confidence: shown(kr.confidence, true),
        comment: "",
      },
    ])
  );
}

type State =
  | { kind: "reading" }
  | { kind: "ready"; form: CheckinForm }
  | { kind: "saving"; form: CheckinForm }
  | { kind: "saved"; form: CheckinForm; recorded: number; history: string; date: string }
  | { kind: "invalid"; form: CheckinForm; problems: CheckinProblem[] }
  | { kind: "failed"; form: CheckinForm | null; message: string };

export interface CheckinPanelProps {
  lang: Lang;
  excel: ExcelApi;
  today?: string;
}

/** The "Check-in" place: this week's values for every key result of the active sheet. */
export function CheckinPanel({ lang, excel, today = todayIso() }: CheckinPanelProps) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const [state, setState] = useState<State>({ kind: "reading" });
  const [date, setDate] = useState(today);
  const [draft, setDraft] = useState<Draft>({});
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) && parseDate(date.trim()).ok;
  const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

  const read = async () => {
    setState({ kind: "reading" });
    try {
      const form = await readCheckinForm(excel);
      setDraft(draftOf(form.keyResults));
      setState({ kind: "ready", form });
    } catch (error) {
      setState({
        kind: "failed",
        form: null,
        message: format(t("checkinFailed", lang), { error: errorText(error) }),
      });
    }
  };
  // Read once when the place opens; "Read the active sheet" reads again.
  useEffect(() => {
    void read();
  }, []);

  const form = state.kind === "reading" ? null : state.form;
  const save = async () => {
    if (!form || !dateOk) return;
    const entries: CheckinEntry[] = form.keyResults.map((kr) => ({
      id: kr.id,
      value: draft[kr.id]?.value ?? "",
      confidence: draft[kr.id]?.confidence ?? "",
      comment: draft[kr.id]?.comment ?? "",
    }));
    setState({ kind: "saving", form });
    try {
      const result = await saveCheckin(excel, {
        sheet: form.sheet,
        date: date.trim(),
        entries,
        lang,
      });
      if (result.problems.length) setState({ kind: "invalid", form, problems: result.problems });
      else
        setState({
          kind: "saved",
          form,
          recorded: result.recorded,
          history: result.historySheet,
          date: date.trim(),
        });
    } catch (error) {
      setState({
        kind: "failed",
        form,
        message: format(t("checkinFailed", lang), { error: errorText(error) }),
      });
    }
  };
  const edit = (id: string, key: "value" | "confidence" | "comment", value: string) =>
    setDraft((d) => ({ ...d, [id]: { ...d[id], [key]: value } }));

  return (
    <section className={place.place} aria-label={t("checkinTab", lang)}>
      <Caption1>{t("checkinIntro", lang)}</Caption1>
      <div>
        <Button
          onClick={() => void read()}
          disabled={state.kind === "reading" || state.kind === "saving"}
        >
          {t("reloadSheet", lang)}
        </Button>
      </div>
      {state.kind === "reading" && <Spinner size="small" />}
      {form && !form.okrSheet && (
        <MessageBar intent="info" data-testid="checkin-not-okr">
          <MessageBarBody>{format(t("checkinNotOkr", lang), { sheet: form.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {form && form.okrSheet && form.keyResults.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{format(t("checkinNoKrs", lang), { sheet: form.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {form && form.keyResults.length > 0 && (
        <>
          <Text weight="semibold">{form.sheet}</Text>
          <Field
            label={t("checkinDate", lang)}
            validationMessage={dateOk ? undefined : t("dateInvalid", lang)}
            validationState={dateOk ? "none" : "error"}
          >
            <Input value={date} onChange={(_, d) => setDate(d.value)} data-testid="checkin-date" />
          </Field>
          <ul className={styles.list} data-testid="checkin-list">
            {form.keyResults.map((kr) => (
              <li key={kr.id} className={styles.item} data-kr={kr.id}>
                <Text weight="semibold">{kr.id}</Text>
                <Caption1>{kr.statement}</Caption1>
                <div className={styles.inputs}>
                  <Field label={`${t("currentValue", lang)}${kr.unit ? ` (${kr.unit})` : ""}`}>
                    <Input
                      value={draft[kr.id]?.value ?? ""}
                      onChange={(_, d) => edit(kr.id, "value", d.value)}
                      data-field="value"
                    />
                  </Field>
                  <Field label={t("confidenceLabel", lang)}>
                    <Input
                      value={draft[kr.id]?.confidence ?? ""}
                      onChange={(_, d) => edit(kr.id, "confidence", d.value)}
                      data-field="confidence"
                    />
                  </Field>
                </div>
                <Field label={t("commentLabel", lang)}>
                  <Input
                    value={draft[kr.id]?.comment ?? ""}
                    onChange={(_, d) => edit(kr.id, "comment", d.value)}
                    data-field="comment"
                  />
                </Field>
              </li>
            ))}
          </ul>
          <div>
            <Button
              appearance="primary"
              onClick={() => void save()}
              disabled={!dateOk || state.kind === "saving"}
            >
              {t("saveCheckin", lang)}
            </Button>
          </div>
        </>
      )}
      {state.kind === "saving" && <Spinner size="small" label={t("savingCheckin", lang)} />}
      {state.kind === "invalid" && (
        <MessageBar intent="error" data-testid="checkin-problems">
          <MessageBarBody>
            {state.problems.map((p) => (
              <div key={`${p.kind}${p.id}`}>{problemText(p, lang)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && <FailureBar lang={lang} message={state.message} />}
      {state.kind === "saved" && (
        <MessageBar intent="success" data-testid="checkin-saved">
          <MessageBarBody>
            <MessageBarTitle>{t("checkinSavedTitle", lang)}</MessageBarTitle>
            {format(t("checkinSavedBody", lang), { count: state.recorded, date: state.date })}{" "}
            <Link onClick={() => void selectCell(excel, state.history, "A1")}>
              {format(t("openSheet", lang), { sheet: state.history })}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
