// The add-in's production build, as the tests and the benchmark make it: `npm run build`'s webpack
// step with ADDIN_BASE_URL set, which a production build requires (webpack.config.js).
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");

/** Where the tests' builds say they are published: a reserved example domain (RFC 2606). */
export const TEST_BASE_URL = "https://okr-sheets.example.com/";

/**
 * How long a hook that builds may take: about a minute of CPU, several on a loaded 2-core machine
 * (said where a hook builds, not left to jest.e2e.config.js's budget per test).
 */
export const BUILD_TIMEOUT_MS = 10 * 60_000;

/** Builds the add-in into dist/ for TEST_BASE_URL; stdio as the caller wants it. */
export function buildAddin(stdio: "pipe" | "ignore" = "pipe"): void {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    { cwd: ROOT, stdio, env: { ...process.env, ADDIN_BASE_URL: TEST_BASE_URL } }
  );
}
