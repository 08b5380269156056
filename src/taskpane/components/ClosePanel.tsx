// The "Close period" place (seed 003, issue 17): in the period's last two weeks or after it, each
// key result's final score — prefilled with what its progress suggests — and each objective's
// review, saved in one batch with the workbook scored as of the period's end; then "Start next
// period" adds the next period's sheets beside the old ones.
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { closeProblemText, nextProblemText } from "../../domain/close/messages";
import { CARRY_MODES, type CarryMode, type NextNote } from "../../domain/close/next";
import type { CloseEntry } from "../../domain/close/plan";
import { REVIEW_COLUMNS, REVIEW_TEXT_KEYS } from "../../domain/close/periodReview";
import { addDays, todayIso } from "../../domain/reading/dates";
import { format } from "../../domain/reading/i18n";
import { parsePeriod, quarterOf } from "../../domain/reading/period";
import type { IsoDate, Lang, Localized, Period } from "../../domain/types";
import {
  CLOSE_OPENS_DAYS,
  closeIsOpen,
  readCloseForm,
  saveClose,
  startNextPeriod,
  type CloseForm,
} from "../../excel/close";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { useOperation } from "../useOperation";
import { OperationOutcome } from "./bars";
import { OperationProgress } from "./OperationProgress";
import { SHELL_STRINGS } from "../shellStrings";
import { usePlaceStyles } from "./placeStyles";
import { PeriodPicker } from "./PeriodPicker";

export const CLOSE_STRINGS = {
  tab: SHELL_STRINGS.closeTab,
  reading: { en: "Reading the workbook…", "zh-CN": "正在读取工作簿…", "zh-TW": "正在讀取活頁簿…" },
  noPeriod: {
    en: "There is no OKR sheet with a period to close yet.",
    "zh-CN": "还没有带周期的 OKR 表可以收尾。",
    "zh-TW": "還沒有帶週期的 OKR 表可以收尾。",
  },
  notYet: {
    en: "Closing {period} opens on {date}, {days} days before its end (the sheets are as of {asOf}).",
    "zh-CN": "{period} 的收尾将于 {date} 开放，即结束前 {days} 天（工作表截至 {asOf}）。",
    "zh-TW": "{period} 的收尾將於 {date} 開放，即結束前 {days} 天（工作表截至 {asOf}）。",
  },
  intro: {
    en: "Score each key result from 0 to 1 (or 0–100 %): the suggestion is its progress. The objective's score follows from the weights.",
    "zh-CN": "为每个关键结果打 0–1 分（或 0–100%），建议值为其进度。目标得分按权重自动计算。",
    "zh-TW": "為每個關鍵結果打 0–1 分（或 0–100%），建議值為其進度。目標得分按權重自動計算。",
  },
  suggested: { en: "Progress says {value}", "zh-CN": "进度为 {value}", "zh-TW": "進度為 {value}" },
  carry: { en: "Carry over to the next period", "zh-CN": "延续到下期", "zh-TW": "延續到下期" },
  save: { en: "Save scores and review", "zh-CN": "保存得分和复盘", "zh-TW": "儲存得分和檢討" },
  saved: {
    en: "Saved {count} final scores; the review is on {sheet}.",
    "zh-CN": "已保存 {count} 个最终得分；复盘见 {sheet}。",
    "zh-TW": "已儲存 {count} 個最終得分；檢討見 {sheet}。",
  },
  next: { en: "Next period", "zh-CN": "下一周期", "zh-TW": "下一週期" },
  carryMode: { en: "Carry over", "zh-CN": "延续哪些目标", "zh-TW": "延續哪些目標" },
  marked: { en: "As the review says", "zh-CN": "按复盘勾选", "zh-TW": "按檢討勾選" },
  unfinished: {
    en: "Objectives with unfinished key results",
    "zh-CN": "有未完成关键结果的目标",
    "zh-TW": "有未完成關鍵結果的目標",
  },
  none: { en: "None", "zh-CN": "不延续", "zh-TW": "不延續" },
  start: { en: "Start next period", "zh-CN": "开始下一周期", "zh-TW": "開始下一週期" },
  started: {
    en: "Added {sheets} beside the old sheets.",
    "zh-CN": "已在原工作表旁新增 {sheets}。",
    "zh-TW": "已在原工作表旁新增 {sheets}。",
  },
  nothingCarried: {
    en: "Nothing carries over, so no sheet was added.",
    "zh-CN": "没有要延续的目标，未新增工作表。",
    "zh-TW": "沒有要延續的目標，未新增工作表。",
  },
  carryReached: {
    en: "{id} reached its target: carry it over all the same",
    "zh-CN": "{id} 已达成目标：仍延续到下期",
    "zh-TW": "{id} 已達成目標：仍延續到下期",
  },
  noteTarget: {
    en: "{id} (from {from}) reached or passed its target: set a new Target on {sheet}.",
    "zh-CN": "{id}（延续自 {from}）已达到或超过目标值：请在 {sheet} 填写新的目标值。",
    "zh-TW": "{id}（延續自 {from}）已達到或超過目標值：請在 {sheet} 填寫新的目標值。",
  },
  noteStatement: {
    en: "{id} (from {from}): the statement now reads “{statement}”.",
    "zh-CN": "{id}（延续自 {from}）：描述已改为“{statement}”。",
    "zh-TW": "{id}（延續自 {from}）：描述已改為「{statement}」。",
  },
  noteStatementFlagged: {
    en: "{id} (from {from}): its statement still names the old start; rewrite it on {sheet}.",
    "zh-CN": "{id}（延续自 {from}）：描述仍是旧的起始值；请在 {sheet} 改写。",
    "zh-TW": "{id}（延續自 {from}）：描述仍是舊的起始值；請在 {sheet} 改寫。",
  },
  noteParent: {
    en: "{id}: its parent {parent} was not carried over; choose its new parent on {sheet}.",
    "zh-CN": "{id}：其上级目标 {parent} 未延续；请在 {sheet} 选择新的上级目标。",
    "zh-TW": "{id}：其上級目標 {parent} 未延續；請在 {sheet} 選擇新的上級目標。",
  },
  badPeriod: {
    en: "Write a period such as 2026-Q2.",
    "zh-CN": "请填写周期，例如 2026-Q2。",
    "zh-TW": "請填寫週期，例如 2026-Q2。",
  },
} satisfies Record<string, Localized>;

