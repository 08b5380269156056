import { count } from "../../src/taskpane/strings";
import { draftOf, shownValue } from "../../src/taskpane/checkinDraft";

describe("counts with their nouns", () => {
  it("uses the singular for one and the plural otherwise, in English", () => {
    expect(count("sheets", 1, "en")).toBe("1 sheet");
    expect(count("sheets", 0, "en")).toBe("0 sheets");
    expect(count("warning", 1, "en")).toBe("1 warning");
    expect(count("red", 6, "en")).toBe("6 off track");
  });

  it("uses the measure word in Chinese", () => {
    expect(count("sheets", 1, "zh-CN")).toBe("1 张工作表");
    expect(count("keyResults", 2, "zh-TW")).toBe("2 個關鍵結果");
    expect(count("yellow", 0, "zh-CN")).toBe("0 个有风险");
  });
});

describe("values as the check-in form shows them", () => {
  it("groups thousands as the language does, and shows shares as percentages", () => {
    expect(shownValue(1200000, false, "en")).toBe("1,200,000");
    expect(shownValue(1200000.5, false, "zh-CN")).toBe("1,200,000.5");
    expect(shownValue(0.18, true, "en")).toBe("18%");
    expect(shownValue("n/a", false, "en")).toBe("n/a");
    expect(shownValue(null, false, "en")).toBe("");
  });

  it("starts a draft from the sheet's values with an empty comment", () => {
    const kr = {
      id: "S-O1-KR1",
      cells: { current: 2500 },
      confidence: 0.7,
      unit: "",
    } as unknown as Parameters<typeof draftOf>[0][number];
    expect(draftOf([kr], "en")).toEqual({
      "S-O1-KR1": { value: "2,500", confidence: "70%", comment: "" },
    });
  });
});
