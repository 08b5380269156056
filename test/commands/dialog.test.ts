// A ribbon command keeps its runtime until its result dialog has closed: completing as soon as the
// dialog opened would let Office close the runtime, and the dialog's Close button with it.
import { createCommandRuntime } from "../../emulator/commandRuntime";
import { runCommand } from "../../src/commands/dialog";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("a ribbon command's dialog", () => {
  it("completes the command only when the dialog's Close button has been answered", async () => {
    const runtime = createCommandRuntime();
    const done = runCommand(runtime.event, runtime.ui, async () => "https://x/result.html", String);
    await tick();
    await tick();
    expect(runtime.dialogs).toEqual([{ url: "https://x/result.html", open: true }]);
    expect(runtime.alive).toBe(true);
    expect(runtime.send("close")).toBe(true);
    await done;
    expect(runtime.dialogs[0].open).toBe(false);
    expect(runtime.alive).toBe(false);
  });

  it("completes when the person closes the dialog with its X", async () => {
    const runtime = createCommandRuntime();
    const done = runCommand(runtime.event, runtime.ui, async () => "https://x/r.html", String);
    await tick();
    await tick();
    runtime.closeByPerson();
    await done;
    expect(runtime.alive).toBe(false);
  });

  it("shows why when the work fails, and still completes", async () => {
    const runtime = createCommandRuntime();
    const done = runCommand(
      runtime.event,
      runtime.ui,
      async () => {
        throw new Error("no sheet");
      },
      (error) => `https://x/error.html?e=${(error as Error).message}`
    );
    await tick();
    await tick();
    expect(runtime.dialogs.map((d) => d.url)).toEqual(["https://x/error.html?e=no sheet"]);
    runtime.send("close");
    await done;
    expect(runtime.alive).toBe(false);
  });

  it("(the emulated runtime: after completed(), a dialog's message reaches nobody)", async () => {
    const runtime = createCommandRuntime();
    runtime.ui.displayDialogAsync("https://x/r.html", {}, (opened) =>
      opened.value.addEventHandler(
        "dialogMessageReceived" as unknown as Office.EventType,
        () => undefined
      )
    );
    await tick();
    runtime.event.completed();
    expect(runtime.send("close")).toBe(false);
    expect(runtime.dialogs[0].open).toBe(false);
  });
});
