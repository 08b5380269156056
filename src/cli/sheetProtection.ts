// A sheet's protection in a file the command line rewrites, in one place: kept whole (the user's
// password stays theirs, whichever hash the file holds it in), the product's formula lock found as
// the pane finds it (so every host keeps such a sheet locked), and a write into a sheet protected
// with a password refused, as Excel refuses the pane (src/excel/sheetLock.ts), nothing written.
import type ExcelJS from "exceljs";
import {
  isFormulaLock,
  lockedFileSheetText,
  type FormulaLockOptions,
} from "../domain/plan/protection";
import { LANGS } from "../domain/types";
import { InputError, type Texts } from "./readProblems";

// ExcelJS reads and writes <sheetProtection>, but only the hash Excel 2010 and later write
// (algorithmName, hashValue, saltValue, spinCount): the older one, `password="CC3D"` (Excel 2007,
// LibreOffice, many generators), is dropped, and a sheet rewritten by ExcelJS stays protected with
// no password — anyone lifts it. Its xform keeps the attribute here, read and written back. It
// also reads a flag only as "1" or "0", where LibreOffice writes "true" and "false" (xsd:boolean,
// valid OOXML): such a sheet read as not protected at all, and was written unprotected.
const SheetProtectionXform = require("exceljs/lib/xlsx/xform/sheet/sheet-protection-xform");

type XmlStream = { leafNode(tag: string, attributes: object, text?: string): void };
type Node = { name: string; attributes: Record<string, string> };
type XformModel = Record<string, unknown> | undefined;

const proto = SheetProtectionXform.prototype as {
  tag: string;
  model: XformModel;
  parseOpen(node: Node): boolean;
  render(xml: XmlStream, model: XformModel): void;
};
if (!(proto as { keepsPassword?: boolean }).keepsPassword) {
  const parseOpen = proto.parseOpen;
  const render = proto.render;
  const digit = (value: string) => (value === "true" ? "1" : value === "false" ? "0" : value);
  proto.parseOpen = function (this: typeof proto, given: Node) {
    const node =
      given.name === this.tag
        ? {
            ...given,
            attributes: Object.fromEntries(
              Object.entries(given.attributes).map(([k, v]) => [k, digit(v)])
            ),
          }
        : given;
    const opened = parseOpen.call(this, node);
    if (opened && node.name === this.tag && node.attributes.password && this.model)
      this.model.password = node.attributes.password;
    return opened;
  };
  proto.render = function (this: typeof proto, xml: XmlStream, model: XformModel) {
    const password = model?.sheet ? model.password : undefined;
    if (typeof password !== "string") return render.call(this, xml, model);
    const withPassword: XmlStream = {
      leafNode: (tag, attributes, text) => xml.leafNode(tag, { ...attributes, password }, text),
    };
    render.call(this, withPassword, model);
  };
  Object.assign(proto, { keepsPassword: true });
}

/** A sheet's <sheetProtection> as ExcelJS holds it (null or absent: none). */
function protectionOf(ws: object): Record<string, unknown> | null {
  const held = (ws as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
  return held && held.sheet ? held : null;
}

/**
 * Whether a sheet is protected with a password: its <sheetProtection> holds a hash (hashValue, as
 * ExcelJS reads it; the older `password` attribute, kept above).
 */
export function passwordProtected(ws: object): boolean {
  const held = protectionOf(ws);
  return Boolean(held && (held.hashValue || held.password));
}

/**
 * The file's flag (<sheetProtection>, ExcelJS's model) for each protection option as Excel names
 * it (Excel.WorksheetProtectionOptions, plan/protection.ts): the one mapping both ways. ExcelJS
 * holds true where the file allows the action, except objects and scenarios, whose file default is
 * "allowed": there it holds false where the file protects them (objects="1"), nothing otherwise.
 */
const FILE_FLAGS = {
  allowAutoFilter: "autoFilter",
  allowDeleteColumns: "deleteColumns",
  allowDeleteRows: "deleteRows",
  allowEditObjects: "objects",
  allowEditScenarios: "scenarios",
  allowFormatCells: "formatCells",
  allowFormatColumns: "formatColumns",
  allowFormatRows: "formatRows",
  allowInsertColumns: "insertColumns",
  allowInsertHyperlinks: "insertHyperlinks",
  allowInsertRows: "insertRows",
  allowPivotTables: "pivotTables",
  allowSort: "sort",
} as const satisfies Record<keyof FormulaLockOptions, keyof ExcelJS.WorksheetProtection>;

const ALLOWED_BY_DEFAULT = new Set<string>(["objects", "scenarios"]);

/** Protection options as ExcelJS's `protect` takes them; every cell stays selectable. */
export function fileProtectionOptions(
  options: Readonly<Record<keyof typeof FILE_FLAGS, boolean>>
): Partial<ExcelJS.WorksheetProtection> {
  const flags: Partial<ExcelJS.WorksheetProtection> = {
    selectLockedCells: true,
    selectUnlockedCells: true,
  };
  for (const [option, flag] of Object.entries(FILE_FLAGS))
    flags[flag] = options[option as keyof typeof FILE_FLAGS];
  return flags;
}

/**
 * Whether a sheet carries the product's formula lock (plan/protection.ts): protected without a
 * password, with exactly the lock's options — as the pane reads it (officeHost.ts), in the file's
 * terms (FILE_FLAGS).
 */
export function formulaLocked(ws: object): boolean {
  const held = protectionOf(ws);
  if (!held || passwordProtected(ws)) return false;
  const options = Object.fromEntries(
    Object.entries(FILE_FLAGS).map(([option, flag]) => [
      option,
      ALLOWED_BY_DEFAULT.has(flag) ? held[flag] !== false : held[flag] === true,
    ])
  );
  return isFormulaLock(options);
}

/**
 * A sheet's protection onto its copy (ExcelJS copies no protection): the user's, password and all.
 * Also onto a sheet rebuilt in place of another (Summary, 360 Review, a collected sheet): it keeps
 * the protection the old one had, as the pane's guard puts it back (src/excel/sheetLock.ts).
 */
export function copyProtection(from: object, to: object): void {
  const held = protectionOf(from);
  if (held) Object.assign(to, { sheetProtection: { ...held } });
}

/**
 * Refuses a write into sheets protected with a password (by name, those of `written` the workbook
 * has): Excel refuses the pane the same (SheetLockedError), and the file is not written. `where`
 * names a sheet as the user knows it: the input file it came from and its name there.
 */
export function refuseLocked(
  workbook: { getWorksheet(name: string): object | undefined },
  written: Iterable<string>,
  where: (sheet: string) => string
): void {
  const locked = [...new Set(written)].filter((name) => {
    const ws = workbook.getWorksheet(name);
    return ws !== undefined && passwordProtected(ws);
  });
  if (locked.length === 0) return;
  const texts = {} as Texts;
  for (const lang of LANGS)
    texts[lang] = locked.map((sheet) => lockedFileSheetText(where(sheet), lang)).join("\n");
  throw new InputError(texts);
}
