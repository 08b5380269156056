// The unified manifest (scripts/unified-manifest.js): made from manifest.xml, valid against the
// published JSON schema vendored in schemas/unified-manifest, hiding the XML add-in as Microsoft
// documents, and saying in each language what the XML manifest says.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { MIN_EXCEL_API } from "../../src/taskpane/office";

const root = join(__dirname, "..", "..");
const unified = require(join(root, "scripts", "unified-manifest.js"));
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const help = readFileSync(join(root, "src", "help", "help.html"), "utf8");

type Json = Record<string, unknown> & { [key: string]: any };

let manifest: Json;
let localizations: Record<string, Record<string, string>>;
let xmlId: string;
beforeAll(async () => {
  ({ manifest, localizations } = await unified.unifiedManifest(xml));
  xmlId = (await unified.readXml(xml)).id;
});

/** A package holding `manifest` (changed by `change`) and what the real one holds besides. */
async function packageWith(change: (m: Json, files: Map<string, string>) => void) {
  const zip = await JSZip.loadAsync(await unified.unifiedPackage(xml));
  const m = JSON.parse(await zip.file("manifest.json")!.async("string"));
  const files = new Map<string, string>();
  change(m, files);
  zip.file("manifest.json", JSON.stringify(m));
  for (const [name, text] of files) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("the unified manifest's package", () => {
  it("validates against the published schema, with its localization files and icons", async () => {
    expect(await unified.packageProblems(await unified.unifiedPackage(xml), { xmlId })).toEqual([]);
  });

  it.each<[string, (m: Json, files: Map<string, string>) => void, RegExp]>([
    [
      "a short description over 80 characters",
      (m) => (m.description.short = "x".repeat(81)),
      /manifest\.json: .*description\/short/,
    ],
    ["the XML manifest's id", (m) => (m.id = xmlId), /reuses the XML manifest's <Id>/],
    [
      "no alternate hiding the XML add-in",
      (m) => delete m.extensions[0].alternates,
      /does not hide the XML add-in/,
    ],
    [
      "a localization file with an unknown key",
      (_, files) =>
        files.set("zh-cn.json", JSON.stringify({ ...localizations["zh-cn"], nope: "x" })),
      /zh-cn\.json: /,
    ],
    [
      "a localization file it does not hold",
      (m) => m.localizationInfo.additionalLanguages.push({ languageTag: "fr-fr", file: "fr.json" }),
      /fr\.json is named in localizationInfo but not in the package/,
    ],
    ["a colour icon of the wrong size", (m) => (m.icons.color = "outline.png"), /color icon/],
  ])("is refused with %s", async (_, change, problem) => {
    const problems: string[] = await unified.packageProblems(await packageWith(change), { xmlId });
    expect(problems.join("\n")).toMatch(problem);
  });
});

describe("the unified manifest says what manifest.xml says", () => {
  it("is a different app that hides the XML add-in where both are installed", () => {
    expect(manifest.id).not.toBe(xmlId);
    expect(manifest.extensions[0].alternates[0].hide).toEqual({
      customOfficeAddin: { officeAddinId: xmlId },
    });
    expect(manifest.name.short).not.toBe("OKR Sheets"); // distinct from the XML add-in's name
  });

  it(`asks for Excel (workbook) at ExcelApi ${MIN_EXCEL_API}, as the XML manifest does`, () => {
    expect(manifest.extensions[0].requirements).toEqual({
      scopes: ["workbook"],
      capabilities: [{ name: "ExcelApi", minVersion: MIN_EXCEL_API }],
    });
  });

  it("opens the pane and runs the two ribbon functions the function file registers", () => {
    const [pane, commands] = manifest.extensions[0].runtimes;
    expect(pane.code.page).toBe("https://localhost:3000/taskpane.html");
    expect(pane.actions).toEqual([{ id: "OkrSheets.Pane", type: "openPage", view: "dashboard" }]);
    expect(commands.code.page).toBe("https://localhost:3000/commands.html");
    const registered = [
      ...readFileSync(join(root, "src/commands/commands.ts"), "utf8").matchAll(
        /Office\.actions\.associate\("(\w+)"/g
      ),
    ].map((m) => m[1]);
    expect(commands.actions.map((a: { id: string }) => a.id)).toEqual(registered);
    const controls = manifest.extensions[0].ribbons[0].tabs[0].groups[0].controls;
    expect(controls.map((c: { actionId: string }) => c.actionId)).toEqual([
      "OkrSheets.Pane",
      ...registered,
    ]);
  });

  it("has every ribbon and get-started string in zh-CN, zh-TW, zh-HK and zh-MO, as the XML does", () => {
    expect(Object.keys(localizations)).toEqual(["zh-cn", "zh-tw", "zh-hk", "zh-mo"]);
    const group = "extensions[0].ribbons[0].tabs[0].groups[0]";
    expect(localizations["zh-cn"][`${group}.controls[1].label`]).toBe("检查工作表");
    expect(localizations["zh-tw"][`${group}.controls[2].label`]).toBe("為活頁簿計分");
    expect(localizations["zh-hk"]).toEqual(localizations["zh-tw"]);
    expect(localizations["zh-mo"]).toEqual(localizations["zh-tw"]);
    expect(localizations["zh-cn"]["extensions[0].getStartedMessages[0].learnMoreUrl"]).toBe(
      "https://localhost:3000/help.html#zh-CN"
    );
  });

  it("points its developer, privacy and terms links at sections the help page has", () => {
    for (const link of ["websiteUrl", "privacyUrl", "termsOfUseUrl"]) {
      const [page, anchor] = manifest.developer[link].split("#");
      expect(page).toBe("https://localhost:3000/help.html");
      expect(help).toContain(`id="${anchor}"`);
    }
  });
});
