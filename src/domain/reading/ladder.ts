// A milestone's ladder as people write it in Notes: steps with the share of the way each one marks,
// "Ladder: 0% not started · 25% pilot live · … · 100% everywhere", seed 002's run-together
// "0% 开始5% 提议区域10% 同意区域…70% 收购办公室…100% 启动和运行", or names first ("lease signed
// 70%, open 100%"). A Current typed as a step's name is that step's share (scoring/values.ts).
import type { CellValue } from "../types";

export interface LadderStep {
  /** The step's name as written in Notes. */
  name: string;
  /** The share of the ladder it marks (70% → 0.7). */
  share: number;
}

/** A percentage in Notes: half- or full-width digits and sign. */
const PERCENT = /([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]/g;
/** What separates steps or surrounds a name, trimmed off its ends. */
const EDGES =
  /^[\s·•・,，、;；:：|｜/→>＞()（）[\]【】\-–—=]+|[\s·•・,，、;；:：|｜/→>＞()（）[\]【】\-–—=]+$/g;

const clean = (text: string) => text.replace(EDGES, "").trim();

/**
 * The most steps read from one ladder (each is one more IF inside the live formula, which must stay
 * inside Excel's 64 nesting levels), and the longest name a step may have (longer text is prose,
 * not a step). Seed 002's ladder has 9 steps. Its length in characters is bounded where the formula
 * is built (scoring/krProgressFormula.ts ladderFits): a name in mixed widths has three spellings.
 */
export const MAX_STEPS = 12;
const MAX_NAME = 40;

/**
 * The steps of a ladder written in Notes, in order; none unless it names at least two steps with a
 * percentage each. A name follows its percentage unless nothing follows the last one (then each
 * name comes before its percentage, after any "Ladder:" label).
 */
export function ladderSteps(notes: CellValue): LadderStep[] {
  if (typeof notes !== "string") return [];
  const marks = [...notes.matchAll(PERCENT)].map((m) => ({
    at: m.index as number,
    end: (m.index as number) + m[0].length,
    share: Number(m[1].normalize("NFKC")) / 100,
  }));
  if (marks.length < 2) return [];
  const after = (i: number) => notes.slice(marks[i].end, marks[i + 1]?.at ?? notes.length);
  const before = (i: number) => {
    const text = notes.slice(i === 0 ? 0 : marks[i - 1].end, marks[i].at);
    // A label before the first name ("Milestones: lease signed 70%") is no part of it.
    return i === 0 ? text.replace(/^.*[:：]/, "") : text;
  };
  const namesFollow = clean(after(marks.length - 1)) !== "";
  return marks
    .map((m, i) => ({ name: clean(namesFollow ? after(i) : before(i)), share: m.share }))
    .filter((s) => s.name !== "" && [...s.name].length <= MAX_NAME)
    .slice(0, MAX_STEPS);
}

/** Spaces a step name may be typed with or without (plain, no-break, ideographic). */
const SPACES = /[ \u00a0\u3000]/g;

/**
 * A name as the live formula compares it (formulas.ts stepShareFormula): spaces dropped and
 * lower-cased (LOWER in the formula).
 */
export function formulaKey(text: string): string {
  return text.replace(SPACES, "").toLowerCase();
}

/** ASCII as a full-width input method types it ("lease" → "ｌｅａｓｅ"). */
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/**
 * The spellings a step's name is recognised in, as formula keys: as Notes write it, folded to
 * half-width (NFKC), and typed full-width. They depend on Notes alone, so the formula Score writes
 * stays the formula Check plans (CELL-FORMULA-OVERWRITTEN) whatever Current says; a name typed half
 * in one width and half in the other is no step, in the model and the formula alike.
 */
export function stepSpellings(step: LadderStep): string[] {
  const half = step.name.normalize("NFKC");
  return [...new Set([step.name, half, fullWidth(half)].map(formulaKey))];
}

/** A name as a person means it: full- and half-width alike (NFKC), case and spaces aside. */
function stepKey(text: string): string {
  return formulaKey(text.normalize("NFKC"));
}

/** The step a typed Current names (case, spaces and full-/half-width aside), or null. */
export function stepNamed(steps: readonly LadderStep[], typed: string): LadderStep | null {
  const key = formulaKey(typed);
  if (key === "") return null;
  return steps.find((s) => stepSpellings(s).includes(key)) ?? null;
}

/**
 * The steps a name that matches none could have meant: those whose name holds it or is held by it,
 * else every step.
 */
export function stepsLike(steps: readonly LadderStep[], typed: string): LadderStep[] {
  const key = stepKey(typed);
  const near = steps.filter((s) => {
    const name = stepKey(s.name);
    return key !== "" && (name.includes(key) || key.includes(name));
  });
  return near.length > 0 ? near : [...steps];
}

/** Steps as a person reads them: "lease signed (70%)", joined with the language's separator. */
export function stepList(steps: readonly LadderStep[], separator: string): string {
  return steps.map((s) => `${s.name} (${Math.round(s.share * 1e6) / 1e4}%)`).join(separator);
}
