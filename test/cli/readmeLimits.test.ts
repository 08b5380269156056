// The README's "Input limits" and "Exit codes" tables are the contract a user reads (issue #35): each
// figure there is the one the code checks against. One place per fact: the code's constants; this
// test reads the README's tables and fails when either side changes alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXIT_CODES, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from "../../src/cli/exitCodes";
import { LIMITS } from "../../src/cli/xlsxPackage";
import { LAST_SCORED_ROW } from "../../src/domain/plan/layout";
import { TABLE_GAP_ROWS } from "../../src/domain/reading/sheet";

const README = readFileSync(join(__dirname, "../../README.md"), "utf8");

/** The rows of the markdown table that follows `title` in the README, as [first cell, second cell]. */
function table(title: string): [string, string][] {
  const at = README.indexOf(title);
  expect(at).toBeGreaterThan(-1);
  const lines = README.slice(at).split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  const rows: [string, string][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const [a, b] = line.split(" | ").map((c) => c.replace(/^\| ?| ?\|$/g, "").trim());
    rows.push([a, b]);
  }
  return rows;
}

const number = (text: string) => Number(text.replace(/,/g, ""));
/** "256 MB" → bytes. */
function bytes(text: string): number {
  const m = /^([\d.]+) (MB|GB)\b/.exec(text);
  expect(m).not.toBeNull();
  return Number(m![1]) * 1024 ** (m![2] === "MB" ? 2 : 3);
}

describe("README: input limits and exit codes match the code", () => {
  const limits = table("**Input limits.**");
  const limit = (what: RegExp) => {
    const row = limits.find(([w]) => what.test(w));
    expect(row).toBeDefined();
    return row![1];
  };

  it("lists every limit the readers check, with the code's figure", () => {
    expect(limits).toHaveLength(9);
    expect(bytes(limit(/^an input file/))).toBe(LIMITS.fileBytes);
    expect(bytes(limit(/^one part of an \.xlsx/))).toBe(LIMITS.partBytes);
    expect(bytes(limit(/^all parts of an \.xlsx/))).toBe(LIMITS.packageBytes);
    expect(number(/^\d+/.exec(limit(/unpacked ÷ packed/))![0])).toBe(LIMITS.ratio);
    const grid = /([\d,]+) rows × ([\d,]+) columns/.exec(limit(/^rows and columns a sheet names/))!;
    expect([number(grid[1]), number(grid[2])]).toEqual([LIMITS.rows, LIMITS.columns]);
    expect(number(/^[\d,]+/.exec(limit(/^cells in one workbook/))![0])).toBe(LIMITS.cells);
    expect(number(/^[\d,]+/.exec(limit(/^one CSV line/))![0])).toBe(LIMITS.csvLine);
    expect(number(/^to row ([\d,]+)/.exec(limit(/^rows of an OKR table to score/))![1])).toBe(
      LAST_SCORED_ROW
    );
    expect(number(/^[\d,]+/.exec(limit(/^empty rows that end an OKR table/))![0])).toBe(
      TABLE_GAP_ROWS
    );
  });

  it("lists the exit codes a command ends with, each with the meaning the code gives it", () => {
    expect(table("**Exit codes.**")).toEqual([
      [String(EXIT_OK), expect.stringMatching(/^done, nothing to report/)],
      [String(EXIT_FINDINGS), expect.stringMatching(/^done, with findings/)],
      [String(EXIT_UNUSABLE), expect.stringMatching(/^nothing done, nothing written/)],
    ]);
    // Every code the code knows is in the table, and no other.
    expect(table("**Exit codes.**").map(([code]) => Number(code))).toEqual(EXIT_CODES);
  });
});
