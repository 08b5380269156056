// Every table of the pane's text (src/taskpane/messages/*.ts, read from the folder so a new table is
// covered without a line here): each entry in en, zh-CN and zh-TW, none empty, the Chinese in Chinese,
// and the same {placeholders} in every language, so a dropped translation or placeholder fails here
// as well as in the compiler. And no table of text anywhere else in the pane.
import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";
import { LANGS } from "../../src/domain/types";
import { COUNTS } from "../../src/taskpane/messages/counts";
import { CLOSE_MESSAGES } from "../../src/taskpane/messages/close";
import { COMMON_MESSAGES } from "../../src/taskpane/messages/common";
import { count, say } from "../../src/taskpane/messages/say";
import { LANGUAGE_NAMES } from "../../src/taskpane/messages/shell";
import { SCORE_MESSAGES } from "../../src/taskpane/messages/score";

const PANE = join(__dirname, "../../src/taskpane");
const FOLDER = join(PANE, "messages");
const tableFiles = readdirSync(FOLDER).filter((f) => f.endsWith(".ts") && f !== "say.ts");

type Entry = Record<string, unknown>;

/** Every text of an entry, by form: "en" (or "en.one" and "en.other" for a count), "zh-CN", "zh-TW". */
function forms(entry: Entry): Record<string, unknown> {
  return Object.fromEntries(
    LANGS.flatMap((lang) => {
      const text = entry[lang];
      return text && typeof text === "object"
        ? Object.entries(text).map(([form, t]) => [`${lang}.${form}`, t])
        : [[lang, text]];
    })
  );
}

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

/** Every entry a file exports, as "file › TABLE.key" (or "file › NAME" for a lone text). */
function entriesOf(file: string): [string, Entry][] {
  const module = require(join(FOLDER, file)) as Record<string, Record<string, Entry>>;
  return Object.entries(module).flatMap(([table, entries]): [string, Entry][] =>
    "en" in entries
      ? [[`${file} › ${table}`, entries as Entry]]
      : Object.entries(entries).map(([key, entry]): [string, Entry] => [
          `${file} › ${table}.${key}`,
          entry,
        ])
  );
}

describe("the pane's messages", () => {
  it("reads every table file in the folder, each with entries", () => {
    expect(tableFiles).toEqual(
      expect.arrayContaining(["shell.ts", "common.ts", "counts.ts", "check.ts"])
    );
    for (const file of tableFiles) expect([file, entriesOf(file).length > 0]).toEqual([file, true]);
  });

  it.each(tableFiles)(
    "%s: every entry in the three languages, none empty, the Chinese in Chinese",
    (file) => {
      for (const [name, entry] of entriesOf(file)) {
        expect([name, Object.keys(entry).sort()]).toEqual([name, [...LANGS].sort()]);
        for (const [form, text] of Object.entries(forms(entry))) {
          expect([name, form, typeof text]).toEqual([name, form, "string"]);
          expect([name, form, (text as string).trim() !== ""]).toEqual([name, form, true]);
          if (form.startsWith("zh"))
            expect([name, form, text]).toEqual([
              name,
              form,
              expect.stringMatching(/[\u4e00-\u9fff]/),
            ]);
        }
      }
    }
  );

  it.each(tableFiles)("%s: the same {placeholders} in every language", (file) => {
    for (const [name, entry] of entriesOf(file)) {
      const all = Object.entries(forms(entry)).map(([form, text]) => [
        form,
        placeholders(text as string),
      ]);
      const english = all[0][1];
      for (const [form, names] of all) expect([name, form, names]).toEqual([name, form, english]);
    }
  });

  it("keeps every other file of the pane free of translations", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]
      );
    const holders = files(PANE)
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith(FOLDER + "/"))
      .filter((f) => /"zh-(CN|TW)":/.test(readFileSync(f, "utf8")))
      .map((f) => relative(PANE, f));
    expect(holders).toEqual([]);
  });
});

describe("say and count", () => {
  it("fills placeholders and leaves a text without them as it is", () => {
    expect(say(COMMON_MESSAGES.openSheet, "en", { sheet: "Sales" })).toBe("Open Sales");
    expect(say(COMMON_MESSAGES.openSheet, "zh-TW", { sheet: "Sales" })).toBe("開啟 Sales");
    expect(say(COMMON_MESSAGES.cancel, "zh-CN")).toBe("取消");
    expect(say(LANGUAGE_NAMES, "zh-TW")).toBe("繁體中文");
  });

  it("chooses the English form by the count and fills the other placeholders", () => {
    expect(count(COUNTS.sheets, 1, "en")).toBe("1 sheet");
    expect(count(CLOSE_MESSAGES.savedScores, 1, "en", { sheet: "Review" })).toBe(
      "Saved 1 final score; the review is on Review."
    );
    expect(count(CLOSE_MESSAGES.savedScores, 3, "en", { sheet: "Review" })).toBe(
      "Saved 3 final scores; the review is on Review."
    );
    expect(count(CLOSE_MESSAGES.savedScores, 3, "zh-CN", { sheet: "复盘" })).toBe(
      "已保存 3 个最终得分；复盘见 复盘。"
    );
  });
});

describe("the formula lock's hint", () => {
  // Excel refuses to sort a range holding locked cells (domain/plan/protection.ts), and every row of
  // the OKR table holds some: the hint must not list sorting among what still works.
  const SORT = { en: /sort/i, "zh-CN": /排序/, "zh-TW": /排序/ };
  const NOT = { en: /\bnot\b|n't\b|cannot/i, "zh-CN": /不|无法/, "zh-TW": /不|無法/ };
  const UNPROTECT = {
    en: "Review › Unprotect Sheet",
    "zh-CN": "审阅 › 撤消工作表保护",
    "zh-TW": "校閱 › 取消保護工作表",
  };
  it.each(LANGS)("%s: says sorting the table does not work, and how to sort", (lang) => {
    const sentences = say(SCORE_MESSAGES.lockFormulasHint, lang).split(/(?<=[.。])\s*/);
    const onSorting = sentences.filter((s) => SORT[lang].test(s));
    expect(onSorting.length).toBeGreaterThan(0);
    for (const s of onSorting) expect([s, NOT[lang].test(s)]).toEqual([s, true]);
    expect(onSorting.some((s) => s.includes(UNPROTECT[lang]))).toBe(true);
  });
});
