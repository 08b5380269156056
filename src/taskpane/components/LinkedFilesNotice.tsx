// The picked workbooks whose formulas link other workbooks (Collect, Import): what the pane reads of
// them is what those formulas showed when the file was saved, as `okr` says of such a file.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../domain/types";
import { COMMON_MESSAGES } from "../messages/common";
import { say } from "../messages/say";
import type { LinkedFile } from "../xlsxInPane";

export function LinkedFilesNotice({ files, lang }: { files: readonly LinkedFile[]; lang: Lang }) {
  if (files.length === 0) return null;
  return (
    <MessageBar intent="warning" data-testid="linked-files">
      <MessageBarBody>
        {files.map((f) => (
          <div key={f.file}>
            {say(COMMON_MESSAGES.linkedFile, lang, {
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
