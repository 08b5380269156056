import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState, type CSSProperties } from "react";
import type { Lang } from "../../domain/types";
import { FEATURES, inCycleOrder, type FeatureKey, type PaneFeature } from "../features";
import { saveLang, savedLang } from "../language";
import type { HostInfo } from "../office";
import { token } from "../shellTokens";
import { Header } from "./Header";
import { HostNotice } from "./HostNotice";
import { PlaceLoader } from "./PlaceLoader";
import { SHELL_MESSAGES } from "../messages/shell";
import { say } from "../messages/say";

// The shell's few styles are plain style objects, not makeStyles: Fluent UI's own styles come
// precompiled, so without a makeStyles call in the shell the first load carries no CSS-in-JS
// compiler (Griffel's runtime, stylis, rtl-css-js: about 6 KB gzip; docs/PERFORMANCE.md). The places
// load it with their own code.
const styles = {
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: token("spacingHorizontalM"),
    display: "flex",
    flexDirection: "column",
    gap: token("spacingVerticalM"),
  },
  main: { display: "flex", flexDirection: "column", gap: token("spacingVerticalM") },
  // In Excel's narrow pane the five places wrap onto two lines rather than run off the edge.
  tabs: { flexWrap: "wrap" },
} satisfies Record<string, CSSProperties>;

export interface AppProps {
  host: HostInfo;
  /** The places of the pane; the shipped set unless a test passes its own. */
  features?: readonly PaneFeature[];
}

export function App({ host, features = FEATURES }: AppProps) {
  const [lang, setLang] = useState<Lang>(() => savedLang() ?? host.lang);
  const places = inCycleOrder(features);
  const [selected, setSelected] = useState<FeatureKey | undefined>(places[0]?.key);
  const current = places.find((p) => p.key === selected);
  const usable = host.kind === "excel" && host.excelApi !== null;
  // Office's theme at start, then whenever it changes while the pane is open.
  const [dark, setDark] = useState(host.dark);
  useEffect(() => host.watchTheme?.(setDark), [host]);
  // Once the first place's code is in, fetch the others' in the background so switching is instant
  // (once per pane: `current` here is the place shown first). A failed fetch shows when its place does.
  useEffect(() => {
    if (!usable) return;
    const rest = () => features.forEach((p) => p.preload?.().catch(() => undefined));
    (current?.preload?.() ?? Promise.resolve()).then(rest, rest);
  }, [features, usable]);

  const changeLang = (next: Lang) => {
    setLang(next);
    saveLang(next);
  };

  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      data-theme={dark ? "dark" : "light"}
      lang={lang}
      style={styles.root}
    >
      <Header lang={lang} onLangChange={changeLang} />
      {/* Everything below the header is the main landmark, so no text is outside a landmark. */}
      <main style={styles.main}>
        <HostNotice host={host} lang={lang} />
        {usable && places.length === 0 && (
          <MessageBar intent="info" data-testid="nothing-yet">
            <MessageBarBody>
              <MessageBarTitle>{say(SHELL_MESSAGES.nothingYetTitle, lang)}</MessageBarTitle>
              {say(SHELL_MESSAGES.nothingYetBody, lang)}
            </MessageBarBody>
          </MessageBar>
        )}
        {usable && places.length > 0 && (
          <nav aria-label={say(SHELL_MESSAGES.navigation, lang)}>
            <TabList
              style={styles.tabs}
              selectedValue={selected}
              onTabSelect={(_, data) => setSelected(data.value as FeatureKey)}
            >
              {places.map((p) => (
                <Tab key={p.key} value={p.key}>
                  {say(p.label, lang)}
                </Tab>
              ))}
            </TabList>
          </nav>
        )}
        {usable && current && host.kind === "excel" && (
          <PlaceLoader key={current.key} lang={lang}>
            {current.render({ lang, excel: host.excel })}
          </PlaceLoader>
        )}
      </main>
    </FluentProvider>
  );
}
