// Excel as a busy machine or a slow network makes it look to the pane: batches that wait for an
// answer. With `hold()`, every batch run from then on waits until `release()`; the pane shows
// what it shows while Excel has not answered yet, and a test can act on it.
import type { ExcelApi } from "../../src/excel/host";

export function holdable<E extends ExcelApi>(
  excel: E
): { excel: E; hold: () => void; release: () => void } {
  let gate: Promise<void> | null = null;
  let open = () => {};
  return {
    excel: {
      ...excel,
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
        (gate ?? Promise.resolve()).then(() => excel.run(batch)),
    },
    hold: () => {
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    release: () => {
      gate = null;
      open();
    },
  };
}
