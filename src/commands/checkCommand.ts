// The ribbon's "Check sheet": check the active sheet without the pane and report the counts in a
// small dialog (a function command has no UI of its own).
import { format } from "../domain/i18n";
import { countBySeverity } from "../domain/lint";
import { LANGS, type Lang } from "../domain/types";
import { checkWorkbook } from "../excel/check";
import type { ExcelApi } from "../taskpane/office";
import { t } from "../taskpane/strings";

export interface CheckSummary {
  sheet: string;
  okrSheet: boolean;
  errors: number;
  warnings: number;
  notes: number;
}

export async function checkActiveSheet(excel: ExcelApi): Promise<CheckSummary> {
  const result = await checkWorkbook(excel, "active");
  const counts = countBySeverity(result.findings);
  return {
    sheet: result.notOkrSheet ?? result.checked[0] ?? "",
    okrSheet: result.notOkrSheet === null && result.checked.length > 0,
    errors: counts.error,
    warnings: counts.warning,
    notes: counts.info,
  };
}

/** The dialog page's address, carrying the summary (or an error) in its query string. */
export function resultUrl(
  base: string,
  lang: Lang,
  summary: CheckSummary | { error: string }
): string {
  const params = new URLSearchParams({ lang });
  for (const [key, value] of Object.entries(summary)) params.set(key, String(value));
  return `${base.replace(/\/?$/, "/")}checkresult.html?${params}`;
}

/** The text the dialog shows for a query string from `resultUrl`: a title and one or two lines. */
export function resultText(search: string): { lang: Lang; title: string; lines: string[] } {
  const params = new URLSearchParams(search);
  const lang = LANGS.find((l) => l === params.get("lang")) ?? "en";
  const title = t("ribbonCheckTitle", lang);
  const error = params.get("error");
  if (error !== null)
    return { lang, title, lines: [format(t("ribbonCheckFailed", lang), { error })] };
  const sheet = params.get("sheet") ?? "";
  if (params.get("okrSheet") !== "true") {
    return { lang, title, lines: [format(t("noOkrSheetBody", lang), { sheet })] };
  }
  const n = (key: string) => Number(params.get(key) ?? 0);
  const clean = n("errors") + n("warnings") + n("notes") === 0;
  const counts = clean
    ? format(t("ribbonCheckClean", lang), { sheet })
    : format(t("ribbonCheckCounts", lang), {
        sheet,
        errors: n("errors"),
        warnings: n("warnings"),
        notes: n("notes"),
      });
  return { lang, title, lines: clean ? [counts] : [counts, t("ribbonCheckDetails", lang)] };
}
