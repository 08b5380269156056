// `okr templates` and `okr new --template`: the built-in templates listed, and the keys a person
// typed read. Kept apart from writing them (templates.ts) so that listing loads no ExcelJS: the
// command starts in a fraction of the time.
import { TEMPLATES, TEMPLATE_KEYS, type TemplateKey } from "../domain/newSheet/templates";
import type { Lang } from "../domain/types";
import { InputError, problem } from "./readProblems";

/** One line per template: its key, name, description and size, in the reader's language. */
export function templatesText(lang: Lang): string {
  const width = Math.max(...TEMPLATE_KEYS.map((k) => k.length));
  return (
    TEMPLATES.map((t) => {
      const krs = t.objectives.reduce((n, o) => n + o.keyResults.length, 0);
      return `${t.key.padEnd(width)}  ${t.name[lang]} — ${t.description[lang]} (${t.objectives.length} O, ${krs} KR)`;
    }).join("\n") + "\n"
  );
}

/** "sales,hr" or "all" as template keys; an unknown key is an InputError listing the known ones. */
export function templateKeys(text: string): TemplateKey[] {
  if (text.trim().toLowerCase() === "all") return [...TEMPLATE_KEYS];
  const keys = text
    .split(",")
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
  const unknown = keys.filter((k) => !(TEMPLATE_KEYS as readonly string[]).includes(k));
  if (unknown.length || keys.length === 0)
    throw new InputError(
      problem("unknownTemplate", {
        given: unknown.join(", ") || text,
        known: TEMPLATE_KEYS.join(", "),
      })
    );
  return keys as TemplateKey[];
}
