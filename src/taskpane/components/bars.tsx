// The message bars every place of the pane shows the same way: a failure, and what an older Excel
// left out.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { format, joinList } from "../../domain/i18n";
import type { Lang } from "../../domain/types";
import type { PlanFeature } from "../../excel/applyPlan";
import { t } from "../strings";
import { skippedNote } from "./featureNotes";

/** "Something went wrong" and what happened, in the pane's language. */
export function FailureBar({
  lang,
  message,
  testId,
}: {
  lang: Lang;
  message: string;
  testId?: string;
}) {
  return (
    <MessageBar intent="error" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{t("failedTitle", lang)}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

/** What this Excel could not show, and the old tables Score made plain ranges, if any. */
export function SkippedBar({
  lang,
  skipped,
  untabled = [],
}: {
  lang: Lang;
  skipped: readonly PlanFeature[];
  untabled?: readonly string[];
}) {
  const note = skippedNote(skipped, lang);
  return (
    <>
      {note && (
        <MessageBar intent="warning">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {untabled.length > 0 && (
        <MessageBar intent="info" data-testid="untabled">
          <MessageBarBody>
            {format(t("untabledNote", lang), { sheets: joinList(untabled, lang) })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
