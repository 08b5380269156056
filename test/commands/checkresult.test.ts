/**
 * @jest-environment jsdom
 */
import { renderResult } from "../../src/commands/checkresult";

describe("the Check sheet dialog page", () => {
  it("shows the counts as text (never as markup) and a Close button", () => {
    document.body.innerHTML = '<main id="result"></main>';
    renderResult(
      document,
      "?lang=en&sheet=%3Cb%3ESales%3C%2Fb%3E&okrSheet=true&errors=2&warnings=1&notes=3"
    );
    const main = document.getElementById("result")!;
    expect(main.querySelector("h1")?.textContent).toBe("OKR check");
    expect(main.querySelector("p")?.textContent).toBe(
      "<b>Sales</b>: 2 errors, 1 warning, 3 notes."
    );
    expect(main.querySelector("b")).toBeNull();
    expect(main.querySelector("button")?.textContent).toBe("Close");
    expect(document.documentElement.lang).toBe("en");
  });
});
