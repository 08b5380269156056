// End-to-end tests: they build the add-in and drive real tools (the production build today; Debian's
// Chromium and LibreOffice as features land). `.ci/run` installs those tools; a test fails loudly
// when one is missing rather than skipping.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  // Per test (and per hook): a walk through the pane takes 10 to 50 s on an idle 2-core machine and
  // several times that on a shared one at a load of 15, where CI runs: 3 minutes left too little room.
  testTimeout: 600_000,
  maxWorkers: 1,
  globalSetup: "<rootDir>/test/e2e/support/runId.ts",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
};
