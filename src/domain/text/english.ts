// Reading an English statement by word class (wink-lexicon's tags, wordClasses.ts): which verb opens
// an objective, and which predicates of a key result are activities.
import {
  EN_ACTIVITY_PHRASES,
  EN_ACTIVITY_VERBS,
  EN_CLAUSE_VERBS,
  EN_IRREGULAR,
  EN_LEVEL_VERBS,
  EN_OKR_VERBS,
  EN_USER_SUBJECTS,
} from "./lexicon";
import { enClass } from "./wordClasses";

/** Words of a statement, lower-cased; "&" and "/" kept as words (they coordinate). */
export function enWords(text: string): string[] {
  // A typographic apostrophe (We’ve) reads as the typed one (We've).
  return (text.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*|&|\/|[0-9]+|[,;:]/g) ?? []).map((w) =>
    w.toLowerCase().replace(/’/g, "'")
  );
}

function canBeVerb(word: string): boolean {
  if (enClass(word) === "v" || EN_OKR_VERBS.has(word)) return true;
  if (enClass(word) !== undefined) return false;
  // A word the lexicon lacks: -ize / -ise / -ify / -ate words are verbs far more often than not.
  return word.length > 5 && /(?:ize|ise|ify|ate)$/.test(word);
}

const isAdverb = (word: string) =>
  enClass(word) === "d" || (/ly$/.test(word) && enClass(word) === undefined);

/** The verb an English statement (time words stripped) opens with, after adverbs; else null. */
export function leadingEnVerb(text: string): string | null {
  const words = enWords(text).filter((w) => /^[a-z]/.test(w));
  let i = 0;
  while (i < words.length - 1 && isAdverb(words[i]) && !canBeVerb(words[i])) i++;
  const first = words[i];
  if (!first) return null;
  // "Re-engage", "Co-create": the part after the prefix decides.
  const base = first.replace(/^(?:re|co|pre|up|de)-/, "");
  if (!canBeVerb(first) && !canBeVerb(base)) return null;
  return isSubjectPredicate(words.slice(i)) ? null : first;
}

/**
 * "Field teams happier", "Sales team more loyal": a noun phrase and a comparative, no verb. The
 * opening word can be a verb ("field") but is a noun here; "Make customers happier" is right.
 */
function isSubjectPredicate(words: string[]): boolean {
  if (words.length < 3 || EN_CLAUSE_VERBS.has(words[0])) return false;
  const last = words[words.length - 1];
  const comparative = isComparative(last) || /^(?:more|less)$/.test(words[words.length - 2]);
  return comparative && words.slice(1, -1).every((w) => enClass(w) !== "v" || /s$/.test(w));
}

/** happier, faster, bigger, safer: an adjective's comparative (the lexicon lists the adjective). */
function isComparative(word: string): boolean {
  if (!/er$/.test(word)) return false;
  const bases = [
    word.replace(/ier$/, "y"),
    word.slice(0, -2),
    word.slice(0, -1),
    word.slice(0, -3),
  ];
  return bases.some((b) => enClass(b) === "a");
}

