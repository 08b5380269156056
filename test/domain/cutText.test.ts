// Text is cut only between characters (grapheme clusters), never inside an emoji or a flag.
import { cutText } from "../../src/domain/text/cut";
import { uniqueSheetName } from "../../src/domain/reading/ids";

const whole = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/.test(text);

describe("cutText", () => {
  it("cuts on grapheme boundaries, at most the given UTF-16 length", () => {
    expect(cutText("abc", 5)).toBe("abc");
    expect(cutText("ab😀", 3)).toBe("ab");
    expect(cutText("ab😀c", 4)).toBe("ab😀");
    // A flag is two code points (four units); a family emoji is one cluster of seven code points.
    expect(cutText("x🇨🇳", 3)).toBe("x");
    expect(cutText("👨‍👩‍👧z", 5)).toBe("");
    expect(cutText("目标😀😀", 3)).toBe("目标");
  });

  it("keeps a sheet name made from a long emoji file name whole (no U+FFFD in the sheet or chart title)", () => {
    const name = uniqueSheetName("😀".repeat(40), []);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(whole(name)).toBe(true);
    expect(name).toBe("😀".repeat(15));
    const numbered = uniqueSheetName("😀".repeat(40), ["😀".repeat(15)]);
    expect(whole(numbered)).toBe(true);
    expect(numbered.endsWith(" (2)")).toBe(true);
  });
});
