// A full garbage collection asked for at a point where much has just been let go (okr collect,
// before its write). V8 sets how far the heap may grow before its next full collection from what
// was live at its last one: after the scoring (~500 MB live at 100,000 rows) that was so far that
// the write's garbage took the process from ~750 MB to 0.92-0.97 GB before V8 collected. One
// collection after the score's plans are let go sets it from what the write needs (~340 MB live),
// and the process peaked at 0.78 GB instead, for about half a second.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Collects all garbage now (V8's gc(), given to a context made after it is exposed). */
export function collectFully(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  // Off again: contexts and workers made later would otherwise be given gc() too.
  setFlagsFromString("--no-expose-gc");
  gc();
}
