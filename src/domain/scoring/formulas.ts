// The formula builders: one per formula column and summary cell, in en-US syntax for `range.formulas`
// (and ExcelJS). Every host writes these strings, so a formula proven in one engine is the formula
// every host writes. They mirror the reference model in model.ts exactly; change both together.
//
// Choices made when Score runs (not live): which KR-type formula a row gets and which grading bar its
// commitment uses. Changing a KR type or a commitment needs Score again; values, weights, start and
// target, the period dates and the as-of date are all live.
import type { Commitment, KrType } from "../types";
import { gradingOf } from "./grading";

/** A string literal in a formula. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Text to match exactly in a COUNTIF(S)/SUMIF(S) criterion: wildcards escaped, "=" so it is no operator. */
export function exactCriterion(text: string): string {
  return quote(`=${text.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

/** A whole column of another sheet: 'Check-ins'!$A:$A. */
export function sheetColumn(sheet: string, col: string): string {
  return sheetRef(sheet, `$${col}:$${col}`);
}

/** A sheet-qualified reference: 'Sales 2026-Q1'!$O$6 (quotes always, doubled inside). */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** The cells a key result's formulas read, as A1 references on its own row. */
export interface KrCells {
  start: string;
  target: string;
  current: string;
}

const num = (ref: string) => `ISNUMBER(${ref})`;

/** Progress 0–1 of a key result; "" where it cannot be computed (see model.krProgress). */
export function krProgressFormula(type: KrType | null, c: KrCells): string {
  const { start: s, target: t, current: v } = c;
  switch (type) {
    case "metric":
      return `=IF(AND(${num(s)},${num(t)}),IF(${s}=${t},"",IF(${num(v)},MAX(0,MIN(1,(${v}-${s})/(${t}-${s}))),0)),"")`;
    case "milestone":
      return `=IF(${num(v)},MAX(0,MIN(1,${v})),0)`;
    case "binary":
      return `=IF(ISLOGICAL(${v}),IF(${v},1,0),IF(${num(v)},IF(${v}>=1,1,0),0))`;
    case "keepAbove":
      return `=IF(${num(t)},IF(${num(v)},IF(${v}>=${t},1,0),0),"")`;
    case "keepBelow":
      return `=IF(${num(t)},IF(${num(v)},IF(${v}<=${t},1,0),0),"")`;
    default:
      return `=""`;
  }
}

/** What is still missing to the target, in the KR's unit (share for milestones and binaries). */
export function krGapFormula(type: KrType | null, c: KrCells, progress: string): string {
  const { start: s, target: t, current: v } = c;
  const now = `IF(${num(v)},${v},${s})`;
  switch (type) {
    case "metric":
      return `=IF(AND(${num(s)},${num(t)},${s}<>${t}),IF(${t}>${s},MAX(0,${t}-${now}),MAX(0,${now}-${t})),"")`;
    case "keepAbove":
      return `=IF(AND(${num(t)},${num(v)}),MAX(0,${t}-${v}),"")`;
    case "keepBelow":
      return `=IF(AND(${num(t)},${num(v)}),MAX(0,${v}-${t}),"")`;
    case "milestone":
    case "binary":
      return `=IF(${num(progress)},1-${progress},"")`;
    default:
      return `=""`;
  }
}

/**
 * The period's dates as formula operands: a cell of the header block, or a serial written in when
 * the sheet has no such cell.
 */
export interface PeriodOperands {
  start: string;
  end: string;
  asOf: string;
}

/** The share of the period elapsed at the as-of date, counting the as-of day. */
export function expectedFormula(p: PeriodOperands | null): string {
  if (!p) return `=""`;
  const ok = `AND(${num(p.start)},${num(p.end)},${num(p.asOf)})`;
  return `=IF(${ok},MAX(0,MIN(1,(${p.asOf}-${p.start}+1)/(${p.end}-${p.start}+1))),"")`;
}

/** Green / yellow / red as the sheet's labels, from progress and expected pace. */
export function statusFormula(
  commitment: Commitment | null,
  progress: string,
  expected: string,
  labels: { green: string; yellow: string; red: string }
): string {
  const { bar, band } = gradingOf(commitment);
  const pace = `IF(${num(expected)},${expected},1)`;
  const should = `${bar}*${pace}`;
  return (
    `=IF(${num(progress)},IF(${progress}>=${should},${quote(labels.green)},` +
    `IF(${progress}>=${should}-${band},${quote(labels.yellow)},${quote(labels.red)})),"")`
  );
}

/**
 * An objective's progress: the weighted mean of its key results' progress over the rows `first` to
 * `last` of the progress and weight columns (equal weights when no weight is a number; KRs without
 * progress left out).
 */
export function objectiveProgressFormula(progress: string, weight: string): string {
  const used = `SUMIF(${progress},">=0",${weight})`;
  return (
    `=IF(COUNT(${progress})=0,"",IF(COUNT(${weight})=0,AVERAGE(${progress}),` +
    `IF(${used}=0,"",SUMPRODUCT(${weight},${progress})/${used})))`
  );
}

/**
 * The same weighted mean over cells that are not side by side (objectives on a sheet): pairs of
 * progress and weight references.
 */
export function weightedMeanFormula(
  items: readonly { progress: string; weight: string }[]
): string {
  if (items.length === 0) return `=""`;
  const progress = items.map((i) => i.progress).join(",");
  const weights = items.map((i) => i.weight).join(",");
  const used = items.map((i) => `IF(${num(i.progress)},N(${i.weight}),0)`).join("+");
  const sum = items.map((i) => `IF(${num(i.progress)},N(${i.weight})*${i.progress},0)`).join("+");
  return (
    `=IF(COUNT(${progress})=0,"",IF(COUNT(${weights})=0,AVERAGE(${progress}),` +
    `IF((${used})=0,"",(${sum})/(${used}))))`
  );
}

/** Own progress minus the mean progress of the objectives aligned to it; "" without children. */
export function alignmentGapFormula(own: string, children: readonly string[]): string {
  if (children.length === 0) return `=""`;
  const list = children.join(",");
  return `=IF(AND(${num(own)},COUNT(${list})>0),${own}-AVERAGE(${list}),"")`;
}

/** How many of the given status ranges show a label. */
export function countLabelFormula(ranges: readonly string[], label: string): string {
  if (ranges.length === 0) return "=0";
  return "=" + ranges.map((r) => `COUNTIF(${r},${quote(label)})`).join("+");
}

/** A reference to a value elsewhere, shown empty when that cell is empty. */
export function linkFormula(ref: string): string {
  return `=IF(${ref}="","",${ref})`;
}
