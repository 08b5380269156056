// Shows a place whose code loads on demand (features.tsx): "Loading…" while its chunk arrives, and a
// plain error instead of an empty pane if it cannot arrive (the add-in's host went away, say).
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import type { Lang } from "../../domain/types";
import { errorText } from "../errorText";
import { typography } from "../shellTokens";
import { SHELL_MESSAGES } from "../messages/shell";
import { say } from "../messages/say";

interface Props {
  lang: Lang;
  children: ReactNode;
}

export function PlaceLoader({ lang, children }: Props) {
  return (
    <LoadFailure lang={lang}>
      <Suspense
        fallback={
          // Fluent UI's Body1 typography on a plain element: the Text components stay out of the first load
          <span role="status" data-testid="place-loading" style={typography.body1}>
            {say(SHELL_MESSAGES.loadingPlace, lang)}
          </span>
        }
      >
        {children}
      </Suspense>
    </LoadFailure>
  );
}

/** React catches a failed lazy import only in an error boundary, which only a class can be. */
class LoadFailure extends Component<Props, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { lang, children } = this.props;
    if (this.state.error === undefined) return children;
    return (
      <MessageBar intent="error" data-testid="place-failed">
        <MessageBarBody>
          <MessageBarTitle>{say(SHELL_MESSAGES.placeFailedTitle, lang)}</MessageBarTitle>
          {say(SHELL_MESSAGES.placeFailedBody, lang, { error: errorText(this.state.error) })}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
