// Validates manifest.xml (and dist/manifest.xml when a build exists) against the task-pane manifest
// XSDs kept in schemas/, with xmllint, offline. `office-addin-manifest validate` needs an online
// service; this does not. Needs xmllint (Debian: libxml2-utils).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const schema = "schemas/taskpane-manifest/OfficeAppManifestV1_1.xsd";
const files = ["manifest.xml", "dist/manifest.xml"].filter((f, i) => i === 0 || existsSync(f));
try {
  execFileSync("xmllint", ["--version"], { stdio: "ignore" });
} catch {
  console.error(
    "validate: xmllint not found. Install it (Debian/Ubuntu: apt-get install -y libxml2-utils)."
  );
  process.exit(2);
}
try {
  execFileSync("xmllint", ["--noout", "--schema", schema, ...files], {
    stdio: "inherit",
  });
} catch {
  console.error(`validate: ${files.join(", ")} do(es) not match ${schema}.`);
  process.exit(1);
}
