import {
  Button,
  Caption1,
  Card,
  Checkbox,
  Field,
  Input,
  Link,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { todayIso } from "../../domain/reading/dates";
import { describeProblem } from "../../domain/reading/i18n";
import { parsePeriod, quarterOf } from "../../domain/reading/period";
import { TEMPLATES, type TemplateKey } from "../../domain/newSheet/templates";
import { LANGS, type Lang, type Period, type Scope } from "../../domain/types";
import { SCOPES } from "../../domain/reading/vocabulary";
import { selectCell } from "../../excel/check";
import { generateSheets } from "../../excel/generate";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { useOperation } from "../useOperation";
import { usePlaceStyles } from "./placeStyles";
import { OperationOutcome, SuccessBar } from "./bars";
import { OperationProgress } from "./OperationProgress";
import { TEMPLATE_ICONS } from "./templateIcons";
import { COMMON_MESSAGES } from "../messages/common";
import { NEW_SHEET_MESSAGES } from "../messages/newSheet";
import { LANGUAGE_NAMES, SHELL_MESSAGES } from "../messages/shell";
import { COUNTS } from "../messages/counts";
import { count, say } from "../messages/say";

const useStyles = makeStyles({
  // Compact cards: name and description close together, so the form fits a laptop screen.
  card: { padding: tokens.spacingVerticalXXS, gap: 0, rowGap: 0 },
  description: { marginLeft: "32px", color: tokens.colorNeutralForeground2 },
  name: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  links: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // The primary action stays in view at the bottom of the pane however long the form is, at
  // 1400×900 and in Excel's narrow 320 px pane alike.
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  templates: { gap: tokens.spacingVerticalXXS },
});

export interface NewSheetPanelProps {
  lang: Lang;
  excel: ExcelApi;
  /** Today, for the default period and as-of date (tests pass a fixed day). */
  today?: string;
}

/** The "New sheet" place: department templates → OKR sheets in the open workbook. */
export function NewSheetPanel({ lang, excel, today = todayIso() }: NewSheetPanelProps) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const [picked, setPicked] = useState<TemplateKey[]>(["company"]);
  const [periodText, setPeriodText] = useState(() => quarterOf(today).label);
  const [scope, setScope] = useState<Scope | "">("");
  // The sheets' language follows the pane's (a person may switch it after the place opened) until
  // a person picks one for the sheets.
  const [pickedLang, setSheetLang] = useState<Lang | null>(null);
  const sheetLang = pickedLang ?? lang;
  const [owners, setOwners] = useState<Partial<Record<TemplateKey, string>>>({});

  const period = parsePeriod(periodText);
  const periodError = period.ok ? undefined : describeProblem(period.problem, lang);
  const toggle = (key: TemplateKey, on: boolean) =>
    setPicked((keys) =>
      on
        ? TEMPLATES.map((x) => x.key).filter((k) => k === key || keys.includes(k))
        : keys.filter((k) => k !== key)
    );

  const creating = useOperation(
    (progress: Progress, chosen: Period) =>
      generateSheets(withProgress(excel, progress), {
        templates: picked,
        lang: sheetLang,
        period: chosen,
        scope: scope || undefined,
        owners,
        asOf: today,
      }),
    COMMON_MESSAGES.createFailed,
    lang
  );
  const state = creating.state;

  const created = state.kind === "done" ? state.result : null;
  return (
    <section className={place.place} aria-label={say(SHELL_MESSAGES.newSheetTab, lang)}>
      <Caption1>{say(NEW_SHEET_MESSAGES.newSheetIntro, lang)}</Caption1>
      <fieldset className={`${place.stack} ${styles.templates}`} style={{ border: "none" }}>
        <legend>{say(NEW_SHEET_MESSAGES.templates, lang)}</legend>
        {TEMPLATES.map((template) => {
          const Icon = TEMPLATE_ICONS[template.key];
          return (
            <Card
              key={template.key}
              className={styles.card}
              data-testid={`template-${template.key}`}
            >
              <Checkbox
                checked={picked.includes(template.key)}
                onChange={(_, data) => toggle(template.key, Boolean(data.checked))}
                label={
                  <span className={styles.name}>
                    <Icon aria-hidden fontSize={18} />
                    {say(template.name, lang)}
                  </span>
                }
              />
              <Caption1 className={styles.description}>{say(template.description, lang)}</Caption1>
            </Card>
          );
        })}
      </fieldset>
      {picked.length === 0 && (
        <Caption1 role="status">{say(NEW_SHEET_MESSAGES.pickTemplate, lang)}</Caption1>
      )}
      <Field
        label={say(NEW_SHEET_MESSAGES.periodLabel, lang)}
        hint={say(NEW_SHEET_MESSAGES.periodHint, lang)}
        validationMessage={periodError}
        validationState={periodError ? "error" : "none"}
      >
        <Input
          value={periodText}
          onChange={(_, data) => setPeriodText(data.value)}
          data-testid="period"
        />
      </Field>
      <div className={styles.row}>
        <Field label={say(NEW_SHEET_MESSAGES.scopeLabel, lang)}>
          <Select value={scope} onChange={(_, data) => setScope(data.value as Scope | "")}>
            <option value="">{say(NEW_SHEET_MESSAGES.scopeFromTemplate, lang)}</option>
            {SCOPES.map((s) => (
              <option key={s.value} value={s.value}>
                {say(s.label, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={say(NEW_SHEET_MESSAGES.sheetLanguage, lang)}>
          <Select
            value={sheetLang}
            onChange={(_, data) => setSheetLang(data.value as Lang)}
            data-testid="sheet-language"
          >
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {say(LANGUAGE_NAMES, l)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {picked.map((key) => {
        const template = TEMPLATES.find((x) => x.key === key)!;
        return (
          <Field
            key={key}
            label={say(NEW_SHEET_MESSAGES.ownerLabel, lang, { template: say(template.name, lang) })}
          >
            <Input
              value={owners[key] ?? ""}
              onChange={(_, data) => setOwners((o) => ({ ...o, [key]: data.value }))}
            />
          </Field>
        );
      })}
      <div className={styles.footer}>
        <div>
          <Button
            appearance="primary"
            onClick={() => period.ok && picked.length > 0 && void creating.run(period.value)}
            disabled={!period.ok || picked.length === 0 || creating.running}
          >
            {say(NEW_SHEET_MESSAGES.createSheets, lang)}
          </Button>
        </div>
        <OperationProgress operation={creating} lang={lang} />
      </div>
      <OperationOutcome operation={creating} lang={lang}>
        {created && (
          <SuccessBar
            testId="created"
            title={say(NEW_SHEET_MESSAGES.createdTitle, lang, {
              count: count(COUNTS.sheets, created.sheets.length, lang),
            })}
          >
            {say(NEW_SHEET_MESSAGES.createdBody, lang)}
            <span className={styles.links}>
              {created.sheets.map((sheet) => (
                <Link key={sheet} onClick={() => void selectCell(excel, sheet, "A1")}>
                  {say(COMMON_MESSAGES.openSheet, lang, { sheet })}
                </Link>
              ))}
            </span>
          </SuccessBar>
        )}
      </OperationOutcome>
    </section>
  );
}
