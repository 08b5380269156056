// What a cell's `text` shows for a value and number format: the handful of formats the add-in writes
// (General, fixed decimals, thousands, percent, signed sections such as +0%;-0%;0%, ISO and US dates,
// text in quotes before or after a number such as a currency's "$"#,##0). Anything else shows General.

export type Scalar = string | number | boolean | null;

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

function general(n: number): string {
  // Excel's General shows about ten significant digits, switching to E notation for huge or tiny numbers.
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return n.toExponential(5).replace(/e\+?/, "E+").replace("E+-", "E-");
  return String(Number(n.toPrecision(10)));
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  return n.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
}

function date(serial: number, format: string): string {
  const d = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    mm: String(d.getUTCMonth() + 1).padStart(2, "0"),
    dd: String(d.getUTCDate()).padStart(2, "0"),
    m: String(d.getUTCMonth() + 1),
    d: String(d.getUTCDate()),
  };
  return format.replace(/yyyy|mm|dd|m|d/g, (token) => parts[token]);
}

export function formatValue(value: Scalar, format: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const sections = format.split(";");
  if (sections.length > 1) {
    // positive;negative;zero — the negative section carries its own sign (or none).
    const [pos, neg = pos, zero = pos] = sections;
    if (value === 0) return formatValue(value, zero);
    return value > 0 ? formatValue(value, pos) : formatValue(-value, neg);
  }
  const f = format.trim();
  if (f === "" || f === "General" || f === "@") return general(value);
  // Text in double quotes is shown as it is ("Number format codes", support.microsoft.com: "Display
  // both text and numbers"); a negative number's minus goes before it, as Excel shows -$5 for
  // "$"#,##0 with one section.
  const before = /^"([^"]*)"(.*)$/.exec(f);
  if (before)
    return value < 0
      ? `-${before[1]}${formatValue(-value, before[2])}`
      : `${before[1]}${formatValue(value, before[2])}`;
  const after = /^(.*?)"([^"]*)"$/.exec(f);
  if (after) return `${formatValue(value, after[1])}${after[2]}`;
  const signed = /^([+-])(.*)$/.exec(f);
  if (signed) return `${signed[1]}${formatValue(value, signed[2])}`;
  const percent = /^0(?:\.(0+))?%$/.exec(f);
  if (percent) return `${fixed(value * 100, percent[1]?.length ?? 0, false)}%`;
  const number = /^(#,##)?0(?:\.(0+))?$/.exec(f);
  if (number) return fixed(value, number[2]?.length ?? 0, Boolean(number[1]));
  if (/^[ymd\-/. ]+$/i.test(f) && /y/i.test(f)) return date(value, f.toLowerCase());
  return general(value);
}
