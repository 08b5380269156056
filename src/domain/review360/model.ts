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
  const find = (name: string) => people.find((p) => sameText(p.name, name));
  for (const sheet of sheets)
    for (const objective of sheet.objectives) {
      if (!objective.owner) continue;
      const person = find(objective.owner) ?? {
        name: objective.owner,
        department: "",
        source: { kind: "owned", sheets: [] },
        objectives: [],
      };
      if (!people.includes(person)) people.push(person);
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
  const scored = people.map((p): PersonScore => {
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
      const mine = ratings.filter((r) => counts(r, p.name, role, ratingsLang, scale));
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
  for (const s of scored) {
    if (s.total === null) continue;
    const t = s.total;
    s.rank =
      1 +
      scored.filter(
        (o) => sameText(o.department, s.department) && o.total !== null && o.total > t + TIE
      ).length;
  }
  return { people: scored, departments: departmentsOf(scored) };
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
  const names: string[] = [];
  for (const p of people)
    if (!names.some((n) => sameText(n, p.department))) names.push(p.department);
  return names.map((department) => {
    const mine = people.filter((p) => sameText(p.department, department));
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
