// The linter's thresholds: derived from what each rule declares in its file (DOMAIN.md's
// defaults), in the registry's order. Saved with a workbook and editable in the pane.
import type { Localized } from "../types";
import { RULES, type AnyRule, type RuleId } from "./registry";
import type { SettingsOf, ThresholdDecl, ThresholdDef } from "./rule";

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I
) => void
  ? I
  : never;
/** What a rule declares (nothing, for most). */
type DeclaredBy<R> = R extends { thresholds?: infer T }
  ? T extends ThresholdDecl
    ? T
    : never
  : never;

/** Every threshold by settings key: a number, or a group of named numbers. */
export type LintSettings = SettingsOf<UnionToIntersection<DeclaredBy<AnyRule>>>;

function isThreshold(value: unknown): value is ThresholdDef {
  return typeof value === "object" && value !== null && "default" in value;
}

/** One threshold's place in the settings: `group` alone for a single number. */
export interface ThresholdField {
  rule: RuleId;
  group: string;
  field?: string;
  def: ThresholdDef;
}

/** Every declared threshold, in the registry's order. */
export const THRESHOLD_FIELDS: readonly ThresholdField[] = RULES.flatMap((r) => {
  const rule = r.id;
  return Object.entries((r as { thresholds?: Record<string, unknown> }).thresholds ?? {}).flatMap(
    ([group, decl]) =>
      isThreshold(decl)
        ? [{ rule, group, def: decl }]
        : Object.entries(decl as Record<string, ThresholdDef>).map(([field, def]) => ({
            rule,
            group,
            field,
            def,
          }))
  );
});

type Loose = Record<string, number | Record<string, number>>;

export function thresholdValue(settings: LintSettings, t: ThresholdField): number {
  const group = (settings as unknown as Loose)[t.group];
  return typeof group === "number" ? group : (group?.[t.field ?? ""] ?? t.def.default);
}

/** The settings with one threshold (and those that follow it) set to `value`. */
export function withThreshold(
  settings: LintSettings,
  t: ThresholdField,
  value: number
): LintSettings {
  const loose = settings as unknown as Loose;
  if (t.field === undefined) return { ...settings, [t.group]: value };
  const group = { ...(loose[t.group] as Record<string, number>), [t.field]: value };
  for (const other of THRESHOLD_FIELDS)
    if (other.group === t.group && other.def.follows === t.field) group[other.field ?? ""] = value;
  return { ...settings, [t.group]: group };
}

/** The thresholds a person can change in the pane, each with its label. */
export const EDITABLE_THRESHOLDS = THRESHOLD_FIELDS.filter(
  (t): t is ThresholdField & { def: { label: Localized } } => t.def.label !== undefined
);

export const DEFAULT_SETTINGS: LintSettings = THRESHOLD_FIELDS.reduce(
  (s, t) =>
    t.field === undefined
      ? { ...s, [t.group]: t.def.default }
      : {
          ...s,
          [t.group]: { ...(s[t.group] as Record<string, number>), [t.field]: t.def.default },
        },
  {} as Loose
) as unknown as LintSettings;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Settings read back from a workbook (or typed by a person), merged over the defaults: anything
 * missing, of the wrong type or not a finite number keeps its default. Never throws.
 */
export function mergeSettings(saved: unknown, base: LintSettings = DEFAULT_SETTINGS): LintSettings {
  const merge = (defaults: unknown, value: unknown): unknown => {
    if (typeof defaults === "number")
      return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : defaults;
    if (isPlainObject(defaults)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(defaults))
        out[key] = merge(defaults[key], isPlainObject(value) ? value[key] : undefined);
      return out;
    }
    return defaults;
  };
  return merge(base, saved) as LintSettings;
}
