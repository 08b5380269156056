// The "Close period" place (seed 003, issues 17 and 36): in the period's last two weeks or after it,
// one sheet at a time — the one open in Excel — its objectives under their owners, each key
// result's progress and a final-score field (empty keeps the progress, as `okr close` does), the
// grade each objective would get as scores are typed, and its review; saved per sheet in one batch
// with the workbook scored as of the period's end. Then "Start next period" adds the next
// period's sheets beside the old ones.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { closeProblemText, nextProblemText } from "../../domain/close/messages";
import { CARRY_MODES, type CarryMode, type NextNote } from "../../domain/close/next";
import type { CloseEntry } from "../../domain/close/plan";
import { gradeWord } from "../../domain/close/gradePreview";
import { REVIEW_COLUMNS, REVIEW_TEXT_KEYS } from "../../domain/close/periodReview";
import { addDays, todayIso } from "../../domain/reading/dates";
import { countOf, format } from "../../domain/reading/i18n";
import { parsePeriod, quarterOf } from "../../domain/reading/period";
import type { NumberSeparators } from "../../domain/reading/numbers";
import type { IsoDate, Lang, Localized, Period } from "../../domain/types";
import {
  CLOSE_OPENS_DAYS,
  closeIsOpen,
  readCloseForm,
  saveClose,
  startNextPeriod,
  type CloseForm,
  type PaneCloseForm,
  type CloseFormObjective,
} from "../../excel/close";
import {
  changedEntries,
  draftOf,
  percentText,
  previewOf,
  typedScore,
  type CloseDraft,
} from "../closeDraft";
import { useActiveSheetName } from "../useActiveSheet";
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
    en: "Each key result keeps its progress as its score unless you type a final score (70% or 0.7). The objective's grade follows from the weights and shows as you type.",
    "zh-CN":
      "关键结果默认以进度为得分；如需不同，请填写最终得分（70% 或 0.7）。目标评级按权重计算，输入时即时显示。",
    "zh-TW":
      "關鍵結果預設以進度為得分；如需不同，請填寫最終得分（70% 或 0.7）。目標評級按權重計算，輸入時即時顯示。",
  },
  sheet: { en: "Sheet", "zh-CN": "工作表", "zh-TW": "工作表" },
  noOwner: { en: "No owner", "zh-CN": "未填负责人", "zh-TW": "未填負責人" },
  progress: { en: "Progress {value}", "zh-CN": "进度 {value}", "zh-TW": "進度 {value}" },
  finalScore: {
    en: "Final score for {id}",
    "zh-CN": "{id} 的最终得分",
    "zh-TW": "{id} 的最終得分",
  },
  keepsProgress: {
    en: "Empty: the score stays {value}",
    "zh-CN": "留空：得分保持 {value}",
    "zh-TW": "留空：得分保持 {value}",
  },
  keepsFinal: {
    en: "The sheet's final score {value} stays; clear it in the sheet's Final score column to go back to progress.",
    "zh-CN": "工作表上的最终得分 {value} 保留；如要改回按进度计分，请在工作表“最终得分”列中清除。",
    "zh-TW":
      "工作表上的最終得分 {value} 保留；如要改回按進度計分，請在工作表「最終得分」欄中清除。",
  },
  grade: {
    en: "Grade if saved: {score} · {grade}",
    "zh-CN": "保存后评级：{score} · {grade}",
    "zh-TW": "儲存後評級：{score} · {grade}",
  },
  noGrade: {
    en: "No grade yet: no key result has a score.",
    "zh-CN": "暂无评级：没有关键结果有得分。",
    "zh-TW": "暫無評級：沒有關鍵結果有得分。",
  },
  reviewFields: {
    en: "Review: what worked, what did not, why, lesson",
    "zh-CN": "复盘：做得好的、没做好的、原因、经验",
    "zh-TW": "檢討：做得好的、沒做好的、原因、經驗",
  },
  carry: { en: "Carry over to the next period", "zh-CN": "延续到下期", "zh-TW": "延續到下期" },
  save: {
    en: "Save {sheet}",
    "zh-CN": "保存 {sheet}",
    "zh-TW": "儲存 {sheet}",
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

/** "Saved 1 final score", "Saved 3 final scores": the count in words. */
const SAVED_FORMS = {
  en: {
    one: "Saved {n} final score; the review is on {sheet}.",
    other: "Saved {n} final scores; the review is on {sheet}.",
  },
  "zh-CN": "已保存 {n} 个最终得分；复盘见 {sheet}。",
  "zh-TW": "已儲存 {n} 個最終得分；檢討見 {sheet}。",
};

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

const useStyles = makeStyles({
  objective: {
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  // One key result: its statement above, its progress and the final-score field on one line.
  kr: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  scoreLine: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  scoreInput: { width: "7em" },
});

/** The period's OKR sheets, in workbook order, from the form's objectives. */
const sheetsOf = (form: CloseForm) => [...new Set(form.objectives.map((o) => o.sheet))];

/** The objectives of one sheet under their owners, owners in the order they first appear. */
function byOwner(objectives: readonly CloseFormObjective[]) {
  const groups = new Map<string, CloseFormObjective[]>();
  for (const o of objectives) groups.set(o.owner, [...(groups.get(o.owner) ?? []), o]);
  return [...groups];
}

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
  const [form, setForm] = useState<PaneCloseForm | null>(null);
  // The fields as read (what saving compares with) and as typed, kept across sheets until saved.
  const [before, setBefore] = useState<CloseDraft | null>(null);
  const [draft, setDraft] = useState<CloseDraft | null>(null);
  const [nextPeriod, setNextPeriod] = useState("");
  const [mode, setMode] = useState<CarryMode>("marked");
  // The period to close: the latest not closed, until another is picked.
  const [picked, setPicked] = useState<Period | null>(null);
  // Read again after a save, so the fields start from what the sheet now holds.
  const [reads, setReads] = useState(0);
  // The sheet shown: the one open in Excel while it is one of the period's, else the one picked.
  const active = useActiveSheetName(excel);
  const [chosenSheet, setChosenSheet] = useState<string | null>(null);
  useEffect(() => {
    if (active !== null) setChosenSheet(active);
  }, [active]);

  useEffect(() => {
    void readCloseForm(excel, picked).then((read) => {
      const fields = draftOf(read);
      setForm(read);
      setBefore(fields);
      setDraft(fields);
      if (read.period) setNextPeriod(quarterOf(addDays(read.period.end, 1)).label);
    });
  }, [excel, picked, reads]);

  const saving = useOperation(
    async (progress: Progress, asOf: IsoDate, sheet: string, entries: CloseEntry[]) => {
      const result = await saveClose(withProgress(excel, progress), {
        asOf,
        entries,
        lang,
        today,
        period: form?.period ?? null,
      });
      if (!result.problems.length) setReads((n) => n + 1);
      return { ...result, sheet };
    },
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

  if (!form || !draft || !before) return <Caption1>{s("reading", lang)}</Caption1>;
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

  const sheets = sheetsOf(form);
  const sheet = chosenSheet !== null && sheets.includes(chosenSheet) ? chosenSheet : sheets[0];
  const objectives = form.objectives.filter((o) => o.sheet === sheet);
  const set = <K extends keyof CloseDraft>(key: K, id: string, value: CloseDraft[K][string]) =>
    setDraft({ ...draft, [key]: { ...draft[key], [id]: value } });

  const save = () =>
    // Closing grades the period: the workbook is scored as of its last day.
    void saving.run(period.end, sheet, changedEntries(objectives, draft, before, form.separators));
  const saved = saving.state.kind === "done" ? saving.state.result : null;
  const started = starting.state.kind === "done" ? starting.state.result : null;

  return (
    <section className={place.place} aria-label={s("tab", lang)}>
      <Caption1>{s("intro", lang)}</Caption1>
      {picker}
      {sheets.length > 1 && (
        <Field label={s("sheet", lang)}>
          <Select value={sheet} onChange={(_, d) => setChosenSheet(d.value)}>
            {sheets.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </Select>
        </Field>
      )}
      {byOwner(objectives).map(([owner, list]) => (
        <section key={owner} className={place.place} aria-label={owner || s("noOwner", lang)}>
          <Subtitle2 as="h2">{owner || s("noOwner", lang)}</Subtitle2>
          {list.map((o) => (
            <ObjectiveForm
              key={o.id}
              objective={o}
              draft={draft}
              before={before}
              set={set}
              separators={form.separators}
              lang={lang}
              className={styles}
            />
          ))}
        </section>
      ))}
      <div>
        <Button appearance="primary" onClick={save} disabled={saving.running}>
          {format(s("save", lang), { sheet })}
        </Button>
      </div>
      <OperationProgress operation={saving} lang={lang} />
      <OperationOutcome operation={saving} lang={lang}>
        {saved && (
          <MessageBar intent={saved.problems.length ? "error" : "success"} data-testid="closed">
            <MessageBarBody>
              {saved.problems.length === 0
                ? format(countOf(saved.scored, SAVED_FORMS, lang), {
                    sheet: saved.reviewSheet,
                  })
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

/** One objective: its key results' progress and final-score fields, the live grade, its review. */
function ObjectiveForm({
  objective: o,
  draft,
  before,
  set,
  separators,
  lang,
  className: styles,
}: {
  objective: CloseFormObjective;
  draft: CloseDraft;
  before: CloseDraft;
  set: <K extends keyof CloseDraft>(key: K, id: string, value: CloseDraft[K][string]) => void;
  /** Excel's decimal mark and digit grouping: a final score is read as Excel would read it. */
  separators: NumberSeparators;
  lang: Lang;
  className: ReturnType<typeof useStyles>;
}) {
  const preview = previewOf(o, draft, separators);
  return (
    <div className={styles.objective} data-testid={`close-${o.id}`}>
      <Text weight="semibold">{`${o.id} ${o.statement}`}</Text>
      <Text data-testid={`grade-${o.id}`} aria-live="polite">
        {preview.status === null
          ? s("noGrade", lang)
          : format(s("grade", lang), {
              score: percentText(preview.score),
              grade: gradeWord(preview.status, lang),
            })}
      </Text>
      {o.keyResults.map((k) => {
        const text = draft.scores[k.id] ?? "";
        const typed = typedScore(text, separators);
        const hadFinal = before.scores[k.id] !== "";
        const hint =
          typed.kind !== "none"
            ? undefined
            : hadFinal
              ? format(s("keepsFinal", lang), { value: before.scores[k.id] })
              : format(s("keepsProgress", lang), { value: percentText(k.progress) || "—" });
        return (
          <div key={k.id} className={styles.kr}>
            <Caption1>{`${k.id} ${k.statement}`}</Caption1>
            <Field
              label={format(s("progress", lang), { value: percentText(k.suggested) || "—" })}
              orientation="horizontal"
              hint={hint}
              validationMessage={
                typed.kind === "bad"
                  ? closeProblemText({ kind: "bad-score", id: k.id, value: text }, lang)
                  : undefined
              }
            >
              <Input
                className={styles.scoreInput}
                aria-label={format(s("finalScore", lang), { id: k.id })}
                value={text}
                placeholder={percentText(k.progress)}
                onChange={(_, d) => set("scores", k.id, d.value)}
              />
            </Field>
            {k.reached && (
              <Checkbox
                checked={draft.krCarry[k.id] ?? false}
                onChange={(_, d) => set("krCarry", k.id, Boolean(d.checked))}
                label={format(s("carryReached", lang), { id: k.id })}
                data-testid={`carry-kr-${k.id}`}
              />
            )}
          </div>
        );
      })}
      <Accordion collapsible>
        <AccordionItem value="review">
          <AccordionHeader size="small">{s("reviewFields", lang)}</AccordionHeader>
          <AccordionPanel>
            {REVIEW_TEXT_KEYS.map((key) => (
              <Field key={key} label={REVIEW_COLUMNS[key][lang]}>
                <Textarea
                  value={draft.texts[o.id]?.[key] ?? ""}
                  onChange={(_, d) => set("texts", o.id, { ...draft.texts[o.id], [key]: d.value })}
                />
              </Field>
            ))}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Checkbox
        checked={draft.carry[o.id] ?? false}
        onChange={(_, d) => set("carry", o.id, Boolean(d.checked))}
        label={s("carry", lang)}
      />
    </div>
  );
}
