/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { CHASE_TEXT } from "../../src/domain/chase/report";
import { format } from "../../src/domain/reading/i18n";
import { columnLetters } from "../../src/domain/reading/cellRefs";
import { COLUMNS } from "../../src/domain/reading/columns";
import { parsePeriod } from "../../src/domain/reading/period";
import { LANGS, type Lang, type Period } from "../../src/domain/types";
import { saveCheckin } from "../../src/excel/checkin";
import { generateSheets } from "../../src/excel/generate";
import { ChasePanel } from "../../src/taskpane/components/ChasePanel";
import { CHASE_MESSAGES } from "../../src/taskpane/messages/chase";

// Each run goes through office.js to the emulated workbook: on a loaded machine, more than 1 s.
configure({ asyncUtilTimeout: 30_000 });

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

function show(excel: EmulatedExcel, lang: Lang, today: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ChasePanel lang={lang} excel={excel} today={today} />
    </FluentProvider>
  );
}

/** The README's workbook: Company and Sales, one key result checked in on 2026-02-10. */
async function workbook(sheetLang: Lang) {
  const excel = createEmulatedExcel({ apiVersion: "1.13" });
  const { sheets } = await generateSheets(excel, {
    templates: ["company", "sales"],
    lang: sheetLang,
    period: Q1,
    asOf: "2026-02-15",
  });
  await saveCheckin(excel, {
    sheet: sheets[1],
    date: "2026-02-10",
    entries: [{ id: "SALES-O1-KR1", value: 1_700_000 }],
    lang: sheetLang,
  });
  return excel;
}

const ownersShown = () =>
  screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent ?? "");

describe("Who owes panel", () => {
  it.each(LANGS)(
    "in %s: after a one-row check-in, every owner's other key results are owed, the checked-in one is not",
    async (lang) => {
      const excel = await workbook(lang);
      show(excel, lang, "2026-02-15");
      const result = await screen.findByTestId("chase-result");
      expect(result.textContent).toContain(
        format(CHASE_TEXT.title[lang], { period: "2026-Q1, ", asOf: "2026-02-15", cadence: 7 })
      );
      const owners = ownersShown();
      expect(owners).toHaveLength(2);
      expect(result.textContent).not.toContain("SALES-O1-KR1 ");
      expect(result.textContent).toContain("SALES-O1-KR2");
      expect(result.textContent).toContain("CO-O1-KR1");
      // A mail link per owner, made here and sent by nobody.
      const links = screen.getAllByTestId("chase-mail");
      expect(links).toHaveLength(2);
      for (const link of links) expect(link.getAttribute("href")).toMatch(/^mailto:\?subject=/);
    }
  );

  it("names an objective without an owner, with a link to its row", async () => {
    const excel = await workbook("en");
    // SALES-O2 (sheet row 11) loses its owner: its key results then have none either.
    const owner = columnLetters(COLUMNS.findIndex((c) => c.key === "owner"));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales 2026-Q1").getRange(`${owner}11`).values = [[""]];
      await context.sync();
    });
    show(excel, "en", "2026-02-15");
    const none = await screen.findByTestId("chase-no-owner");
    const link = within(none).getByRole("button");
    expect(link.textContent).toBe(
      format(CHASE_TEXT.noOwnerLine.en, {
        id: "SALES-O2",
        sheet: "Sales 2026-Q1",
        row: 11,
        statement: "Make buying from us effortless",
      }).trim()
    );
    // Their key results are owed by nobody: listed under "(no owner)", without a mail link.
    expect(ownersShown()).toContain(CHASE_TEXT.noOwnerName.en);
    expect(screen.getAllByTestId("chase-mail")).toHaveLength(2);
  });

  it("the mail is in the sheet's language whatever the pane's", async () => {
    const excel = await workbook("zh-CN");
    show(excel, "en", "2026-02-15");
    await screen.findByTestId("chase-result");
    const href = screen.getAllByTestId("chase-mail")[0].getAttribute("href") ?? "";
    const body = decodeURIComponent(href.replace(/^.*&body=/, ""));
    expect(body).toContain("您好");
    expect(body).not.toContain("Hello");
  });

  it("before the first check-in is due nobody owes anything, and it says so", async () => {
    const excel = await workbook("en");
    show(excel, "en", "2026-01-03");
    const nobody = await screen.findByTestId("chase-nobody");
    expect(nobody.textContent).toBe(CHASE_TEXT.nobody.en);
    // A later date, asked for: the owners come back.
    fireEvent.change(screen.getByTestId("chase-as-of"), { target: { value: "2026-02-15" } });
    fireEvent.click(screen.getByRole("button", { name: CHASE_MESSAGES.show.en }));
    const result = await screen.findByTestId("chase-result");
    await within(result).findAllByTestId("chase-mail");
    expect(ownersShown()).toEqual(["CEO", "Head of Sales"]);
  });
});
