// The "Who owes" place (issue 33): per owner, the key results without a check-in within the cadence
// and the actions overdue; then the objectives nobody owns and the department files Split sent that
// have not come back — the domain's chase (`okr chase`) over what the pane reads. Each owner gets a
// mailto: link with a draft in their sheet's language: the person's own mail program opens it,
// nothing is sent from here.
import {
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { OwnerDue } from "../../domain/chase/owing";
import {
  CHASE_TEXT,
  chaseMail,
  mailtoLink,
  ownerLines,
  ownerName,
} from "../../domain/chase/report";
import { todayIso } from "../../domain/reading/dates";
import type { IsoDate, Lang } from "../../domain/types";
import { selectCell } from "../../excel/check";
import { readWhoOwes } from "../../excel/chase";
import type { Chased } from "../../operations/chase";
import { checkDateInput } from "../dateInput";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { useOperation } from "../useOperation";
import { OperationOutcome } from "./bars";
import { OperationProgress } from "./OperationProgress";
import { AsOfRun } from "./AsOfRun";
import { PeriodPicker, usePeriods } from "./PeriodPicker";
import { usePlaceStyles } from "./placeStyles";
import { CHASE_MESSAGES } from "../messages/chase";
import { SHELL_MESSAGES } from "../messages/shell";
import { say } from "../messages/say";

const useStyles = makeStyles({
  item: {
    listStyle: "none",
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** The language of an owner's mail: their first sheet's, else the pane's. */
function mailLang(result: Chased, owner: OwnerDue, lang: Lang): Lang {
  const sheet = owner.krs[0]?.sheet;
  return (sheet && result.sheetLangs[sheet]) || Object.values(result.sheetLangs)[0] || lang;
}

export function ChasePanel({
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
  const [asOf, setAsOf] = useState(today);
  const date = checkDateInput(asOf, lang);
  const periods = usePeriods(excel);
  const reading = useOperation(
    (progress: Progress, on: IsoDate) =>
      readWhoOwes(withProgress(excel, progress), { asOf: on, period: periods.chosen }),
    CHASE_MESSAGES.chaseFailed,
    lang
  );
  const result = reading.state.kind === "done" ? reading.state.result : null;
  // Shown when the place opens, as of today, for the period shown by default.
  useEffect(() => {
    void reading.run(today);
  }, [excel]);

  return (
    <section className={place.place} aria-label={say(SHELL_MESSAGES.chaseTab, lang)}>
      <Caption1>{say(CHASE_MESSAGES.intro, lang)}</Caption1>
      <PeriodPicker {...periods} lang={lang} />
      <AsOfRun
        lang={lang}
        asOf={asOf}
        setAsOf={setAsOf}
        date={date}
        run={(on) => void reading.run(on)}
        running={reading.running}
        button={say(CHASE_MESSAGES.show, lang)}
        testId="chase-as-of"
      />
      <OperationProgress operation={reading} lang={lang} />
      <OperationOutcome operation={reading} lang={lang}>
        {result && (
          <div className={place.stack} data-testid="chase-result">
            <Text weight="semibold">
              {say(CHASE_TEXT.title, lang, {
                period: result.period ? `${result.period}, ` : "",
                asOf: result.asOf,
                cadence: result.cadence,
              })}
            </Text>
            {!result.owners.length && !result.noOwner.length && !result.notReturned.length && (
              <MessageBar intent="success" data-testid="chase-nobody">
                <MessageBarBody>{say(CHASE_TEXT.nobody, lang)}</MessageBarBody>
              </MessageBar>
            )}
            {result.owners.map((owner) => (
              <div key={owner.owner} className={place.stack} data-owner={owner.owner}>
                <Subtitle2 as="h2">{ownerName(owner, lang)}</Subtitle2>
                <ul className={place.stack}>
                  {ownerLines(owner, lang).map((line, i) => (
                    <li key={i} className={styles.item}>
                      <Text>{line}</Text>
                    </li>
                  ))}
                </ul>
                {owner.owner && (
                  <Link
                    href={mailtoLink(chaseMail(result, owner, mailLang(result, owner, lang)))}
                    data-testid="chase-mail"
                  >
                    {say(CHASE_MESSAGES.mail, lang, { owner: owner.owner })}
                  </Link>
                )}
              </div>
            ))}
            {result.noOwner.length > 0 && (
              <div className={place.stack} data-testid="chase-no-owner">
                <Subtitle2 as="h2">{say(CHASE_TEXT.noOwner, lang).replace(/[:：]$/, "")}</Subtitle2>
                <ul className={place.stack}>
                  {result.noOwner.map((o) => (
                    <li key={`${o.sheet}!${o.row}`} className={styles.item}>
                      <Link
                        as="button"
                        onClick={() => void selectCell(excel, o.sheet, `A${o.row}`)}
                      >
                        {say(CHASE_TEXT.noOwnerLine, lang, { ...o }).trim()}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {result.notReturned.length > 0 && (
              <div className={place.stack} data-testid="chase-not-returned">
                <Subtitle2 as="h2">
                  {say(CHASE_TEXT.notReturned, lang).replace(/[:：]$/, "")}
                </Subtitle2>
                <ul className={place.stack}>
                  {result.notReturned.map((f) => (
                    <li key={f.file} className={styles.item}>
                      <Text>{say(CHASE_TEXT.notReturnedLine, lang, { ...f }).trim()}</Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
      </OperationOutcome>
    </section>
  );
}
