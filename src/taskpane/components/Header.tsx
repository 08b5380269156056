import { Caption1, Field, Select, Title3, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { LANGS, type Lang } from "../../domain/types";
import { LANGUAGE_NAMES, t } from "../shellStrings";

// Plain style objects, not makeStyles, as in App.tsx: the shell loads no CSS-in-JS compiler.
const styles = {
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: "flex", flexDirection: "column" },
} satisfies Record<string, CSSProperties>;

export interface HeaderProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
}

/** Product name, tagline and the language switch. */
export function Header({ lang, onLangChange }: HeaderProps) {
  return (
    <header style={styles.header}>
      <div style={styles.title}>
        <Title3 as="h1">{t("productName", lang)}</Title3>
        <Caption1>{t("tagline", lang)}</Caption1>
      </div>
      <Field label={t("language", lang)} size="small">
        <Select
          size="small"
          value={lang}
          onChange={(_, data) => onLangChange(data.value as Lang)}
          data-testid="language-select"
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
    </header>
  );
}
