import { ChevronDownRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { LANGS, type Lang } from "../../domain/types";
import { token } from "../shellTokens";
import { LANGUAGE_NAMES, SHELL_MESSAGES } from "../messages/shell";
import { say } from "../messages/say";

// The header's language switch: a native <select> with its <label>, dressed as Fluent UI's small
// outline Select in a Field. Fluent's Select is this same native element in a wrapper; the pane's
// first load carries the look as a few CSS rules over Fluent's own tokens instead of the Select, Field
// and Label components (about 7 KB gzip of the first load, docs/PERFORMANCE.md). Hover and the focus
// underline need pseudo-classes, hence a stylesheet rather than style objects; the tokens are the CSS
// variables FluentProvider sets, so both themes apply.
const CSS = `
.okr-lang { display: grid; }
.okr-lang__label {
  max-width: max-content;
  padding: ${token("spacingVerticalXXS")} 0;
  margin-bottom: ${token("spacingVerticalXXS")};
  font-family: ${token("fontFamilyBase")};
  font-size: ${token("fontSizeBase200")};
  line-height: ${token("lineHeightBase200")};
  color: ${token("colorNeutralForeground1")};
}
.okr-lang__field { position: relative; display: flex; align-items: center; }
.okr-lang__field::after {
  content: "";
  position: absolute;
  left: 0;
  right: 0;
  bottom: 0;
  height: ${token("borderRadiusMedium")};
  box-sizing: border-box;
  border-radius: 0 0 ${token("borderRadiusMedium")} ${token("borderRadiusMedium")};
  background-image: linear-gradient(0deg, ${token("colorCompoundBrandStroke")} 50%, transparent 50%);
  transform: scaleX(0);
  transition: transform ${token("durationUltraFast")} ${token("curveAccelerateMid")};
}
.okr-lang__field:focus-within::after {
  transform: scaleX(1);
  transition: transform ${token("durationNormal")} ${token("curveDecelerateMid")};
}
.okr-lang__select {
  flex-grow: 1;
  max-width: 100%;
  height: 24px;
  box-sizing: border-box;
  padding: 0 calc(${token("spacingHorizontalSNudge")} + 16px + 2 * ${token("spacingHorizontalXXS")})
    0 calc(${token("spacingHorizontalSNudge")} + ${token("spacingHorizontalXXS")});
  appearance: none;
  cursor: pointer;
  border: 1px solid ${token("colorNeutralStroke1")};
  border-bottom-color: ${token("colorNeutralStrokeAccessible")};
  border-radius: ${token("borderRadiusMedium")};
  background-color: ${token("colorNeutralBackground1")};
  color: ${token("colorNeutralForeground1")};
  font-family: ${token("fontFamilyBase")};
  font-size: ${token("fontSizeBase200")};
  line-height: ${token("lineHeightBase200")};
}
.okr-lang__select:hover { border-color: ${token("colorNeutralStroke1Hover")}; border-bottom-color: ${token("colorNeutralStrokeAccessible")}; }
.okr-lang__select:active { border-color: ${token("colorNeutralStroke1Pressed")}; border-bottom-color: ${token("colorNeutralStrokeAccessible")}; }
.okr-lang__select:focus { outline: 2px solid transparent; }
.okr-lang__icon {
  position: absolute;
  right: ${token("spacingHorizontalSNudge")};
  width: 16px;
  height: 16px;
  font-size: 16px;
  display: block;
  pointer-events: none;
  color: ${token("colorNeutralStrokeAccessible")};
}
@media (prefers-reduced-motion: reduce) {
  .okr-lang__field::after { transition-duration: 0.01ms; }
}
`;

export interface LanguageSelectProps {
  lang: Lang;
  onChange: (lang: Lang) => void;
}

export function LanguageSelect({ lang, onChange }: LanguageSelectProps) {
  const id = useId();
  return (
    <div className="okr-lang">
      <style>{CSS}</style>
      <label className="okr-lang__label" htmlFor={id}>
        {say(SHELL_MESSAGES.language, lang)}
      </label>
      <span className="okr-lang__field">
        <select
          id={id}
          className="okr-lang__select"
          value={lang}
          onChange={(event) => onChange(event.target.value as Lang)}
          data-testid="language-select"
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {say(LANGUAGE_NAMES, l)}
            </option>
          ))}
        </select>
        <ChevronDownRegular className="okr-lang__icon" />
      </span>
    </div>
  );
}
