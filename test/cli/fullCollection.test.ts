// collectFully (src/cli/fullCollection.ts): okr collect collects all garbage before its write, so
// that V8 sets the heap's growth from what the write needs, not from what the scoring held.
import { runInNewContext } from "node:vm";
import { collectFully } from "../../src/cli/fullCollection";

describe("collectFully", () => {
  it("lets go of an object nothing refers to any more, at once", async () => {
    const gone = new WeakRef(Array.from({ length: 1000 }, (_, i) => ({ i })));
    // A WeakRef keeps its object until the job that made it ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectFully();
    expect(gone.deref()).toBeUndefined();
  });

  it("leaves gc() exposed to no context made after it", () => {
    collectFully();
    expect(runInNewContext("typeof gc")).toBe("undefined");
  });
});
