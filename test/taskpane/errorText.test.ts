import { errorText } from "../../src/taskpane/errorText";

describe("what an error says", () => {
  it("is an Error's message, or whatever else was thrown as text", () => {
    expect(errorText(new RangeError("ItemNotFound"))).toBe("ItemNotFound");
    expect(errorText("busy")).toBe("busy");
    expect(errorText(42)).toBe("42");
  });
});
