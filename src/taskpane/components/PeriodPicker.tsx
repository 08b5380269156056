// The period a place shows (reading/periodScope.ts): a picker wherever the workbook holds more than one
// period (the latest open one by default, each closed one marked), and the line that says what the
// place left out. Score, Check, Close period and Review share it.
import { Caption1, Field, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  leftOutLine,
  type PeriodScope,
  type WorkbookPeriod,
} from "../../domain/reading/periodScope";
import type { Lang, Period } from "../../domain/types";
import { readPeriods } from "../../excel/periods";
import type { ExcelApi } from "../office";
import { COMMON_MESSAGES } from "../messages/common";
import { say } from "../messages/say";

/** The workbook's periods and the one chosen (the latest open one until someone picks another). */
export function usePeriods(excel: ExcelApi): {
  periods: WorkbookPeriod[];
  chosen: Period | null;
  choose: (label: string) => void;
  reload: () => void;
} {
  const [periods, setPeriods] = useState<WorkbookPeriod[]>([]);
  const [label, setLabel] = useState<string | null>(null);
  const [picked, setPicked] = useState(false);
  const [reads, setReads] = useState(0);
  useEffect(() => {
    let live = true;
    readPeriods(excel).then(
      (read) => {
        if (!live) return;
        setPeriods(read.periods);
        // A choice made stays while its period is still there.
        setLabel((now) =>
          picked && read.periods.some((p) => p.period.label === now) ? now : read.shown
        );
      },
      // Without the periods the place works on its default: the picker is not shown.
      () => undefined
    );
    return () => {
      live = false;
    };
    // `picked` is read, not followed: a choice keeps its period without reading the workbook again.
  }, [excel, reads]);
  return {
    periods,
    chosen: periods.find((p) => p.period.label === label)?.period ?? null,
    choose: (next) => {
      setPicked(true);
      setLabel(next);
    },
    reload: () => setReads((n) => n + 1),
  };
}

/** The picker: shown only when the workbook holds more than one period. */
export function PeriodPicker({
  periods,
  chosen,
  choose,
  lang,
}: {
  periods: readonly WorkbookPeriod[];
  chosen: Period | null;
  choose: (label: string) => void;
  lang: Lang;
}) {
  if (periods.length < 2) return null;
  return (
    <Field label={say(COMMON_MESSAGES.periodPicker, lang)}>
      <Select
        value={chosen?.label ?? ""}
        onChange={(_, d) => choose(d.value)}
        data-testid="period-picker"
      >
        {[...periods].reverse().map((p) => (
          <option key={p.period.label} value={p.period.label}>
            {p.closed
              ? say(COMMON_MESSAGES.periodClosed, lang, { period: p.period.label })
              : p.period.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** What a place left out, in one line; nothing when it shows every sheet. */
export function LeftOut({ scope, lang }: { scope: PeriodScope | undefined; lang: Lang }) {
  const line = scope ? leftOutLine(scope, lang, "pane") : "";
  return line ? <Caption1 data-testid="period-left-out">{line}</Caption1> : null;
}
