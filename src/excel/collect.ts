// "Collect" in Excel (issue 19): the returned files of okr split come back into the open workbook.
// What is applied and what the report says is decided once, for the pane and `okr collect`, in
// src/operations/collect.ts; this file is Excel's part only: getting the files into the workbook
// (or parsed in the pane) as sheets of rows the operation reads, and their copying (bring.ts).
// Previewing validates them before anything of the master changes; applying replaces only the
// sheets the report names, merges their check-in history and actions, records what came back and
// scores the workbook as Score does; cancelling leaves it as it was.
//
// The files come in with workbook.insertWorksheetsFromBase64 (ExcelApi 1.13, below the manifest's
// floor) into hidden temporary sheets, read and validated there, copied over the master's sheets
// on apply (Range.copyFrom "All": values, formats and formulas as the department left them) and
// deleted on apply or cancel. Where Excel cannot insert them the pane parses the files itself
// (`parse`: ExcelJS, loaded on demand) and applying writes them through plans: on iPad, which has
// no insertWorksheetsFromBase64 though it answers ExcelApi 1.13 (office-js issue 6142), and
// wherever the insertion fails — Excel on the web refuses a file holding a chart, comment,
// PivotTable or slicer (UnsupportedFeature), and has inserted files and then failed (office-js
// issues 3179, 2718); whatever came in is deleted first. Round trips, whatever the number of
// files or rows: preview 3 with insertion, 1 on iPad; where the insertion fails, 4 (the look at the
// sheets, the refused insertion, another look, the parsed path's read), 5 if something came in
// before it failed (its deletion); apply 2; cancel 2 —
// one more per 4 MB of files sent or cells read or written, and one more to read a workbook of
// over 64 tabs (readWorkbook.ts).
import {
  applyCollect as applyCollectOp,
  validateReturned,
  type CollectApplyOptions,
  type CollectPreview as OperationPreview,
  type Collected,
  type ReturnedWorkbook,
} from "../operations/collect";
import { REQUEST_LIMIT_BYTES } from "./applyPlan";
import { drop, type OfficeSource, type ParsedSheet } from "./bring";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export type { ParsedSheet, SavedValue } from "./bring";

/** Office.context.platform on iPad, where Excel has no insertWorksheetsFromBase64. */
const IPAD = "iOS";

/** A file the person picked: its name and bytes. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Reads a returned .xlsx in the pane; throws an error saying why when it cannot. */
export type ParseXlsx = (bytes: Uint8Array) => Promise<ParsedSheet[]>;

/** Why Excel could not take a file as an .xlsx, as the error met (null: it can). */
export type CheckXlsx = (bytes: Uint8Array) => Promise<unknown>;

export interface CollectPreview extends OperationPreview {
  via: "insert" | "parse";
  /** The temporary sheets' IDs and names, there until apply or cancel. */
  temporary: { id: string; name: string }[];
}

export interface CollectOptions {
  /** Changes to what was sent are errors (those files are not used), as `okr collect --strict`. */
  strict: boolean;
  parse: ParseXlsx;
  check: CheckXlsx;
  /** The reason for a file that cannot be read (checked or parsed), in the pane's language. */
  unreadable: (error: unknown) => string;
}

/** Base64 of bytes, in chunks (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A sheet named `name`, or the name Excel gave it beside one of the same name ("Sales (2)"). */
function sameSheet(inserted: string, name: string): boolean {
  if (inserted === name) return true;
  const m = /^(.*) \(\d+\)$/.exec(inserted);
  return m !== null && name.startsWith(m[1]);
}

/** The files' base64 in groups of at most REQUEST_LIMIT_BYTES: each group is one round trip. */
function insertGroups(files: readonly { base64: string }[]): number[][] {
  const groups: number[][] = [];
  let size = 0;
  files.forEach((f, i) => {
    if (groups.length === 0 || size + f.base64.length > REQUEST_LIMIT_BYTES) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1].push(i);
    size += f.base64.length;
  });
  return groups;
}

/** Deletes the temporary sheets (those still there). */
async function removeSheets(context: Excel.RequestContext, ids: readonly string[]): Promise<void> {
  const sheets = ids.map((id) => context.workbook.worksheets.getItemOrNullObject(id));
  await context.sync();
  for (const sheet of sheets) if (!sheet.isNullObject) drop(sheet);
  await context.sync();
}

/**
 * Inserts the files and validates them there; null when Excel would not insert them, with whatever
 * came in deleted again, so the caller parses them instead.
 */
