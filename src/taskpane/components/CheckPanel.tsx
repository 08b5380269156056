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
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { joinList } from "../../domain/reading/i18n";
import { renderFinding } from "../../domain/rules/lint";
import { countBySeverity } from "../../domain/rules/severityCounts";
import type { Finding, Lang, Severity } from "../../domain/types";
import { checkWorkbook, selectCell, type CheckResult, type CheckScope } from "../../excel/check";
import { markFindings } from "../../excel/marks";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { errorText } from "../errorText";
import { useActiveSheetName } from "../useActiveSheet";
import { useOperation } from "../useOperation";
import { usePlaceStyles } from "./placeStyles";
import { OperationOutcome } from "./bars";
import { OperationProgress } from "./OperationProgress";
import { ThresholdsEditor } from "./ThresholdsEditor";
import { FixButtons } from "./FixButtons";
import { LeftOut, PeriodPicker, usePeriods } from "./PeriodPicker";
import { CHECK_MESSAGES } from "../messages/check";
import { SHELL_MESSAGES } from "../messages/shell";
import { COUNTS } from "../messages/counts";
import { count, say } from "../messages/say";

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
interface Checked {
  result: CheckResult;
  scope: CheckScope;
  /** Cells coloured, when marking was asked for and done. */
  marked: number | null;
  markError: string | null;
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
  const [selectError, setSelectError] = useState<string | null>(null);
  const [mark, setMark] = useState(false);
  const activeSheet = useActiveSheetName(excel);
  const periods = usePeriods(excel);

  const checking = useOperation(
    async (progress: Progress, scope: CheckScope): Promise<Checked> => {
      setSelectError(null);
      const result = await checkWorkbook(withProgress(excel, progress), scope, {}, periods.chosen);
      if (!mark || result.findings.length === 0)
        return { result, scope, marked: null, markError: null };
      try {
        const marked = await markFindings(excel, result.findings);
        return { result, scope, marked, markError: null };
      } catch (error) {
        // The findings stand even when colouring them fails.
        const markError = say(CHECK_MESSAGES.markFailed, lang, { error: errorText(error) });
        return { result, scope, marked: null, markError };
      }
    },
    CHECK_MESSAGES.checkFailed,
    lang
  );
  const state = checking.state;

  const goTo = async (f: Finding) => {
    setSelectError(null);
    try {
      await selectCell(excel, f.sheet, f.cell);
    } catch (error) {
      setSelectError(
        say(CHECK_MESSAGES.selectFailed, lang, { cell: f.cell, error: errorText(error) })
      );
    }
  };

  const checked = state.kind === "done" ? state.result : null;
  const result = checked?.result ?? null;
  const counts = result ? countBySeverity(result.findings) : null;

  return (
    <section className={place.place} aria-label={say(SHELL_MESSAGES.checkTab, lang)}>
      <Text>{say(CHECK_MESSAGES.checkIntro, lang)}</Text>
      <PeriodPicker {...periods} lang={lang} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => void checking.run("active")}
          disabled={checking.running}
        >
          {say(CHECK_MESSAGES.checkActive, lang)}
        </Button>
        <Button onClick={() => void checking.run("all")} disabled={checking.running}>
          {say(CHECK_MESSAGES.checkAll, lang)}
        </Button>
      </div>
      {activeSheet && (
        <Caption1 data-testid="active-sheet">
          {say(CHECK_MESSAGES.activeSheetIs, lang, { sheet: activeSheet })}
        </Caption1>
      )}
      <Switch
        checked={mark}
        onChange={(_, data) => setMark(data.checked)}
        label={say(CHECK_MESSAGES.markCells, lang)}
      />
      <OperationProgress operation={checking} lang={lang} />
      <OperationOutcome operation={checking} lang={lang} failureTestId="check-error">
        {checked && checked.marked !== null && (
          <MessageBar intent="info" data-testid="marked">
            <MessageBarBody>
              {say(CHECK_MESSAGES.marked, lang, {
                count: count(COUNTS.cells, checked.marked, lang),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {checked?.markError && (
          <MessageBar intent="warning" data-testid="mark-error">
            <MessageBarBody>{checked.markError}</MessageBarBody>
          </MessageBar>
        )}
        {selectError && (
          <MessageBar intent="error">
            <MessageBarBody>{selectError}</MessageBarBody>
          </MessageBar>
        )}
        {result &&
          checked?.scope === "active" &&
          activeSheet &&
          (result.notOkrSheet ?? result.checked[0]) !== activeSheet && (
            <MessageBar intent="info" data-testid="other-sheet">
              <MessageBarBody>
                {say(CHECK_MESSAGES.findingsForOtherSheet, lang, {
                  sheet: result.notOkrSheet ?? result.checked[0],
                  active: activeSheet,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
        {result?.notOkrSheet && (
          <MessageBar intent="warning" data-testid="not-okr-sheet">
            <MessageBarBody>
              <MessageBarTitle>{say(CHECK_MESSAGES.noOkrSheetTitle, lang)}</MessageBarTitle>
              {say(CHECK_MESSAGES.noOkrSheetBody, lang, { sheet: result.notOkrSheet })}
            </MessageBarBody>
          </MessageBar>
        )}
        {checked?.scope === "all" && <LeftOut scope={result?.scope} lang={lang} />}
        {result && !result.notOkrSheet && result.checked.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{say(CHECK_MESSAGES.noOkrSheetsAtAll, lang)}</MessageBarBody>
          </MessageBar>
        )}
        {result && counts && result.checked.length > 0 && (
          <>
            <Caption1 data-testid="check-summary">
              {say(CHECK_MESSAGES.checkedSummary, lang, {
                sheets: joinList(result.checked, lang),
                objectives: count(COUNTS.objectives, result.objectives, lang),
                keyResults: count(COUNTS.keyResults, result.keyResults, lang),
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
                  {count(COUNTS[s], counts[s], lang)}
                </Badge>
              ))}
            </div>
            {result.findings.length === 0 && (
              <MessageBar intent="success" data-testid="all-clear">
                <MessageBarBody>
                  <MessageBarTitle>{say(CHECK_MESSAGES.allClearTitle, lang)}</MessageBarTitle>
                  {say(CHECK_MESSAGES.allClearBody, lang)}
                </MessageBarBody>
              </MessageBar>
            )}
            {byRow(result.findings).map((group) => (
              <div key={group.key}>
                <div className={styles.groupTitle}>
                  {`${group.sheet} · ${say(CHECK_MESSAGES.rowLabel, lang, { row: group.row })}${group.okrId ? ` · ${group.okrId}` : ""}`}
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
                            aria-label={say(CHECK_MESSAGES.goToCell, lang, {
                              cell: `${f.sheet}!${f.cell}`,
                            })}
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
                          onFixed={() => void checking.run(checked?.scope ?? "active")}
                        />
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </>
        )}
      </OperationOutcome>
      <Accordion collapsible>
        <AccordionItem value="thresholds">
          <AccordionHeader size="small">{say(CHECK_MESSAGES.thresholds, lang)}</AccordionHeader>
          <AccordionPanel>
            <ThresholdsEditor lang={lang} excel={excel} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
