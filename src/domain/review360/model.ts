// The reference model of the 360° review (seed 002: OKR + 360° review): each person's components on
// 0–1, the weighted total over the components present, the rank within the department and the
// department figures. The formulas the review sheet holds (scoring/formulas.ts) must give the same
// numbers in every engine; the property tests hold them to it. Cells are read as a spreadsheet reads
// them: only numbers are numbers (cellNumber), names and roles match ignoring case, nothing trimmed.
import { weightedMean } from "../scoring/model";
import { cellNumber } from "../reading/valueCells";
import type { OkrSheet } from "../reading/sheet";
import type { Lang, Objective } from "../types";
import {
  roleIn,
  sameText,
  textKey,
  type Rating,
  COMPONENTS,
  ROLES,
  type Component,
  type Role,
  usableScale,
  type ReviewSettings,
} from "../reading/ratingsSheet";

/**
 * Totals closer than this count as equal when ranking and banding: engines round the last digits
 * differently (Excel turns a number into 15 digits inside a criterion), so a tie must not hinge on them.
 */
export const TIE = 1e-9;

/** The lower bounds of the distribution bands of the totals (0–20 %, 20–40 %, … 80–100 %). */
export const BANDS = [0, 0.2, 0.4, 0.6, 0.8] as const;

/** Default weights (seed 002's proportions as the issue sets them) and scale. */
export const DEFAULT_WEIGHTS: Record<Component, number> = {
  okr: 0.4,
  self: 0.1,
  peer: 0.15,
  manager: 0.25,
  designated: 0.1,
};
export const DEFAULT_SCALE = { low: 1, high: 5 };

/** An objective a person's OKR score is made of: where its progress is, and its weight cell. */
export interface ObjectiveRef {
  sheet: string;
  objective: Objective;
}

export type OkrSource = { kind: "individual"; sheet: string } | { kind: "owned"; sheets: string[] };

export interface Person {
  name: string;
  department: string;
  source: OkrSource;
  objectives: ObjectiveRef[];
}

/** The people under review: every owner of an objective on the OKR sheets, in order of appearance. */
export function findPeople(sheets: readonly OkrSheet[]): Person[] {
  const people: Person[] = [];
  // By name as sameText compares them (a search of the people per objective was quadratic).
  const byName = new Map<string, Person>();
  const find = (name: string) => byName.get(textKey(name));
  for (const sheet of sheets)
    for (const objective of sheet.objectives) {
      if (!objective.owner) continue;
      let person = find(objective.owner);
      if (!person) {
        person = {
          name: objective.owner,
          department: "",
          source: { kind: "owned", sheets: [] },
          objectives: [],
        };
        byName.set(textKey(objective.owner), person);
        people.push(person);
      }
      person.objectives.push({ sheet: sheet.name, objective });
      if (!person.department) person.department = sheet.header.department;
    }
  // A person's own Individual-scope sheet (every objective theirs) is their OKR score.
  for (const sheet of sheets) {
    const owners = sheet.objectives.map((o) => o.owner);
    if (sheet.header.scope !== "individual" || owners.length === 0) continue;
    const person = find(owners[0]);
    if (!person || person.source.kind === "individual") continue;
    if (!owners.every((o) => sameText(o, person.name))) continue;
    person.source = { kind: "individual", sheet: sheet.name };
    person.objectives = sheet.objectives.map((objective) => ({ sheet: sheet.name, objective }));
    if (sheet.header.department) person.department = sheet.header.department;
  }
  for (const p of people)
    if (p.source.kind === "owned") p.source.sheets = [...new Set(p.objectives.map((o) => o.sheet))];
  return people;
}

export interface PersonScore {
  person: string;
  department: string;
  /** Each component on 0–1; null when the person has none (left out of the total, openly). */
  components: Record<Component, number | null>;
  peerCount: number | null;
  total: number | null;
  /** Components left out of the total: their weights are rescaled away. */
  missing: Component[];
  rank: number | null;
}