/** The -s form of a verb (launches, plans). */
const sForm = (verb: string) => (/(?:s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`);

/** A verb's forms: base, -s, -ed (planned, shipped) and irregular past forms (built, held). */
function formsOf(verb: string): string[] {
  const stem =
    /[^aeiou][aeiou][bdgmnpt]$/.test(verb) && verb.length <= 4 ? verb + verb.at(-1) : verb;
  const ed = verb.endsWith("e") ? `${verb}d` : `${stem}ed`;
  return [verb, sForm(verb), ...(EN_IRREGULAR[verb] ?? [ed])];
}

/** Every form of the activity verbs, mapped to the verb: launch, launches, launched, built… */
const FORMS = new Map(
  [...EN_ACTIVITY_VERBS].flatMap((verb) => formsOf(verb).map((form) => [form, verb] as const))
);
/** Every form of the activity phrases, mapped to the phrase: "rolled out" → "roll out". */
const PHRASE_FORMS = new Map(
  EN_ACTIVITY_PHRASES.flatMap((phrase) => {
    const [verb, particle] = phrase.split(" ");
    return formsOf(verb).map((form) => [`${form} ${particle}`, phrase] as const);
  })
);
/** "Complete 80% of the sales target": reaching a share of a target is an outcome. */
const SHARE_OF_TARGET =
  /\b(?:complete|completed|finish|finished|deliver|delivered)\s+[0-9.]+\s*%\s+of\b/i;
const SHARE_VERBS = new Set(["complete", "finish", "deliver"]);

const AUXILIARIES = new Set(
  "is are was were be been being has have had 've 's will shall must should can we they i you".split(
    " "
  )
);
const DETERMINERS = new Set(
  "the a an our their its his her this that these those my your".split(" ")
);
const RELATIVES = new Set(["that", "which", "who"]);
const MEANS = new Set(["by", "through", "via"]);
const LEVEL_PREPOSITIONS = new Set(["at", "below", "above", "under", "over", "within"]);

/**
 * The activity verbs among an English key result's predicates: its opening verb, a verb
 * coordinated with it ("Design and roll out"), a verb after a subject ("We have shipped",
 * "The team ships 4 releases", "Success plan defined for…", "…is implemented"). Not a verb inside
 * a noun phrase ("the time to create the report", "Batch changes launch drove…"), nor a relative
 * clause ("a plan that is built out"), nor "hold/keep X at Y" (a level), nor completing a share of
 * a target ("Complete 80% of the sales target").
 */
export function enActivities(text: string): string[] {
  let words = enWords(text);
  // "By redesigning checkout, launch…": the means phrase is how, not what.
  if (MEANS.has(words[0] ?? "")) {
    const comma = words.indexOf(",");
    if (comma > 0) words = words.slice(comma + 1);
  }
  const found: string[] = [];
  const opener = words.findIndex((w) => !isAdverb(w));
  words.forEach((word, i) => {
    const phrase = PHRASE_FORMS.get(`${word} ${words[i + 1] ?? ""}`);
    const verb = phrase ?? FORMS.get(word);
    if (!verb) return;
    const before = words[i - 1] ?? "";
    const next = words[i + (phrase ? 2 : 1)] ?? "";
    const predicate =
      // an opening -s form ("Plans are in place") is a noun
      (i === opener && word !== sForm(verb.split(" ")[0])) ||
      (["and", "&", "/", "or"].includes(before) &&
        canBeVerb(words[i - 2] ?? "") &&
        i - 2 <= opener + 2) ||
      isPredicateAfterSubject(words, i, word, next);
    if (!predicate) return;
    if (EN_LEVEL_VERBS.has(verb) && holdsALevel(words.slice(i + 1))) return;
    found.push(verb);
  });
  return SHARE_OF_TARGET.test(text) ? found.filter((v) => !SHARE_VERBS.has(v)) : found;
}

function isPredicateAfterSubject(words: string[], i: number, word: string, next: string): boolean {
  const before = words[i - 1] ?? "";
  if (i === 0 || DETERMINERS.has(before) || before === "to" || before === "of") return false;
  // "90% of offer letters are completed…", "N customers have created…": what users do, or a share
  // of things done, is measured: an outcome.
  if (/^[0-9]/.test(words[0]) || words.slice(0, i).some((w) => EN_USER_SUBJECTS.has(w)))
    return false;
  if (/'(?:ve|re)$/.test(before)) return true; // we've shipped, they're launching
  if (RELATIVES.has(words[i - 2] ?? "") || RELATIVES.has(before)) return false;
  if (AUXILIARIES.has(before)) return true;
  const pastForm = /ed$/.test(word) || (EN_IRREGULAR[FORMS.get(word) ?? ""] ?? []).includes(word);
  // "Plans built for…", "MVP deployed in June", "a plan defined" (end): a participle after its noun.
  if (pastForm)
    return next === "" || /^(?:for|in|with|by|to|on|at|and|across|before|within)$/.test(next);
  // "The team ships 4 releases": a verb with an -s after its subject, before its object.
  return /s$/.test(word) && (/^[0-9]+$/.test(next) || DETERMINERS.has(next));
}

/** "…the error rate at 0.5%": a level to keep, not an event to hold. */
function holdsALevel(rest: string[]): boolean {
  const at = rest.findIndex((w) => LEVEL_PREPOSITIONS.has(w));
  return at >= 0 && rest.slice(at + 1).some((w) => /^[0-9]/.test(w));
}
