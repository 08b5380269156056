// The message bars every place of the pane shows the same way: a failure, a cancellation, and what an
// older Excel left out.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../domain/types";
import type { Operation } from "../useOperation";
import { COMMON_MESSAGES } from "../messages/common";
import { say } from "../messages/say";

/**
 * Where an operation's outcome appears: its failure or cancellation, else `children` (the result).
 * It takes the focus when the operation ends, so the next Tab continues from the outcome.
 */
export function OperationOutcome({
  operation,
  lang,
  failureTestId,
  children,
}: {
  operation: Pick<Operation<[], unknown>, "state" | "outcomeRef">;
  lang: Lang;
  failureTestId?: string;
  children?: ReactNode;
}) {
  const { state } = operation;
  return (
    <div ref={operation.outcomeRef} tabIndex={-1} data-testid="outcome" style={{ outline: "none" }}>
      {state.kind === "failed" && (
        <FailureBar lang={lang} message={state.message} testId={failureTestId} />
      )}
      {state.kind === "cancelled" && (
        <MessageBar intent="info" data-testid="cancelled">
          <MessageBarBody>{say(COMMON_MESSAGES.cancelled, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {children}
    </div>
  );
}

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
        <MessageBarTitle>{say(COMMON_MESSAGES.failedTitle, lang)}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

/** What an operation achieved: a title, then what to do next. */
export function SuccessBar({
  testId,
  title,
  children,
}: {
  testId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <MessageBar intent="success" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
