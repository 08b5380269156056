import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { format } from "../../domain/reading/i18n";
import type { Lang } from "../../domain/types";
import type { HostInfo } from "../office";
import { t } from "../shellStrings";

/** Says plainly where the pane is running and what that allows. */
export function HostNotice({ host, lang }: { host: HostInfo; lang: Lang }) {
  if (host.kind === "outside") {
    return (
      <MessageBar intent="warning" data-testid="host-notice" data-host="outside">
        <MessageBarBody>
          <MessageBarTitle>{t("outsideExcelTitle", lang)}</MessageBarTitle>
          {t("outsideExcelBody", lang)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (host.kind === "otherHost") {
    return (
      <MessageBar intent="error" data-testid="host-notice" data-host="other">
        <MessageBarBody>
          <MessageBarTitle>{t("otherHostTitle", lang)}</MessageBarTitle>
          {format(t("otherHostBody", lang), { host: host.host })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (host.excelApi === null) {
    return (
      <MessageBar intent="error" data-testid="host-notice" data-host="old-excel">
        <MessageBarBody>
          <MessageBarTitle>{t("oldExcelTitle", lang)}</MessageBarTitle>
          {t("oldExcelBody", lang)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (host.emulated) {
    return (
      <MessageBar intent="info" data-testid="host-notice" data-host="emulated">
        <MessageBarBody>
          <MessageBarTitle>{t("emulatedTitle", lang)}</MessageBarTitle>
          {format(t("emulatedBody", lang), { level: host.excelApi })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" data-testid="host-notice" data-host="excel">
      <MessageBarBody>
        <MessageBarTitle>{t("connectedTitle", lang)}</MessageBarTitle>
        {format(t("connectedBody", lang), { level: host.excelApi })}
      </MessageBarBody>
    </MessageBar>
  );
}
