import { langFromLocale } from "../../src/domain/reading/i18n";
import {
  COMMITMENTS,
  KR_TYPE_TERMS,
  LEVELS,
  SCOPES,
  STATUSES,
  parseTerm,
  termLabel,
} from "../../src/domain/reading/vocabulary";
import { LANGS } from "../../src/domain/types";

describe("cell vocabulary", () => {
  it("reads every label back in every language", () => {
    for (const terms of [LEVELS, COMMITMENTS, KR_TYPE_TERMS, SCOPES, STATUSES] as const) {
      for (const term of terms) {
        for (const lang of LANGS) {
          expect(
            parseTerm(terms as never, termLabel(terms as never, term.value as never, lang))
          ).toBe(term.value);
        }
      }
    }
  });

  it("reads the spellings people type", () => {
    expect(parseTerm(LEVELS, "KR")).toBe("keyResult");
    expect(parseTerm(LEVELS, " key result ")).toBe("keyResult");
    expect(parseTerm(KR_TYPE_TERMS, "Keep below")).toBe("keepBelow");
    expect(parseTerm(KR_TYPE_TERMS, "keep-above")).toBe("keepAbove");
    expect(parseTerm(COMMITMENTS, "挑戰型")).toBe("aspirational");
    expect(parseTerm(COMMITMENTS, "stretch")).toBe("aspirational");
    expect(parseTerm(KR_TYPE_TERMS, "Milestone")).toBe("milestone");
  });

  it("reads nothing from blanks, numbers or unknown words", () => {
    expect(parseTerm(LEVELS, "")).toBeNull();
    expect(parseTerm(LEVELS, 1)).toBeNull();
    expect(parseTerm(COMMITMENTS, "maybe")).toBeNull();
  });

  it("labels statuses as the sheet shows them", () => {
    expect(STATUSES.map((s) => termLabel(STATUSES, s.value, "en"))).toEqual([
      "On track",
      "At risk",
      "Off track",
    ]);
    expect(STATUSES.map((s) => termLabel(STATUSES, s.value, "zh-CN"))).toEqual([
      "正常",
      "有风险",
      "落后",
    ]);
    expect(STATUSES.map((s) => termLabel(STATUSES, s.value, "zh-TW"))).toEqual([
      "正常",
      "有風險",
      "落後",
    ]);
  });
});

describe("language from locale", () => {
  it.each([
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "en"],
    [null, "en"],
    ["zh-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["zh_MO", "zh-TW"],
    ["zh-Hant-TW", "zh-TW"],
    ["ZH-hant", "zh-TW"],
  ])("%p reads %s", (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});
