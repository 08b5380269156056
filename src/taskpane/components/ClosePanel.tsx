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
import { useEffect, useRef, useState } from "react";
import { closeProblemText, nextProblemText } from "../../domain/close/messages";
import { CARRY_MODES, type CarryMode, type NextNote } from "../../domain/close/next";
import type { CloseEntry } from "../../domain/close/plan";
import { gradeWord } from "../../domain/close/gradePreview";
import { REVIEW_COLUMNS, REVIEW_TEXT_KEYS } from "../../domain/close/periodReview";
import { addDays, todayIso } from "../../domain/reading/dates";
import { parsePeriod, quarterOf } from "../../domain/reading/period";
import type { NumberSeparators } from "../../domain/reading/numbers";
import type { IsoDate, Lang, Period } from "../../domain/types";
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
  keepUnsaved,
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
import { usePlaceStyles } from "./placeStyles";
import { PeriodPicker } from "./PeriodPicker";
import { COMMON_MESSAGES } from "../messages/common";
import { CLOSE_MESSAGES } from "../messages/close";
import { SHELL_MESSAGES } from "../messages/shell";
import { count, say } from "../messages/say";

/** What to look at on the new sheets, one line each (okr next prints the same). */
function nextNoteText(n: NextNote, lang: Lang): string {
  switch (n.kind) {
    case "target-dropped":
      return say(CLOSE_MESSAGES.noteTarget, lang, n);
    case "statement-updated":
      return say(CLOSE_MESSAGES.noteStatement, lang, n);
    case "statement-flagged":
      return say(CLOSE_MESSAGES.noteStatementFlagged, lang, n);
    case "parent-not-carried":
      return say(CLOSE_MESSAGES.noteParent, lang, n);
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
  /** The period the form shown was read for (`picked` then, null for the default). */
  const [readFor, setReadFor] = useState<Period | null>(null);
  // Read again after a save, so the fields start from what the sheet now holds; `answered` is the
  // last of those reads that has answered (Save waits for it: it compares with what was read).
  const [reads, setReads] = useState(0);
  const [answered, setAnswered] = useState(0);
  /** The sheet just saved: its fields as sent, for the read after the save. */
  const sent = useRef<{ ids: ReadonlySet<string>; draft: CloseDraft } | null>(null);
  /** The fields as shown now, for a read that answers later. */
  const shown = useRef({ draft, before });
  shown.current = { draft, before };
  /** The next period as last proposed: replaced by the next proposal unless a person changed it. */
  const proposed = useRef("");
  // The sheet shown: the one open in Excel while it is one of the period's, else the one picked.
  const active = useActiveSheetName(excel);
  const [chosenSheet, setChosenSheet] = useState<string | null>(null);
  useEffect(() => {
    if (active !== null) setChosenSheet(active);
  }, [active]);

  useEffect(() => {
    let live = true;
    void readCloseForm(excel, picked)
      .then((read) => {
        if (!live) return;
        const fields = draftOf(read);
        const saved = sent.current;
        sent.current = null;
        const now = shown.current;
        setForm(read);
        setReadFor(picked);
        setBefore(fields);
        // After a save, what a person typed and has not saved stays: on the other sheets, and on
        // the saved one what was typed while it read.
        setDraft(
          saved && now.draft && now.before
            ? keepUnsaved(fields, now.draft, now.before, saved.draft, saved.ids)
            : fields
        );
        if (read.period) {
          const next = quarterOf(addDays(read.period.end, 1)).label;
          const last = proposed.current;
          proposed.current = next;
          setNextPeriod((typed) => (typed === last ? next : typed));
        }
      })
      .finally(() => live && setAnswered(reads));
    return () => {
      live = false;
    };
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
      if (!result.problems.length) {
        const ids = form?.objectives
          .filter((o) => o.sheet === sheet)
          .flatMap((o) => [o.id, ...o.keyResults.map((k) => k.id)]);
        if (draft) sent.current = { ids: new Set(ids), draft };
        setReads((n) => n + 1);
      }
      return { ...result, sheet };
    },
    COMMON_MESSAGES.scoreFailed,
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
    COMMON_MESSAGES.createFailed,
    lang
  );

  if (!form || !draft || !before) return <Caption1>{say(CLOSE_MESSAGES.reading, lang)}</Caption1>;
  const { period, asOf } = form;
  // A period picked shows at once, while its sheets are read; until they are, nothing is saved.
  const reading = readFor !== picked || answered < reads;
  const picker = (
    <PeriodPicker
      periods={form.periods}
      chosen={picked ?? period}
      choose={(label) =>
        setPicked(form.periods.find((p) => p.period.label === label)?.period ?? null)
      }
      lang={lang}
    />
  );
  if (!period || !asOf)
    return (
      <MessageBar intent="info">
        <MessageBarBody>{say(CLOSE_MESSAGES.noPeriod, lang)}</MessageBarBody>
      </MessageBar>
    );
  if (!closeIsOpen(period, asOf))
    return (
      <>
        {picker}
        <MessageBar intent="info" data-testid="close-not-yet">
          <MessageBarBody>
            {say(CLOSE_MESSAGES.notYet, lang, {
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
    <section className={place.place} aria-label={say(SHELL_MESSAGES.closeTab, lang)}>
      <Caption1>{say(CLOSE_MESSAGES.intro, lang)}</Caption1>
      {picker}
      {sheets.length > 1 && (
        <Field label={say(CLOSE_MESSAGES.sheet, lang)}>
          <Select value={sheet} onChange={(_, d) => setChosenSheet(d.value)}>
            {sheets.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </Select>
        </Field>
      )}
      {byOwner(objectives).map(([owner, list]) => (
        <section
          key={owner}
          className={place.place}
          aria-label={owner || say(CLOSE_MESSAGES.noOwner, lang)}
        >
          <Subtitle2 as="h2">{owner || say(CLOSE_MESSAGES.noOwner, lang)}</Subtitle2>
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
        <Button appearance="primary" onClick={save} disabled={saving.running || reading}>
          {say(CLOSE_MESSAGES.save, lang, { sheet })}
        </Button>
      </div>
      <OperationProgress operation={saving} lang={lang} />
      <OperationOutcome operation={saving} lang={lang}>
        {saved && (
          <MessageBar intent={saved.problems.length ? "error" : "success"} data-testid="closed">
            <MessageBarBody>
              {saved.problems.length === 0
                ? count(CLOSE_MESSAGES.savedScores, saved.scored, lang, {
                    sheet: saved.reviewSheet,
                  })
                : saved.problems.map((p, i) => <div key={i}>{closeProblemText(p, lang)}</div>)}
            </MessageBarBody>
          </MessageBar>
        )}
      </OperationOutcome>

      <Field label={say(CLOSE_MESSAGES.next, lang)}>
        <Input value={nextPeriod} onChange={(_, d) => setNextPeriod(d.value)} />
      </Field>
      <Field label={say(CLOSE_MESSAGES.carryMode, lang)}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as CarryMode)}>
          {CARRY_MODES.map((m) => (
            <Radio key={m} value={m} label={say(CLOSE_MESSAGES[m], lang)} />
          ))}
        </RadioGroup>
      </Field>
      <div>
        <Button onClick={() => void starting.run(nextPeriod)} disabled={starting.running}>
          {say(CLOSE_MESSAGES.start, lang)}
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
                ? say(CLOSE_MESSAGES.badPeriod, lang)
                : started.problems.length
                  ? started.problems.map((p, i) => (
                      <div key={i}>{nextProblemText(p, nextPeriod, lang)}</div>
                    ))
                  : started.sheets.length
                    ? say(CLOSE_MESSAGES.started, lang, { sheets: started.sheets.join(", ") })
                    : say(CLOSE_MESSAGES.nothingCarried, lang)}
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
          ? say(CLOSE_MESSAGES.noGrade, lang)
          : say(CLOSE_MESSAGES.grade, lang, {
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
              ? say(CLOSE_MESSAGES.keepsFinal, lang, { value: before.scores[k.id] })
              : say(CLOSE_MESSAGES.keepsProgress, lang, { value: percentText(k.progress) || "—" });
        return (
          <div key={k.id} className={styles.kr}>
            <Caption1>{`${k.id} ${k.statement}`}</Caption1>
            <Field
              label={say(CLOSE_MESSAGES.progress, lang, { value: percentText(k.suggested) || "—" })}
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
                aria-label={say(CLOSE_MESSAGES.finalScore, lang, { id: k.id })}
                value={text}
                placeholder={percentText(k.progress)}
                onChange={(_, d) => set("scores", k.id, d.value)}
              />
            </Field>
            {k.reached && (
              <Checkbox
                checked={draft.krCarry[k.id] ?? false}
                onChange={(_, d) => set("krCarry", k.id, Boolean(d.checked))}
                label={say(CLOSE_MESSAGES.carryReached, lang, { id: k.id })}
                data-testid={`carry-kr-${k.id}`}
              />
            )}
          </div>
        );
      })}
      <Accordion collapsible>
        <AccordionItem value="review">
          <AccordionHeader size="small">{say(CLOSE_MESSAGES.reviewFields, lang)}</AccordionHeader>
          <AccordionPanel>
            {REVIEW_TEXT_KEYS.map((key) => (
              <Field key={key} label={say(REVIEW_COLUMNS[key], lang)}>
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
        label={say(CLOSE_MESSAGES.carry, lang)}
      />
    </div>
  );
}
