// The production build: what `npm run build` emits is what Excel loads.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");

beforeAll(() => {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: root,
      stdio: "pipe",
    }
  );
});

const scripts = () =>
  readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(join(dist, f), "utf8"));

describe("production build", () => {
  it("emits the pane, the function file, the manifest and every icon", () => {
    for (const file of ["taskpane.html", "commands.html", "checkresult.html", "manifest.xml"]) {
      expect(existsSync(join(dist, file))).toBe(true);
    }
    for (const size of [16, 32, 64, 80, 128])
      expect(existsSync(join(dist, "assets", `icon-${size}.png`))).toBe(true);
  });

  it("links each page to its own script, with the Content-Security-Policy kept", () => {
    const pane = readFileSync(join(dist, "taskpane.html"), "utf8");
    expect(pane).toMatch(/<script[^>]+src="?taskpane\.[0-9a-f]+\.js/);
    expect(pane).not.toMatch(/src="?commands\./);
    expect(pane).toContain("Content-Security-Policy");
    const commands = readFileSync(join(dist, "commands.html"), "utf8");
    expect(commands).toMatch(/<script[^>]+src="?commands\.[0-9a-f]+\.js/);
  });

  it("contains no HyperFormula (GPLv3: tests and preview only)", () => {
    for (const code of scripts()) expect(code.toLowerCase()).not.toContain("hyperformula");
  });

  it("makes no network calls of its own: no fetch, XHR, beacons or sockets", () => {
    for (const code of scripts()) {
      for (const api of ["fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "EventSource"]) {
        expect(`${api}: ${code.includes(api)}`).toBe(`${api}: false`);
      }
    }
  });

  it("never uses eval-based source maps, which the pane's policy would block", () => {
    for (const code of scripts()) expect(code).not.toMatch(/\beval\(/);
  });
});
