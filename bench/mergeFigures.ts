// How a run's figures go into bench/results.json. A partial run (`npm run bench -- --wire
// --only=score`, `--cli`, `--pane`) measures part of a section; its figures go in beside the ones
// it did not measure, key by key at every depth, so one run never wipes another run's figures.
// Named apart from the JSON: called results.ts, Node (the bench runs under ts-node) loaded
// "./results" as results.json once a run had written it, and every partial run after crashed at
// its end ("mergeFigures is not a function").

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** `earlier` with `figures` put in key by key: a nested record is merged, anything else replaced. */
export function mergeFigures(
  earlier: Record<string, unknown>,
  figures: Record<string, unknown>
): Record<string, unknown> {
  const merged = { ...earlier };
  for (const [key, value] of Object.entries(figures))
    merged[key] =
      isRecord(value) && isRecord(merged[key]) ? mergeFigures(merged[key], value) : value;
  return merged;
}
