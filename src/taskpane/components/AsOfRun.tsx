// The as-of date and the button that runs a place's operation as of it (Score, Who owes): the date
// read back in words, its problem at the field, the button off while it cannot run.
import { Button, Field, Input } from "@fluentui/react-components";
import type { IsoDate, Lang } from "../../domain/types";
import type { DateInput } from "../dateInput";
import { COMMON_MESSAGES } from "../messages/common";
import { say } from "../messages/say";

export interface AsOfRunProps {
  lang: Lang;
  asOf: string;
  setAsOf: (text: string) => void;
  /** The typed date as read (checkDateInput). */
  date: DateInput;
  run: (date: IsoDate) => void;
  running: boolean;
  button: string;
  testId: string;
}

export function AsOfRun({ lang, asOf, setAsOf, date, run, running, button, testId }: AsOfRunProps) {
  return (
    <>
      <Field
        label={say(COMMON_MESSAGES.asOfLabel, lang)}
        hint={date.ok ? date.words : undefined}
        validationMessage={date.ok ? undefined : date.message}
        validationState={date.ok ? "none" : "error"}
      >
        <Input value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid={testId} />
      </Field>
      <div>
        <Button
          appearance="primary"
          onClick={() => date.ok && run(date.value)}
          disabled={!date.ok || running}
        >
          {button}
        </Button>
      </div>
    </>
  );
}
