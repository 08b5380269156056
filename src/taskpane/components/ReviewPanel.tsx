// The "Review" place (for HR, issue 18): build the OKR + 360° review sheet — each person's OKR score
// live from the scored OKR sheets, their ratings from the Ratings sheet, one weighted total — then
// show what needs fixing and the totals per department (never a person's ratings: privacy).
import {
  Button,
  Caption1,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { countOf, format } from "../../domain/reading/i18n";
import { renderFinding } from "../../domain/rules/lint";
import type { Lang, Localized } from "../../domain/types";
import { selectCell } from "../../excel/check";
import { reviewInExcel } from "../../excel/review";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { t } from "../strings";
import { OperationOutcome } from "./bars";
import { OperationProgress } from "./OperationProgress";
import { useOperation } from "../useOperation";
import { usePlaceStyles } from "./placeStyles";
import { RatingsSection } from "./RatingsSection";
import { PeriodPicker, usePeriods } from "./PeriodPicker";

/** The place's words, in the three languages (the pane's shared table is being reworked). */
export const REVIEW_STRINGS = {
  intro: {
    en: "For HR: one sheet with each person's OKR score, taken live from the scored OKR sheets, and their self, peer, manager and designated ratings from the Ratings sheet, weighted into one total and ranked within the department. Score the workbook first.",
    "zh-CN":
      "供人力资源使用：一张表汇总每位员工的 OKR 得分（实时取自已计分的 OKR 表）及评分明细中的自评、互评、上级评价和指定人评价，按权重合成总评分并在部门内排名。请先为工作簿计分。",
    "zh-TW":
      "供人力資源使用：一張表彙總每位員工的 OKR 得分（即時取自已計分的 OKR 表）及評分明細中的自評、互評、上級評價和指定人評價，按權重合成總評分並在部門內排名。請先為活頁簿計分。",
  },
  hide: {
    en: "Hide the Ratings sheet once built (very hidden: shown again only from here)",
    "zh-CN": "生成后隐藏评分明细表（深度隐藏：只能在此处重新显示）",
    "zh-TW": "產生後隱藏評分明細表（深度隱藏：只能在此處重新顯示）",
  },
  button: { en: "Build review", "zh-CN": "生成考核表", "zh-TW": "產生考核表" },
  noOkr: {
    en: "There are no OKR sheets with owners to review yet. Create sheets under New sheet and score them first.",
    "zh-CN": "还没有可供考核的 OKR 表。请先在“新建工作表”中创建并计分。",
    "zh-TW": "還沒有可供考核的 OKR 表。請先在「新增工作表」中建立並計分。",
  },
  refused: {
    en: "Nothing was written. Fix these first:",
    "zh-CN": "未写入任何内容。请先修正以下问题：",
    "zh-TW": "未寫入任何內容。請先修正以下問題：",
  },

  builtBody: {
    en: "Totals and ranks are live formulas: edit a rating, a weight or the scale and they follow.",
    "zh-CN": "总评分和排名都是实时公式：修改评分、权重或评分范围后会自动更新。",
    "zh-TW": "總評分和排名都是即時公式：修改評分、權重或評分範圍後會自動更新。",
  },
  ratingsAdded: {
    en: "A new sheet {sheet} was added: enter one row per rating (person, rater, role, score), then build again to check them.",
    "zh-CN":
      "已新增工作表 {sheet}：每条评分填写一行（员工、评价人、评价类型、评分），然后再次生成以检查。",
    "zh-TW":
      "已新增工作表 {sheet}：每筆評分填寫一列（員工、評價人、評價類型、評分），然後再次產生以檢查。",
  },
  hidden: {
    en: "{sheet} is very hidden.",
    "zh-CN": "{sheet} 已深度隐藏。",
    "zh-TW": "{sheet} 已深度隱藏。",
  },
  findings: { en: "To fix ({count})", "zh-CN": "待修正（{count}）", "zh-TW": "待修正（{count}）" },
  departments: { en: "Totals per department", "zh-CN": "各部门总评分", "zh-TW": "各部門總評分" },

  noTotal: { en: "no total yet", "zh-CN": "暂无总评分", "zh-TW": "暫無總評分" },
  periods: {
    en: "OKR scores from the objectives of {periods} only.",
    "zh-CN": "OKR 得分仅取自 {periods} 的目标。",
    "zh-TW": "OKR 得分僅取自 {periods} 的目標。",
  },
} satisfies Record<string, Localized>;

const s = (key: keyof typeof REVIEW_STRINGS, lang: Lang) => REVIEW_STRINGS[key][lang];

/** Counts in words: "1 person", "3 people". */
const BUILT = {
  en: { one: "Review built for {n} person", other: "Review built for {n} people" },
  "zh-CN": "已为 {n} 人生成考核表",
  "zh-TW": "已為 {n} 人產生考核表",
};
const DEPARTMENT_LINE = {
  en: { one: "{n} person, average {average}", other: "{n} people, average {average}" },
  "zh-CN": "{n} 人，平均 {average}",
  "zh-TW": "{n} 人，平均 {average}",
};

const useStyles = makeStyles({
  item: {
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

const percent = (x: number | null) => (x === null ? null : `${Math.round(x * 100)}%`);

export function ReviewPanel({ lang, excel }: { lang: Lang; excel: ExcelApi }) {
  const styles = useStyles();
  const place = usePlaceStyles();
  const [hide, setHide] = useState(false);
  const periods = usePeriods(excel);
  const building = useOperation(
    (progress: Progress, hideRatings: boolean) =>
      reviewInExcel(withProgress(excel, progress), {
        lang,
        hideRatings,
        periods: periods.chosen ? [periods.chosen] : [],
      }),
    "reviewFailed",
    lang
  );
  const state = building.state;
  const result = state.kind === "done" ? state.result : null;

  return (
    <section className={place.place} aria-label={t("reviewTab", lang)}>
      <Caption1>{s("intro", lang)}</Caption1>
      <PeriodPicker {...periods} lang={lang} />
      <Checkbox
        checked={hide}
        onChange={(_, data) => setHide(Boolean(data.checked))}
        label={s("hide", lang)}
      />
      <div>
        <Button
          appearance="primary"
          onClick={() => void building.run(hide)}
          disabled={building.running}
        >
          {s("button", lang)}
        </Button>
      </div>
      <OperationProgress operation={building} lang={lang} />
      <OperationOutcome operation={building} lang={lang}>
        {result && !result.built && result.okrSheets.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{s("noOkr", lang)}</MessageBarBody>
          </MessageBar>
        )}
        {result && !result.built && result.okrSheets.length > 0 && (
          <MessageBar intent="error" data-testid="review-refused">
            <MessageBarBody>
              <MessageBarTitle>{t("failedTitle", lang)}</MessageBarTitle>
              {s("refused", lang)}
            </MessageBarBody>
          </MessageBar>
        )}
        {result?.built && (
          <MessageBar intent="success" data-testid="reviewed">
            <MessageBarBody>
              <MessageBarTitle>{countOf(result.people.length, BUILT, lang)}</MessageBarTitle>
              {result.periods.length > 0 && (
                <div data-testid="review-periods">
                  {format(s("periods", lang), { periods: result.periods.join(", ") })}
                </div>
              )}
              {s("builtBody", lang)}{" "}
              <Link onClick={() => void selectCell(excel, result.reviewSheet, "A1")}>
                {format(t("openSheet", lang), { sheet: result.reviewSheet })}
              </Link>
              {result.ratingsCreated && (
                <div>{format(s("ratingsAdded", lang), { sheet: result.ratingsSheet })}</div>
              )}
              {result.hidden && (
                <div>{format(s("hidden", lang), { sheet: result.ratingsSheet })}</div>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {result && result.findings.length > 0 && (
          <>
            <Text weight="semibold">
              {format(s("findings", lang), { count: result.findings.length })}
            </Text>
            <ul className={place.stack} data-testid="review-findings">
              {result.findings.map((f, i) => {
                const { message, hint } = renderFinding(f, lang);
                return (
                  <li key={i} className={styles.item}>
                    <Link onClick={() => void selectCell(excel, f.sheet, f.cell)}>
                      {f.sheet}!{f.cell}
                    </Link>
                    <Text>{message}</Text>
                    <Caption1>{hint}</Caption1>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {result?.built && (
          <>
            <Text weight="semibold">{s("departments", lang)}</Text>
            <ul className={place.stack} data-testid="review-departments">
              {result.model.departments.map((d) => (
                <li key={d.department} className={styles.item}>
                  <Text weight="semibold">{d.department}</Text>
                  <Caption1>
                    {format(countOf(d.people, DEPARTMENT_LINE, lang), {
                      average: percent(d.averageTotal) ?? s("noTotal", lang),
                    })}
                  </Caption1>
                </li>
              ))}
            </ul>
          </>
        )}
      </OperationOutcome>
      {/* Each build may add or hide the Ratings sheet: the Ratings part reads it again after one. */}
      <RatingsSection lang={lang} excel={excel} after={building.last} />
    </section>
  );
}
