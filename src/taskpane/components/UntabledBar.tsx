// Score's note when it turned an Excel table (from an earlier version of the add-in) into a plain
// range: a table gives every row of a column one formula (docs/ARCHITECTURE-TABLES.md).
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { joinList } from "../../domain/reading/i18n";
import type { Lang } from "../../domain/types";
import { SCORE_MESSAGES } from "../messages/score";
import { say } from "../messages/say";

export function UntabledBar({ lang, sheets = [] }: { lang: Lang; sheets?: readonly string[] }) {
  if (sheets.length === 0) return null;
  return (
    <MessageBar intent="info" data-testid="untabled">
      <MessageBarBody>
        {say(SCORE_MESSAGES.untabledNote, lang, { sheets: joinList(sheets, lang) })}
      </MessageBarBody>
    </MessageBar>
  );
}
