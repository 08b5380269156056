// Unit tests: pure and fast, nothing installed beyond `npm ci`. Tests that need LibreOffice or
// Chromium live in test/e2e and run with `npm run test:e2e` (jest.e2e.config.js).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: [
    "<rootDir>/test/support/jsdom-setup.ts",
    "<rootDir>/test/support/apiSets-setup.ts",
    "<rootDir>/test/support/linguistics-setup.ts",
    "<rootDir>/test/support/officeJs-setup.ts",
  ],
  // Jest's default of 5 s per test is too tight for the workbook-writing CLI tests on a loaded
  // 2-core machine (they pass alone in about a second); a hang still fails, just later.
  testTimeout: 30_000,
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
};
