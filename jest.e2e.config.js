// End-to-end tests: they build the add-in and drive real tools (the production build today; Debian's
// Chromium and LibreOffice as features land). `.ci/run` installs those tools; a test fails loudly
// when one is missing rather than skipping.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  testTimeout: 180_000,
  maxWorkers: 1,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
};
