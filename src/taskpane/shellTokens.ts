// Fluent UI's design tokens for the pane's shell (header, host notice, tabs), without the `tokens`
// table. `tokens.x` is only the CSS variable `var(--x)` that FluentProvider sets; the table of all
// 467 of them is 3 KB gzip of the first load, and the shell names a dozen (docs/PERFORMANCE.md).
// The names are type-checked against the table, and test/taskpane/shellTokens.test.ts checks that
// each gives what the table holds. The places, loaded later, use `tokens` as usual.
import type { tokens } from "@fluentui/react-components";

/** A token whose value is exactly its CSS variable (the zIndex ones carry a fallback, so not those). */
export type TokenName = Exclude<keyof typeof tokens, `zIndex${string}`>;

/** What `tokens[name]` holds: the CSS variable FluentProvider sets for the token. */
export const token = <N extends TokenName>(name: N) => `var(--${name})` as const;

const typeRamp = (size: "200" | "300" | "600", weight: "Regular" | "Semibold") => ({
  fontFamily: token("fontFamilyBase"),
  fontSize: token(`fontSizeBase${size}`),
  fontWeight: token(`fontWeight${weight}`),
  lineHeight: token(`lineHeightBase${size}`),
});

/** The entries of Fluent UI's `typographyStyles` the shell uses (its Body1, Caption1 and Title3 text). */
export const typography = {
  body1: typeRamp("300", "Regular"),
  caption1: typeRamp("200", "Regular"),
  title3: typeRamp("600", "Semibold"),
};
