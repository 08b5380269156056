// The number format of a key result's values (Start, Target, Current, Gap to target, the check-in
// history's values and changes): in its unit. Shares as percentages, a currency with its symbol,
// anything else with thousands separators. One table of currencies, by code and by the words the
// templates and people write in each language.
import type { CellValue } from "../types";
import { SHARE_FORMAT } from "./layout";

/** Currencies by the units that name them (compared without case or spaces). */
const CURRENCIES: { symbol: string; units: string[] }[] = [
  { symbol: "$", units: ["USD", "US$", "$", "美元", "美金"] },
  { symbol: "¥", units: ["CNY", "RMB", "人民币", "人民幣", "元"] },
  { symbol: "NT$", units: ["TWD", "NT$", "NTD", "新台币", "新台幣", "新臺幣"] },
  { symbol: "€", units: ["EUR", "€", "欧元", "歐元"] },
];

const SYMBOL_OF = new Map(
  CURRENCIES.flatMap((c) => c.units.map((u) => [u.toUpperCase(), c.symbol] as const))
);

/** The currency symbol a unit names, or null. */
export function currencySymbol(unit: string): string | null {
  return SYMBOL_OF.get(unit.replace(/\s+/g, "").toUpperCase()) ?? null;
}

/**
 * The format of a key result's values: `shares` when its values are shares (a % or milestone key
 * result); whole numbers without decimals, others with one (negative numbers keep their minus).
 */
export function unitFormat(unit: string, values: readonly CellValue[], shares: boolean): string {
  if (shares) return SHARE_FORMAT;
  const whole = values.every((v) => typeof v !== "number" || Number.isInteger(v));
  const digits = whole ? "#,##0" : "#,##0.0";
  const symbol = currencySymbol(unit);
  return symbol ? `"${symbol}"${digits}` : digits;
}

/**
 * A value as its key result's cells show it, for a sentence (a report, a message): "$2,000,000",
 * "18%", "1,250" — the unit's symbol and the sheet's digits (unitFormat), grouped as the language
 * groups.
 */
export function valueInUnit(value: number, unit: string, shares: boolean, lang: string): string {
  if (shares)
    return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(
      value
    );
  const digits = Number.isInteger(value) ? 0 : 1;
  const text = new Intl.NumberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Math.abs(value));
  const symbol = currencySymbol(unit);
  return `${value < 0 ? "-" : ""}${symbol ?? ""}${text}`;
}
