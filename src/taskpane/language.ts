// The pane's language: the user's last choice if they made one, else the host's display language.
import { LANGS, type Lang } from "../domain/types";

const STORAGE_KEY = "okr-sheets.lang";

/** The language the user chose earlier in this browser profile, if any (storage may be blocked). */
export function savedLang(
  storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage
): Lang | null {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return LANGS.find((l) => l === value) ?? null;
  } catch {
    return null;
  }
}

export function saveLang(
  lang: Lang,
  storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage
): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or a locked-down host: the choice simply lasts for this session.
  }
}
