// Start next period: one new sheet per OKR sheet with something to carry over, beside the old ones
// (which stay as they are), in one batch. A problem is a code (domain/close/messages.ts).
import { planNext, type CarryMode, type NextProblem } from "../domain/close/next";
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
}

export async function startNext(
  host: WorkbookHost,
  o: { period: Period; carry: CarryMode; lang: Lang }
): Promise<Started> {
  const { sheets } = await host.read();
  const plan = planNext({ inputs: sheets, ...o });
  const base = {
    problems: plan.problems,
    sheets: plan.sheets,
    skippedSheets: plan.skipped,
    carried: plan.carried,
    closed: plan.closed,
  };
  const none = { skipped: [], untabled: [], hidden: false };
  if (plan.problems.length || plan.plans.length === 0) return { ...base, ...none };
  return { ...base, ...(await host.apply(plan.plans)) };
}
