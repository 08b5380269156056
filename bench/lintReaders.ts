// Which reader tells best whether an objective opens with a verb, and at what cost: the word
// classes the linter ships (derived from jieba's dictionary and wink-lexicon), against jieba's own
// tagger (@node-rs/jieba, native) for Chinese and two English taggers (wink-nlp with its English
// model, compromise). Inputs: the objectives of the seeds' examples and of the published set, with a
// coach's verdict. Prints agreement and CPU µs per statement.
//
//   npx ts-node --transpile-only bench/lintReaders.ts
import "../src/domain/text/wordClassesNode";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import nlpCompromise from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { hasHan, leadingVerb, withoutLeadingTime } from "../src/domain/text/analyze";
import { simplified } from "../src/domain/text/wordClasses";
import { PUBLISHED, SEEDS, loadLabelled } from "../test/support/publishedOkrs";
import { cpuMs } from "./cpuTime";

const objectives = [...loadLabelled(SEEDS), ...loadLabelled(PUBLISHED)]
  .filter((x) => x.level === "O" && !x.expected.includes("O-VAGUE-VERB"))
  .map((x) => ({ text: x.statement, verb: !x.expected.includes("O-STARTS-WITH-VERB") }));
const zh = objectives.filter((o) => hasHan(o.text));
const en = objectives.filter((o) => !hasHan(o.text));

const jieba = Jieba.withDict(dict);
/** jieba's tags: skip adverbs (d), 地 and an adjective before a verb; a verb or verbal noun opens. */
function jiebaOpensWithVerb(text: string): boolean {
  const tags = jieba.tag(simplified(withoutLeadingTime(text)), false).filter((t) => t.word.trim());
  let i = 0;
  while (
    i < tags.length &&
    (tags[i].tag === "d" ||
      tags[i].word === "地" ||
      (tags[i].tag === "a" && tags[i + 1]?.tag.startsWith("v")))
  )
    i++;
  const first = tags[i];
  if (first && (first.word === "将" || first.word === "把" || first.tag === "p"))
    return tags.slice(i + 1).some((t) => t.tag.startsWith("v"));
  return Boolean(first?.tag.startsWith("v"));
}

const wink = winkNLP(model, ["pos"]);
/** wink-nlp's tags: the first word that is no adverb is a verb (tried as typed and lower-cased). */
function winkOpensWithVerb(text: string): boolean {
  const tagsOf = (s: string) => wink.readDoc(s).tokens().out(wink.its.pos) as string[];
  const first = (tags: string[]) => tags.find((t) => t !== "ADV" && t !== "PUNCT");
  const rest = withoutLeadingTime(text);
  return (
    first(tagsOf(rest)) === "VERB" ||
    first(tagsOf(rest[0].toLowerCase() + rest.slice(1))) === "VERB"
  );
}

/** compromise's tags: the first term that is no adverb is a verb. */
function compromiseOpensWithVerb(text: string): boolean {
  const terms = nlpCompromise(withoutLeadingTime(text)).json()[0]?.terms ?? [];
  const first = terms.find((t: { tags: string[] }) => !t.tags.includes("Adverb"));
  return Boolean(first?.tags.includes("Verb"));
}

const ours = (text: string) => leadingVerb(text).verb !== null;

function measure(
  name: string,
  items: { text: string; verb: boolean }[],
  read: (t: string) => boolean
) {
  const agree = items.filter((o) => read(o.text) === o.verb).length;
  const rounds = Math.max(1, Math.round(2000 / items.length));
  const ms = cpuMs(() => {
    for (let r = 0; r < rounds; r++) for (const o of items) read(o.text);
  });
  const us = (ms * 1000) / (rounds * items.length);
  console.log(
    `${name.padEnd(44)} ${agree}/${items.length} agree (${((agree / items.length) * 100).toFixed(0)} %), ${us.toFixed(1)} µs CPU per statement`
  );
}

for (const o of objectives) ours(o.text); // load the word classes first: not timed
measure("Chinese: our word classes (longest match)", zh, ours);
measure("Chinese: jieba's tagger (@node-rs/jieba, native)", zh, jiebaOpensWithVerb);
measure("English: our word classes (wink-lexicon)", en, ours);
measure("English: wink-nlp tagger (wink-eng-lite-web-model)", en, winkOpensWithVerb);
measure("English: compromise tagger", en, compromiseOpensWithVerb);
