// The KR-type table (src/domain/scoring/krTypes.ts) is the one place a key-result type differs from
// another: its special cases are fields every entry fills, so no other code names a type.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { KR_TYPES } from "../../src/domain/scoring/krTypes";
import { KR_TYPE_WORDS } from "../../src/domain/reading/vocabulary";
import { krValues, mayBeAmbiguous, writesShares } from "../../src/domain/scoring/values";
import type { KeyResult, KrType } from "../../src/domain/types";

const SRC = join(__dirname, "..", "..", "src");
const TYPES = Object.keys(KR_TYPES) as KrType[];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const kr = (krType: KrType, unit: string, cells: KeyResult["cells"]) => ({ krType, unit, cells });

describe("the KR-type table", () => {
  it("holds every type, each with its words and every special case decided", () => {
    expect(TYPES).toEqual(Object.keys(KR_TYPE_WORDS));
    for (const type of TYPES) {
      const def = KR_TYPES[type];
      expect(def.label).toEqual(KR_TYPE_WORDS[type].label);
      for (const field of [
        "yesNo",
        "ladder",
        "deliverable",
        "keepsLine",
        "measured",
        "shares",
      ] as const)
        expect(typeof def[field]).toBe("boolean");
      expect(def).toHaveProperty("gradedAs");
      expect(def).toHaveProperty("check");
    }
  });

  it("is the only place in src/ that names a type (its words, the templates and the type aside)", () => {
    const allowed = [
      "domain/scoring/krTypes.ts",
      "domain/reading/vocabulary.ts",
      "domain/types.ts",
      "domain/newSheet/templates.ts",
      // Import maps another tool's words and a row's values to the type it picks: naming the type
      // is its job; what a type then means comes from the table (importTable.ts asks its fields).
      "domain/import/values.ts",
    ];
    const named = new RegExp(`["'](${TYPES.join("|")})["']`);
    const offenders = sources(SRC)
      .map((path) => relative(SRC, path).replace(/\\/g, "/"))
      .filter((path) => !allowed.includes(path))
      .filter((path) => named.test(readFileSync(join(SRC, path), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("decides reading from its fields: a ladder reads Current against Target, yes/no ignores %", () => {
    // a milestone on a ladder to 100 and a % key result both read bare values on another scale
    const ladder = TYPES.find((t) => KR_TYPES[t].ladder) as KrType;
    const yesNo = TYPES.find((t) => KR_TYPES[t].yesNo) as KrType;
    expect(krValues(kr(ladder, "", { target: 100, current: 20 })).current).toBe(0.2);
    expect(mayBeAmbiguous(kr(ladder, "", {}))).toBe(true);
    expect(writesShares(kr(ladder, "", { target: "100%" }))).toBe(true);
    expect(mayBeAmbiguous(kr(yesNo, "%", {}))).toBe(false);
    expect(krValues(kr(yesNo, "%", { current: 1 })).current).toBe(1);
  });
});
