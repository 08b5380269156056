// Derives the linter's word classes from maintained dictionaries (run: `npm run build:lexicon`), and
// writes src/domain/text/wordClasses.data.ts. Nothing is downloaded: the dictionaries come with
// npm ci as development dependencies, and only what the linter reads is kept.
//
// - Chinese: jieba's dictionary (@node-rs/jieba's dict.txt, MIT; 349,045 words with frequency and
//   part of speech). Kept: verbs (v, vd, vi, vq) and verbal nouns (vn), adverbs (d, ad, df, dg),
//   adjectives and distinguishing words (a, an, ag, b), prepositions (p), conjunctions (c) and
//   pronouns (r) seen at least MIN_FUNCTION times; other common words (nouns, localisers, …) seen at
//   least MIN_OTHER times, so that longest match takes 用户 as a noun rather than 用 as a verb; and
//   every idiom (i, l) that holds a numeral (一石二鸟 is no quantity), and four-character phrases
//   in an idiom's numeral form whatever their tag (三番五次). Names and numerals are left out.
// - Traditional Chinese is read through OpenCC's Traditional → Simplified character table
//   (opencc-js, MIT; OpenCC's data Apache-2.0), so one Simplified dictionary serves zh-CN and zh-TW.
// - English: wink-lexicon's part-of-speech lexicon (MIT; Penn tags, derived from WordNet): the words
//   that can be a base-form verb (VB), adverbs (RB), adjectives (JJ…), and nouns ending like verbs
//   (-ate: candidate), so that they are not guessed to be verbs; a word it lacks is a
//   verb when WordNet (in the same package) gives it a verb sense.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Where to write: the data module, or a path given (the test that checks the module is current). */
const OUT = process.argv[2] ?? join(ROOT, "src", "domain", "text", "wordClasses.data.ts");
/** A dependency's folder (read directly: some packages' exports hide their data files). */
const pkg = (name) => join(ROOT, "node_modules", name);

const MIN_FUNCTION = 10;
const MIN_OTHER = 200;
const HAN = /^[\u4e00-\u9fff]+$/;
const NUMERAL = /[一二三四五六七八九十百千万两]/;
/**
 * Four-character set phrases built on two numerals (三番五次, 三天两头, 接二连三, 乱七八糟): jieba
 * tags many of them m or nz rather than i, but the form is the idiom's.
 */
const NUMERAL_IDIOM =
  /^(?:[一二三四五六七八九十百千万两][^一二三四五六七八九十百千万两]){2}$|^(?:[^一二三四五六七八九十百千万两][一二三四五六七八九十百千万两]){2}$/;

/** jieba's tag → our class letter: v verb, n verbal noun, d adverb, a adjective, p, c, r, x other. */
function zhClass(tag) {
  if (/^v[div]?$|^vq$/.test(tag)) return "v";
  if (tag === "vn") return "n";
  if (/^(d|ad|df|dg)$/.test(tag)) return "d";
  if (/^(a|an|ag|b)$/.test(tag)) return "a";
  if (tag === "p" || tag === "c" || tag === "r") return tag;
  return "x";
}

function chinese() {
  const dict = readFileSync(join(pkg("@node-rs/jieba"), "dict.txt"), "utf8");
  const byClass = new Map();
  for (const line of dict.split("\n")) {
    const [word, freqText, tag] = line.trim().split(" ");
    if (!word || !HAN.test(word)) continue;
    const freq = Number(freqText);
    let cls;
    if (((tag === "i" || tag === "l") && NUMERAL.test(word)) || NUMERAL_IDIOM.test(word)) cls = "i";
    else if (/^(nr|nrt|nrfg|ns|nt|nz|m|mq)$/.test(tag)) continue;
    else {
      cls = zhClass(tag);
      if (freq < (cls === "x" ? MIN_OTHER : MIN_FUNCTION)) continue;
    }
    if (!byClass.has(cls)) byClass.set(cls, []);
    byClass.get(cls).push(word);
  }
  return [...byClass].map(([cls, words]) => `${cls}${words.sort().join(" ")}`).join("\n");
}

/** Traditional → Simplified single characters (BMP only: the lexicon holds no others). */
function traditional() {
  const path = join(pkg("opencc-js"), "dist/esm-lib/dict/TSCharacters.js");
  const text = readFileSync(path, "utf8").match(/"([^"]*)"/)[1];
  const pairs = [];
  for (const entry of text.split("|")) {
    const [from, to] = entry.split(" ");
    const simplified = to?.split(",")[0] ?? "";
    if (from?.length === 1 && simplified.length === 1 && from !== simplified)
      pairs.push(from + simplified);
  }
  return pairs.sort().join("");
}

/** Words WordNet gives a verb sense (wink-lexicon's copy of WordNet 3.0). */
function wordNetVerbs() {
  const src = (file) => require(join(pkg("wink-lexicon"), "src", file));
  const [words, senses, names] = [
    src("wn-words.js"),
    src("wn-word-senses.js"),
    src("wn-senses.js"),
  ];
  const verbs = new Set();
  for (const [word, index] of Object.entries(words))
    if (/^[a-z]+$/.test(word) && (senses[index] ?? []).some((k) => names[k].startsWith("verb.")))
      verbs.add(word);
  return verbs;
}

function english() {
  const lexicon = require(join(pkg("wink-lexicon"), "src", "lexicon.js"));
  // A word the tagged lexicon lacks ("upgrade") is a verb when WordNet gives it a verb sense; a
  // word it has keeps its tags ("team" has a rare verb sense but is tagged a noun).
  const verbs = wordNetVerbs();
  // Other words are kept only where the reader would guess: it takes an unknown -ize, -ify or -ate
  // word for a verb, so nouns of that form (candidate, climate) are listed as other words (x).
  const classes = { v: [], d: [], a: [], x: [] };
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/^[a-z][a-z-]*$/.test(word)) continue;
    if (tags.includes("VB")) classes.v.push(word);
    else if (tags[0].startsWith("RB")) classes.d.push(word);
    else if (tags[0].startsWith("JJ")) classes.a.push(word);
    else if (word.length > 5 && /(?:ize|ise|ify|ate)$/.test(word)) classes.x.push(word);
  }
  for (const word of verbs) if (!(word in lexicon)) classes.v.push(word);
  return Object.entries(classes)
    .map(([cls, words]) => `${cls}${words.sort().join(" ")}`)
    .join("\n");
}

const versions = ["@node-rs/jieba", "opencc-js", "wink-lexicon"]
  .map(
    (name) => `${name} ${JSON.parse(readFileSync(join(pkg(name), "package.json"), "utf8")).version}`
  )
  .join(", ");

writeFileSync(
  OUT,
  `// Generated by scripts/build-lexicon.mjs from ${versions}: do not edit; run \`npm run build:lexicon\`.
// Each line of ZH and EN is a class letter and that class's words, space-separated; T2S is pairs of
// Traditional and Simplified characters. Licences: jieba's dictionary MIT, OpenCC's data Apache-2.0,
// wink-lexicon MIT (WordNet-derived; WordNet licence in wink-lexicon's package).
export const ZH = ${JSON.stringify(chinese())};
export const T2S = ${JSON.stringify(traditional())};
export const EN = ${JSON.stringify(english())};
`
);
if (!process.argv[2]) console.log(`wrote ${OUT}`);
