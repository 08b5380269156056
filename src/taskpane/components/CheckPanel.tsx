import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { format } from "../../domain/i18n";
import { countBySeverity, renderFinding } from "../../domain/lint";
import type { Finding, Lang, Severity } from "../../domain/types";
import { checkWorkbook, selectCell, type CheckResult, type CheckScope } from "../../excel/check";
import { canMark, markFindings } from "../../excel/marks";
import type { ExcelApi } from "../office";
import { t } from "../strings";
import { usePlaceStyles } from "./placeStyles";
import { FailureBar } from "./bars";
import { ThresholdsEditor } from "./ThresholdsEditor";
import { FixButtons } from "./FixButtons";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  item: {
    listStyle: "none",
    padding: tokens.spacingVerticalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};
const LABEL: Record<Severity, "errors" | "warnings" | "notes"> = {
  error: "errors",
  warning: "warnings",
  info: "notes",
};

type State =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; result: CheckResult; marked: number | null; markError: string | null }
  | { kind: "failed"; message: string };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Findings grouped by sheet and row, in sheet order. */
function byRow(
  findings: readonly Finding[]
): { key: string; sheet: string; row: number; okrId?: string; items: Finding[] }[] {
  const groups = new Map<
    string,
    { key: string; sheet: string; row: number; okrId?: string; items: Finding[] }
  >();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.row}`;
    const group = groups.get(key) ?? { key, sheet: f.sheet, row: f.row, okrId: f.okrId, items: [] };
    group.items.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface CheckPanelProps {
  lang: Lang;
  excel: ExcelApi;
}

/** The "Check" place: lint this sheet or every OKR sheet, list the findings, jump to their cells. */
export function CheckPanel({ lang, excel }: CheckPanelProps) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const [state, setState] = useState<State>({ kind: "idle" });
  const [selectError, setSelectError] = useState<string | null>(null);
  const [mark, setMark] = useState(false);
  const markable = canMark(excel);
  const lastScope = useRef<CheckScope>("active");

  const run = async (scope: CheckScope) => {
    lastScope.current = scope;
    setState({ kind: "running" });
    setSelectError(null);
    let result: CheckResult;
    try {
      result = await checkWorkbook(excel, scope);
    } catch (error) {
      setState({
        kind: "failed",
        message: format(t("checkFailed", lang), { error: errorText(error) }),
      });
      return;
    }
    if (!mark || !markable || result.findings.length === 0) {
      setState({ kind: "done", result, marked: null, markError: null });
      return;
    }
    try {
      setState({
        kind: "done",
        result,
        marked: await markFindings(excel, result.findings),
        markError: null,
      });
    } catch (error) {
      setState({
        kind: "done",
        result,
        marked: null,
        markError: format(t("markFailed", lang), { error: errorText(error) }),
      });
    }
  };

  const goTo = async (f: Finding) => {
    setSelectError(null);
    try {
      await selectCell(excel, f.sheet, f.cell);
    } catch (error) {
      setSelectError(format(t("selectFailed", lang), { cell: f.cell, error: errorText(error) }));
    }
  };

  const result = state.kind === "done" ? state.result : null;
  const counts = result ? countBySeverity(result.findings) : null;

  return (
    <section className={place.place} aria-label={t("checkTab", lang)}>
      <Text>{t("checkIntro", lang)}</Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => run("active")}
          disabled={state.kind === "running"}
        >
          {t("checkActive", lang)}
        </Button>
        <Button onClick={() => run("all")} disabled={state.kind === "running"}>
          {t("checkAll", lang)}
        </Button>
      </div>
      <Switch
        checked={mark}
        disabled={!markable}
        onChange={(_, data) => setMark(data.checked)}
        label={markable ? t("markCells", lang) : t("markUnsupported", lang)}
      />
      {state.kind === "running" && <Spinner size="small" label={t("checking", lang)} />}
      {state.kind === "done" && state.marked !== null && (
        <MessageBar intent="info" data-testid="marked">
          <MessageBarBody>{format(t("marked", lang), { count: state.marked })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && state.markError && (
        <MessageBar intent="warning" data-testid="mark-error">
          <MessageBarBody>{state.markError}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <FailureBar lang={lang} message={state.message} testId="check-error" />
      )}
      {selectError && (
        <MessageBar intent="error">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      {result?.notOkrSheet && (
        <MessageBar intent="warning" data-testid="not-okr-sheet">
          <MessageBarBody>
            <MessageBarTitle>{t("noOkrSheetTitle", lang)}</MessageBarTitle>
            {format(t("noOkrSheetBody", lang), { sheet: result.notOkrSheet })}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && !result.notOkrSheet && result.checked.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t("noOkrSheetsAtAll", lang)}</MessageBarBody>
        </MessageBar>
      )}
      {result && counts && result.checked.length > 0 && (
        <>
          <Caption1 data-testid="check-summary">
            {format(t("checkedSummary", lang), {
              sheets: result.checked.join(lang === "en" ? ", " : "、"),
              objectives: result.objectives,
              keyResults: result.keyResults,
            })}
          </Caption1>
          <div className={styles.counts} data-testid="check-counts">
            {(["error", "warning", "info"] as const).map((s) => (
              <Badge
                key={s}
                appearance="tint"
                color={BADGE[s]}
                data-severity={s}
                data-count={counts[s]}
              >
                {`${t(LABEL[s], lang)} ${counts[s]}`}
              </Badge>
            ))}
          </div>
          {result.findings.length === 0 && (
            <MessageBar intent="success" data-testid="all-clear">
              <MessageBarBody>
                <MessageBarTitle>{t("allClearTitle", lang)}</MessageBarTitle>
                {t("allClearBody", lang)}
              </MessageBarBody>
            </MessageBar>
          )}
          {byRow(result.findings).map((group) => (
            <div key={group.key}>
              <div className={styles.groupTitle}>
                {`${group.sheet} · ${format(t("rowLabel", lang), { row: group.row })}${group.okrId ? ` · ${group.okrId}` : ""}`}
              </div>
              <ul className={place.stack}>
                {group.items.map((f, i) => {
                  const text = renderFinding(f, lang);
                  return (
                    <li
                      key={i}
                      className={`${styles.item} ${styles[f.severity]}`}
                      data-testid="finding"
                      data-rule={f.ruleId}
                      data-cell={f.cell}
                    >
                      <div className={styles.head}>
                        <Text weight="semibold">{text.name}</Text>
                        <Link
                          as="button"
                          onClick={() => goTo(f)}
                          aria-label={format(t("goToCell", lang), { cell: `${f.sheet}!${f.cell}` })}
                        >
                          {f.cell}
                        </Link>
                      </div>
                      <Text>{text.message}</Text>
                      <Caption1>{text.hint}</Caption1>
                      <FixButtons
                        lang={lang}
                        excel={excel}
                        finding={f}
                        findings={result.findings}
                        onFixed={() => run(lastScope.current)}
                      />
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </>
      )}
      <Accordion collapsible>
        <AccordionItem value="thresholds">
          <AccordionHeader size="small">{t("thresholds", lang)}</AccordionHeader>
          <AccordionPanel>
            <ThresholdsEditor lang={lang} excel={excel} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
