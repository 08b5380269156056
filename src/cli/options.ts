// The options several commands share, declared once: their parsers say what a bad value is, and
// their declarations type each command's options (@commander-js/extra-typings infers them).
import { InvalidArgumentError, Option } from "@commander-js/extra-typings";
import { readTypedDate } from "../domain/reading/dates";
import { describeProblem } from "../domain/reading/i18n";
import { parsePeriod } from "../domain/reading/period";
import { COMPONENTS, type Component } from "../domain/reading/ratingsSheet";
import { SCOPES as SCOPE_TERMS } from "../domain/reading/vocabulary";
import { LANGS, type Scope } from "../domain/types";

export const SCOPES: readonly Scope[] = SCOPE_TERMS.map((t) => t.value);

/** --period: 2026-Q1, 2026-H2, FY2026, 2026-03 or 2026. */
export function period(text: string) {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new InvalidArgumentError(describeProblem(parsed.problem, "en"));
  return parsed.value;
}

/** `--period 2026-Q1` or several, `--period 2026-Q1,2026-Q2` (review). */
export function periods(text: string) {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean)
    .map(period);
}

/** A whole number of 1 or more (the Summary's attention rows). */
export function rowCount(text: string) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(
      `"${text}" is not a number of rows: write a whole number, 1 or more.`
    );
  return n;
}

/**
 * The locale dates are read in, as POSIX programs take it from the environment (LC_ALL, LC_TIME,
 * LANG: en_GB.UTF-8 reads 15/02/2026 day first); without one, US English.
 */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.LC_ALL || env.LC_TIME || env.LANG || "";
  const tag = raw.split(/[.@]/)[0].replace(/_/g, "-");
  if (!tag || tag === "C" || tag === "POSIX") return "en-US";
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en-US";
  } catch {
    return "en-US";
  }
}

/**
 * A date option as people write dates: 2026-02-15, 2026/2/15, 2026年2月15日, or 15/02/2026 in the
 * environment's day-month order (cliLocale). One whose day and month could be either way round is
 * refused with both readings: a command line cannot ask which was meant.
 */
export function isoDate(text: string) {
  const parsed = readTypedDate(text, cliLocale());
  if (parsed.ok) return parsed.value.value;
  if (parsed.problem.code === "ambiguous-date")
    throw new InvalidArgumentError(describeProblem(parsed.problem, "en"));
  throw new InvalidArgumentError(
    `"${text}" is not a date: write it as YYYY-MM-DD (or 2026/2/15, or 15/02/2026 as your locale orders day and month).`
  );
}

export const langOption = (help = "language of the sheets and messages") =>
  new Option("--lang <lang>", help).choices(LANGS).default("en" as const);

export const scopeOption = () =>
  new Option("--scope <scope>", "scope of sheets that do not name one")
    .choices(SCOPES)
    .default("team" as const);

export const formatOption = (help = "output format") =>
  new Option("--format <format>", help).choices(["text", "json"] as const).default("text" as const);

export const asOfOption = (help = "the date progress is measured at (default: today)") =>
  new Option("--as-of <date>", help).argParser(isoDate);

export const forceOption = (help = "replace an existing output file") =>
  new Option("--force", help);

export const outOption = (help = "the .xlsx to write") => new Option("-o, --out <file>", help);

/** Encodings `--encoding` accepts (Node's TextDecoder decodes each). */
export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "gb18030", "gbk", "big5"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** `--weights okr=40,manager=25,peer=15,designated=10,self=10`: percentages; components left out weigh 0. */
export function parseWeights(text: string): Record<Component, number> {
  const weights = Object.fromEntries(COMPONENTS.map((c) => [c, 0])) as Record<Component, number>;
  const given = new Set<Component>();
  for (const part of text.split(",")) {
    const m = /^\s*([a-z]+)\s*=\s*(\d+(?:\.\d+)?)\s*%?\s*$/i.exec(part);
    const key = m?.[1].toLowerCase() as Component | undefined;
    if (!m || !key || !COMPONENTS.includes(key))
      throw new InvalidArgumentError(
        `"${part.trim()}" is not a weight: write component=percent, components ${COMPONENTS.join(", ")} (e.g. okr=40,manager=25,peer=15,designated=10,self=10).`
      );
    // Named twice, which weight counts is not clear (the last one won silently).
    if (given.has(key))
      throw new InvalidArgumentError(
        `"${key}" is named twice in --weights. Give each component once, e.g. okr=40,manager=25,peer=15,designated=10,self=10.`
      );
    given.add(key);
    weights[key] = Number(m[2]) / 100;
  }
  return weights;
}

/** `--scale 1-5` (also 0-100, 0-1): low and high, the high end above the low end. */
export function parseScale(text: string): { low: number; high: number } {
  const m = /^\s*(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m || Number(m[2]) <= Number(m[1]))
    throw new InvalidArgumentError(
      `"${text}" is not a rating scale: write low-high with the high end above the low end, e.g. 1-5, 0-100 or 0-1.`
    );
  return { low: Number(m[1]), high: Number(m[2]) };
}
