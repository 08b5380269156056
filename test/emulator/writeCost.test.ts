// The emulator's cost per write does not grow with the writes before it. HyperFormula (3.5)
// walks every undo entry it keeps, and every write gathered into its `batch`, before each new
// write (UndoRedo.clearRedoStack): an emulator that kept undo history or wrote through
// HyperFormula's own batch made a request of n writes cost n² — Collect at 10,000 key results,
// whose apply clears the sheet it replaces, never finished on the wire bench. Counted, not timed:
// the engine's writes and the undo entries they walk, at two sizes.
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";

const COLS = 10;

/** The undo entries HyperFormula walks before a write: those kept and those of an open batch. */
function undoEntries(excel: EmulatedExcel): () => number {
  const undoRedo = (
    excel.state.hf as unknown as {
      _crudOperations: {
        undoRedo: { undoStack: unknown[]; batchUndoEntry?: { operations: unknown[] } };
      };
    }
  )._crudOperations.undoRedo;
  // HyperFormula's internals this counts are there (a newer version that moved them fails here)
  expect(Array.isArray(undoRedo.undoStack)).toBe(true);
  return () => undoRedo.undoStack.length + (undoRedo.batchUndoEntry?.operations.length ?? 0);
}

/** The engine's writes, and the undo entries walked before them, while `fn` runs. */
async function engineWork(excel: EmulatedExcel, fn: () => Promise<void> | void) {
  const walked = undoEntries(excel);
  let writes = 0;
  let entries = 0;
  const hf = excel.state.hf;
  const original = hf.setCellContents.bind(hf);
  const spy = jest.spyOn(hf, "setCellContents").mockImplementation((...args) => {
    writes++;
    entries += walked();
    return original(...args);
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return { writes, entries };
}

const grid = (rows: number, from = 0) =>
  Array.from({ length: rows }, (_, r) =>
    Array.from({ length: COLS }, (_, c) => `r${from + r}c${c}`)
  );

describe("emulator write cost (HyperFormula's per-write undo walk)", () => {
  /**
   * A sheet of `rows` rows: in one request its used range cleared and rewritten row by row (as
   * Collect's apply replaces a sheet), then cleared again straight in the emulated workbook.
   */
  async function clearAndRewrite(rows: number) {
    const excel = createEmulatedExcel();
    const sheet = excel.state.sheets[0];
    excel.state.writeValues(sheet, { row: 0, col: 0, rows, cols: COLS }, grid(rows));
    const request = await engineWork(excel, () =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet.name);
        ws.getUsedRange().clear("All" as Excel.ClearApplyTo);
        for (let r = 0; r < rows; r++)
          ws.getRangeByIndexes(r, 0, 1, COLS).values = grid(1, rows + r);
        await context.sync();
      })
    );
    const back = excel.state.readValues(sheet, { row: rows - 1, col: 0, rows: 1, cols: COLS });
    expect(back[0][0]).toBe(`r${2 * rows - 1}c0`);
    const clear = await engineWork(excel, () =>
      excel.state.clear(sheet, { row: 0, col: 0, rows, cols: COLS }, "All")
    );
    return { clear, request };
  }

  it("clears an area in one write, whatever its size", async () => {
    const small = await clearAndRewrite(100);
    const large = await clearAndRewrite(200);
    expect(small.clear.writes).toBe(1);
    expect(large.clear.writes).toBe(1);
  });

  it("walks no more undo entries per write at twice the size: a request costs linear, not n²", async () => {
    const small = await clearAndRewrite(100);
    const large = await clearAndRewrite(200);
    expect(large.request.entries).toBeLessThanOrEqual(2 * small.request.entries);
    expect(large.clear.entries).toBeLessThanOrEqual(2 * small.clear.entries);
    // each row's write is one engine write; the clear one more
    expect([small.request.writes, large.request.writes]).toEqual([101, 201]);
  });

  it("walks none when many writes are gathered for one recalculation", async () => {
    const write = async (rows: number) => {
      const excel = createEmulatedExcel();
      const sheet = excel.state.sheets[0];
      return engineWork(excel, () =>
        excel.state.batch(() => {
          for (let r = 0; r < rows; r++)
            excel.state.writeValues(sheet, { row: r, col: 0, rows: 1, cols: COLS }, grid(1, r));
        })
      );
    };
    const small = await write(100);
    const large = await write(200);
    expect([small.writes, large.writes]).toEqual([100, 200]);
    expect(large.entries).toBeLessThanOrEqual(2 * small.entries);
  });
});
