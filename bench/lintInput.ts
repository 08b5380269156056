// Realistic lint input: the seven templates' objectives and key results in the three languages, one
// after another until `krs` key results, with about 5 % of key results given a defect people make
// (a vague statement, no target, a blank weight, a duplicate ID, a due date past the period, a
// confidence over 100 %). Deterministic, so runs compare.
import { COLUMNS, headerRow, type ColumnKey } from "../src/domain/reading/columns";
import { TEMPLATES } from "../src/domain/newSheet/templates";
import type { Lang } from "../src/domain/types";
import { COMMITMENTS, KR_TYPE_TERMS, LEVELS, termLabel } from "../src/domain/reading/vocabulary";

const LANGS: Lang[] = ["en", "zh-CN", "zh-TW"];
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);

const VAGUE: Record<Lang, string> = {
  en: "Improve things",
  "zh-CN": "提升效率",
  "zh-TW": "提升效率",
};

/** Breaks one key-result row the way people do; `n` picks which defect (kind 3 copies the ID above). */
function defect(row: string[], n: number, lang: Lang, previousId: string): void {
  const kind = n % 6;
  if (kind === 0) row[col("statement")] = VAGUE[lang];
  if (kind === 1) row[col("target")] = "";
  if (kind === 2) row[col("weight")] = "";
  if (kind === 3) row[col("id")] = previousId;
  if (kind === 4) row[col("due")] = "2026-09-30";
  if (kind === 5) row[col("confidence")] = "170%";
}

/**
 * Sheets (header in each first row), one per template copy, of `krs` key results in all, every
 * 20th with a defect.
 */
export function realisticSheets(krs: number): string[][][] {
  const sheets: string[][][] = [];
  let out: string[][] = [];
  const blank = () => new Array<string>(COLUMNS.length).fill("");
  let made = 0;
  let copy = 0;
  while (made < krs) {
    for (const lang of LANGS)
      for (const t of TEMPLATES) {
        copy++;
        if (made >= krs) break;
        out = [headerRow(lang)];
        sheets.push(out);
        t.objectives.forEach((ob, i) => {
          if (made >= krs) return;
          const id = `${t.idPrefix}${copy}-O${i + 1}`;
          const o = blank();
          o[col("id")] = id;
          o[col("level")] = termLabel(LEVELS, "objective", lang);
          o[col("statement")] = ob.statement[lang];
          o[col("owner")] = "Dana";
          o[col("commitment")] = termLabel(COMMITMENTS, ob.commitment, lang);
          o[col("weight")] = `${ob.weight}%`;
          out.push(o);
          ob.keyResults.forEach((kr, k) => {
            if (made >= krs) return;
            const r = blank();
            r[col("id")] = `${id}-KR${k + 1}`;
            r[col("level")] = termLabel(LEVELS, "keyResult", lang);
            r[col("statement")] = kr.statement[lang];
            r[col("krType")] = termLabel(KR_TYPE_TERMS, kr.type, lang);
            r[col("unit")] = kr.unit[lang];
            r[col("start")] = kr.start === undefined ? "" : String(kr.start);
            r[col("target")] = String(kr.target);
            r[col("current")] = String(kr.current ?? kr.start ?? 0);
            r[col("weight")] = `${kr.weight}%`;
            r[col("confidence")] = "70%";
            r[col("due")] = "2026-03-31";
            r[col("notes")] = kr.notes?.[lang] ?? "";
            made++;
            if (made % 20 === 0) defect(r, made / 20, lang, out[out.length - 1][col("id")]);
            out.push(r);
          });
        });
      }
  }
  return sheets;
}
