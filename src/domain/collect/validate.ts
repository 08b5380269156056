// Collect's validation of the returned sheets, the same in both hosts (the command line reads the
// files with ExcelJS, the pane through Office.js or in the pane): one file at a time, each gets its
// findings and is used or not; parents are checked on the result at the end.
import { idKey } from "../reading/ids";
import { refusedSheets } from "../score/scoreWorkbook";
import type { OkrSheet } from "../reading/sheet";
import { changesToSent, fingerprintMismatch, isError, type CollectFinding } from "./findings";
import { fingerprintOf, type Fingerprint } from "./fingerprint";

/** A returned file as a host read it. */
export interface ReturnedFile {
  file: string;
  /** Its fingerprint (null: none, or not readable: not sent by okr split). */
  sent: Fingerprint | null;
  /** The sheet the fingerprint names, read (null when the file has no sheet of that name). */
  returned: OkrSheet | null;
}

function ids(sheet: OkrSheet): string[] {
  return sheet.objectives.flatMap((o) => [o.id, ...o.keyResults.map((k) => k.id)]).filter(Boolean);
}

export class CollectValidation {
  readonly findings: CollectFinding[] = [];
  /** The files used, with the sheet each replaces, in the order they came. */
  readonly used: { file: string; sheet: string }[] = [];
  private readonly sheets: Map<string, OkrSheet>;
  private readonly periods: (string | null)[];
  /** Which sheet holds each ID now: returned sheets take over their own sheet's IDs. */
  private readonly owner = new Map<string, string>();
  private readonly returnedBy = new Map<string, string>();
  /** What the master holds of each sheet before any file is used: what split sent from it. */
  private readonly sentBy: Map<string, Fingerprint>;

  /** The master's OKR sheets (recognised header rows); the master must have one. */
  constructor(
    master: readonly OkrSheet[],
    private readonly strict: boolean
  ) {
    this.sheets = new Map(master.map((s) => [s.name, s]));
    this.sentBy = new Map(master.map((s) => [s.name, fingerprintOf(s)]));
    this.periods = master.map((s) => s.header.period?.label ?? null);
    for (const sheet of master) for (const id of ids(sheet)) this.owner.set(idKey(id), sheet.name);
  }

  /** A file that cannot be read at all, with the host's reason. */
  unreadable(file: string, detail: string): void {
    this.findings.push({ kind: "unreadable", file, detail });
  }

  /** Checks one returned file; true when its sheet is to replace the master's (then recorded). */
  check({ file, sent, returned }: ReturnedFile): boolean {
    const found = (f: Omit<CollectFinding, "file">) => this.findings.push({ file, ...f });
    if (!sent) {
      found({ kind: "not-ours" });
      return false;
    }
    const inMaster = this.sheets.get(sent.sheet);
    // The period first: a file of another quarter names a sheet the master does not have.
    const period = returned?.header.period?.label ?? sent.period;
    const expected = inMaster ? [inMaster.header.period?.label ?? period] : this.periods;
    if (!expected.includes(period)) {
      found({ kind: "other-period", sheet: sent.sheet, detail: period ?? "?" });
      return false;
    }
    if (!inMaster || !returned?.match) {
      found({ kind: "unknown-sheet", sheet: sent.sheet });
      return false;
    }
    // Verified, not trusted: the record must be what this master's sheet holds (as sent).
    const asSent = this.sentBy.get(sent.sheet);
    const mismatch = asSent ? fingerprintMismatch(sent, asSent) : null;
    if (mismatch) {
      found({ kind: "not-this-master", sheet: sent.sheet, ...mismatch });
      return false;
    }
    // A sheet Score would refuse (a required column missing or unrecognised, nothing under the
    // header) is this file's finding: the master keeps its own copy of the sheet.
    // Checked in full only when it can be refused (SHEET-HEADER is exactly the missing columns):
    // a full check per file would double what collecting 500 files costs.
    const mayRefuse =
      returned.match.missing.length > 0 ||
      (returned.objectives.length === 0 && returned.orphans.length === 0);
    const refused = mayRefuse ? refusedSheets([returned]) : [];
    if (refused.length) {
      for (const r of refused) {
        const lint = r.findings.length ? r.findings : [undefined];
        for (const f of lint)
          found({ kind: "refused", sheet: sent.sheet, ...(f ? { lint: f } : {}) });
      }
      return false;
    }
    const earlier = this.returnedBy.get(sent.sheet);
    if (earlier) {
      found({ kind: "returned-twice", sheet: sent.sheet, detail: earlier });
      return false;
    }
    const changes = changesToSent(file, sent, returned);
    for (const change of changes) this.findings.push(change);
    // A department changes only its own rows: an ID another sheet holds refuses the whole file.
    let foreign = false;
    for (const id of ids(returned)) {
      const holder = this.owner.get(idKey(id));
      if (holder && holder !== sent.sheet) {
        found({ kind: "id-collision", sheet: sent.sheet, id, detail: holder });
        foreign = true;
      }
    }
    if (foreign || changes.some((c) => isError(c, this.strict))) return false;
    for (const [key, sheet] of this.owner) if (sheet === sent.sheet) this.owner.delete(key);
    for (const id of ids(returned))
      if (!this.owner.has(idKey(id))) this.owner.set(idKey(id), sent.sheet);
    this.sheets.set(sent.sheet, returned);
    this.returnedBy.set(sent.sheet, file);
    this.used.push({ file, sheet: sent.sheet });
    return true;
  }

  /** Parents, checked on the result: an objective may align to one another file brought in. */
  finish(): CollectFinding[] {
    const objectiveIds = new Set(
      [...this.sheets.values()].flatMap((s) => s.objectives.map((o) => idKey(o.id)))
    );
    for (const { file, sheet } of this.used)
      for (const o of this.sheets.get(sheet)!.objectives)
        if (o.parent && !objectiveIds.has(idKey(o.parent)))
          this.findings.push({ kind: "missing-parent", file, sheet, id: o.id, detail: o.parent });
    return this.findings;
  }
}
