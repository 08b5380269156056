// The Review place's Ratings part (issue 36): show, hide or very-hide the Ratings sheet — either way,
// so "very hidden" is no one-way door — and enter a rating per person in the pane as well as on the
// sheet; the 360 review's totals are formulas over the sheet, so they count it at once.
import {
  Button,
  Caption1,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { format } from "../../domain/reading/i18n";
import { RATING_COLUMNS, ROLES, ROLE_TERMS, type Role } from "../../domain/reading/ratingsSheet";
import { termLabel } from "../../domain/reading/vocabulary";
import type { NewRatingProblem } from "../../domain/review360/newRating";
import type { Lang, Localized } from "../../domain/types";
import {
  VISIBILITIES,
  addRating,
  readRatingsState,
  setRatingsVisibility,
  type RatingsState,
  type SheetVisibility,
} from "../../excel/ratings";
import { withProgress, type ExcelApi, type Progress } from "../office";
import { useOperation } from "../useOperation";
import { OperationOutcome } from "./bars";
import { OperationProgress } from "./OperationProgress";

export const RATINGS_STRINGS = {
  ratings: {
    en: "Ratings sheet: {sheet}",
    "zh-CN": "评分明细表：{sheet}",
    "zh-TW": "評分明細表：{sheet}",
  },
  Visible: { en: "Visible", "zh-CN": "显示", "zh-TW": "顯示" },
  Hidden: {
    en: "Hidden (Excel's Unhide shows it)",
    "zh-CN": "隐藏（可用 Excel 的“取消隐藏”显示）",
    "zh-TW": "隱藏（可用 Excel 的「取消隱藏」顯示）",
  },
  VeryHidden: {
    en: "Very hidden (only this place shows it again)",
    "zh-CN": "深度隐藏（只能在此处重新显示）",
    "zh-TW": "深度隱藏（只能在此處重新顯示）",
  },
  addRating: { en: "Add a rating", "zh-CN": "添加评分", "zh-TW": "新增評分" },
  added: {
    en: "Added to {sheet}, row {row}: the 360 review's totals count it.",
    "zh-CN": "已添加到 {sheet} 第 {row} 行：360度评估的总评分已计入。",
    "zh-TW": "已新增到 {sheet} 第 {row} 列：360度評估的總評分已計入。",
  },
  noRatings: {
    en: "There is no Ratings sheet yet: Build review adds one.",
    "zh-CN": "还没有评分明细表：“生成考核表”会新增一张。",
    "zh-TW": "還沒有評分明細表：「產生考核表」會新增一張。",
  },
  missing: { en: "Fill this in.", "zh-CN": "请填写。", "zh-TW": "請填寫。" },
  badScore: {
    en: "“{value}” is not a number; type a score such as 4 or 4.5.",
    "zh-CN": "“{value}”不是数字；请输入如 4 或 4.5 的评分。",
    "zh-TW": "「{value}」不是數字；請輸入如 4 或 4.5 的評分。",
  },
  noColumn: {
    en: "The Ratings sheet has no {column} column: add it to its header row.",
    "zh-CN": "评分明细表缺少“{column}”列：请在表头行添加。",
    "zh-TW": "評分明細表缺少「{column}」欄：請在表頭列新增。",
  },
} satisfies Record<string, Localized>;

const s = (key: keyof typeof RATINGS_STRINGS, lang: Lang) => RATINGS_STRINGS[key][lang];

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  narrow: { width: "6em" },
});

function problemText(p: NewRatingProblem, lang: Lang): string {
  if (p.kind === "missing") return s("missing", lang);
  if (p.kind === "bad-score") return format(s("badScore", lang), { value: p.value });
  return format(s("noColumn", lang), { column: RATING_COLUMNS[p.field][lang] });
}

/** `after` changes with each Build review: the sheet may have been added or hidden since. */
export function RatingsSection({
  lang,
  excel,
  after,
}: {
  lang: Lang;
  excel: ExcelApi;
  after: unknown;
}) {
  const styles = useStyles();
  const [state, setState] = useState<RatingsState | null>(null);
  const [person, setPerson] = useState("");
  const [rater, setRater] = useState("");
  const [role, setRole] = useState<Role>("peer");
  const [score, setScore] = useState("");
  useEffect(() => {
    void readRatingsState(excel).then(setState, () => setState(null));
  }, [excel, after]);

  const showing = useOperation(
    async (progress: Progress, sheet: string, visibility: SheetVisibility) => {
      await setRatingsVisibility(withProgress(excel, progress), sheet, visibility);
      setState((old) => (old ? { ...old, visibility } : old));
      return visibility;
    },
    "reviewFailed",
    lang,
    { focusOutcome: false }
  );
  const adding = useOperation(
    async (progress: Progress) => {
      const result = await addRating(withProgress(excel, progress), { person, rater, role, score });
      if (result.ok) setScore("");
      return result;
    },
    "reviewFailed",
    lang
  );

  if (!state) return null;
  if (!state.sheet) return <Caption1 data-testid="ratings-none">{s("noRatings", lang)}</Caption1>;
  const sheet = state.sheet;
  const added = adding.state.kind === "done" ? adding.state.result : null;
  const problems = added && !added.ok && "problems" in added ? added.problems : [];
  const at = (field: string) =>
    problems
      .filter((p) => ("field" in p ? p.field === field : field === "score"))
      .map((p) => problemText(p, lang))
      .join(" ") || undefined;

  return (
    <section className={styles.section} aria-label={format(s("ratings", lang), { sheet })}>
      <Subtitle2 as="h2">{format(s("ratings", lang), { sheet })}</Subtitle2>
      <RadioGroup
        value={state.visibility ?? "Visible"}
        onChange={(_, d) => void showing.run(sheet, d.value as SheetVisibility)}
        disabled={showing.running}
        data-testid="ratings-visibility"
      >
        {VISIBILITIES.map((v) => (
          <Radio key={v} value={v} label={s(v, lang)} />
        ))}
      </RadioGroup>
      <OperationProgress operation={showing} lang={lang} />
      <OperationOutcome operation={showing} lang={lang}>
        {null}
      </OperationOutcome>

      <Subtitle2 as="h2">{s("addRating", lang)}</Subtitle2>
      <Field label={RATING_COLUMNS.person[lang]} validationMessage={at("person")}>
        <Combobox
          freeform
          value={person}
          onChange={(e) => setPerson(e.target.value)}
          onOptionSelect={(_, d) => setPerson(d.optionText ?? "")}
        >
          {state.people.map((p) => (
            <Option key={p}>{p}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label={RATING_COLUMNS.rater[lang]} validationMessage={at("rater")}>
        <Input value={rater} onChange={(_, d) => setRater(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={RATING_COLUMNS.role[lang]} validationMessage={at("role")}>
          <Select value={role} onChange={(_, d) => setRole(d.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {termLabel(ROLE_TERMS, r, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={RATING_COLUMNS.score[lang]} validationMessage={at("score")}>
          <Input className={styles.narrow} value={score} onChange={(_, d) => setScore(d.value)} />
        </Field>
      </div>
      <div>
        <Button onClick={() => void adding.run()} disabled={adding.running}>
          {s("addRating", lang)}
        </Button>
      </div>
      <OperationProgress operation={adding} lang={lang} />
      <OperationOutcome operation={adding} lang={lang}>
        {added?.ok && (
          <MessageBar intent="success" data-testid="rating-added">
            <MessageBarBody>
              {format(s("added", lang), { sheet: added.sheet, row: added.row })}
            </MessageBarBody>
          </MessageBar>
        )}
      </OperationOutcome>
    </section>
  );
}
