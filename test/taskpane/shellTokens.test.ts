import { tokens, typographyStyles } from "@fluentui/react-components";
import { token, typography, type TokenName } from "../../src/taskpane/shellTokens";

describe("the shell's tokens without Fluent UI's table", () => {
  it("gives every token's CSS variable exactly as Fluent UI's table holds it", () => {
    const names = Object.keys(tokens).filter((n) => !n.startsWith("zIndex")) as TokenName[];
    expect(names.length).toBeGreaterThan(400);
    for (const name of names) expect(token(name)).toBe(tokens[name]);
  });

  it("gives the typography of Fluent UI's Body1, Caption1 and Title3", () => {
    expect(typography).toEqual({
      body1: typographyStyles.body1,
      caption1: typographyStyles.caption1,
      title3: typographyStyles.title3,
    });
  });
});
