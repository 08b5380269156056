// segmentZh walks Intl.Segmenter's segments with containing() (cheaper in V8 than the iterator): the
// words must be exactly the iterator's, whatever the text holds.
import { TEMPLATES } from "../../src/domain/templates/catalogue";
import { segmentZh } from "../../src/domain/text/analyze";

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
