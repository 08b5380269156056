import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import type { HostInfo } from "../office";
import { SHELL_MESSAGES } from "../messages/shell";
import { say } from "../messages/say";

/** Says plainly where the pane is running and what that allows. */
export function HostNotice({ host, lang }: { host: HostInfo; lang: Lang }) {
  if (host.kind === "outside") {
    return (
      <MessageBar intent="warning" data-testid="host-notice" data-host="outside">
        <MessageBarBody>
          <MessageBarTitle>{say(SHELL_MESSAGES.outsideExcelTitle, lang)}</MessageBarTitle>
          {say(SHELL_MESSAGES.outsideExcelBody, lang)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (host.kind === "otherHost") {
    return (
      <MessageBar intent="error" data-testid="host-notice" data-host="other">
        <MessageBarBody>
          <MessageBarTitle>{say(SHELL_MESSAGES.otherHostTitle, lang)}</MessageBarTitle>
          {say(SHELL_MESSAGES.otherHostBody, lang, { host: host.host })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (host.excelApi === null) {
    return (
      <MessageBar intent="error" data-testid="host-notice" data-host="old-excel">
        <MessageBarBody>
          <MessageBarTitle>{say(SHELL_MESSAGES.oldExcelTitle, lang)}</MessageBarTitle>
          {say(SHELL_MESSAGES.oldExcelBody, lang)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (host.emulated) {
    return (
      <MessageBar intent="info" data-testid="host-notice" data-host="emulated">
        <MessageBarBody>
          <MessageBarTitle>{say(SHELL_MESSAGES.emulatedTitle, lang)}</MessageBarTitle>
          {say(SHELL_MESSAGES.emulatedBody, lang, { level: host.excelApi })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" data-testid="host-notice" data-host="excel">
      <MessageBarBody>
        <MessageBarTitle>{say(SHELL_MESSAGES.connectedTitle, lang)}</MessageBarTitle>
        {say(SHELL_MESSAGES.connectedBody, lang, { level: host.excelApi })}
      </MessageBarBody>
    </MessageBar>
  );
}
