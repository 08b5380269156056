/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { readActions } from "../../src/domain/reading/actionsSheet";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Lang, Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { CheckinPanel } from "../../src/taskpane/components/CheckinPanel";
import { valuesOf } from "../support/emulatorRead";
import { CHECKIN_MESSAGES } from "../../src/taskpane/messages/checkin";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

// Fluent UI and whole operations against the emulator: a generous budget, not a speed test.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

describe("a key result's actions in Check-in", () => {
  it.each(["zh-CN", "en"] as Lang[])(
    "lists them under the KR and adds one from the pane (%s)",
    async (lang) => {
      const excel = createEmulatedExcel();
      await generateSheets(excel, { templates: ["sales"], lang, period: Q1, asOf: "2026-02-15" });
      const actionsSheet = lang === "en" ? "Actions" : "行动计划";
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem(actionsSheet).getRange("A2:H2").values = [
          ["SALES-O1-KR2", "Partner deck", "Kim", "", "", "", "", ""],
        ];
        await context.sync();
      });
      render(
        <FluentProvider theme={webLightTheme}>
          <CheckinPanel lang={lang} excel={excel} today="2026-02-15" />
        </FluentProvider>
      );
      await screen.findByTestId("checkin-list");
      const kr2 = screen.getByTestId("kr-actions-SALES-O1-KR2");
      expect(kr2.textContent).toContain("Partner deck");
      expect(kr2.textContent).toContain("Kim");
      const kr1 = screen.getByTestId("kr-actions-SALES-O1-KR1");
      expect(kr1.textContent).toContain(CHECKIN_MESSAGES.krNoActions[lang]);

      fireEvent.click(within(kr1).getByRole("button", { name: CHECKIN_MESSAGES.addAction[lang] }));
      // Nothing to do yet: said at the field, nothing written.
      fireEvent.click(within(kr1).getByRole("button", { name: CHECKIN_MESSAGES.addAction[lang] }));
      expect(kr1.textContent).toContain(CHECKIN_MESSAGES.actionTextMissing[lang]);
      fireEvent.change(kr1.querySelector("#action-text-SALES-O1-KR1")!, {
        target: { value: "Weekly bookings report" },
      });
      fireEvent.change(kr1.querySelector("#action-owner-SALES-O1-KR1")!, {
        target: { value: "Dana" },
      });
      fireEvent.change(kr1.querySelector("#action-due-SALES-O1-KR1")!, {
        target: { value: "2026-03-01" },
      });
      fireEvent.click(within(kr1).getByRole("checkbox"));
      fireEvent.click(within(kr1).getByRole("button", { name: CHECKIN_MESSAGES.addAction[lang] }));
      expect((await within(kr1).findByTestId("action-added")).textContent).toContain(actionsSheet);
      const written = readActions(valuesOf(excel, actionsSheet));
      expect(
        written.map((a) => [a.row, a.krId, a.action, a.owner, a.due, a.status, a.measures])
      ).toEqual([
        [2, "SALES-O1-KR2", "Partner deck", "Kim", null, null, false],
        [3, "SALES-O1-KR1", "Weekly bookings report", "Dana", "2026-03-01", "notStarted", true],
      ]);
      // Read again: the new action is listed under its key result.
      await within(kr1).findByText(/Weekly bookings report/);
    }
  );
});
