// lastAnswer: several rules ask the same question of one statement; it is answered once for the
// text last asked about, and again for any other text, the very first one included.
import { lastAnswer } from "../../src/domain/text/lastAnswer";

describe("lastAnswer", () => {
  it("answers once for the same text, again for another", () => {
    const asked: string[] = [];
    const length = lastAnswer((text: string) => (asked.push(text), text.length));
    expect([length("abc"), length("abc"), length("de"), length("abc")]).toEqual([3, 3, 2, 3]);
    expect(asked).toEqual(["abc", "de", "abc"]);
  });

  it("answers the very first question, whatever it is", () => {
    for (const first of ["", undefined as unknown as string]) {
      let answered = 0;
      const ask = lastAnswer(() => ++answered);
      expect(ask(first)).toBe(1);
      expect(answered).toBe(1);
    }
  });
});
