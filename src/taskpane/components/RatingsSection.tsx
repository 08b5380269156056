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
import { RATING_COLUMNS, ROLES, ROLE_TERMS, type Role } from "../../domain/reading/ratingsSheet";
import { termLabel } from "../../domain/reading/vocabulary";
import type { NewRatingProblem } from "../../domain/review360/newRating";
import type { Lang } from "../../domain/types";
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
import { REVIEW_MESSAGES } from "../messages/review";
import { say } from "../messages/say";
import { useLatestAnswer } from "../useLatestAnswer";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  narrow: { width: "6em" },
});

function problemText(p: NewRatingProblem, lang: Lang): string {
  if (p.kind === "missing") return say(REVIEW_MESSAGES.ratingMissing, lang);
  if (p.kind === "bad-score") return say(REVIEW_MESSAGES.badScore, lang, { value: p.value });
  return say(REVIEW_MESSAGES.noColumn, lang, { column: say(RATING_COLUMNS[p.field], lang) });
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
  // The choice shows at once while Excel applies it: a radio that stayed on the old value until the
  // sync came back looked as if the click had been lost (and was clicked again).
  const [chosen, setChosen] = useState<SheetVisibility | null>(null);
  // Read again after each operation of the place (`after`): the newest read's answer only.
  const latest = useLatestAnswer();
  useEffect(() => {
    latest(readRatingsState(excel), setState, () => setState(null));
  }, [excel, after, latest]);

  const showing = useOperation(
    async (progress: Progress, sheet: string, visibility: SheetVisibility) => {
      await setRatingsVisibility(withProgress(excel, progress), sheet, visibility);
      setState((old) => (old ? { ...old, visibility } : old));
      return visibility;
    },
    REVIEW_MESSAGES.reviewFailed,
    lang,
    { focusOutcome: false }
  );
  const adding = useOperation(
    async (progress: Progress) => {
      const result = await addRating(withProgress(excel, progress), { person, rater, role, score });
      if (result.ok) setScore("");
      return result;
    },
    REVIEW_MESSAGES.reviewFailed,
    lang
  );

  if (!state) return null;
  if (!state.sheet)
    return <Caption1 data-testid="ratings-none">{say(REVIEW_MESSAGES.noRatings, lang)}</Caption1>;
  const sheet = state.sheet;
  const added = adding.state.kind === "done" ? adding.state.result : null;
  const problems = added && !added.ok && "problems" in added ? added.problems : [];
  const at = (field: string) =>
    problems
      .filter((p) => ("field" in p ? p.field === field : field === "score"))
      .map((p) => problemText(p, lang))
      .join(" ") || undefined;

  return (
    <section className={styles.section} aria-label={say(REVIEW_MESSAGES.ratings, lang, { sheet })}>
      <Subtitle2 as="h2">{say(REVIEW_MESSAGES.ratings, lang, { sheet })}</Subtitle2>
      <RadioGroup
        value={(showing.running && chosen) || (state.visibility ?? "Visible")}
        onChange={(_, d) => {
          setChosen(d.value as SheetVisibility);
          void showing.run(sheet, d.value as SheetVisibility);
        }}
        disabled={showing.running}
        data-testid="ratings-visibility"
      >
        {VISIBILITIES.map((v) => (
          <Radio key={v} value={v} label={say(REVIEW_MESSAGES[v], lang)} />
        ))}
      </RadioGroup>
      <OperationProgress operation={showing} lang={lang} />
      <OperationOutcome operation={showing} lang={lang}>
        {null}
      </OperationOutcome>

      <Subtitle2 as="h2">{say(REVIEW_MESSAGES.addRating, lang)}</Subtitle2>
      <Field label={say(RATING_COLUMNS.person, lang)} validationMessage={at("person")}>
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
      <Field label={say(RATING_COLUMNS.rater, lang)} validationMessage={at("rater")}>
        <Input value={rater} onChange={(_, d) => setRater(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={say(RATING_COLUMNS.role, lang)} validationMessage={at("role")}>
          <Select value={role} onChange={(_, d) => setRole(d.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {termLabel(ROLE_TERMS, r, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={say(RATING_COLUMNS.score, lang)} validationMessage={at("score")}>
          <Input className={styles.narrow} value={score} onChange={(_, d) => setScore(d.value)} />
        </Field>
      </div>
      <div>
        <Button onClick={() => void adding.run()} disabled={adding.running}>
          {say(REVIEW_MESSAGES.addRating, lang)}
        </Button>
      </div>
      <OperationProgress operation={adding} lang={lang} />
      <OperationOutcome operation={adding} lang={lang}>
        {added?.ok && (
          <MessageBar intent="success" data-testid="rating-added">
            <MessageBarBody>
              {say(REVIEW_MESSAGES.ratingAdded, lang, { sheet: added.sheet, row: added.row })}
            </MessageBarBody>
          </MessageBar>
        )}
      </OperationOutcome>
    </section>
  );
}
