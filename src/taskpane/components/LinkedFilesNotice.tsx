// The picked workbooks whose formulas link other workbooks (Collect, Import): what the pane reads of
// them is what those formulas showed when the file was saved, as `okr` says of such a file.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { format } from "../../domain/reading/i18n";
import type { Lang } from "../../domain/types";
import { t } from "../strings";
import type { LinkedFile } from "../xlsxInPane";

export function LinkedFilesNotice({ files, lang }: { files: readonly LinkedFile[]; lang: Lang }) {
  if (files.length === 0) return null;
  return (
    <MessageBar intent="warning" data-testid="linked-files">
      <MessageBarBody>
        {files.map((f) => (
          <div key={f.file}>
            {format(t("linkedFile", lang), {
              file: f.file,
              count: f.parts.length,
              parts: f.parts.join(", "),
            })}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
