// Excel as a busy machine or a slow network makes it look to the pane: batches that wait for an
// answer. After `hold(n)`, the next n batches are answered and every one after them waits until
// `release()`: the pane shows what it shows while Excel has not answered yet, and a test can act
// on it.
import type { ExcelApi } from "../../src/excel/host";

export function holdable<E extends ExcelApi>(
  excel: E
): { excel: E; hold: (answered?: number) => void; release: () => void } {
  let gate: Promise<void> | null = null;
  let open = () => {};
  let through = 0;
  return {
    excel: {
      ...excel,
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
        if (through > 0) {
          through--;
          return excel.run(batch);
        }
        return (gate ?? Promise.resolve()).then(() => excel.run(batch));
      },
    },
    hold: (answered = 0) => {
      through = answered;
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    release: () => {
      gate = null;
      through = 0;
      open();
    },
  };
}
