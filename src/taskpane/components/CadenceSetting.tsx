// The check-in cadence (reading/cadence.ts): days between check-ins, saved with the workbook on the
// settings sheet the command line reads too. Staleness and "Not started" follow it.
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { format } from "../../domain/reading/i18n";
import { validCadence } from "../../domain/reading/cadence";
import type { Lang } from "../../domain/types";
import { saveCadence } from "../../excel/settings";
import type { ExcelApi } from "../office";
import { t } from "../strings";

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
  useEffect(() => setText(String(days)), [days]);
  const value = Number(text);
  const ok = /^\d+$/.test(text.trim()) && validCadence(value);
  const save = async () => {
    if (!ok) return;
    await saveCadence(excel, value);
    setSaved(value);
  };
  return (
    <div className={styles.row}>
      <Field
        label={t("cadenceLabel", lang)}
        hint={t("cadenceHint", lang)}
        validationState={ok ? "none" : "error"}
        validationMessage={ok ? undefined : t("cadenceBad", lang)}
      >
        <Input
          value={text}
          onChange={(_, d) => setText(d.value)}
          inputMode="numeric"
          data-testid="cadence"
        />
      </Field>
      <Button onClick={() => void save()} disabled={!ok}>
        {t("cadenceSave", lang)}
      </Button>
      {saved !== null && (
        <Caption1 role="status">{format(t("cadenceSaved", lang), { days: saved })}</Caption1>
      )}
    </div>
  );
}
