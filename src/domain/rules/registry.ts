// Every rule, in one list sorted by topic (the README's order: objective, key result, any cell,
// sheet and workbook, action plans, the 360° review) and then by ID. A new rule is its file under
// rules/<topic>/ and one line here; a test keeps the list sorted and whole, and the README's rules
// tables are generated from it (npm run readme:rules).
import O_KR_COUNT from "./objective/O-KR-COUNT";
import O_NO_COMMITMENT from "./objective/O-NO-COMMITMENT";
import O_NO_KR from "./objective/O-NO-KR";
import O_NO_OWNER from "./objective/O-NO-OWNER";
import O_PARENT_OTHER_PERIOD from "./objective/O-PARENT-OTHER-PERIOD";
import O_PARENT_UNKNOWN from "./objective/O-PARENT-UNKNOWN";
import O_QUALITATIVE from "./objective/O-QUALITATIVE";
import O_STARTS_WITH_VERB from "./objective/O-STARTS-WITH-VERB";
import O_TOO_EASY from "./objective/O-TOO-EASY";
import O_TOO_LONG from "./objective/O-TOO-LONG";
import O_VAGUE_VERB from "./objective/O-VAGUE-VERB";
import O_WEIGHTS_SUM from "./objective/O-WEIGHTS-SUM";
import KR_ACTIVITY from "./keyResult/KR-ACTIVITY";
import KR_ALREADY_MET from "./keyResult/KR-ALREADY-MET";
import KR_BAD_VALUE from "./keyResult/KR-BAD-VALUE";
import KR_BAD_WEIGHT from "./keyResult/KR-BAD-WEIGHT";
import KR_BINARY from "./keyResult/KR-BINARY";
import KR_CARRIED_STATEMENT from "./keyResult/KR-CARRIED-STATEMENT";
import KR_CARRIED_TARGET from "./keyResult/KR-CARRIED-TARGET";
import KR_CONFIDENCE_RANGE from "./keyResult/KR-CONFIDENCE-RANGE";
import KR_DUE_OUTSIDE_PERIOD from "./keyResult/KR-DUE-OUTSIDE-PERIOD";
import KR_FINAL_SCORE_FAR from "./keyResult/KR-FINAL-SCORE-FAR";
import KR_FINAL_SCORE_RANGE from "./keyResult/KR-FINAL-SCORE-RANGE";
import KR_LINKED from "./keyResult/KR-LINKED";
import KR_NO_DUE from "./keyResult/KR-NO-DUE";
import KR_NO_NUMBER from "./keyResult/KR-NO-NUMBER";
import KR_NO_TYPE from "./keyResult/KR-NO-TYPE";
import KR_NOT_MEASURABLE from "./keyResult/KR-NOT-MEASURABLE";
import KR_ORPHAN from "./keyResult/KR-ORPHAN";
import KR_PERCENT_SCALE from "./keyResult/KR-PERCENT-SCALE";
import KR_PLACEHOLDER from "./keyResult/KR-PLACEHOLDER";
import KR_START_EQUALS_TARGET from "./keyResult/KR-START-EQUALS-TARGET";
import KR_STATEMENT_VALUES from "./keyResult/KR-STATEMENT-VALUES";
import KR_TARGET_LOWERED from "./keyResult/KR-TARGET-LOWERED";
import KR_TARGET_TRIVIAL from "./keyResult/KR-TARGET-TRIVIAL";
import KR_TOO_LONG from "./keyResult/KR-TOO-LONG";
import CELL_TOO_LONG from "./cell/CELL-TOO-LONG";
import ID_INVISIBLE_CHAR from "./cell/ID-INVISIBLE-CHAR";
import TEXT_LIST_MARKER from "./cell/TEXT-LIST-MARKER";
import CELL_FORMULA_OVERWRITTEN from "./sheet/CELL-FORMULA-OVERWRITTEN";
import ID_DUPLICATE from "./sheet/ID-DUPLICATE";
import ROW_LEVEL from "./sheet/ROW-LEVEL";
import SHEET_BELOW_TABLE from "./sheet/SHEET-BELOW-TABLE";
import SHEET_COMMITMENT_MIX from "./sheet/SHEET-COMMITMENT-MIX";
import SHEET_HEADER from "./sheet/SHEET-HEADER";
import SHEET_OBJECTIVE_COUNT from "./sheet/SHEET-OBJECTIVE-COUNT";
import SHEET_WEIGHTS_SUM from "./sheet/SHEET-WEIGHTS-SUM";
import ACTION_NO_OWNER from "./action/ACTION-NO-OWNER";
import ACTION_OVERDUE from "./action/ACTION-OVERDUE";
import ACTION_UNKNOWN_KR from "./action/ACTION-UNKNOWN-KR";
import KR_NO_ACTION from "./action/KR-NO-ACTION";
import KR_NO_MEASURE from "./action/KR-NO-MEASURE";
import REVIEW_DUPLICATE from "./review/REVIEW-DUPLICATE";
import REVIEW_NOT_SCORED from "./review/REVIEW-NOT-SCORED";
import REVIEW_RATING_SCALE from "./review/REVIEW-RATING-SCALE";
import REVIEW_RATINGS_HEADER from "./review/REVIEW-RATINGS-HEADER";
import REVIEW_ROLE from "./review/REVIEW-ROLE";
import REVIEW_SCALE from "./review/REVIEW-SCALE";
import REVIEW_SELF_PEER from "./review/REVIEW-SELF-PEER";
import REVIEW_UNKNOWN_PERSON from "./review/REVIEW-UNKNOWN-PERSON";
import REVIEW_WEIGHTS_SUM from "./review/REVIEW-WEIGHTS-SUM";

