// The one way the pane puts text on screen: `say` for a text in the reader's language with its
// {placeholders} filled, `count` for a count with its noun ("1 sheet", "3 sheets", "3 张工作表").
// A text comes from a place's table beside this file (`say(CHECK_MESSAGES.checkIntro, lang)`) or is
// one the domain gives (a column's header, a template's name, a chase line): the same call either
// way, so the pane has no second mechanism.
import { countOf, format } from "../../domain/reading/i18n";
import type { Lang, Localized } from "../../domain/types";

/** A count's forms: English singular and plural (chosen by Intl.PluralRules), Chinese one form. */
export type CountForms = Parameters<typeof countOf>[1];

/** A place's table: every entry in en, zh-CN and zh-TW, or the compiler says which is missing. */
export type Messages = Record<string, Localized | CountForms>;

type Params = Record<string, string | number>;

/** A text in a language, its {name} placeholders replaced by `params`. */
export function say(text: Localized, lang: Lang, params?: Params): string {
  return params ? format(text[lang], params) : text[lang];
}

/** A count in words in a language ({n} is the count), other placeholders replaced by `params`. */
export function count(forms: CountForms, n: number, lang: Lang, params?: Params): string {
  const text = countOf(n, forms, lang);
  return params ? format(text, params) : text;
}
