// Check's quick fixes beside a finding: "Fix" writes this finding's cells, "Fix all of this kind"
// the cells of every finding of the same rule — each in one batch, only input cells.
import { errorText } from "../errorText";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { fixFor, fixOffered } from "../../domain/rules/fixes";
import type { Finding, Lang } from "../../domain/types";
import { fixFindings } from "../../excel/fix";
import type { ExcelApi } from "../office";
import { CHECK_MESSAGES } from "../messages/check";
import { say } from "../messages/say";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FixButtonsProps {
  lang: Lang;
  excel: ExcelApi;
  finding: Finding;
  /** Every finding of the check, for "Fix all of this kind". */
  findings: readonly Finding[];
  /** Called after cells were written, so the pane checks again. */
  onFixed: () => void;
}

export function FixButtons({ lang, excel, finding, findings, onFixed }: FixButtonsProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: "info" | "error"; text: string } | null>(null);
  const fix = fixFor(finding.ruleId);
  if (!fix || !fixOffered(finding)) return null;
  const kind = findings.filter((f) => f.ruleId === finding.ruleId && fixOffered(f));

  const apply = async (which: readonly Finding[]) => {
    setBusy(true);
    setMessage(null);
    try {
      const edits = await fixFindings(excel, which);
      if (edits.length === 0)
        setMessage({ intent: "info", text: say(CHECK_MESSAGES.nothingToFix, lang) });
      else onFixed();
    } catch (error) {
      setMessage({
        intent: "error",
        text: say(CHECK_MESSAGES.fixFailed, lang, { error: errorText(error, lang) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className={styles.actions}>
        <Button size="small" disabled={busy} onClick={() => apply([finding])}>
          {say(fix.label, lang)}
        </Button>
        {kind.length > 1 && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => apply(kind)}>
            {say(CHECK_MESSAGES.fixAllOfKind, lang, { count: kind.length })}
          </Button>
        )}
      </div>
      {message && (
        <MessageBar intent={message.intent} data-testid="fix-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
