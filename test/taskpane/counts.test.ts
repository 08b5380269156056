import { count } from "../../src/taskpane/strings";
import { draftOf, shownValue, tidied } from "../../src/taskpane/checkinDraft";

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

describe("a typed value shown back when the field is left", () => {
  it("groups a plain number and writes a confidence as a percentage", () => {
    expect(tidied("1200000", "value", false, "en")).toBe("1,200,000");
    expect(tidied("1.5万", "value", false, "zh-CN")).toBe("15,000");
    expect(tidied("70", "confidence", false, "en")).toBe("70%");
    expect(tidied("0.7", "confidence", false, "en")).toBe("70%");
  });

  it("leaves alone what does not parse, empty fields, comments and percentage key results", () => {
    expect(tidied("lots", "value", false, "en")).toBe("lots");
    expect(tidied("", "confidence", false, "en")).toBe("");
    expect(tidied("1000", "comment", false, "en")).toBe("1000");
    expect(tidied("21", "value", true, "en")).toBe("21");
  });
});
