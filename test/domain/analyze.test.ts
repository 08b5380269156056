// The statement reading's shortcuts must give what the long way gives: segmentZh walks
// Intl.Segmenter's segments with containing() (cheaper in V8 than the iterator), and mayOpenWith
// skips segmenting a Chinese statement that cannot open with one of the verbs asked about.
import { TEMPLATES } from "../../src/domain/newSheet/templates";
import { ZH_ACTIVITY_VERBS, ZH_VERBS } from "../../src/domain/text/lexicon";
import {
  anywherePattern,
  leadingVerb,
  mayOpenWith,
  segmentZh,
} from "../../src/domain/text/analyze";

const zh = new Intl.Segmenter("zh", { granularity: "word" });
const byIterator = (text: string) =>
  [...zh.segment(text)].map((s) => s.segment).filter((w) => w.trim() !== "");

const statements = TEMPLATES.flatMap((t) =>
  t.objectives.flatMap((o) => [o.statement, ...o.keyResults.map((kr) => kr.statement)])
).flatMap((s) => [s["zh-CN"], s["zh-TW"], s.en]);

describe("segmentZh", () => {
  it("gives the iterator's words for every template statement", () => {
    expect(statements.length).toBeGreaterThan(100);
    for (const text of statements) expect([...segmentZh(text)]).toEqual(byIterator(text));
  });

  it.each([
    "本季度 将客户满意度从 80% 提升到 90%！",
    "  提升　效率。。 ",
    "上线😀新功能𠀋系统，A/B 测试 3 次",
    "",
    "   ",
  ])("gives the iterator's words for %j", (text) => {
    expect([...segmentZh(text)]).toEqual(byIterator(text));
  });

  it("drops spaces, keeps punctuation and reads words as they are asked for", () => {
    const words = segmentZh("提升　效率，");
    expect(words.next().value).toBe("提升");
    expect(words.next().value).toBe("效率");
    expect(words.next().value).toBe("，");
    expect(words.next().done).toBe(true);
  });
});

describe("mayOpenWith", () => {
  const activity = anywherePattern(ZH_ACTIVITY_VERBS);

  it("is false only for a Chinese statement that holds none of the verbs", () => {
    expect(mayOpenWith("年度经常性收入从800万美元增长到1000万美元", activity)).toBe(false);
    expect(mayOpenWith("本季度完成新系统上线", activity)).toBe(true);
    // Spaces between a verb's characters do not hide it (the segmenter's words are joined).
    expect(mayOpenWith("完 成新系统", activity)).toBe(true);
    // English statements are not segmented, so they are always read.
    expect(mayOpenWith("Grow revenue", activity)).toBe(true);
  });

  it("never hides the verb a statement opens with", () => {
    const every = anywherePattern(ZH_VERBS);
    const crafted = ["将新系统完成上线", "大幅提升到90%", "2026年第一季度 推 出新品", "做强品牌"];
    let verbs = 0;
    for (const text of [...statements, ...crafted]) {
      const { verb } = leadingVerb(text);
      if (verb && ZH_VERBS.has(verb)) {
        verbs++;
        expect(mayOpenWith(text, every)).toBe(true);
        expect(mayOpenWith(text, anywherePattern([verb]))).toBe(true);
      }
    }
    expect(verbs).toBeGreaterThan(30);
  });
});
