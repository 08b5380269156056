// The word classes the linter reads (src/domain/text/wordClasses.data.ts) are derived from the
// dictionaries by scripts/build-lexicon.mjs: the committed module must be what the script makes
// from the installed dictionaries, so a dictionary update or a hand edit cannot slip in unseen.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

it("wordClasses.data.ts is what scripts/build-lexicon.mjs derives (run `npm run build:lexicon`)", () => {
  const out = join(mkdtempSync(join(tmpdir(), "lexicon-")), "wordClasses.data.ts");
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-lexicon.mjs"), out]);
  const committed = readFileSync(
    join(ROOT, "src", "domain", "text", "wordClasses.data.ts"),
    "utf8"
  );
  expect(readFileSync(out, "utf8") === committed).toBe(true);
});
