import type { CSSProperties } from "react";
import type { Lang } from "../../domain/types";
import { token, typography } from "../shellTokens";
import { LanguageSelect } from "./LanguageSelect";
import { SHELL_MESSAGES } from "../messages/shell";
import { say } from "../messages/say";

// Plain style objects, not makeStyles, as in App.tsx: the shell loads no CSS-in-JS compiler. The title
// and tagline take Fluent UI's Title3 and Caption1 typography on plain elements, which look the same
// without the Text components in the first load (nor Fluent's token table: shellTokens.ts).
const styles = {
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: token("spacingHorizontalM"),
    paddingBottom: token("spacingVerticalM"),
    borderBottom: `1px solid ${token("colorNeutralStroke2")}`,
  },
  title: { display: "flex", flexDirection: "column" },
  productName: typography.title3,
  tagline: typography.caption1,
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
        <h1 style={styles.productName}>{say(SHELL_MESSAGES.productName, lang)}</h1>
        <span style={styles.tagline}>{say(SHELL_MESSAGES.tagline, lang)}</span>
      </div>
      <LanguageSelect lang={lang} onChange={onLangChange} />
    </header>
  );
}
