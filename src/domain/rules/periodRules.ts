// The rules of a workbook that lives across periods (periods/): an objective aligned to another
// period's objective, a carried key result without a target or still naming its old start, and a
// Current linked to another cell. Their texts are in the catalogue; lint.ts runs them with the
// objective and key-result rules (checks.ts lists them there).
import { idKey } from "../ids";
import { carriedFrom, staleStatementNumber } from "../periods/carryOver";
import { linkTarget } from "../periods/linked";
import { krValues } from "../scoring/values";
import { KR_TYPES } from "../krTypes";
import type { KeyResult, Objective } from "../types";
import type { Rule } from "./checks";

/** A number in a message as a person reads it: 1,600,000; a share as 20%. */
function shown(value: number, share: boolean): string {
  return share
    ? `${Number((value * 100).toPrecision(12))}%`
    : new Intl.NumberFormat("en", { maximumFractionDigits: 10 }).format(value);
}

/** A carried key result whose kind needs a Target and has none (the carry left it empty). */
export function carriedWithoutTarget(kr: KeyResult): boolean {
  const type = kr.krType ? KR_TYPES[kr.krType] : null;
  return (
    Boolean(type?.needs.includes("target")) && kr.target === null && carriedFrom(kr.notes) !== null
  );
}

export const PERIOD_OBJECTIVE_RULES: readonly Rule<Objective>[] = [
  {
    id: "O-PARENT-OTHER-PERIOD",
    check: (o, ctx) => {
      const own = ctx.sheet.header.period?.label;
      const theirs = o.parent ? ctx.objectivePeriods?.get(idKey(o.parent)) : undefined;
      return own && theirs && theirs !== own
        ? { column: "parent", params: { parent: o.parent, period: theirs, own } }
        : null;
    },
  },
];

export const PERIOD_KEY_RESULT_RULES: readonly Rule<KeyResult>[] = [
  {
    id: "KR-CARRIED-TARGET",
    check: (kr) => {
      if (!carriedWithoutTarget(kr)) return null;
      const start = krValues(kr).start;
      const share = kr.unit.trim() === "%" || kr.krType === "milestone";
      return {
        column: "target",
        params: {
          from: carriedFrom(kr.notes) as string,
          start: start === null ? "?" : shown(start, share),
        },
      };
    },
  },
  {
    id: "KR-CARRIED-STATEMENT",
    check: (kr, ctx) => {
      const from = carriedFrom(kr.notes);
      const source = from ? ctx.keyResultById?.(from) : undefined;
      if (!source || kr.krType === "keepAbove" || kr.krType === "keepBelow") return null;
      const [before, now] = [krValues(source).start, krValues(kr).start];
      if (before === null || now === null || before === now) return null;
      const written = staleStatementNumber(kr.statement, before, now);
      const share = kr.unit.trim() === "%" || kr.krType === "milestone";
      return written
        ? {
            column: "statement",
            params: { from: from as string, written, start: shown(now, share) },
          }
        : null;
    },
  },
  {
    id: "KR-LINKED",
    check: (kr) => (kr.link ? { column: "current", params: { link: linkTarget(kr.link) } } : null),
  },
];
