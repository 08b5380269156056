// The ribbon's Score and Check say why they failed in the reader's language: an error that can say
// itself (SheetLockedError) reaches a zh-CN or zh-TW reader in theirs, not in English.
import { createCommandRuntime } from "../../emulator/commandRuntime";
import { resultText } from "../../src/commands/checkCommand";
import { SheetLockedError } from "../../src/excel/sheetLock";
import { lockedSheetText } from "../../src/domain/plan/protection";
import type { Lang } from "../../src/domain/types";

type Action = (event: Office.AddinCommands.Event) => Promise<void>;

/** The function file loaded in an Office whose display language is `locale` and whose every
 * Excel.run fails with `error`: its two actions, and the dialogs they opened. */
function ribbon(locale: string, error: unknown) {
  const runtime = createCommandRuntime();
  const actions = new Map<string, Action>();
  const globals = globalThis as Record<string, unknown>;
  const saved = { Office: globals.Office, Excel: globals.Excel, window: globals.window };
  globals.Office = {
    onReady: (ready: () => void) => ready(),
    actions: { associate: (name: string, action: Action) => actions.set(name, action) },
    context: {
      displayLanguage: locale,
      ui: runtime.ui,
      requirements: { isSetSupported: () => true },
    },
  };
  globals.Excel = { run: () => Promise.reject(error) };
  globals.window = { location: { href: "https://addin.example/commands.html" } };
  jest.isolateModules(() => require("../../src/commands/commands"));
  const restore = () => Object.assign(globals, saved);
  return { runtime, actions, restore };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs one ribbon action to its dialog and returns the dialog's text. */
async function press(locale: string, action: string, error: unknown) {
  const { runtime, actions, restore } = ribbon(locale, error);
  try {
    const done = actions.get(action)!(runtime.event as Office.AddinCommands.Event);
    // The dialog opens once the work has failed; its handlers once Office has called back.
    for (let i = 0; i < 50 && runtime.dialogs.length === 0; i++) await tick();
    expect(runtime.dialogs).toHaveLength(1);
    await tick();
    runtime.closeByPerson();
    await done;
    const url = new URL(runtime.dialogs[0].url);
    return resultText(url.search);
  } finally {
    restore();
  }
}

describe("the ribbon's errors, in the reader's language", () => {
  const cases: [string, Lang][] = [
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-TW"],
    ["en-US", "en"],
  ];
  it.each(cases)("Score on a password-protected sheet, %s", async (locale, lang) => {
    const shown = await press(locale, "scoreWorkbook", new SheetLockedError(["销售"]));
    expect(shown.lang).toBe(lang);
    expect(shown.lines.join("\n")).toContain(lockedSheetText(["销售"], lang));
  });

  it.each(cases)("Check on a password-protected sheet, %s", async (locale, lang) => {
    const shown = await press(locale, "checkSheet", new SheetLockedError(["销售"]));
    expect(shown.lang).toBe(lang);
    expect(shown.lines.join("\n")).toContain(lockedSheetText(["销售"], lang));
  });

  it("an error without its own languages is shown as it says itself", async () => {
    const shown = await press("zh-CN", "scoreWorkbook", new Error("RichApi.Error: boom"));
    expect(shown.lines.join("\n")).toContain("RichApi.Error: boom");
  });
});
