// Validates both manifests offline, `npm run validate`:
// - the add-in only manifest (manifest.xml, and dist/manifest.xml when a build exists) against the
//   task-pane manifest XSDs in schemas/taskpane-manifest, with xmllint. `office-addin-manifest
//   validate` needs an online service; this does not. Needs xmllint (Debian: libxml2-utils).
// - the unified manifest's app package (dist/okr-sheets-m365.zip when a build exists, and the one
//   made from manifest.xml here) against the published JSON schema in schemas/unified-manifest,
//   with its localization files and icons.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { PACKAGE_NAME, packageProblems, readXml, unifiedPackage } = require("./unified-manifest.js");

const schema = "schemas/taskpane-manifest/OfficeAppManifestV1_1.xsd";
const xmlFiles = ["manifest.xml", "dist/manifest.xml"].filter((f, i) => i === 0 || existsSync(f));
try {
  execFileSync("xmllint", ["--version"], { stdio: "ignore" });
} catch {
  console.error(
    "validate: xmllint not found. Install it (Debian/Ubuntu: apt-get install -y libxml2-utils)."
  );
  process.exit(2);
}
try {
  execFileSync("xmllint", ["--noout", "--schema", schema, ...xmlFiles], { stdio: "inherit" });
} catch {
  console.error(`validate: ${xmlFiles.join(", ")} do(es) not match ${schema}.`);
  process.exit(1);
}

/** Each package to check: its name, its bytes and the <Id> of the XML manifest it goes with. */
const source = readFileSync("manifest.xml", "utf8");
const packages = [
  {
    name: `${PACKAGE_NAME} made from manifest.xml`,
    bytes: await unifiedPackage(source),
    xml: source,
  },
];
const built = `dist/${PACKAGE_NAME}`;
if (existsSync(built))
  packages.push({
    name: built,
    bytes: readFileSync(built),
    xml: readFileSync("dist/manifest.xml", "utf8"),
  });
let failed = false;
for (const p of packages) {
  const problems = await packageProblems(p.bytes, { xmlId: (await readXml(p.xml)).id });
  for (const problem of problems) console.error(`validate: ${p.name}: ${problem}`);
  if (problems.length) failed = true;
  else console.log(`${p.name} validates`);
}
if (failed) process.exit(1);
