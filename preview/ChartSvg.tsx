// A chart of the emulated workbook drawn as a simple SVG: the clustered columns Excel would draw
// from the chart's record — its title, the categories and values of its source range, the value
// axis's bounds, step and number format, each point's fill and border, the data labels — so the
// preview, and the e2e screenshots made from it, show what the file records, nothing chosen here.
import { formatValue } from "../emulator/numberFormat";
import type { ChartState, WorkbookState } from "../emulator/workbook";

const PAD = { top: 34, right: 12, bottom: 44, left: 44 };
const AXIS = "#8a8a8a";
const BAR = "#4472C4"; // Excel's first series colour, for a point given none

/**
 * The axis Excel draws where the record sets no bound: from 0 (or the lowest value below it) to a
 * round number above the highest value; the step a fifth of the span where none is set.
 */
export function axisOf(
  record: ChartState["valueAxis"],
  values: readonly number[]
): { min: number; max: number; step: number; format: string } {
  const min = record.minimum ?? Math.min(0, ...values);
  const top = Math.max(min + 1e-9, ...values);
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(Math.abs(top), 1e-9)));
  const max = record.maximum ?? Math.ceil(top / magnitude) * magnitude;
  const step = record.majorUnit ?? (max - min) / 5;
  return { min, max, step, format: record.numberFormat ?? "General" };
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
  const axis = axisOf(
    chart.valueAxis,
    points.map((p) => p.value ?? 0)
  );
  const plotW = Math.max(10, width - PAD.left - PAD.right);
  const plotH = Math.max(10, height - PAD.top - PAD.bottom);
  const slot = plotW / Math.max(1, points.length);
  const clampY = (v: number) => Math.max(axis.min, Math.min(axis.max, v));
  const y = (v: number) =>
    PAD.top + plotH - ((clampY(v) - axis.min) / (axis.max - axis.min)) * plotH;
  const ticks: number[] = [];
  for (let t = axis.min, i = 0; t <= axis.max + 1e-9 && i < 100; t += axis.step, i++)
    ticks.push(Number(t.toPrecision(12)));
  const label = (v: number) => formatValue(v, axis.format);
  const labelFormat = chart.dataLabels.numberFormat ?? axis.format;
  return (
    <svg
      role="img"
      aria-label={chart.title}
      data-testid="chart"
      data-chart={chart.name}
      data-axis-min={axis.min}
      data-axis-max={axis.max}
      width={width}
      height={height}
      style={{
        background: "#fff",
        border: "1px solid #d0d0d0",
        fontFamily: "Segoe UI, sans-serif",
      }}
    >
      <text
        x={width / 2}
        y={20}
        textAnchor="middle"
        fontSize={(chart.titleSize ?? 14) * (4 / 3)}
        fontWeight={700}
        fill="#333"
      >
        {chart.title}
      </text>
      {ticks.map((t) => (
        <g key={t} data-tick={t}>
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
        const look = chart.points[i] ?? {};
        const fill = look.fill ?? BAR;
        return (
          <g key={i} data-value={p.value ?? ""} data-fill={fill}>
            <rect
              x={x}
              y={top}
              width={slot * 0.6}
              height={Math.max(0, y(0) - top)}
              fill={fill}
              stroke={look.border ?? "none"}
              strokeWidth={look.border ? 1.5 : 0}
            >
              <title>{`${p.category}: ${p.value === null ? "" : label(p.value)}`}</title>
            </rect>
            {chart.dataLabels.showValue && p.value !== null && (
              <text
                data-testid="data-label"
                x={x + slot * 0.3}
                y={top - 4}
                textAnchor="middle"
                fontSize={10}
                fill="#404040"
              >
                {formatValue(p.value, labelFormat)}
              </text>
            )}
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
