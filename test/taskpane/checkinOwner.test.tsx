/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { MINE_TEXT } from "../../src/domain/chase/mine";
import { columnLetters } from "../../src/domain/reading/cellRefs";
import { COLUMNS } from "../../src/domain/reading/columns";
import { format } from "../../src/domain/reading/i18n";
import { parsePeriod } from "../../src/domain/reading/period";
import { LANGS, type Lang, type Period } from "../../src/domain/types";
import { saveCheckin } from "../../src/excel/checkin";
import { generateSheets } from "../../src/excel/generate";
import { CheckinPanel } from "../../src/taskpane/components/CheckinPanel";
import { CHECKIN_MESSAGES } from "../../src/taskpane/messages/checkin";

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const OWNER = columnLetters(COLUMNS.findIndex((c) => c.key === "owner"));

/** Company and Sales; SALES-O1-KR2 (sheet row 9) owned by Omar; SALES-O1-KR1 checked in. */
async function workbook(lang: Lang) {
  const excel = createEmulatedExcel();
  const { sheets } = await generateSheets(excel, {
    templates: ["sales", "company"],
    lang,
    period: Q1,
    asOf: "2026-02-15",
  });
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheets[0]).getRange(`${OWNER}9`).values = [["Omar"]];
    context.workbook.worksheets.getItem(sheets[0]).activate();
    await context.sync();
  });
  await saveCheckin(excel, {
    sheet: sheets[0],
    date: "2026-02-12",
    entries: [{ id: "SALES-O1-KR1", value: 1_700_000 }],
    lang,
  });
  return { excel, sales: sheets[0], company: sheets[1] };
}

const listed = () =>
  within(screen.getByTestId("checkin-list"))
    .getAllByRole("listitem")
    .map((li) => li.getAttribute("data-kr"));

const pickOwner = (name: string) =>
  fireEvent.change(screen.getByTestId("checkin-owner"), { target: { value: name } });

describe("Check-in: My key results", () => {
  it.each(LANGS)(
    "in %s: the owner picker lists only that person's key results, each with whether it is due",
    async (lang) => {
      const { excel, sales, company } = await workbook(lang);
      render(
        <FluentProvider theme={webLightTheme}>
          <CheckinPanel lang={lang} excel={excel} today="2026-02-15" />
        </FluentProvider>
      );
      await screen.findByTestId("checkin-list");
      expect(listed()).toHaveLength(7);
      const picker = screen.getByTestId("checkin-owner") as HTMLSelectElement;
      // Everyone, then the period's owners as the sheets name them, in sheet order.
      const [everyone, salesHead, omar, ceo] = Array.from(picker.options).map((o) => o.value);
      expect([everyone, omar]).toEqual(["", "Omar"]);
      expect(picker.options).toHaveLength(4);

      pickOwner("Omar");
      expect(listed()).toEqual(["SALES-O1-KR2"]);
      expect(screen.getByTestId("checkin-mine").textContent).toContain("Omar");
      const due = document.querySelector('[data-kr="SALES-O1-KR2"] [data-due]');
      expect(due?.getAttribute("data-due")).toBe("yes");
      expect(due?.textContent).toContain(MINE_TEXT.never[lang]);

      // The sheet's owner: every key result but Omar's; the one checked in three days ago is not due.
      pickOwner(salesHead);
      expect(listed()).toHaveLength(6);
      expect(listed()).not.toContain("SALES-O1-KR2");
      const kr1 = document.querySelector('[data-kr="SALES-O1-KR1"] [data-due]');
      expect(kr1?.getAttribute("data-due")).toBe("no");
      expect(kr1?.textContent).toContain(format(MINE_TEXT.last[lang], { last: "2026-02-12" }));

      // The Company sheet's owner has nothing here: the place says so and links their sheet.
      pickOwner(ceo);
      const mine = screen.getByTestId("checkin-mine");
      expect(mine.textContent).toContain(
        format(CHECKIN_MESSAGES.checkinMineNone[lang], { owner: ceo, sheet: sales })
      );
      expect(within(mine).getByText(company)).toBeTruthy();
      expect(screen.queryByTestId("checkin-list")).toBeNull();

      pickOwner("");
      expect(listed()).toHaveLength(7);
    }
  );
});
