// Start next period: one new sheet per OKR sheet with something to carry over, beside the old ones
// (which stay as they are), in one batch. A problem is a code (domain/close/messages.ts).
import { planNext, type CarryMode, type NextNote, type NextProblem } from "../domain/close/next";
import type { Lang, Period } from "../domain/types";
import type { Applied, WorkbookHost } from "./host";

export interface Started extends Applied {
  problems: NextProblem[];
  /** The new sheets. */
  sheets: string[];
  /** The old sheets with nothing to carry over (no new sheet for them). */
  skippedSheets: string[];
  carried: number;
  closed: number;
  /** What to look at on the new sheets (a target to set, a statement, a parent). */
  notes: NextNote[];
}

export async function startNext(
  host: WorkbookHost,
  o: { period: Period; carry: CarryMode; lang: Lang }
): Promise<Started> {
  const { sheets, cadence } = await host.read();
  const plan = planNext({ inputs: sheets, ...o, cadence });
  const base = {
    problems: plan.problems,
    sheets: plan.sheets,
    skippedSheets: plan.skipped,
    carried: plan.carried,
    closed: plan.closed,
    notes: plan.notes,
  };
  const none = { skipped: [], untabled: [], hidden: false };
  if (plan.problems.length || plan.plans.length === 0) return { ...base, ...none };
  return { ...base, ...(await host.apply(plan.plans)) };
}
