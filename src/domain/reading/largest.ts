// The largest of many numbers, by a loop: Math.max(...values) passes every value as an argument,
// and a sheet of a million rows overflows the call stack ("Maximum call stack size exceeded").
/** The largest of `values`, or `floor` when none is larger. */
export function largest(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The widest row's length (0 for none). */
export function widestRow(rows: readonly { length: number }[]): number {
  let max = 0;
  for (const r of rows) if (r.length > max) max = r.length;
  return max;
}
