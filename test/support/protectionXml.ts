// A sheet's <sheetProtection> as the .xlsx holds it, read from the XML itself: ExcelJS reads neither
// the old `password` attribute nor LibreOffice's flags spelled as words.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { sheetPart } from "./chartAndComment";

/** The old hash (Excel 2007, LibreOffice) of the password "ABCD". */
export const LEGACY_HASH = "CC3D";

/** A sheet's <sheetProtection> attributes, as the file holds them (null: none). */
export async function protectionXml(
  file: string,
  sheet: string
): Promise<Record<string, string> | null> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file(await sheetPart(zip, sheet))!.async("string");
  const tag = /<sheetProtection\b([^>]*)\/?>/.exec(xml)?.[1];
  if (tag === undefined) return null;
  return Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}
