import { draftOf, inEnUs, shownValue, tidied } from "../../src/taskpane/checkinDraft";
import { COUNTS } from "../../src/taskpane/messages/counts";
import { count } from "../../src/taskpane/messages/say";

describe("counts with their nouns", () => {
  it("uses the singular for one and the plural otherwise, in English", () => {
    expect(count(COUNTS.sheets, 1, "en")).toBe("1 sheet");
    expect(count(COUNTS.sheets, 0, "en")).toBe("0 sheets");
    expect(count(COUNTS.warning, 1, "en")).toBe("1 warning");
    expect(count(COUNTS.red, 6, "en")).toBe("6 off track");
  });

  it("uses the measure word in Chinese", () => {
    expect(count(COUNTS.sheets, 1, "zh-CN")).toBe("1 张工作表");
    expect(count(COUNTS.keyResults, 2, "zh-TW")).toBe("2 個關鍵結果");
    expect(count(COUNTS.yellow, 0, "zh-CN")).toBe("0 个有风险");
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

describe("numbers typed with the marks of Excel's culture", () => {
  const deDE = { decimal: ",", group: "." };
  const frFR = { decimal: ",", group: "\u202f" };
  it("respells them for the save's readers, and refuses the other culture's marks", () => {
    expect(inEnUs("1.234,5", deDE)).toBe("1234.5");
    expect(inEnUs("1 234,5", frFR)).toBe("1234.5");
    expect(inEnUs("12,5%", deDE)).toBe("12.5%");
    expect(inEnUs("1,6m", deDE)).toBe("1.6m");
    expect(inEnUs("1.5", deDE)).toBeNull(); // a date where Excel writes 1,5: not guessed
    expect(inEnUs("TRUE", deDE)).toBe("TRUE");
    expect(inEnUs("1.5")).toBe("1.5"); // en-US: as typed
  });

  it("shows values with them", () => {
    expect(shownValue(1200000.5, false, "en", deDE)).toBe("1.200.000,5");
    expect(shownValue(0.125, true, "en", deDE)).toBe("12,5%");
    expect(tidied("1234,5", "value", false, "en", deDE)).toBe("1.234,5");
  });
});
