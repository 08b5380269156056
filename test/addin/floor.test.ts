// The requirement floor (manifest.xml, README "Supported Excel"): no Excel below ExcelApi 1.14 loads
// the add-in, so no code asks whether the host has a level at or below it — such a check could only
// fail in the emulator. test/excel/apiLevels.test.ts runs every operation at the floor itself.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { versionAtMost } from "../../emulator/apiSets";
import { MIN_EXCEL_API } from "../../src/taskpane/office";

const root = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The add-in's code: what runs in Excel (the command line and the pure domain never ask Office). */
const ADDIN = ["src/excel", "src/taskpane", "src/commands"].flatMap((d) => sources(join(root, d)));
const text = new Map(ADDIN.map((f) => [relative(root, f), readFileSync(f, "utf8")]));

/** `export const NAME = "1.13"` anywhere in the add-in's code. */
const constants = new Map(
  [...text.values()].flatMap((code) =>
    [...code.matchAll(/export const ([A-Z_]+) = "(\d+\.\d+)"/g)].map((m) => [m[1], m[2]] as const)
  )
);

/** Every ExcelApi level the add-in checks at run time, by file: literals and named constants. */
function checkedLevels(
  sources: ReadonlyMap<string, string> = text
): { file: string; level: string; name: string }[] {
  const found: { file: string; level: string; name: string }[] = [];
  for (const [file, code] of sources)
    for (const m of code.matchAll(/isSetSupported\(\s*"ExcelApi",\s*(?:"(\d+\.\d+)"|([A-Z_]+))/g)) {
      const level = m[1] ?? constants.get(m[2]);
      if (level === undefined)
        throw new Error(`${file}: ${m[2]} is not a level this test can read`);
      found.push({ file, level, name: m[1] ? `"${m[1]}"` : m[2] });
    }
  return found;
}

describe(`the requirement floor, ExcelApi ${MIN_EXCEL_API}`, () => {
  it("is what the manifest requires", () => {
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<Sets DefaultMinVersion="${MIN_EXCEL_API}">`);
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/>`);
  });

  it("leaves no run-time check for a level at or below it", () => {
    const below = checkedLevels()
      .filter((f) => versionAtMost(f.level, MIN_EXCEL_API))
      .map((f) => `${f.file} ${f.name}`);
    expect(below).toEqual([]);
  });

  it("(the scan finds such a check, by literal and by named constant)", () => {
    const code =
      'if (excel.isSetSupported("ExcelApi", "1.13")) a();\nif (excel.isSetSupported("ExcelApi", INSERT_API)) b();';
    constants.set("INSERT_API", "1.13");
    expect(checkedLevels(new Map([["x.ts", code]])).map((f) => f.name)).toEqual([
      '"1.13"',
      "INSERT_API",
    ]);
    constants.delete("INSERT_API");
  });
});
