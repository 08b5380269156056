// The message bars every place of the pane shows the same way: a failure, and what an older Excel
// left out.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
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

/** What this Excel could not show, when it left anything out. */
export function SkippedBar({ lang, skipped }: { lang: Lang; skipped: readonly PlanFeature[] }) {
  const note = skippedNote(skipped, lang);
  if (!note) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{note}</MessageBarBody>
    </MessageBar>
  );
}
