// axe-core over the preview page, as every e2e test of a place runs it.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Tabster, Fluent UI's focus manager, brackets the TabList with 1 px `<i data-tabster-dummy>` elements
 * that are focusable and aria-hidden on purpose: they hand the focus on the moment they receive it,
 * and a screen reader must not announce them. Fluent and Tabster call this by design
 * (microsoft/fluentui#27517, microsoft/tabster#288), and Accessibility Insights leaves these nodes out
 * of aria-hidden-focus (microsoft/accessibility-insights-web#7605). So do we — those nodes only, that
 * rule only.
 */
const TABSTER_DUMMY = "data-tabster-dummy";

/**
 * Every axe-core violation on the page, rule by rule. The source is evaluated through the DevTools
 * protocol, which the page's Content-Security-Policy (script-src 'self') does not govern: the CSP
 * stays as the product ships it.
 */
export async function axeViolationsOn(page: Page): Promise<string[]> {
  // Colours are measured once the page's transitions have ended: right after the theme switches,
  // Fluent's buttons are still fading between the two themes' colours, and a colour caught half
  // way fails color-contrast although neither end does (seen once on a loaded machine).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined))
    )
  );
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter(
        (n) => !(v.id === "aria-hidden-focus" && n.html.includes(TABSTER_DUMMY))
      ),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
