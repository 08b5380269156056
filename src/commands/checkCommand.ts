// The ribbon's "Check sheet" and "Score workbook": act without the pane and report in a small
// dialog (a function command has no UI of its own).
import { countBySeverity } from "../domain/rules/severityCounts";
import { LANGS, type Lang } from "../domain/types";
import { checkWorkbook } from "../excel/check";
import { scoreWorkbookInExcel } from "../excel/score";
import type { ExcelApi } from "../taskpane/office";
import { CHECK_MESSAGES } from "../taskpane/messages/check";
import { SCORE_MESSAGES } from "../taskpane/messages/score";
import { COUNTS } from "../taskpane/messages/counts";
import { count, say } from "../taskpane/messages/say";

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

/** What the ribbon's "Score workbook" reports. */
export interface ScoreSummary {
  kind: "score";
  sheets: number;
  summarySheet: string;
}

/** Scores the workbook as of today, in the Office display language. */
export async function scoreFromRibbon(
  excel: ExcelApi,
  lang: Lang,
  today: string
): Promise<ScoreSummary> {
  const result = await scoreWorkbookInExcel(excel, { asOf: today, checkedOn: today, lang });
  return { kind: "score", sheets: result.okrSheets.length, summarySheet: result.summarySheet };
}

/** The dialog page's address, carrying the summary (or an error) in its query string. */
export function resultUrl(
  base: string,
  lang: Lang,
  summary: CheckSummary | ScoreSummary | { error: string; kind?: "score" }
): string {
  const params = new URLSearchParams({ lang });
  for (const [key, value] of Object.entries(summary)) params.set(key, String(value));
  return `${base.replace(/\/?$/, "/")}checkresult.html?${params}`;
}

/** The text the dialog shows for a query string from `resultUrl`: a title and one or two lines. */
export function resultText(search: string): { lang: Lang; title: string; lines: string[] } {
  const params = new URLSearchParams(search);
  const lang = LANGS.find((l) => l === params.get("lang")) ?? "en";
  const error = params.get("error");
  if (params.get("kind") === "score") {
    const title = say(SCORE_MESSAGES.ribbonScoreTitle, lang);
    if (error !== null)
      return { lang, title, lines: [say(SCORE_MESSAGES.ribbonScoreFailed, lang, { error })] };
    const sheets = Number(params.get("sheets") ?? 0);
    return {
      lang,
      title,
      lines: [
        sheets === 0
          ? say(SCORE_MESSAGES.noOkrSheetsToScore, lang)
          : say(SCORE_MESSAGES.ribbonScoreDone, lang, {
              count: count(COUNTS.sheets, sheets, lang),
              summary: params.get("summarySheet") ?? "",
            }),
      ],
    };
  }
  const title = say(CHECK_MESSAGES.ribbonCheckTitle, lang);
  if (error !== null)
    return { lang, title, lines: [say(CHECK_MESSAGES.ribbonCheckFailed, lang, { error })] };
  const sheet = params.get("sheet") ?? "";
  if (params.get("okrSheet") !== "true") {
    return { lang, title, lines: [say(CHECK_MESSAGES.noOkrSheetBody, lang, { sheet })] };
  }
  const n = (key: string) => Number(params.get(key) ?? 0);
  const clean = n("errors") + n("warnings") + n("notes") === 0;
  const counts = clean
    ? say(CHECK_MESSAGES.ribbonCheckClean, lang, { sheet })
    : say(CHECK_MESSAGES.ribbonCheckCounts, lang, {
        sheet,
        errors: count(COUNTS.error, n("errors"), lang),
        warnings: count(COUNTS.warning, n("warnings"), lang),
        notes: count(COUNTS.info, n("notes"), lang),
      });
  return {
    lang,
    title,
    lines: clean ? [counts] : [counts, say(CHECK_MESSAGES.ribbonCheckDetails, lang)],
  };
}
