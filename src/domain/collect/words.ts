// The words Split and Collect show a person, in the three languages.
import type { Localized } from "../types";

/** The read-only sheet holding the parent objectives a sent sheet aligns to. */
export const ALIGNED_TO: Localized = {
  en: "Aligned to",
  "zh-CN": "对齐的上级目标",
  "zh-TW": "對齊的上級目標",
};
