// Writing to protected sheets, in one place for every operation (officeHost.ts): each request that
// writes on a protected sheet lifts its protection first and puts it back last, with the options it
// had (or the formula lock's, where the plan asks for it) — no round trip of its own, and the sheet
// is protected again whatever request comes next. Excel refuses a write to a locked cell of a
// protected sheet (AccessDenied); `protect` fails on a sheet already protected (its remarks in
// @types/office-js), so the guard keeps track of which sheets are protected after each request.
// A sheet protected with a password cannot be lifted without it: the operation stops with
// SheetLockedError, naming the sheet and what to do, and nothing of that request is written (its
// first actions are the lifts).
import { FORMULA_LOCK_OPTIONS, lockedSheetText } from "../domain/plan/protection";
import type { Lang } from "../domain/types";
import { isRequestTooLarge, type RequestGuard, type Write } from "./batching";

/** A sheet's protection as the read found it (ExcelApi 1.2: `protection.protected`, `.options`). */
export type SheetProtection = { options: Excel.WorksheetProtectionOptions } | null;

/** What the read loads of each worksheet's protection. */
export const PROTECTION_PROPS = "protected, options";

/** A sheet's protection, loaded (a null object's, past the last tab, is none). */
export function protectionOf(protection: Excel.WorksheetProtection): SheetProtection {
  if (protection.isNullObject) return null;
  return protection.protected ? { options: protection.options } : null;
}

/** Protected sheets whose protection the add-in cannot lift (a password): nothing was written. */
export class SheetLockedError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(lockedSheetText(sheets, "en"));
    this.name = "SheetLockedError";
  }

  /** The message in a reader's language. */
  text(lang: Lang): string {
    return lockedSheetText(this.sheets, lang);
  }
}

/** Whether an error is Excel refusing to lift a protection (its action named by office.js). */
function isUnprotectRefused(error: unknown): boolean {
  const location = (error as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo
    ?.errorLocation;
  return typeof location === "string" && /WorksheetProtection\.unprotect/i.test(location);
}

/**
 * The guard for one host's writes. `protectedNow`: the sheets protected as last read, with their
 * options, kept up to date by each request; `lock`: sheets to protect with the formula lock once
 * written (plans with `lockFormulas`), each with the last write of its lock's cells — the lock
 * takes effect with the request that holds it, and until then the sheet keeps the protection it
 * had, so a failure between requests never leaves a sheet protected with every cell locked.
 *
 * When a request fails, what ran before the failure stays done (Excel runs a request's actions in
 * order and does not roll back), its lifts included: the guard then reads whether the sheets it
 * lifted are still protected and protects again, with the options they had before the request,
 * those that are not — two more round trips, on the failure path only.
 */
export function sheetGuard(
  protectedNow: Map<string, Excel.WorksheetProtectionOptions>,
  lock: ReadonlyMap<string, Write> = new Map()
): RequestGuard {
  // Sheets whose lock's cells are written (by requests that ran), and by the request being sent.
  const locked = new Set<string>();
  let locking = new Set<string>();
  const wanted = (sheet: string) =>
    locked.has(sheet) || locking.has(sheet) ? { ...FORMULA_LOCK_OPTIONS } : protectedNow.get(sheet);
  let lifted: string[] = [];
  return {
    before(at, sheets) {
      lifted = sheets.filter((s) => protectedNow.has(s));
      // Without a password: one set by someone else is theirs to give (SheetLockedError).
      for (const s of lifted) at.sheet(s).protection.unprotect();
    },
    after(at, sheets, writes) {
      const holds = (s: string) => {
        const last = lock.get(s);
        return last !== undefined && writes.includes(last);
      };
      locking = new Set(sheets.filter(holds));
      for (const s of sheets) {
        const options = wanted(s);
        // No password (FORMULA_LOCK_PASSWORD, plan/protection.ts says why).
        if (options) at.sheet(s).protection.protect(options);
      }
    },
    synced(sheets) {
      for (const s of locking) locked.add(s);
      locking = new Set();
      for (const s of sheets) {
        const options = wanted(s);
        if (options) protectedNow.set(s, options);
      }
    },
    async failed(context, error) {
      locking = new Set();
      // A request refused for its size ran nothing; nothing lifted, nothing to put back.
      if (lifted.length === 0 || isRequestTooLarge(error)) return error;
      const again = lifted;
      try {
        const protections = again.map((s) => {
          const protection = context.workbook.worksheets.getItem(s).protection;
          protection.load("protected");
          return protection;
        });
        // the failure path only: which lifted sheets the failed request left unprotected
        await context.sync();
        const open = again.filter((_, i) => !protections[i].protected);
        for (const s of open)
          context.workbook.worksheets.getItem(s).protection.protect(protectedNow.get(s));
        // the failure path only: their protection back
        if (open.length > 0) await context.sync();
      } catch {
        // The failure reported is the request's own; a sheet this could not protect again is
        // as the failed request left it.
      }
      return isUnprotectRefused(error) ? new SheetLockedError(lifted) : error;
    },
  };
}
