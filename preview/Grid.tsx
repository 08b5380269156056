// A rendered grid of the emulated workbook: sheet tabs, a formula bar for the selected cell, and the
// cells with their computed text, fills, fonts and column widths.
import { useLayoutEffect, useRef, useState } from "react";
import { cellAddress, columnLetters, parseArea, type Area } from "../emulator/addresses";
import { activateSheet } from "../emulator/excel";
import type { ChartState, WorkbookState } from "../emulator/workbook";
import { typeIntoCell } from "./cellEntry";
import { ChartSvg } from "./ChartSvg";

const MIN_ROWS = 30;
const MIN_COLS = 12;
/** Enough to see a generated sheet; a browser table of 10,000 rows helps nobody. */
const MAX_ROWS = 300;
const MAX_COLS = 40;
const POINTS_TO_PX = 4 / 3;
const VISUALLY_HIDDEN = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;

export interface GridProps {
  state: WorkbookState;
  /** Called after the user changes the selection, the active sheet or a cell here. */
  onChange: () => void;
}

/** Whether a cell's text may run on to the right: it has text, does not wrap, and the next is empty. */
function spills(line: readonly string[], c: number, wraps: boolean | undefined): boolean {
  return !wraps && line[c] !== "" && (line[c + 1] ?? "") === "";
}

/** A cell's horizontal alignment as CSS (Excel's names; "General" is by the value's type). */
const ALIGN: Record<string, "left" | "right" | "center"> = {
  Left: "left",
  Right: "right",
  Center: "center",
};

/** The cells a chart covers (from its setPosition record), or none when it was never placed. */
function chartCells(chart: ChartState): { start: Area; end: Area } | null {
  const start = chart.position && parseArea(chart.position.start);
  const end = chart.position && parseArea(chart.position.end ?? chart.position.start);
  return start && end ? { start, end } : null;
}

type Box = { left: number; top: number; width: number; height: number };

/** Where each placed chart goes over the grid: measured from the cells it spans, as drawn. */
function useChartBoxes(
  table: React.RefObject<HTMLTableElement | null>,
  charts: readonly ChartState[]
): Map<string, Box> {
  const [boxes, setBoxes] = useState(new Map<string, Box>());
  useLayoutEffect(() => {
    const next = new Map<string, Box>();
    for (const chart of charts) {
      const at = chartCells(chart);
      const cell = (a: Area) =>
        table.current?.querySelector<HTMLElement>(`[data-cell="${cellAddress(a.row, a.col)}"]`);
      const from = at && cell(at.start);
      const to = at && cell(at.end);
      if (!from || !to) continue;
      next.set(chart.id, {
        left: from.offsetLeft,
        top: from.offsetTop,
        width: to.offsetLeft + to.offsetWidth - from.offsetLeft,
        height: to.offsetTop + to.offsetHeight - from.offsetTop,
      });
    }
    if (JSON.stringify([...next]) !== JSON.stringify([...boxes])) setBoxes(next);
  });
  return boxes;
}

