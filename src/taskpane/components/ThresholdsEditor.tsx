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
import { DEFAULT_SETTINGS, mergeSettings, type LintSettings } from "../../domain/rules/lint";
import {
  EDITABLE_THRESHOLDS,
  thresholdValue,
  withThreshold,
  type ThresholdField,
} from "../../domain/rules/settings";
import type { Lang } from "../../domain/types";
import { readSettings, saveSettings } from "../../excel/settings";
import { errorText } from "../errorText";
import type { ExcelApi } from "../office";
import { CHECK_MESSAGES } from "../messages/check";
import { say } from "../messages/say";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** The thresholds a person can change: what the rules declare (each in its file under domain/rules/). */
const FIELDS = EDITABLE_THRESHOLDS;

const shown = (f: ThresholdField, s: LintSettings) =>
  String(f.def.percent ? Math.round(thresholdValue(s, f) * 100) : thresholdValue(s, f));

/** Edits the linter's thresholds and saves them with the workbook. */
export function ThresholdsEditor({ lang, excel }: { lang: Lang; excel: ExcelApi }) {
  const styles = useStyles();
  const [settings, setSettings] = useState<LintSettings>(DEFAULT_SETTINGS);
  const [text, setText] = useState<string[]>(FIELDS.map((f) => shown(f, DEFAULT_SETTINGS)));
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(
    null
  );
  // Until the workbook's thresholds are read, the fields and buttons wait: a value typed before
  // would be replaced by the one read, and a Save would write the defaults over every saved one.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    readSettings(excel)
      .then((saved) => {
        if (!live) return;
        setSettings(saved);
        setText(FIELDS.map((f) => shown(f, saved)));
      })
      .catch(() => undefined) // unreadable settings: the defaults stand, and saving still works
      .finally(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [excel]);

  /** Valid input replaces the setting; anything else keeps it (mergeSettings refuses junk). */
  const edited = (): LintSettings =>
    FIELDS.reduce((s, f, i) => {
      const n = Number(text[i]);
      if (text[i].trim() === "" || !Number.isFinite(n) || n < 0) return s;
      return mergeSettings(withThreshold(s, f, f.def.percent ? n / 100 : n), s);
    }, settings);

  // Save and Reset wait while Excel saves: a value changed meanwhile would be shown as saved.
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const next = edited();
    setSaving(true);
    try {
      await saveSettings(excel, next);
      setSettings(next);
      setText(FIELDS.map((f) => shown(f, next)));
      setMessage({ intent: "success", text: say(CHECK_MESSAGES.saved, lang) });
    } catch (error) {
      setMessage({
        intent: "error",
        text: say(CHECK_MESSAGES.saveFailed, lang, {
          error: errorText(error, lang),
        }),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.root} data-testid="thresholds">
      <Caption1>{say(CHECK_MESSAGES.thresholdsIntro, lang)}</Caption1>
      <div className={styles.grid}>
        {FIELDS.map((f, i) => (
          <Field key={`${f.group}.${f.field}`} label={say(f.def.label, lang)} size="small">
            <Input
              size="small"
              type="number"
              min={0}
              value={text[i]}
              disabled={!ready || saving}
              onChange={(_, data) => setText(text.map((v, j) => (j === i ? data.value : v)))}
            />
          </Field>
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" onClick={save} disabled={!ready || saving}>
          {say(CHECK_MESSAGES.save, lang)}
        </Button>
        <Button
          size="small"
          disabled={!ready || saving}
          onClick={() => setText(FIELDS.map((f) => shown(f, DEFAULT_SETTINGS)))}
        >
          {say(CHECK_MESSAGES.reset, lang)}
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
