// The check-in cadence (reading/cadence.ts): days between check-ins, saved with the workbook on the
// settings sheet the command line reads too. Staleness and "Not started" follow it.
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
import { validCadence } from "../../domain/reading/cadence";
import type { Lang } from "../../domain/types";
import { saveCadence } from "../../excel/settings";
import { errorText } from "../errorText";
import type { ExcelApi } from "../office";
import { CHECKIN_MESSAGES } from "../messages/checkin";
import { say } from "../messages/say";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

export function CadenceSetting({
  excel,
  days,
  lang,
}: {
  excel: ExcelApi;
  days: number;
  lang: Lang;
}) {
  const styles = useStyles();
  const [text, setText] = useState(String(days));
  const [saved, setSaved] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // Save waits while Excel saves: a second click would send the same write again.
  const [saving, setSaving] = useState(false);
  useEffect(() => setText(String(days)), [days]);
  const value = Number(text);
  const ok = /^\d+$/.test(text.trim()) && validCadence(value);
  const save = async () => {
    if (!ok) return;
    setSaving(true);
    setSaved(null);
    setFailed(null);
    try {
      await saveCadence(excel, value);
      setSaved(value);
    } catch (error) {
      // A protected settings sheet, a workbook closed meanwhile: said, not lost.
      setFailed(errorText(error, lang));
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className={styles.row}>
      <Field
        label={say(CHECKIN_MESSAGES.cadenceLabel, lang)}
        hint={say(CHECKIN_MESSAGES.cadenceHint, lang)}
        validationState={ok ? "none" : "error"}
        validationMessage={ok ? undefined : say(CHECKIN_MESSAGES.cadenceBad, lang)}
      >
        <Input
          value={text}
          onChange={(_, d) => setText(d.value)}
          inputMode="numeric"
          data-testid="cadence"
        />
      </Field>
      <Button onClick={() => void save()} disabled={!ok || saving}>
        {say(CHECKIN_MESSAGES.cadenceSave, lang)}
      </Button>
      {saved !== null && (
        <Caption1 role="status">
          {say(CHECKIN_MESSAGES.cadenceSaved, lang, { days: saved })}
        </Caption1>
      )}
      {failed !== null && (
        <MessageBar intent="error" data-testid="cadence-failed">
          <MessageBarBody>
            {say(CHECKIN_MESSAGES.cadenceSaveFailed, lang, { error: failed })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
