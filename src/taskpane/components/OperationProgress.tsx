// A long operation's progress: which phase of reading · checking · writing it is in, as a determinate
// bar with its words, and Cancel while nothing has been written yet.
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Localized } from "../../domain/types";
import { PHASES, type Phase } from "../office";
import type { Operation } from "../useOperation";
import { COMMON_MESSAGES } from "../messages/common";
import { say } from "../messages/say";

const PHASE_TEXT: Record<Phase, Localized> = {
  reading: COMMON_MESSAGES.phaseReading,
  checking: COMMON_MESSAGES.phaseChecking,
  writing: COMMON_MESSAGES.phaseWriting,
};

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

export function OperationProgress({
  operation,
  lang,
  phases = PHASES,
}: {
  operation: Pick<Operation<[], unknown>, "state" | "cancel" | "cancellable">;
  lang: Lang;
  /** The phases this operation goes through (Check only reads and checks). */
  phases?: readonly Phase[];
}) {
  const styles = useStyles();
  const { state } = operation;
  if (state.kind !== "running") return null;
  const phase = state.phase ?? phases[0];
  const step = Math.max(0, phases.indexOf(phase)) + 1;
  return (
    <div className={styles.root} data-testid="progress" data-phase={phase}>
      <Field
        className={styles.bar}
        validationMessage={say(COMMON_MESSAGES.phaseStep, lang, {
          step,
          steps: phases.length,
          phase: say(PHASE_TEXT[phase], lang),
        })}
        validationState="none"
      >
        <ProgressBar value={step} max={phases.length} thickness="large" />
      </Field>
      <Button size="small" onClick={operation.cancel} disabled={!operation.cancellable}>
        {say(COMMON_MESSAGES.cancel, lang)}
      </Button>
    </div>
  );
}
