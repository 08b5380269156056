import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { format } from "../../domain/i18n";
import { DEFAULT_SETTINGS, mergeSettings, type LintSettings } from "../../domain/lint";
import type { Lang } from "../../domain/types";
import { SETTINGS_API, readSettings, saveSettings } from "../../excel/settings";
import { errorText } from "../errorText";
import type { ExcelApi } from "../office";
import { t, type StringKey } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

interface FieldDef {
  label: StringKey;
  get: (s: LintSettings) => number;
  set: (s: LintSettings, v: number) => LintSettings;
  /** Shown as a percentage, stored as a fraction. */
  percent?: boolean;
}

/** The thresholds a person can change, and where each lives in the settings. */
const FIELDS: readonly FieldDef[] = [
  {
    label: "krMin",
    get: (s) => s.krCount.min,
    set: (s, v) => ({ ...s, krCount: { ...s.krCount, min: v } }),
  },
  {
    label: "krMax",
    get: (s) => s.krCount.max,
    set: (s, v) => ({ ...s, krCount: { ...s.krCount, max: v } }),
  },
  {
    label: "maxTeam",
    get: (s) => s.maxObjectives.team,
    set: (s, v) => ({
      ...s,
      maxObjectives: { ...s.maxObjectives, team: v, department: v, company: v },
    }),
  },
  {
    label: "maxIndividual",
    get: (s) => s.maxObjectives.individual,
    set: (s, v) => ({ ...s, maxObjectives: { ...s.maxObjectives, individual: v } }),
  },
  {
    label: "objectiveChars",
    get: (s) => s.objectiveLength.cjk,
    set: (s, v) => ({ ...s, objectiveLength: { ...s.objectiveLength, cjk: v } }),
  },
  {
    label: "objectiveWords",
    get: (s) => s.objectiveLength.words,
    set: (s, v) => ({ ...s, objectiveLength: { ...s.objectiveLength, words: v } }),
  },
  {
    label: "confidenceLow",
    percent: true,
    get: (s) => s.confidenceBand.low,
    set: (s, v) => ({ ...s, confidenceBand: { ...s.confidenceBand, low: v } }),
  },
  {
    label: "confidenceHigh",
    percent: true,
    get: (s) => s.confidenceBand.high,
    set: (s, v) => ({ ...s, confidenceBand: { ...s.confidenceBand, high: v } }),
  },
];

const shown = (f: FieldDef, s: LintSettings) =>
  String(f.percent ? Math.round(f.get(s) * 100) : f.get(s));

/** Edits the linter's thresholds and saves them with the workbook. */
export function ThresholdsEditor({ lang, excel }: { lang: Lang; excel: ExcelApi }) {
  const styles = useStyles();
  const supported = excel.isSetSupported("ExcelApi", SETTINGS_API);
  const [settings, setSettings] = useState<LintSettings>(DEFAULT_SETTINGS);
  const [text, setText] = useState<string[]>(FIELDS.map((f) => shown(f, DEFAULT_SETTINGS)));
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(
    null
  );

  useEffect(() => {
    if (!supported) return;
    readSettings(excel)
      .then((saved) => {
        setSettings(saved);
        setText(FIELDS.map((f) => shown(f, saved)));
      })
      .catch(() => undefined); // unreadable settings: the defaults stand, and saving still works
  }, [excel, supported]);

  if (!supported) {
    return (
      <MessageBar intent="info" data-testid="thresholds-unsupported">
        <MessageBarBody>{t("thresholdsUnsupported", lang)}</MessageBarBody>
      </MessageBar>
    );
  }

  /** Valid input replaces the setting; anything else keeps it (mergeSettings refuses junk). */
  const edited = (): LintSettings =>
    FIELDS.reduce((s, f, i) => {
      const n = Number(text[i]);
      if (text[i].trim() === "" || !Number.isFinite(n) || n < 0) return s;
      return mergeSettings(f.set(s, f.percent ? n / 100 : n), s);
    }, settings);

  const save = async () => {
    const next = edited();
    try {
      await saveSettings(excel, next);
      setSettings(next);
      setText(FIELDS.map((f) => shown(f, next)));
      setMessage({ intent: "success", text: t("saved", lang) });
    } catch (error) {
      setMessage({
        intent: "error",
        text: format(t("saveFailed", lang), {
          error: errorText(error),
        }),
      });
    }
  };

  return (
    <div className={styles.root} data-testid="thresholds">
      <Caption1>{t("thresholdsIntro", lang)}</Caption1>
      <div className={styles.grid}>
        {FIELDS.map((f, i) => (
          <Field key={f.label} label={t(f.label, lang)} size="small">
            <Input
              size="small"
              type="number"
              min={0}
              value={text[i]}
              onChange={(_, data) => setText(text.map((v, j) => (j === i ? data.value : v)))}
            />
          </Field>
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" onClick={save}>
          {t("save", lang)}
        </Button>
        <Button size="small" onClick={() => setText(FIELDS.map((f) => shown(f, DEFAULT_SETTINGS)))}>
          {t("reset", lang)}
        </Button>
      </div>
      {message && (
        <MessageBar intent={message.intent} data-testid="thresholds-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
