// Lint: the Office add-in rules (eslint-plugin-office-addins: load before read, sync outside loops…)
// with its TypeScript parser and prettier formatting, plus React rules for the pane.
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import globals from "globals";
import tsParser from "@typescript-eslint/parser";
import domainFloors from "./scripts/domainFloors.cjs";

// The plugin's recommended set lists .ts but not .tsx (the task pane is .tsx), and its parser import
// resolves to nothing, leaving ES2015 espree in charge: widen the files and name the parser, as
// office-addin-lint's own config does. (It brings its own @typescript-eslint plugin; a second copy
// would clash.)
const [jsRecommended, prettierOff, addinRules] = officeAddins.configs.recommended;

export default [
  {
    ignores: [
      "dist/",
      "dist-preview/",
      "lib/",
      "node_modules/",
      "coverage/",
      "test-results/",
      "bench/results.json",
    ],
  },
  jsRecommended,
  prettierOff,
  {
    ...addinRules,
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
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
  },
  {
    // src/domain's floors (reading → primitives → features): every import runs down.
    files: ["src/domain/**/*.{ts,tsx}"],
    plugins: { okr: domainFloors.plugin },
    rules: { "okr/domain-floors": "error" },
  },
  {
    // The emulator's own tests read unloaded properties on purpose, to pin the errors Excel throws
    // (the very mistakes these rules catch in product code).
    files: ["test/emulator/**"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
];
