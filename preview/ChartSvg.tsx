// A chart of the emulated workbook drawn as a simple SVG: the clustered columns Excel would draw
// from the chart's record (its title and the categories and values of its source range), so the
// preview, and the e2e screenshots made from it, show what Excel would.
import type { ChartState, WorkbookState } from "../emulator/workbook";

const PAD = { top: 34, right: 12, bottom: 44, left: 44 };
const AXIS = "#8a8a8a";
const BAR = "#4472C4"; // Excel's first series colour

/** Ticks for a value axis from 0 to a round maximum (at least 1, so shares read as 0–100 %). */
function axisMax(values: readonly number[]): number {
  const top = Math.max(1, ...values);
  const step = 10 ** Math.floor(Math.log10(top));
  return Math.ceil(top / step) * step;
}

export function ChartSvg({
  chart,
  state,
  width,
  height,
}: {
  chart: ChartState;
  state: WorkbookState;
  width: number;
  height: number;
}) {
  const data = state.chartData(chart);
  const points = data?.points ?? [];
  const numbers = points.map((p) => p.value ?? 0);
  const max = axisMax(numbers);
  const plotW = Math.max(10, width - PAD.left - PAD.right);
  const plotH = Math.max(10, height - PAD.top - PAD.bottom);
  const slot = plotW / Math.max(1, points.length);
  const y = (v: number) => PAD.top + plotH - (Math.max(0, v) / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const label = (v: number) => (max <= 1 ? `${Math.round(v * 100)}%` : String(v));
  return (
    <svg
      role="img"
      aria-label={chart.title}
      data-testid="chart"
      data-chart={chart.name}
      width={width}
      height={height}
      style={{
        background: "#fff",
        border: "1px solid #d0d0d0",
        fontFamily: "Segoe UI, sans-serif",
      }}
    >
      <text x={width / 2} y={20} textAnchor="middle" fontSize={14} fill="#333">
        {chart.title}
      </text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={PAD.left + plotW} y1={y(t)} y2={y(t)} stroke="#e6e6e6" />
          <text x={PAD.left - 4} y={y(t) + 4} textAnchor="end" fontSize={10} fill="#595959">
            {label(t)}
          </text>
        </g>
      ))}
      <line x1={PAD.left} x2={PAD.left + plotW} y1={y(0)} y2={y(0)} stroke={AXIS} />
      {points.map((p, i) => {
        const x = PAD.left + i * slot + slot * 0.2;
        const top = y(p.value ?? 0);
        return (
          <g key={i} data-value={p.value ?? ""}>
            <rect x={x} y={top} width={slot * 0.6} height={y(0) - top} fill={BAR}>
              <title>{`${p.category}: ${p.value === null ? "" : label(p.value)}`}</title>
            </rect>
            <text
              x={x + slot * 0.3}
              y={PAD.top + plotH + 14}
              textAnchor="middle"
              fontSize={10}
              fill="#595959"
            >
              {p.category.length > 14 ? `${p.category.slice(0, 13)}…` : p.category}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
