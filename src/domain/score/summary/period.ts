// The period a Summary sheet speaks of: its as-of date and the period's end in two cells, and
// status labels that are live formulas over them — forecasts ("On track") until the as-of date
// reaches the period's end, grades ("Achieved") from then on, as the OKR sheets' Status cells are.
import { absA1 } from "../../reading/cellRefs";
import { isoToSerial } from "../../reading/dates";
import { periodWordFormula } from "../../scoring/formulas";
import type { IsoDate, Status } from "../../types";
import { DATE_FORMAT } from "../../plan/layout";
import type { LaidOutSheet } from "../../plan/sheetLayout";
import type { PlanValue } from "../../plan/types";
import type { SheetWriter } from "./writer";

export interface PeriodLabels {
  /** A status's label, switching to the grade word at the period's end. */
  status: (s: Status) => PlanValue;
  /** The cells holding the as-of date and the period's end (absolute A1). */
  asOf: string;
  end: string;
}

/**
 * What a title adds: the period a workbook of several periods is shown for (periods/scope.ts), else
 * the one period of every sheet shown, if they share one.
 */
function titleSuffix(w: SheetWriter, shared: string | null): string {
  const scope = w.o.scope;
  const label = scope && scope.periods.length > 1 ? (scope.period?.label ?? shared) : shared;
  return label ? ` — ${label}` : "";
}

/**
 * The period of these sheets: the as-of date written in row `at.asOf[0]`, the latest period end of
 * the sheets in row `at.end[0]` (values in column 1, labels in column 0, written by `write` at
 * those rows), a title suffix naming the period shown (titleSuffix), and the live status labels.
 */
export function periodLabels(
  w: SheetWriter,
  laids: readonly LaidOutSheet[],
  at: { asOf: [number, number]; end: [number, number] }
): PeriodLabels & { suffix: string; ended: boolean; write: () => void } {
  const periods = laids.map((l) => l.input.sheet.header.period).filter((p) => p !== null);
  const end: IsoDate | null = periods.reduce<IsoDate | null>(
    (latest, p) => (latest === null || p.end > latest ? p.end : latest),
    null
  );
  const labelsOf = new Set(periods.map((p) => p.label));
  const ended = end !== null && w.o.asOf >= end;
  const asOfRef = absA1(at.asOf[1], at.asOf[0]);
  const endRef = absA1(at.end[1], at.end[0]);
  return {
    asOf: asOfRef,
    end: endRef,
    ended,
    suffix: titleSuffix(
      w,
      labelsOf.size === 1 && periods.length === laids.length ? [...labelsOf][0] : null
    ),
    status: (s) =>
      w.f(
        periodWordFormula(asOfRef, endRef, w.words.during[s], w.words.end[s]),
        ended ? w.words.end[s] : w.words.during[s]
      ),
    write: () => {
      for (const [key, [row, col], value] of [
        ["asOf", at.asOf, isoToSerial(w.o.asOf)],
        ["periodEnd", at.end, end === null ? "" : isoToSerial(end)],
      ] as const) {
        if (w.at() !== row) throw new Error("Summary layout: period cells moved");
        const line: PlanValue[] = [w.t(key)];
        line[col] = value;
        w.line(line);
        w.plan.numberFormats.push({ area: { row, col, rows: 1, cols: 1 }, format: DATE_FORMAT });
        w.format(row, col, { align: "left" });
        w.format(row, 0, { bold: true });
      }
    },
  };
}
