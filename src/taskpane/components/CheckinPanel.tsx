import {
  Button,
  Caption1,
  Field,
  Input,
  Link,
  Select,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { isActionsSheet, readActions, type Action } from "../../domain/reading/actionsSheet";
import { MINE_TEXT, myKeyResults, ownersOf, type MyKr } from "../../domain/chase/mine";
import { readHistory, type HistoryEntry } from "../../domain/reading/historySheet";
import { isHistorySheet } from "../../domain/reading/ownSheets";
import type { OkrSheet } from "../../domain/reading/sheet";
import { checkinProblemText } from "../../domain/checkins/messages";
import type { CheckinProblem } from "../../domain/checkins/plan";
import { todayIso } from "../../domain/reading/dates";
import { joinList } from "../../domain/reading/i18n";
import { idKey } from "../../domain/reading/ids";
import { EN_US_SEPARATORS, type NumberSeparators } from "../../domain/reading/numbers";
import { writesShares } from "../../domain/scoring/values";
import type { IsoDate, KeyResult, Lang, Period } from "../../domain/types";
import { saveCheckin } from "../../excel/checkin";
import { selectCell } from "../../excel/check";
import { readWorkbook } from "../../excel/readWorkbook";
import { cadenceFrom } from "../../excel/settings";
import { linksOtherWorkbook, linkTarget } from "../../domain/reading/linked";
import {
  draftOf,
  draftProblems,
  entriesOf,
  fieldId,
  isEdited,
  tidied,
  type Draft,
  type DraftField,
  type FieldProblem,
} from "../checkinDraft";
import { checkDateInput, clampIntoPeriod, outsidePeriod } from "../dateInput";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { useFollowActiveSheet } from "../useActiveSheet";
import { useOperation } from "../useOperation";
import { usePlaceStyles } from "./placeStyles";
import { OperationOutcome, SuccessBar } from "./bars";
import { OperationProgress } from "./OperationProgress";
import { KrActions } from "./KrActions";
import { CadenceSetting } from "./CadenceSetting";
import { COMMON_MESSAGES } from "../messages/common";
import { CHECKIN_MESSAGES } from "../messages/checkin";
import { SHELL_MESSAGES } from "../messages/shell";
import { COUNTS } from "../messages/counts";
import { count, say } from "../messages/say";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    listStyle: "none",
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  inputs: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    // A message under one field must not stretch its neighbour.
    alignItems: "start",
    // Fluent inputs have a minimum width; in a narrow pane the two columns must be able to shrink.
    "& .fui-Input": { minWidth: 0 },
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  summary: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

/** The active sheet as the form needs it: its key results and the period a check-in belongs to. */
export interface CheckinView {
  sheet: string;
  okrSheet: boolean;
  keyResults: KeyResult[];
  period: Period | null;
  /** The workbook's Actions sheet (null when it has none) and its actions, shown under their KRs. */
  actionsSheet: string | null;
  actions: Action[];
  /** Days between check-ins, the workbook's setting. */
  cadence: number;
  /** The OKR sheets of the active sheet's period, and the check-in history ("My key results"). */
  periodSheets: OkrSheet[];
  history: HistoryEntry[];
  /** The marks Excel reads typed numbers with: the form reads and shows numbers with them. */
  separators: NumberSeparators;
}

/**
 * Reads the active sheet (one round trip). readCheckinForm in src/excel gives the same without the
 * period; once it carries `period`, this becomes a call to it.
 */
async function readCheckinView(excel: ExcelApi): Promise<CheckinView> {
  // With the Current cells' formulas: a linked key result is shown read-only.
  const { sheets, cells, activeSheet, separators } = await readWorkbook(
    excel,
    {},
    { links: true, separators: true }
  );
  const sheet = sheets.find((s) => s.name === activeSheet && s.match);
  const plan = cells.find((c) => isActionsSheet(c.rows));
  const history = cells.find((c) => isHistorySheet(c.rows));
  const label = sheet?.header.period?.label ?? null;
  return {
    sheet: activeSheet ?? "", // none while a chart sheet is active
    okrSheet: Boolean(sheet),
    keyResults: sheet ? [...sheet.orphans, ...sheet.objectives.flatMap((o) => o.keyResults)] : [],
    period: sheet?.header.period ?? null,
    actionsSheet: plan?.name ?? null,
    actions: plan ? readActions(plan.rows) : [],
    cadence: cadenceFrom(cells),
    periodSheets: sheets.filter((s) => s.match && (s.header.period?.label ?? null) === label),
    history: history ? readHistory(history.rows) : [],
    separators: separators ?? EN_US_SEPARATORS,
  };
}

/** Problems the save found, placed at their fields where they have one. */
function savedProblems(problems: readonly CheckinProblem[], lang: Lang): FieldProblem[] {
  return problems.map((p) => ({
    // A problem of the sheet, not of one key result, is listed without a field to go to.
    id: "id" in p ? p.id : "",
    field: p.kind === "bad-confidence" ? "confidence" : "value",
    message: checkinProblemText(p, lang),
  }));
}

/** A record without one of its keys. */
function without<T>(all: Record<string, T>, key: string): Record<string, T> {
  const rest = { ...all };
  delete rest[key];
  return rest;
}

export interface CheckinPanelProps {
  lang: Lang;
  excel: ExcelApi;
  today?: IsoDate;
}

/**
 * The "Check-in" place: this week's values for every key result of the active sheet. It follows the
 * sheet a person opens (a button where Excel refuses to say) and keeps unsaved edits per sheet.
 */
export function CheckinPanel({ lang, excel, today = todayIso() }: CheckinPanelProps) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [dates, setDates] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [askDiscard, setAskDiscard] = useState(false);
  /** "My key results": the owner picked ("" for everyone); kept from sheet to sheet. */
  const [owner, setOwner] = useState("");

  const reading = useOperation(
    (progress: Progress) => readCheckinView(withProgress(excel, progress)),
    CHECKIN_MESSAGES.readFailed,
    lang,
    { focusOutcome: false }
  );
  const view = reading.last;
  const allKrs = view?.keyResults ?? [];
  const sheet = view?.sheet ?? "";
  const owners = view ? ownersOf(view.periodSheets) : [];
  const mine: MyKr[] | null =
    owner && view
      ? myKeyResults({
          sheets: view.periodSheets,
          owner,
          history: view.history,
          asOf: today,
          cadence: view.cadence,
          period: view.period,
        })
      : null;
  const mineHere = mine?.filter((m) => m.sheet === sheet) ?? [];
  const mineOf = (kr: KeyResult) => mineHere.find((m) => idKey(m.id) === idKey(kr.id));
  // The form lists the owner's key results only; what was typed for the others is kept.
  const krs = mine ? allKrs.filter((kr) => mineOf(kr)) : allKrs;
  const elsewhereMine = [...new Set((mine ?? []).map((m) => m.sheet))].filter((n) => n !== sheet);
  const marks = view?.separators ?? EN_US_SEPARATORS;
  const draft = drafts[sheet] ?? draftOf(allKrs, lang, marks);
  const dateText = dates[sheet] ?? clampIntoPeriod(today, view?.period ?? null);
  const date = checkDateInput(dateText, lang);
  const problems = draftProblems(draft, allKrs, lang, marks);
  const edited = view !== null && isEdited(draft, allKrs, lang, marks);

  const saving = useOperation(
    async (progress: Progress, on: IsoDate) => {
      const result = await saveCheckin(withProgress(excel, progress), {
        sheet,
        date: on,
        entries: entriesOf(draft, allKrs, lang, marks),
        linked: Object.fromEntries(allKrs.flatMap((kr) => (kr.link ? [[kr.id, kr.link]] : []))),
        lang,
      });
      return { ...result, date: on, sheet };
    },
    CHECKIN_MESSAGES.checkinFailed,
    lang
  );
  const saved = saving.state.kind === "done" ? saving.state.result : null;
  const shownProblems =
    saved && saved.problems.length && saved.sheet === sheet
      ? savedProblems(saved.problems, lang)
      : attempted
        ? problems
        : problems.filter((p) => touched.has(fieldId(p.id, p.field)));

  // Read when the place opens, and again whenever another sheet is activated (a read that is asked
  // for while one runs happens right after it, so the form always ends on the active sheet).
  const again = useRef(false);
  const read = useRef(() => {});
  read.current = () => {
    if (reading.running) again.current = true;
    else void reading.run();
  };
  // A saved sheet's edits, dropped once the read after the save has answered (see below). Before
  // the queue below starts a read asked for meanwhile, so that one is waited for too.
  const settle = useRef<{ sheet: string; draft?: Draft; date?: string } | null>(null);
  useEffect(() => {
    const saved = settle.current;
    if (!saved || reading.running || again.current) return;
    settle.current = null;
    // Edits typed while it read are newer than the save: they stay.
    setDrafts((all) => (all[saved.sheet] === saved.draft ? without(all, saved.sheet) : all));
    setDates((all) => (all[saved.sheet] === saved.date ? without(all, saved.sheet) : all));
  }, [reading.last]);
  useEffect(() => {
    if (!reading.running && again.current) {
      again.current = false;
      void reading.run();
    }
  }, [reading.running]);
  const follows = useFollowActiveSheet(excel, () => read.current());
  useEffect(() => read.current(), [excel]);

  // A new sheet in the form: start from a clean slate of messages (its edits are kept in `drafts`).
  useEffect(() => {
    setAttempted(false);
    setAskDiscard(false);
  }, [sheet]);

  const edit = (id: string, field: DraftField, value: string) =>
    setDrafts((all) => ({
      ...all,
      [sheet]: { ...draft, [id]: { ...draft[id], [field]: value } },
    }));
  const touch = (id: string, field: DraftField) =>
    setTouched((all) => new Set(all).add(fieldId(id, field)));
  const discard = () => {
    setDrafts((all) => without(all, sheet));
    setDates((all) => without(all, sheet));
    setTouched(new Set());
    setAskDiscard(false);
  };
  const nothing = view !== null && entriesOf(draft, allKrs, lang, marks).length === 0;
  const save = async () => {
    setAttempted(true);
    if (nothing) return;
    if (!date.ok || problems.length) {
      document
        .getElementById(problems.length ? "checkin-problems-summary" : "checkin-date")
        ?.focus();
      return;
    }
    await saving.run(date.value);
  };
  // After a save that wrote, the sheet holds the draft: read it back so the form and the sheet agree.
  // The draft stays on show until the read answers: dropped at once, the fields went back to the
  // values read before the save while Excel answered, as if the save had been lost.
  useEffect(() => {
    if (saving.state.kind === "done" && saving.state.result.problems.length === 0) {
      const done = saving.state.result.sheet;
      settle.current = { sheet: done, draft: drafts[done], date: dates[done] };
      read.current();
    }
  }, [saving.state]);

  const problemAt = (id: string, field: DraftField) =>
    shownProblems.find((p) => p.id === id && p.field === field);
  const elsewhere = Object.keys(drafts).filter((name) => name !== sheet);
  const outside = date.ok && outsidePeriod(date.value, view?.period ?? null);
  const fieldProps = (kr: KeyResult, field: DraftField) => {
    const problem = field === "comment" ? undefined : problemAt(kr.id, field);
    return {
      validationState: problem ? ("error" as const) : ("none" as const),
      validationMessage: problem?.message,
    };
  };
  const input = (kr: KeyResult, field: DraftField) => (
    <Input
      id={fieldId(kr.id, field)}
      // A linked Current shows what its formula gives; the formula is never replaced from here.
      readOnly={field === "value" && Boolean(kr.link)}
      value={draft[kr.id]?.[field] ?? ""}
      onChange={(_, d) => edit(kr.id, field, d.value)}
      onBlur={() => {
        touch(kr.id, field);
        const text = draft[kr.id]?.[field] ?? "";
        const tidy = tidied(text, field, writesShares(kr), lang, marks);
        if (tidy !== text) edit(kr.id, field, tidy);
      }}
      data-field={field}
    />
  );

  return (
    <section className={place.place} aria-label={say(SHELL_MESSAGES.checkinTab, lang)}>
      <Caption1>{say(CHECKIN_MESSAGES.checkinIntro, lang)}</Caption1>
      {follows === false || reading.state.kind === "failed" ? (
        <div>
          <Button onClick={() => read.current()} disabled={reading.running || saving.running}>
            {say(CHECKIN_MESSAGES.reloadSheet, lang)}
          </Button>
        </div>
      ) : (
        follows && (
          <Caption1 data-testid="checkin-follows">
            {say(CHECKIN_MESSAGES.checkinFollows, lang)}
          </Caption1>
        )
      )}
      {reading.running && <Spinner size="small" label={say(COMMON_MESSAGES.phaseReading, lang)} />}
      <OperationOutcome operation={reading} lang={lang} />
      {elsewhere.length > 0 && (
        <MessageBar intent="info" data-testid="checkin-unsaved-elsewhere">
          <MessageBarBody>
            {say(CHECKIN_MESSAGES.checkinUnsavedElsewhere, lang, {
              sheets: joinList(elsewhere, lang),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {view && !view.okrSheet && (
        <MessageBar intent="info" data-testid="checkin-not-okr">
          <MessageBarBody>{say(CHECKIN_MESSAGES.checkinNotOkr, lang, { sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {view && view.okrSheet && owners.length > 0 && (
        <Field label={say(CHECKIN_MESSAGES.checkinOwner, lang)}>
          <Select value={owner} onChange={(_, d) => setOwner(d.value)} data-testid="checkin-owner">
            <option value="">{say(CHECKIN_MESSAGES.checkinEveryone, lang)}</option>
            {owners.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {mine && (
        <div data-testid="checkin-mine">
          <Caption1>
            {mineHere.length
              ? say(CHECKIN_MESSAGES.checkinMine, lang, {
                  owner,
                  count: count(COUNTS.keyResults, mineHere.length, lang),
                  due: mineHere.filter((m) => m.due).length,
                })
              : say(CHECKIN_MESSAGES.checkinMineNone, lang, { owner, sheet })}
          </Caption1>
          {elsewhereMine.length > 0 && (
            <Caption1>
              {say(CHECKIN_MESSAGES.checkinMineElsewhere, lang)}{" "}
              {elsewhereMine.map((name, i) => (
                <span key={name}>
                  {i > 0 && ", "}
                  <Link onClick={() => void selectCell(excel, name, "A1")}>{name}</Link>
                </span>
              ))}
            </Caption1>
          )}
        </div>
      )}
      {view && view.okrSheet && !mine && krs.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{say(CHECKIN_MESSAGES.checkinNoKrs, lang, { sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {view && krs.length > 0 && (
        <>
          <Text weight="semibold" data-testid="checkin-sheet">
            {sheet}
          </Text>
          {shownProblems.length > 0 && (
            <MessageBar
              intent="error"
              data-testid="checkin-problems"
              id="checkin-problems-summary"
              tabIndex={-1}
            >
              <MessageBarBody>
                <MessageBarTitle>
                  {say(CHECKIN_MESSAGES.fixTheseTitle, lang, {
                    count: count(COUNTS.fields, shownProblems.length, lang),
                  })}
                </MessageBarTitle>
                <ul className={styles.summary}>
                  {shownProblems.map((p) => (
                    <li key={`${p.field}${p.id}`}>
                      <Link
                        as="button"
                        onClick={() => document.getElementById(fieldId(p.id, p.field))?.focus()}
                      >
                        {p.message}
                      </Link>
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <Field
            label={say(CHECKIN_MESSAGES.checkinDate, lang)}
            hint={date.ok ? date.words : undefined}
            validationMessage={
              !date.ok
                ? date.message
                : outside && view.period
                  ? say(CHECKIN_MESSAGES.dateOutsidePeriod, lang, {
                      date: date.value,
                      period: view.period.label,
                      start: view.period.start,
                      end: view.period.end,
                    })
                  : undefined
            }
            validationState={!date.ok ? "error" : outside ? "warning" : "none"}
          >
            <Input
              id="checkin-date"
              value={dateText}
              onChange={(_, d) => setDates((all) => ({ ...all, [sheet]: d.value }))}
              data-testid="checkin-date"
            />
          </Field>
          <ul className={styles.list} data-testid="checkin-list">
            {krs.map((kr) => (
              <li key={kr.id} className={styles.item} data-kr={kr.id}>
                <Text weight="semibold">{kr.id}</Text>
                <Caption1>{kr.statement}</Caption1>
                {mine && <DueLine kr={mineOf(kr)} lang={lang} />}
                <div className={styles.inputs}>
                  <Field
                    label={`${say(CHECKIN_MESSAGES.currentValue, lang)}${kr.unit ? ` (${kr.unit})` : ""}`}
                    hint={
                      kr.link
                        ? say(
                            linksOtherWorkbook(kr.link)
                              ? CHECKIN_MESSAGES.checkinLinkedOtherBook
                              : CHECKIN_MESSAGES.checkinLinked,
                            lang,
                            { link: linkTarget(kr.link) }
                          )
                        : undefined
                    }
                    data-linked={kr.link ? linkTarget(kr.link) : undefined}
                    {...fieldProps(kr, "value")}
                  >
                    {input(kr, "value")}
                  </Field>
                  <Field
                    label={say(CHECKIN_MESSAGES.confidenceLabel, lang)}
                    {...fieldProps(kr, "confidence")}
                  >
                    {input(kr, "confidence")}
                  </Field>
                </div>
                <Field label={say(CHECKIN_MESSAGES.commentLabel, lang)}>
                  {input(kr, "comment")}
                </Field>
                <KrActions
                  kr={kr}
                  actions={(view.actions ?? []).filter((a) => idKey(a.krId) === idKey(kr.id))}
                  actionsSheet={view.actionsSheet ?? null}
                  lang={lang}
                  excel={excel}
                  onAdded={() => read.current()}
                />
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              onClick={() => void save()}
              disabled={saving.running || reading.running}
            >
              {say(CHECKIN_MESSAGES.saveCheckin, lang)}
            </Button>
            {/* While the sheet is read (after a save, the saved draft still on show) the form
                cannot tell saved values from edits: nothing is offered for discarding. */}
            {edited && !reading.running && (
              <Button onClick={() => setAskDiscard(true)} disabled={saving.running}>
                {say(CHECKIN_MESSAGES.discardEdits, lang)}
              </Button>
            )}
          </div>
          {attempted && nothing && (
            <MessageBar intent="info" data-testid="checkin-nothing">
              <MessageBarBody>{say(CHECKIN_MESSAGES.checkinNothing, lang)}</MessageBarBody>
            </MessageBar>
          )}
          {askDiscard && (
            <MessageBar intent="warning" data-testid="discard-ask">
              <MessageBarBody>{say(CHECKIN_MESSAGES.discardAsk, lang, { sheet })}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={discard}>
                  {say(CHECKIN_MESSAGES.discardEdits, lang)}
                </Button>
                <Button size="small" onClick={() => setAskDiscard(false)}>
                  {say(CHECKIN_MESSAGES.keepEditing, lang)}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </>
      )}
      {view && view.okrSheet && <CadenceSetting excel={excel} days={view.cadence} lang={lang} />}
      <OperationProgress operation={saving} lang={lang} />
      <OperationOutcome operation={saving} lang={lang}>
        {saved && saved.problems.length === 0 && (
          <SuccessBar testId="checkin-saved" title={say(CHECKIN_MESSAGES.checkinSavedTitle, lang)}>
            {say(CHECKIN_MESSAGES.checkinSavedBody, lang, {
              count: count(COUNTS.keyResults, saved.recorded, lang),
              date: saved.date,
            })}{" "}
            <Link onClick={() => void selectCell(excel, saved.historySheet, "A1")}>
              {say(COMMON_MESSAGES.openSheet, lang, { sheet: saved.historySheet })}
            </Link>
          </SuccessBar>
        )}
      </OperationOutcome>
    </section>
  );
}

/** "My key results": whether a key result is due this week, and its last check-in. */
function DueLine({ kr, lang }: { kr: MyKr | undefined; lang: Lang }) {
  if (!kr) return null;
  const last = kr.last ? say(MINE_TEXT.last, lang, { last: kr.last }) : say(MINE_TEXT.never, lang);
  return (
    <Caption1 data-due={kr.due ? "yes" : "no"}>
      {kr.due ? say(MINE_TEXT.due, lang) : say(MINE_TEXT.fresh, lang)} · {last}
    </Caption1>
  );
}
