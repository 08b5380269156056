// A key result's action plan in Check-in (seed 001): its actions from the Actions sheet, and a small
// form that adds one (written in one batch by src/excel/actions.ts).
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ACTION_STATUSES, type Action } from "../../domain/reading/actionsSheet";
import type { KeyResult, Lang } from "../../domain/types";
import { termLabel } from "../../domain/reading/vocabulary";
import { addAction, type AddActionResult } from "../../excel/actions";
import { checkDateInput } from "../dateInput";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { useOperation } from "../useOperation";
import { OperationOutcome } from "./bars";
import { COMMON_MESSAGES } from "../messages/common";
import { CHECKIN_MESSAGES } from "../messages/checkin";
import { say } from "../messages/say";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface KrActionsProps {
  kr: KeyResult;
  actions: readonly Action[];
  /** The workbook's Actions sheet, or null when it has none yet (adding one creates it). */
  actionsSheet: string | null;
  lang: Lang;
  excel: ExcelApi;
  /** Called after an action was added, to read the sheet again. */
  onAdded: () => void;
}

/** One action as a line: what, then owner · due · status (and whether it measures the KR). */
function actionLine(a: Action, lang: Lang): string {
  const status = a.status ? termLabel(ACTION_STATUSES, a.status, lang) : a.statusText || "—";
  const line = say(CHECKIN_MESSAGES.krActionLine, lang, {
    owner: a.owner || say(CHECKIN_MESSAGES.krActionNoOwner, lang),
    due: a.due ?? say(CHECKIN_MESSAGES.krActionNoDue, lang),
    status,
  });
  return a.measures ? `${line} · ${say(CHECKIN_MESSAGES.krActionMeasures, lang)}` : line;
}

export function KrActions({ kr, actions, actionsSheet, lang, excel, onAdded }: KrActionsProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [owner, setOwner] = useState(kr.owner);
  const [due, setDue] = useState("");
  const [measures, setMeasures] = useState(false);
  const [tried, setTried] = useState(false);
  const dueDate = due.trim() ? checkDateInput(due, lang) : null;
  const textMissing = text.trim() === "";

  const adding = useOperation(
    (progress: Progress): Promise<AddActionResult> =>
      addAction(withProgress(excel, progress), {
        sheet: actionsSheet,
        lang,
        action: {
          krId: kr.id,
          action: text.trim(),
          owner: owner.trim(),
          due: dueDate?.ok ? dueDate.value : null,
          measures,
        },
      }),
    CHECKIN_MESSAGES.addActionFailed,
    lang
  );
  const add = async () => {
    setTried(true);
    if (textMissing || (dueDate && !dueDate.ok)) return;
    await adding.run();
  };
  // Once written: an empty form, closed, and the sheet read again so the list shows the new action.
  useEffect(() => {
    if (adding.state.kind !== "done") return;
    setText("");
    setDue("");
    setMeasures(false);
    setTried(false);
    setOpen(false);
    onAdded();
  }, [adding.state]);
  const added = adding.state.kind === "done" ? adding.state.result : null;
  const id = (field: string) => `action-${field}-${kr.id}`;

  return (
    <div data-testid={`kr-actions-${kr.id}`}>
      <Text block size={200} weight="semibold">
        {say(CHECKIN_MESSAGES.krActionsHeading, lang)}
      </Text>
      {actions.length === 0 ? (
        <Caption1 block>{say(CHECKIN_MESSAGES.krNoActions, lang)}</Caption1>
      ) : (
        <ul className={styles.list}>
          {actions.map((a) => (
            <li key={a.row} data-row={a.row}>
              <Caption1>
                {a.action} — {actionLine(a, lang)}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <div className={styles.form}>
          <Field
            label={say(CHECKIN_MESSAGES.actionText, lang)}
            validationState={tried && textMissing ? "error" : "none"}
            validationMessage={
              tried && textMissing ? say(CHECKIN_MESSAGES.actionTextMissing, lang) : undefined
            }
          >
            <Input id={id("text")} value={text} onChange={(_, d) => setText(d.value)} />
          </Field>
          <div className={styles.row}>
            <Field label={say(CHECKIN_MESSAGES.actionOwner, lang)}>
              <Input id={id("owner")} value={owner} onChange={(_, d) => setOwner(d.value)} />
            </Field>
            <Field
              label={say(CHECKIN_MESSAGES.actionDue, lang)}
              hint={dueDate?.ok ? dueDate.words : undefined}
              validationState={dueDate && !dueDate.ok ? "error" : "none"}
              validationMessage={dueDate && !dueDate.ok ? dueDate.message : undefined}
            >
              <Input id={id("due")} value={due} onChange={(_, d) => setDue(d.value)} />
            </Field>
          </div>
          <Checkbox
            checked={measures}
            onChange={(_, d) => setMeasures(Boolean(d.checked))}
            label={say(CHECKIN_MESSAGES.actionMeasures, lang)}
          />
          <div className={styles.row}>
            <Button
              appearance="primary"
              size="small"
              onClick={() => void add()}
              disabled={adding.running}
            >
              {say(CHECKIN_MESSAGES.addAction, lang)}
            </Button>
            <Button size="small" onClick={() => setOpen(false)} disabled={adding.running}>
              {say(COMMON_MESSAGES.cancel, lang)}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button size="small" onClick={() => setOpen(true)}>
            {say(CHECKIN_MESSAGES.addAction, lang)}
          </Button>
        </div>
      )}
      <OperationOutcome operation={adding} lang={lang}>
        {added && (
          <MessageBar intent="success" data-testid="action-added">
            <MessageBarBody>
              {say(CHECKIN_MESSAGES.actionAdded, lang, { sheet: added.sheet, row: added.row })}
            </MessageBarBody>
          </MessageBar>
        )}
      </OperationOutcome>
    </div>
  );
}