export function Grid({ state, onChange }: GridProps) {
  const sheet = state.sheetById(state.activeSheetId ?? "") ?? state.sheets[0];
  const used = state.usedArea(sheet, false);
  // Charts count as used: the grid reaches their bottom-right cell, so they can be drawn over it.
  const placed = sheet.charts.map(chartCells).filter((c) => c !== null);
  const lastRow = Math.max(used ? used.row + used.rows : 0, ...placed.map((c) => c.end.row + 1));
  const lastCol = Math.max(used ? used.col + used.cols : 0, ...placed.map((c) => c.end.col + 1));
  const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, lastRow + 2));
  const cols = Math.min(MAX_COLS, Math.max(MIN_COLS, lastCol + 1));
  const table = useRef<HTMLTableElement>(null);
  const boxes = useChartBoxes(table, sheet.charts);
  const view: Area = { row: 0, col: 0, rows, cols };
  const text = state.readText(sheet, view);
  const selection =
    state.selection && state.selection.sheetId === sheet.id ? state.selection.area : null;
  const selected = selection ? cellAddress(selection.row, selection.col) : "";
  const formula = selection
    ? state.readFormulas(sheet, { ...selection, rows: 1, cols: 1 })[0][0]
    : "";

  const entry = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const select = (row: number, col: number) => {
    state.selection = { sheetId: sheet.id, area: { row, col, rows: 1, cols: 1 } };
    setRefusal(null);
    onChange();
  };
  /** Enter in the formula bar: the text goes into the cell as typed, and the cell below is next. */
  const commit = (text: string) => {
    if (!selection) return;
    const refused = typeIntoCell(state, sheet, selection.row, selection.col, text);
    setRefusal(refused);
    if (!refused) select(selection.row + 1, selection.col);
  };
  const activate = (id: string) => {
    // A click on a tab activates the sheet as in Excel, so the pane hears of it (onActivated).
    activateSheet(state, id);
    state.selection = null;
    onChange();
  };

  return (
    <section
      aria-label="Workbook"
      style={{ display: "flex", flexDirection: "column", height: "100%", minWidth: 0 }}
    >
      <div
        data-testid="formula-bar"
        style={{
          display: "flex",
          gap: 8,
          padding: "4px 8px",
          borderBottom: "1px solid #d0d0d0",
          fontFamily: "Consolas, monospace",
          fontSize: 13,
          position: "relative",
        }}
      >
        <span data-testid="name-box" style={{ minWidth: 60, fontWeight: 600 }}>
          {selected}
        </span>
        {/* The cell's contents, editable as Excel's formula bar is: Enter types them in, Escape
            leaves the cell as it was. Keyed by the cell, so another cell starts from its own; there
            even with no cell selected, so selecting one does not move the grid under the pointer. */}
        <input
          key={`${sheet.id}!${selected}`}
          ref={entry}
          data-testid="formula"
          aria-label={selection ? `Contents of ${selected}` : "Formula bar"}
          readOnly={!selection}
          defaultValue={String(formula ?? "")}
          onKeyDown={(event) => {
            if (event.key === "Enter") commit(event.currentTarget.value);
            if (event.key === "Escape") {
              event.currentTarget.value = String(formula ?? "");
              setRefusal(null);
            }
          }}
          style={{ flex: 1, font: "inherit", border: "none", outline: "none", minWidth: 0 }}
        />
        {refusal ? (
          <div
            role="alert"
            data-testid="entry-refused"
            // Over the grid's top, not above it: the grid stays where the pointer expects it.
            style={{
              position: "absolute",
              top: "100%",
              left: 0,
              right: 0,
              zIndex: 3,
              padding: "4px 8px",
              background: "#fde7e9",
              color: "#a4262c",
              fontSize: 13,
            }}
          >
            {refusal}
          </div>
        ) : null}
      </div>
      {/* Focusable, so a keyboard user can scroll the grid (axe: scrollable-region-focusable). */}
      <div style={{ flex: 1, overflow: "auto" }} tabIndex={0} aria-label={sheet.name} role="region">
        <div style={{ position: "relative", width: "fit-content" }}>
          <table
            ref={table}
            data-testid="grid"
            data-sheet={sheet.name}
            style={{
              borderCollapse: "collapse",
              fontSize: 12,
              tableLayout: "fixed",
              // A fixed layout keeps each column at its own width only when the table's is given.
              width:
                40 +
                Array.from({ length: cols }, (_, c) =>
                  sheet.hiddenColumns.has(c) ? 0 : (sheet.columnWidths.get(c) ?? 48) * POINTS_TO_PX
                ).reduce((a, b) => a + b, 0),
            }}
          >
            <thead>
              <tr>
                <th style={{ width: 40, background: "#f3f3f3", position: "sticky", top: 0 }}>
                  {/* The corner names the row-number column for screen readers; it shows nothing. */}
                  <span style={VISUALLY_HIDDEN}>Row</span>
                </th>
                {Array.from({ length: cols }, (_, c) => (
                  <th
                    key={c}
                    style={{
                      // A hidden column (range.columnHidden) is not drawn, as in Excel.
                      display: sheet.hiddenColumns.has(c) ? "none" : undefined,
                      width: (sheet.columnWidths.get(c) ?? 48) * POINTS_TO_PX,
                      background: "#f3f3f3",
                      border: "1px solid #d0d0d0",
                      fontWeight: 400,
                      position: "sticky",
                      top: 0,
                    }}
                  >
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {text.map((line, r) => (
                <tr key={r}>
                  <th
                    style={{ background: "#f3f3f3", border: "1px solid #d0d0d0", fontWeight: 400 }}
                  >
                    {r + 1}
                  </th>
                  {line.map((cellText, c) => {
                    const style = state.displayStyle(sheet, r, c);
                    const bar = state.dataBar(sheet, r, c);
                    const address = cellAddress(r, c);
                    return (
                      <td
                        key={c}
                        data-cell={address}
                        onClick={() => select(r, c)}
                        // A double click edits the cell, in the formula bar above the grid.
                        onDoubleClick={() => {
                          select(r, c);
                          setTimeout(() => entry.current?.focus());
                        }}
                        style={{
                          display: sheet.hiddenColumns.has(c) ? "none" : undefined,
                          border: "1px solid #e1e1e1",
                          borderLeft: style.borderLeft
                            ? `2px solid ${style.borderLeft}`
                            : undefined,
                          outline: address === selected ? "2px solid #107c41" : undefined,
                          // A data bar: the cell's share of the bar's range, over its own fill.
                          background: bar
                            ? `linear-gradient(to right, ${bar.color} ${bar.fraction * 100}%, ${style.fill ?? "transparent"} ${bar.fraction * 100}%)`
                            : style.fill,
                          color: style.fontColor,
                          fontWeight: style.bold ? 700 : 400,
                          fontStyle: style.italic ? "italic" : undefined,
                          whiteSpace: style.wrapText ? "normal" : "nowrap",
                          // As in Excel, text runs on into the next cell while that one is empty.
                          ...(spills(line, c, style.wrapText)
                            ? { overflow: "visible", position: "relative" as const, zIndex: 1 }
                            : { overflow: "hidden", textOverflow: "ellipsis" }),
                          // The cell's own alignment, else Excel's General one: numbers right.
                          textAlign:
                            ALIGN[style.horizontalAlignment ?? ""] ??
                            (typeof state.readValues(sheet, {
                              row: r,
                              col: c,
                              rows: 1,
                              cols: 1,
                            })[0][0] === "number"
                              ? "right"
                              : "left"),
                          verticalAlign: style.verticalAlignment === "Top" ? "top" : "bottom",
                          paddingLeft: (style.indentLevel ?? 0) * 10 + 2,
                          height: (sheet.rowHeights.get(r) ?? 15) * POINTS_TO_PX,
                        }}
                      >
                        {cellText}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {sheet.charts.map((chart) => {
            const box = boxes.get(chart.id);
            return box ? (
              <div key={chart.id} style={{ position: "absolute", ...box, zIndex: 2 }}>
                <ChartSvg chart={chart} state={state} width={box.width} height={box.height} />
              </div>
            ) : null;
          })}
        </div>
      </div>
      <nav
        aria-label="Sheets"
        style={{
          display: "flex",
          gap: 2,
          borderTop: "1px solid #d0d0d0",
          padding: "2px 8px",
          background: "#f3f3f3",
        }}
      >
        {/* hidden sheets have no tab, as in Excel (the thresholds' settings sheet is very hidden) */}
        {state.sheets
          .filter((s) => s.visibility === "Visible")
          .map((s) => (
            <button
              key={s.id}
              type="button"
              data-testid="sheet-tab"
              data-name={s.name}
              aria-pressed={s.id === sheet.id}
              onClick={() => activate(s.id)}
              style={{
                border: "none",
                padding: "4px 12px",
                background: s.id === sheet.id ? "#fff" : "transparent",
                color: s.id === sheet.id ? "#107c41" : "#333",
                fontWeight: s.id === sheet.id ? 600 : 400,
                borderBottom: s.id === sheet.id ? "2px solid #107c41" : "2px solid transparent",
                cursor: "pointer",
              }}
            >
              {s.name}
            </button>
          ))}
      </nav>
    </section>
  );
}
