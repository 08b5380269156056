import {
  Button,
  Caption1,
  Card,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { todayIso } from "../../domain/dates";
import { describeProblem, format } from "../../domain/i18n";
import { parsePeriod, quarterOf } from "../../domain/period";
import { TEMPLATES, type TemplateKey } from "../../domain/templates/catalogue";
import { LANGS, type Lang, type Scope } from "../../domain/types";
import { SCOPES } from "../../domain/vocabulary";
import type { PlanFeature } from "../../excel/applyPlan";
import { selectCell } from "../../excel/check";
import { generateSheets } from "../../excel/generate";
import type { ExcelApi } from "../office";
import { LANGUAGE_NAMES, t } from "../strings";
import { usePlaceStyles } from "./placeStyles";
import { FailureBar, SkippedBar } from "./bars";
import { TEMPLATE_ICONS } from "./templateIcons";

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalXS },
  description: { marginLeft: "32px", color: tokens.colorNeutralForeground2 },
  name: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  links: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

type State =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; sheets: string[]; skipped: PlanFeature[] }
  | { kind: "failed"; message: string };

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
  const [sheetLang, setSheetLang] = useState<Lang>(lang);
  const [owners, setOwners] = useState<Partial<Record<TemplateKey, string>>>({});
  const [state, setState] = useState<State>({ kind: "idle" });

  const period = parsePeriod(periodText);
  const periodError = period.ok ? undefined : describeProblem(period.problem, lang);
  const toggle = (key: TemplateKey, on: boolean) =>
    setPicked((keys) =>
      on
        ? TEMPLATES.map((x) => x.key).filter((k) => k === key || keys.includes(k))
        : keys.filter((k) => k !== key)
    );

  const create = async () => {
    if (!period.ok || picked.length === 0) return;
    setState({ kind: "running" });
    try {
      const result = await generateSheets(excel, {
        templates: picked,
        lang: sheetLang,
        period: period.value,
        scope: scope || undefined,
        owners,
        asOf: today,
      });
      setState({ kind: "done", ...result });
    } catch (error) {
      setState({
        kind: "failed",
        message: format(t("createFailed", lang), {
          error: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  };

  const skipped = state.kind === "done" ? state.skipped : null;
  return (
    <section className={place.place} aria-label={t("newSheetTab", lang)}>
      <Caption1>{t("newSheetIntro", lang)}</Caption1>
      <fieldset className={place.stack} style={{ border: "none" }}>
        <legend>{t("templates", lang)}</legend>
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
                    {template.name[lang]}
                  </span>
                }
              />
              <Caption1 className={styles.description}>{template.description[lang]}</Caption1>
            </Card>
          );
        })}
      </fieldset>
      {picked.length === 0 && <Caption1 role="status">{t("pickTemplate", lang)}</Caption1>}
      <Field
        label={t("periodLabel", lang)}
        hint={t("periodHint", lang)}
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
        <Field label={t("scopeLabel", lang)}>
          <Select value={scope} onChange={(_, data) => setScope(data.value as Scope | "")}>
            <option value="">{t("scopeFromTemplate", lang)}</option>
            {SCOPES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label[lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("sheetLanguage", lang)}>
          <Select
            value={sheetLang}
            onChange={(_, data) => setSheetLang(data.value as Lang)}
            data-testid="sheet-language"
          >
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {picked.map((key) => {
        const template = TEMPLATES.find((x) => x.key === key)!;
        return (
          <Field key={key} label={format(t("ownerLabel", lang), { template: template.name[lang] })}>
            <Input
              value={owners[key] ?? ""}
              onChange={(_, data) => setOwners((o) => ({ ...o, [key]: data.value }))}
            />
          </Field>
        );
      })}
      <div>
        <Button
          appearance="primary"
          onClick={create}
          disabled={!period.ok || picked.length === 0 || state.kind === "running"}
        >
          {t("createSheets", lang)}
        </Button>
      </div>
      {state.kind === "running" && <Spinner size="small" label={t("creating", lang)} />}
      {state.kind === "failed" && <FailureBar lang={lang} message={state.message} />}
      {state.kind === "done" && (
        <MessageBar intent="success" data-testid="created">
          <MessageBarBody>
            <MessageBarTitle>
              {format(t("createdTitle", lang), { count: state.sheets.length })}
            </MessageBarTitle>
            {t("createdBody", lang)}
            <span className={styles.links}>
              {state.sheets.map((sheet) => (
                <Link key={sheet} onClick={() => void selectCell(excel, sheet, "A1")}>
                  {format(t("openSheet", lang), { sheet })}
                </Link>
              ))}
            </span>
          </MessageBarBody>
        </MessageBar>
      )}
      {skipped && <SkippedBar lang={lang} skipped={skipped} />}
    </section>
  );
}