export interface DepartmentScore {
  department: string;
  people: number;
  averageTotal: number | null;
  /** How many totals fall in each band of BANDS. */
  bands: number[];
}

export interface ReviewScore {
  people: PersonScore[];
  departments: DepartmentScore[];
}

/** Whether a rating is counted for a person in a role (the criteria its formula's COUNTIFS use). */
function counts(
  r: Rating,
  person: string,
  role: Role,
  lang: Lang,
  scale: { low: number; high: number }
): boolean {
  const score = cellNumber(r.score);
  return (
    sameText(r.person, person) &&
    roleIn(r, lang) === role &&
    score !== null &&
    score >= scale.low &&
    score <= scale.high &&
    (role !== "peer" || !sameText(r.rater, person))
  );
}

/** The review of every person from their OKR progress, the ratings and the settings. */
export function reviewModel(
  people: readonly Person[],
  ratings: readonly Rating[],
  ratingsLang: Lang,
  settings: ReviewSettings,
  progressOf: (ref: ObjectiveRef) => number | null
): ReviewScore {
  const scale = usableScale(settings.scale);
  // Each person's ratings looked up by name, not searched for among all of them per person and role.
  const ratingsOf = groupBy(ratings, (r) => textKey(r.person));
  const scored = people.map((p): PersonScore => {
    const theirs = ratingsOf.get(textKey(p.name)) ?? [];
    const components = {
      okr: weightedMean(
        p.objectives.map((o) => ({ progress: progressOf(o), weight: o.objective.cells.weight }))
      ),
    } as Record<Component, number | null>;
    let peerCount: number | null = null;
    for (const role of ROLES) {
      if (!scale) {
        components[role] = null;
        continue;
      }
      const mine = theirs.filter((r) => counts(r, p.name, role, ratingsLang, scale));
      if (role === "peer") peerCount = mine.length;
      const sum = mine.reduce((s, r) => s + (cellNumber(r.score) as number), 0);
      components[role] =
        mine.length === 0 ? null : (sum / mine.length - scale.low) / (scale.high - scale.low);
    }
    const present = COMPONENTS.filter((c) => components[c] !== null);
    const weight = (c: Component) => cellNumber(settings.weights[c]) ?? 0;
    const used = present.reduce((s, c) => s + weight(c), 0);
    const total =
      used === 0
        ? null
        : present.reduce((s, c) => s + weight(c) * (components[c] as number), 0) / used;
    return {
      person: p.name,
      department: p.department,
      components,
      peerCount,
      total,
      missing: COMPONENTS.filter((c) => components[c] === null),
      rank: null,
    };
  });
  // Rank: 1 + how many in the department have a total above this one by more than TIE, counted in
  // the department's totals sorted once (counting them per person was quadratic).
  for (const members of groupBy(scored, (s) => textKey(s.department)).values()) {
    const totals = members
      .map((o) => o.total)
      .filter((t): t is number => t !== null)
      .sort((a, b) => a - b);
    for (const s of members)
      if (s.total !== null) s.rank = 1 + totals.length - countAtMost(totals, s.total + TIE);
  }
  return { people: scored, departments: departmentsOf(scored) };
}

/** Items by key, each group in the items' order, the groups in order of their first item. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** How many of the ascending `sorted` are at most `x` (a binary search). */
function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The band a total falls in (ties within TIE of a bound go up). */
export function bandOf(total: number): number {
  let band = 0;
  BANDS.forEach((bound, i) => {
    if (i > 0 && total >= bound - TIE) band = i;
  });
  return band;
}

/** Per department (as written, ignoring case), in order of appearance. */
export function departmentsOf(people: readonly PersonScore[]): DepartmentScore[] {
  return [...groupBy(people, (p) => textKey(p.department)).values()].map((mine) => {
    const { department } = mine[0];
    const totals = mine.map((p) => p.total).filter((t): t is number => t !== null);
    const bands = BANDS.map(() => 0);
    for (const t of totals) bands[bandOf(t)]++;
    return {
      department,
      people: mine.length,
      averageTotal: totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : null,
      bands,
    };
  });
}
