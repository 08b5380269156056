// Lint: the Office add-in rules (eslint-plugin-office-addins: load before read, sync outside loops…)
// with prettier formatting, React rules for the pane, typescript-eslint for everything typed.
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";
import globals from "globals";

// The plugin's recommended set lists .ts but not .tsx; the task pane is .tsx, so widen it.
const [jsRecommended, prettierOff, addinRules] = officeAddins.configs.recommended;

export default [
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/", "bench/results.json"] },
  jsRecommended,
  prettierOff,
  { ...addinRules, files: ["**/*.{js,mjs,cjs,ts,tsx}"] },
  ...tseslint.configs.recommended,
  { ...react.configs.flat.recommended, files: ["**/*.tsx"] },
  { ...react.configs.flat["jsx-runtime"], files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    settings: { react: { version: "18" } },
    // TypeScript checks names itself; core no-undef does not know DOM or Office types.
    rules: { "no-undef": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