const s = (key: keyof typeof CLOSE_STRINGS, lang: Lang) => CLOSE_STRINGS[key][lang];

/** What to look at on the new sheets, one line each (okr next prints the same). */
function nextNoteText(n: NextNote, lang: Lang): string {
  switch (n.kind) {
    case "target-dropped":
      return format(s("noteTarget", lang), n);
    case "statement-updated":
      return format(s("noteStatement", lang), n);
    case "statement-flagged":
      return format(s("noteStatementFlagged", lang), n);
    case "parent-not-carried":
      return format(s("noteParent", lang), n);
  }
}
const percent = (x: number | null) => (x === null ? "" : `${Math.round(x * 1000) / 10}%`);

const useStyles = makeStyles({
  objective: {
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

type Texts = Record<string, Partial<Record<(typeof REVIEW_TEXT_KEYS)[number], string>>>;

export function ClosePanel({
  lang,
  excel,
  today = todayIso(),
}: {
  lang: Lang;
  excel: ExcelApi;
  today?: IsoDate;
}) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const [form, setForm] = useState<CloseForm | null>(null);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [texts, setTexts] = useState<Texts>({});
  const [carry, setCarry] = useState<Record<string, boolean>>({});
  const [krCarry, setKrCarry] = useState<Record<string, boolean>>({});
  const [nextPeriod, setNextPeriod] = useState("");
  const [mode, setMode] = useState<CarryMode>("marked");
  // The period to close: the latest not closed, until another is picked.
  const [picked, setPicked] = useState<Period | null>(null);

  useEffect(() => {
    void readCloseForm(excel, picked).then((read) => {
      setForm(read);
      const krs = read.objectives.flatMap((o) => o.keyResults);
      setScores(Object.fromEntries(krs.map((k) => [k.id, percent(k.finalScore ?? k.suggested)])));
      setTexts(Object.fromEntries(read.objectives.map((o) => [o.id, { ...o.review }])));
      setCarry(Object.fromEntries(read.objectives.map((o) => [o.id, o.review.carry === true])));
      setKrCarry(Object.fromEntries(krs.map((k) => [k.id, k.carry])));
      if (read.period) setNextPeriod(quarterOf(addDays(read.period.end, 1)).label);
    });
  }, [excel, picked]);

  const saving = useOperation(
    (progress: Progress, asOf: IsoDate, entries: CloseEntry[]) =>
      saveClose(withProgress(excel, progress), {
        asOf,
        entries,
        lang,
        today,
        period: form?.period ?? null,
      }),
    "scoreFailed",
    lang
  );
  const starting = useOperation(
    (progress: Progress, period: string) => {
      const parsed = parsePeriod(period);
      if (!parsed.ok) return Promise.resolve(null);
      return startNextPeriod(withProgress(excel, progress), {
        period: parsed.value,
        carry: mode,
        lang,
      });
    },
    "createFailed",
    lang
  );

  if (!form) return <Caption1>{s("reading", lang)}</Caption1>;
  const { period, asOf } = form;
  const picker = (
    <PeriodPicker
      periods={form.periods}
      chosen={period}
      choose={(label) =>
        setPicked(form.periods.find((p) => p.period.label === label)?.period ?? null)
      }
      lang={lang}
    />
  );
  if (!period || !asOf)
    return (
      <MessageBar intent="info">
        <MessageBarBody>{s("noPeriod", lang)}</MessageBarBody>
      </MessageBar>
    );
  if (!closeIsOpen(period, asOf))
    return (
      <>
        {picker}
        <MessageBar intent="info" data-testid="close-not-yet">
          <MessageBarBody>
            {format(s("notYet", lang), {
              period: period.label,
              date: addDays(period.end, -(CLOSE_OPENS_DAYS - 1)),
              days: CLOSE_OPENS_DAYS,
              asOf,
            })}
          </MessageBarBody>
        </MessageBar>
      </>
    );

  const save = () => {
    const entries: CloseEntry[] = form.objectives.flatMap((o) => [
      ...o.keyResults.map((k) => ({
        id: k.id,
        score: scores[k.id] ?? "",
        // A key result that reached its target carries over only when marked.
        ...(k.reached ? { carry: krCarry[k.id] ? "yes" : "no" } : {}),
      })),
      { id: o.id, text: texts[o.id], carry: carry[o.id] ? "yes" : "no" },
    ]);
    // Closing grades the period: the workbook is scored as of its last day.
    void saving.run(period.end, entries);
  };
  const saved = saving.state.kind === "done" ? saving.state.result : null;
  const started = starting.state.kind === "done" ? starting.state.result : null;

  return (
    <section className={place.place} aria-label={s("tab", lang)}>
      <Caption1>{s("intro", lang)}</Caption1>
      {picker}
      {form.objectives.map((o) => (
        <div key={`${o.sheet}/${o.id}`} className={styles.objective} data-testid={`close-${o.id}`}>
          <Text weight="semibold">{`${o.id} ${o.statement}`}</Text>
          {o.keyResults.map((k) => (
            <div key={k.id}>
              <Field
                label={`${k.id} ${k.statement}`}
                hint={format(s("suggested", lang), { value: percent(k.suggested) || "?" })}
              >
                <Input
                  value={scores[k.id] ?? ""}
                  onChange={(_, d) => setScores({ ...scores, [k.id]: d.value })}
                />
              </Field>
              {k.reached && (
                <Checkbox
                  checked={krCarry[k.id] ?? false}
                  onChange={(_, d) => setKrCarry({ ...krCarry, [k.id]: Boolean(d.checked) })}
                  label={format(s("carryReached", lang), { id: k.id })}
                  data-testid={`carry-kr-${k.id}`}
                />
              )}
            </div>
          ))}
          {REVIEW_TEXT_KEYS.map((key) => (
            <Field key={key} label={REVIEW_COLUMNS[key][lang]}>
              <Textarea
                value={texts[o.id]?.[key] ?? ""}
                onChange={(_, d) =>
                  setTexts({ ...texts, [o.id]: { ...texts[o.id], [key]: d.value } })
                }
              />
            </Field>
          ))}
          <Checkbox
            checked={carry[o.id] ?? false}
            onChange={(_, d) => setCarry({ ...carry, [o.id]: Boolean(d.checked) })}
            label={s("carry", lang)}
          />
        </div>
      ))}
      <div>
        <Button appearance="primary" onClick={save} disabled={saving.running}>
          {s("save", lang)}
        </Button>
      </div>
      <OperationProgress operation={saving} lang={lang} />
      <OperationOutcome operation={saving} lang={lang}>
        {saved && (
          <MessageBar intent={saved.problems.length ? "error" : "success"} data-testid="closed">
            <MessageBarBody>
              {saved.problems.length === 0
                ? format(s("saved", lang), { count: saved.scored, sheet: saved.reviewSheet })
                : saved.problems.map((p, i) => <div key={i}>{closeProblemText(p, lang)}</div>)}
            </MessageBarBody>
          </MessageBar>
        )}
      </OperationOutcome>

      <Field label={s("next", lang)}>
        <Input value={nextPeriod} onChange={(_, d) => setNextPeriod(d.value)} />
      </Field>
      <Field label={s("carryMode", lang)}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as CarryMode)}>
          {CARRY_MODES.map((m) => (
            <Radio key={m} value={m} label={s(m, lang)} />
          ))}
        </RadioGroup>
      </Field>
      <div>
        <Button onClick={() => void starting.run(nextPeriod)} disabled={starting.running}>
          {s("start", lang)}
        </Button>
      </div>
      <OperationProgress operation={starting} lang={lang} />
      <OperationOutcome operation={starting} lang={lang}>
        {starting.state.kind === "done" && (
          <MessageBar
            intent={started && started.problems.length === 0 ? "success" : "error"}
            data-testid="started"
          >
            <MessageBarBody>
              {!started
                ? s("badPeriod", lang)
                : started.problems.length
                  ? started.problems.map((p, i) => (
                      <div key={i}>{nextProblemText(p, nextPeriod, lang)}</div>
                    ))
                  : started.sheets.length
                    ? format(s("started", lang), { sheets: started.sheets.join(", ") })
                    : s("nothingCarried", lang)}
              {started && started.notes.length > 0 && (
                <ul className={place.stack} data-testid="next-notes">
                  {started.notes.map((n, i) => (
                    <li key={i}>{nextNoteText(n, lang)}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </OperationOutcome>
    </section>
  );
}