export const RULES = [
  O_KR_COUNT,
  O_NO_COMMITMENT,
  O_NO_KR,
  O_NO_OWNER,
  O_PARENT_OTHER_PERIOD,
  O_PARENT_UNKNOWN,
  O_QUALITATIVE,
  O_STARTS_WITH_VERB,
  O_TOO_EASY,
  O_TOO_LONG,
  O_VAGUE_VERB,
  O_WEIGHTS_SUM,
  KR_ACTIVITY,
  KR_ALREADY_MET,
  KR_BAD_VALUE,
  KR_BAD_WEIGHT,
  KR_BINARY,
  KR_CARRIED_STATEMENT,
  KR_CARRIED_TARGET,
  KR_CONFIDENCE_RANGE,
  KR_DUE_OUTSIDE_PERIOD,
  KR_FINAL_SCORE_FAR,
  KR_FINAL_SCORE_RANGE,
  KR_LINKED,
  KR_NO_DUE,
  KR_NO_NUMBER,
  KR_NO_TYPE,
  KR_NOT_MEASURABLE,
  KR_ORPHAN,
  KR_PERCENT_SCALE,
  KR_PLACEHOLDER,
  KR_START_EQUALS_TARGET,
  KR_STATEMENT_VALUES,
  KR_TARGET_LOWERED,
  KR_TARGET_TRIVIAL,
  KR_TOO_LONG,
  CELL_TOO_LONG,
  ID_INVISIBLE_CHAR,
  TEXT_LIST_MARKER,
  CELL_FORMULA_OVERWRITTEN,
  ID_DUPLICATE,
  ROW_LEVEL,
  SHEET_BELOW_TABLE,
  SHEET_COMMITMENT_MIX,
  SHEET_HEADER,
  SHEET_OBJECTIVE_COUNT,
  SHEET_WEIGHTS_SUM,
  ACTION_NO_OWNER,
  ACTION_OVERDUE,
  ACTION_UNKNOWN_KR,
  KR_NO_ACTION,
  KR_NO_MEASURE,
  REVIEW_DUPLICATE,
  REVIEW_NOT_SCORED,
  REVIEW_RATING_SCALE,
  REVIEW_RATINGS_HEADER,
  REVIEW_ROLE,
  REVIEW_SCALE,
  REVIEW_SELF_PEER,
  REVIEW_UNKNOWN_PERSON,
  REVIEW_WEIGHTS_SUM,
] as const;

export type AnyRule = (typeof RULES)[number];
export type RuleId = AnyRule["id"];

const BY_ID = new Map<string, AnyRule>(RULES.map((r) => [r.id, r]));

/** The rule with this ID, if there is one. */
export function ruleOf(id: string): AnyRule | undefined {
  return BY_ID.get(id);
}

/** A rule's place in the registry: the order findings on one row and one severity are listed in. */
export const RULE_ORDER: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.id, i]));