async function previewByInsert(
  excel: ExcelApi,
  files: readonly PickedFile[],
  o: CollectOptions
): Promise<CollectPreview | null> {
  const reasons = await Promise.all(
    files.map(async (f) => {
      const error = await o.check(f.bytes);
      return error === null ? null : o.unreadable(error);
    })
  );
  const taken = files
    .filter((_, i) => reasons[i] === null)
    .map((f) => ({ file: f.name, base64: toBase64(f.bytes) }));
  return excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id");
    await context.sync();
    const before = new Set(worksheets.items.map((s) => s.id));
    // Whatever came in goes again: a file Excel refused after all, a workbook with no OKR sheet.
    const dropInserted = async () => {
      worksheets.load("items/id");
      await context.sync();
      for (const sheet of worksheets.items) if (!before.has(sheet.id)) drop(sheet);
      await context.sync();
    };
    let ids: string[][];
    try {
      const inserted: OfficeExtension.ClientResult<string[]>[] = [];
      for (const group of insertGroups(taken)) {
        for (const i of group)
          inserted[i] = context.workbook.insertWorksheetsFromBase64(taken[i].base64, {
            positionType: "End" as Excel.WorksheetPositionType,
          });
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB
        await context.sync();
      }
      ids = inserted.map((r) => r.value);
    } catch {
      // Excel would not insert them (whatever the error: the web's UnsupportedFeature, or a failure
      // after inserting, office-js issue 3179): the pane reads the files itself instead.
      await dropInserted();
      return null;
    }
    try {
      // Every sheet read as Score reads them (in 4 MB chunks where needed); the new ones hidden in
      // the same round trip: while the person reads the report they are the files, not the workbook.
      const added = ids.flat().map((id) => ({ id, sheet: worksheets.getItem(id) }));
      const host = officeHost(context, excel, {
        withRead: () => {
          for (const { sheet } of added) {
            sheet.visibility = "Hidden" as Excel.SheetVisibility;
            sheet.load("name");
          }
        },
      });
      const { sheets } = await host.read();
      const temporary = added.map(({ id, sheet }) => ({ id, name: sheet.name }));
      const rowsOf = new Map(sheets.map((s) => [s.sheet.name, s.rows]));
      const nameOf = new Map(temporary.map((t) => [t.id, t.name]));
      const source = (id: string): OfficeSource => ({ kind: "sheet", id });
      let next = 0;
      const returned: ReturnedWorkbook[] = files.map((f, i) =>
        reasons[i] !== null
          ? { file: f.name, reason: reasons[i] as string }
          : {
              file: f.name,
              sheets: ids[next++].map((id) => ({
                name: nameOf.get(id)!,
                rows: rowsOf.get(nameOf.get(id)!) ?? [],
                source: source(id),
              })),
            }
      );
      const result = validateReturned(sheets, returned, {
        strict: o.strict,
        returnedSheets: temporary.map((t) => t.name),
        isSent: sameSheet,
      });
      return { ...result, via: "insert", temporary };
    } catch (error) {
      await dropInserted();
      throw error;
    }
  });
}

async function previewByParsing(
  excel: ExcelApi,
  files: readonly PickedFile[],
  o: CollectOptions
): Promise<CollectPreview> {
  const parsed = await Promise.all(
    files.map(async (f): Promise<ReturnedWorkbook> => {
      try {
        const sheets = await o.parse(f.bytes);
        return {
          file: f.name,
          sheets: sheets.map((s) => ({
            name: s.name,
            rows: s.rows,
            source: { kind: "cells", sheet: s } satisfies OfficeSource,
          })),
        };
      } catch (error) {
        return { file: f.name, reason: o.unreadable(error) };
      }
    })
  );
  return excel.run(async (context) => {
    const { sheets } = await officeHost(context, excel).read();
    return {
      ...validateReturned(sheets, parsed, { strict: o.strict }),
      via: "parse",
      temporary: [],
    };
  });
}

/** Reads and validates the returned files; nothing of the master changes. */
export async function previewCollect(
  excel: ExcelApi,
  files: readonly PickedFile[],
  o: CollectOptions
): Promise<CollectPreview> {
  const inserted = excel.platform === IPAD ? null : await previewByInsert(excel, files, o);
  return inserted ?? previewByParsing(excel, files, o);
}

/** Removes the temporary sheets a preview brought in: the workbook is as it was. */
export async function cancelCollect(excel: ExcelApi, preview: CollectPreview): Promise<void> {
  if (preview.temporary.length === 0) return;
  await excel.run((context) =>
    removeSheets(
      context,
      preview.temporary.map((t) => t.id)
    )
  );
}

export type CollectApplied = Collected;

/**
 * Replaces the master's sheets with the returned ones, merges their check-in history and actions,
 * records what came back and scores the workbook, in one batch; the temporary sheets go in it too.
 */
export async function applyCollect(
  excel: ExcelApi,
  preview: CollectPreview,
  o: CollectApplyOptions
): Promise<CollectApplied> {
  return excel.run((context) => applyCollectOp(officeHost(context, excel), preview, o));
}
