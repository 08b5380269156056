// Word classes from maintained dictionaries (scripts/build-lexicon.mjs derives them into
// wordClasses.data.ts): jieba's part-of-speech tags for Chinese, read by longest match, with
// Traditional characters read through OpenCC's table; wink-lexicon's tags for English.
//
// The data is a lazy chunk in the pane: hosts call `loadLinguistics()` before linting (the Excel
// host does it while it reads the workbook); Node entry points install a synchronous loader
// (`useWordClassesFrom`), so the command line and tests read it on first use.

/** v verb, n verbal noun, d adverb, a adjective, p preposition, c conjunction, r pronoun, i idiom
 * holding a numeral, x another word. */
export type ZhClass = "v" | "n" | "d" | "a" | "p" | "c" | "r" | "i" | "x";
/** v can be a base-form verb, d adverb, a adjective, x a noun ending like a verb (candidate). */
export type EnClass = "v" | "d" | "a" | "x";

export interface WordClassData {
  ZH: string;
  T2S: string;
  EN: string;
}

interface Lexicon {
  zh: Map<string, ZhClass>;
  /** The longest Chinese word starting with each character, in characters. */
  zhLongest: Map<string, number>;
  t2s: Map<string, string>;
  en: Map<string, EnClass>;
}

let lexicon: Lexicon | null = null;
let syncLoader: (() => WordClassData) | null = null;

function classMap<C extends string>(
  packed: string
): { map: Map<string, C>; longest: Map<string, number> } {
  const map = new Map<string, C>();
  const longest = new Map<string, number>();
  for (const line of packed.split("\n")) {
    const cls = line[0] as C;
    for (const word of line.slice(1).split(" ")) {
      if (!word) continue;
      map.set(word, cls);
      if (word.length > (longest.get(word[0]) ?? 0)) longest.set(word[0], word.length);
    }
  }
  return { map, longest };
}

export function installWordClasses(data: WordClassData): void {
  const zh = classMap<ZhClass>(data.ZH);
  const t2s = new Map<string, string>();
  for (let i = 0; i + 1 < data.T2S.length; i += 2) t2s.set(data.T2S[i], data.T2S[i + 1]);
  lexicon = { zh: zh.map, zhLongest: zh.longest, t2s, en: classMap<EnClass>(data.EN).map };
}

/** Node entry points: read the data synchronously on first use (the pane loads it as a chunk). */
export function useWordClassesFrom(load: () => WordClassData): void {
  syncLoader = load;
}

/** Loads the word classes (a lazy chunk in the pane) once; later calls resolve at once. */
export async function loadLinguistics(): Promise<void> {
  if (lexicon) return;
  if (syncLoader) return installWordClasses(syncLoader());
  const data = await import(/* webpackChunkName: "linguistics" */ "./wordClasses.data");
  installWordClasses(data);
}

function words(): Lexicon {
  if (!lexicon && syncLoader) installWordClasses(syncLoader());
  if (!lexicon)
    throw new Error("The linter's word classes are not loaded: await loadLinguistics() first.");
  return lexicon;
}

/** The text with Traditional characters replaced by their Simplified forms (one for one). */
export function simplified(text: string): string {
  const { t2s } = words();
  let out: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const s = t2s.get(text[i]);
    if (s !== undefined) out = (out ?? text.slice(0, i)) + s;
    else if (out !== null) out += text[i];
  }
  return out ?? text;
}

/** The dictionary's class of a Chinese word (Simplified), or undefined for a word it lacks. */
export function zhClass(word: string): ZhClass | undefined {
  return words().zh.get(word);
}

/**
 * The longest dictionary word of `text` (Simplified) that starts at `at`, and its class; a single
 * character the dictionary lacks is a word of class x.
 */
export function zhWordAt(text: string, at: number): { word: string; cls: ZhClass } {
  const { zh, zhLongest } = words();
  for (let len = Math.min(zhLongest.get(text[at]) ?? 1, text.length - at); len >= 2; len--) {
    const word = text.slice(at, at + len);
    const cls = zh.get(word);
    if (cls) return { word, cls };
  }
  const word = text[at];
  return { word, cls: zh.get(word) ?? "x" };
}

export function enClass(word: string): EnClass | undefined {
  return words().en.get(word);
}
