// The unified manifest for Microsoft 365 (JSON), made from manifest.xml so that every string, URL,
// icon, button and requirement is written once: `npm run build` packs it beside the XML manifest as
// dist/okr-sheets-m365.zip (manifest.json, its localization files, the colour and outline icons),
// and `npm run validate` checks it offline against the published schema (schemas/unified-manifest).
// Microsoft's guidance for keeping both versions, which this follows:
// learn.microsoft.com/office/dev/add-ins/concepts/duplicate-legacy-metaos-add-ins
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const JSZip = require("jszip");
const xml2js = require("xml2js");

const ROOT = join(__dirname, "..");

/** The schema version the manifest declares; its files are vendored in schemas/unified-manifest/. */
const MANIFEST_VERSION = "1.29";
const SCHEMA_BASE = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}`;

/** The package `npm run build` writes into dist/. */
const PACKAGE_NAME = "okr-sheets-m365.zip";

/**
 * The unified version's own id: Microsoft asks for a GUID different from the XML manifest's <Id>,
 * which the unified version hides where both are installed (`alternates`).
 */
const UNIFIED_ID = "a1af4f1e-405d-43f5-8718-325e00d3efe7";

/**
 * What only the unified manifest has. Its name differs from the XML add-in's, as Microsoft asks, so
 * an admin can tell the two apart; the schema allows 80 characters of short description.
 */
const OWN = {
  name: {
    en: "OKR Sheets for Microsoft 365",
    "zh-CN": "OKR 表格（Microsoft 365）",
    "zh-TW": "OKR 表格（Microsoft 365）",
  },
  shortDescription: {
    en: "Create OKR sheets from templates, check them and score them with live formulas.",
    "zh-CN": "用部门模板创建 OKR 表，按撰写规则检查，并用实时公式计分。",
    "zh-TW": "用部門範本建立 OKR 工作表，按撰寫規則檢查，並用即時公式計分。",
  },
  /** Excel green, the icon's tile. */
  accentColor: "#107C41",
};

/** The XML manifest's locales; Hong Kong and Macau read Traditional Chinese, as the pane shows. */
const LOCALES = ["zh-CN", "zh-TW", "zh-HK", "zh-MO"];
const ownText = (texts, locale) => texts[locale] ?? texts[locale === "zh-CN" ? "zh-CN" : "zh-TW"];

/** A DefaultValue with its Override children, by locale ("" is the default). */
function localized(node) {
  const overrides = node.Override ?? node["bt:Override"] ?? [];
  return new Map([["", node.$.DefaultValue], ...overrides.map((o) => [o.$.Locale, o.$.Value])]);
}
const inLocale = (texts, locale) => texts.get(locale) ?? texts.get("");

/** Reads what the unified manifest needs from manifest.xml's text. */
async function readXml(xmlText) {
  const app = (await xml2js.parseStringPromise(xmlText)).OfficeApp;
  const overrides = app.VersionOverrides[0];
  const resources = new Map();
  const r = overrides.Resources[0];
  for (const group of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"])
    for (const item of Object.values(r[group][0]).flat()) resources.set(item.$.id, localized(item));
  const resource = (node) => resources.get(node[0].$.resid);
  const form = overrides.Hosts[0].Host[0].DesktopFormFactor[0];
  const group = form.ExtensionPoint[0].OfficeTab[0].Group[0];
  const icons = (node) =>
    node[0]["bt:Image"].map((i) => ({ size: Number(i.$.size), resid: i.$.resid }));
  return {
    id: app.Id[0],
    version: app.Version[0],
    provider: app.ProviderName[0],
    displayName: localized(app.DisplayName[0]),
    description: localized(app.Description[0]),
    iconUrl: app.IconUrl[0].$.DefaultValue,
    highResolutionIconUrl: app.HighResolutionIconUrl[0].$.DefaultValue,
    supportUrl: localized(app.SupportUrl[0]),
    host: app.Hosts[0].Host[0].$.Name,
    sets: app.Requirements[0].Sets[0].Set.map((s) => ({
      name: s.$.Name,
      minVersion: s.$.MinVersion,
    })),
    resources,
    getStarted: {
      title: resource(form.GetStarted[0].Title),
      description: resource(form.GetStarted[0].Description),
      learnMoreUrl: resource(form.GetStarted[0].LearnMoreUrl),
    },
    functionFile: resource(form.FunctionFile),
    tabId: form.ExtensionPoint[0].OfficeTab[0].$.id,
    group: {
      id: group.$.id,
      label: resource(group.Label),
      icons: icons(group.Icon),
      controls: group.Control.map((c) => {
        const action = c.Action[0];
        const kind = action.$["xsi:type"];
        return {
          id: c.$.id,
          label: resource(c.Label),
          tipTitle: resource(c.Supertip[0].Title),
          tipDescription: resource(c.Supertip[0].Description),
          icons: icons(c.Icon),
          ...(kind === "ShowTaskpane"
            ? { opens: action.TaskpaneId[0], page: resource(action.SourceLocation) }
            : { runs: action.FunctionName[0] }),
        };
      }),
    },
  };
}

/** manifest.json and one localization file per locale, from manifest.xml's text. */
async function unifiedManifest(xmlText) {
  const x = await readXml(xmlText);
  const url = (resid) => inLocale(x.resources.get(resid), "");
  const iconsOf = (list) => list.map((i) => ({ size: i.size, url: url(i.resid) }));
  const panes = x.group.controls.filter((c) => c.opens);
  const functions = x.group.controls.filter((c) => c.runs);
  const helpPage = inLocale(x.supportUrl, "").split("#")[0];
  const manifest = {
    $schema: `${SCHEMA_BASE}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    id: UNIFIED_ID,
    // semver, three parts: the XML's fourth part is always 0 here
    version: x.version.split(".").slice(0, 3).join("."),
    name: { short: OWN.name.en, full: OWN.name.en },
    description: { short: OWN.shortDescription.en, full: inLocale(x.description, "") },
    developer: {
      name: x.provider,
      websiteUrl: inLocale(x.supportUrl, ""),
      privacyUrl: `${helpPage}#privacy-en`,
      termsOfUseUrl: `${helpPage}#terms-en`,
    },
    icons: { color: "color.png", outline: "outline.png" },
    accentColor: OWN.accentColor,
    localizationInfo: {
      defaultLanguageTag: "en-us",
      additionalLanguages: LOCALES.map((l) => ({
        languageTag: l.toLowerCase(),
        file: `${l.toLowerCase()}.json`,
      })),
    },
    extensions: [
      {
        requirements: {
          scopes: [x.host.toLowerCase()], // <Host Name="Workbook"/>: Excel
          capabilities: x.sets,
        },
        runtimes: [
          ...panes.map((c) => ({
            id: "TaskPaneRuntime",
            type: "general",
            code: { page: inLocale(c.page, "") },
            lifetime: "short",
            actions: [{ id: c.opens, type: "openPage", view: "dashboard" }],
          })),
          {
            id: "CommandsRuntime",
            type: "general",
            code: { page: inLocale(x.functionFile, "") },
            lifetime: "short",
            actions: functions.map((c) => ({ id: c.runs, type: "executeFunction" })),
          },
        ],
        ribbons: [
          {
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: x.tabId,
                groups: [
                  {
                    id: x.group.id,
                    label: inLocale(x.group.label, ""),
                    icons: iconsOf(x.group.icons),
                    controls: x.group.controls.map((c) => ({
                      id: c.id,
                      type: "button",
                      label: inLocale(c.label, ""),
                      icons: iconsOf(c.icons),
                      supertip: {
                        title: inLocale(c.tipTitle, ""),
                        description: inLocale(c.tipDescription, ""),
                      },
                      actionId: c.opens ?? c.runs,
                    })),
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [
          {
            title: inLocale(x.getStarted.title, ""),
            description: inLocale(x.getStarted.description, ""),
            learnMoreUrl: inLocale(x.getStarted.learnMoreUrl, ""),
          },
        ],
        alternates: [
          {
            // Where both versions are installed, Office shows this one only. Not in Microsoft
            // Marketplace: a listed add-in is hidden with storeOfficeAddin and its asset ID instead.
            hide: { customOfficeAddin: { officeAddinId: x.id } },
            alternateIcons: {
              icon: { size: 32, url: x.iconUrl },
              highResolutionIcon: { size: 64, url: x.highResolutionIconUrl },
            },
          },
        ],
      },
    ],
  };
  const group = "extensions[0].ribbons[0].tabs[0].groups[0]";
  const localizations = Object.fromEntries(
    LOCALES.map((l) => [
      l.toLowerCase(),
      {
        $schema: `${SCHEMA_BASE}/MicrosoftTeams.Localization.schema.json`,
        "name.short": ownText(OWN.name, l),
        "name.full": ownText(OWN.name, l),
        "description.short": ownText(OWN.shortDescription, l),
        "description.full": inLocale(x.description, l),
        [`${group}.label`]: inLocale(x.group.label, l),
        ...Object.fromEntries(
          x.group.controls.flatMap((c, i) => [
            [`${group}.controls[${i}].label`, inLocale(c.label, l)],
            [`${group}.controls[${i}].supertip.title`, inLocale(c.tipTitle, l)],
            [`${group}.controls[${i}].supertip.description`, inLocale(c.tipDescription, l)],
          ])
        ),
        "extensions[0].getStartedMessages[0].title": inLocale(x.getStarted.title, l),
        "extensions[0].getStartedMessages[0].description": inLocale(x.getStarted.description, l),
        "extensions[0].getStartedMessages[0].learnMoreUrl": inLocale(x.getStarted.learnMoreUrl, l),
      },
    ])
  );
  return { manifest, localizations };
}

/** The app package: manifest.json, its localization files and the two icons, zipped. */
async function unifiedPackage(xmlText) {
  const { manifest, localizations } = await unifiedManifest(xmlText);
  const zip = new JSZip();
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  // a fixed date, so the same sources give the same bytes
  const options = { date: new Date("2026-01-01T00:00:00Z") };
  zip.file("manifest.json", json(manifest), options);
  for (const [tag, strings] of Object.entries(localizations))
    zip.file(`${tag}.json`, json(strings), options);
  zip.file(manifest.icons.color, readFileSync(join(ROOT, "assets", "color-192.png")), options);
  zip.file(manifest.icons.outline, readFileSync(join(ROOT, "assets", "outline-32.png")), options);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The published JSON schema (draft-04) of the manifest and of its localization files, compiled.
 * Ajv reads patterns without the u flag, as draft-04's ECMA-262 regexes are (the localization
 * schema's `\b…\b]` patterns are invalid with it), and not strictly: the schemas use keywords Ajv's
 * strict mode does not know.
 */
function schemaValidators() {
  const Ajv = require("ajv-draft-04");
  const addFormats = require("ajv-formats");
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const schema = (file) =>
    JSON.parse(
      readFileSync(join(ROOT, "schemas", "unified-manifest", `v${MANIFEST_VERSION}`, file), "utf8")
    );
  return {
    manifest: ajv.compile(schema("MicrosoftTeams.schema.json")),
    localization: ajv.compile(schema("MicrosoftTeams.Localization.schema.json")),
    text: (errors) => ajv.errorsText(errors, { separator: "; " }),
  };
}

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes) =>
  bytes.subarray(1, 4).toString() === "PNG"
    ? [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
    : null;

/**
 * What is wrong with an app package (its zip's bytes), offline: manifest.json and every
 * localization file it names against the published schema, the files it names present, the icons
 * at the sizes the schema asks (colour 192 px, outline 32 px), and the XML add-in hidden by an id
 * other than its own. An empty list: nothing.
 */
async function packageProblems(zipBytes, { xmlId } = {}) {
  const problems = [];
  const zip = await JSZip.loadAsync(zipBytes);
  const read = async (name) => zip.file(name)?.async("nodebuffer") ?? null;
  const validate = schemaValidators();
  const raw = await read("manifest.json");
  if (!raw) return ["the package has no manifest.json"];
  const manifest = JSON.parse(raw.toString("utf8"));
  if (!validate.manifest(manifest))
    problems.push(`manifest.json: ${validate.text(validate.manifest.errors)}`);
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const strings = await read(file);
    if (!strings) problems.push(`${file} is named in localizationInfo but not in the package`);
    else if (!validate.localization(JSON.parse(strings.toString("utf8"))))
      problems.push(`${file}: ${validate.text(validate.localization.errors)}`);
  }
  for (const [icon, size] of [
    ["color", 192],
    ["outline", 32],
  ]) {
    const bytes = await read(manifest.icons?.[icon] ?? "");
    const found = bytes && pngSize(bytes);
    if (!found || found[0] !== size || found[1] !== size)
      problems.push(`the ${icon} icon must be a ${size}×${size} PNG in the package`);
  }
  const hidden = manifest.extensions?.[0]?.alternates?.[0]?.hide?.customOfficeAddin?.officeAddinId;
  if (xmlId !== undefined) {
    if (manifest.id === xmlId) problems.push("manifest.json reuses the XML manifest's <Id>");
    if (hidden !== xmlId) problems.push("alternates does not hide the XML add-in (its <Id>)");
  }
  return problems;
}

/** Writes the package into webpack's output, from the manifest.xml the build emits. */
class UnifiedManifestPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("UnifiedManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "UnifiedManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        async () => {
          const xml = compilation.getAsset("manifest.xml");
          if (!xml) throw new Error("UnifiedManifestPlugin: the build emitted no manifest.xml");
          const zip = await unifiedPackage(xml.source.source().toString());
          compilation.emitAsset(PACKAGE_NAME, new sources.RawSource(zip));
        }
      );
    });
  }
}

module.exports = {
  MANIFEST_VERSION,
  PACKAGE_NAME,
  UNIFIED_ID,
  packageProblems,
  readXml,
  unifiedManifest,
  unifiedPackage,
  UnifiedManifestPlugin,
};
