/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import type { Lang } from "../../src/domain/types";
import { ReviewPanel } from "../../src/taskpane/components/ReviewPanel";
import { sheetState } from "../support/emulatorRead";
import { scoredTemplates } from "../support/scoredTemplates";

// Each run goes through office.js to the emulated workbook: on a loaded machine, more than 1 s.
configure({ asyncUtilTimeout: 30_000 });

function show(excel: EmulatedExcel, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ReviewPanel lang={lang} excel={excel} />
    </FluentProvider>
  );
}

describe("Review panel", () => {
  it("builds the review, lists what to fix and the totals per department only", async () => {
    const excel = await scoredTemplates(["sales", "hr"]);
    show(excel);
    fireEvent.click(screen.getByRole("checkbox"));
    fireEvent.click(screen.getByRole("button", { name: "Build review" }));
    const done = await screen.findByTestId("reviewed");
    expect(done.textContent).toContain("Review built for 2 people");
    expect(done.textContent).toContain("A new sheet Ratings was added");
    expect(done.textContent).toContain("Ratings is very hidden.");
    expect(sheetState(excel, "Ratings").visibility).toBe("VeryHidden");
    const departments = within(screen.getByTestId("review-departments")).getAllByRole("listitem");
    expect(departments.map((d) => d.textContent)).toEqual([
      "Sales1 person, average 0%",
      "HR1 person, average 0%",
    ]);
    expect(screen.queryByTestId("review-findings")).toBeNull();
  });

  it("says in Chinese when there is nothing to review", async () => {
    show(createEmulatedExcel(), "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "生成考核表" }));
    expect(await screen.findByText(/还没有可供考核的 OKR 表/)).toBeTruthy();
  });

  it("shows located findings", async () => {
    const excel = await scoredTemplates(["sales"]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Ratings");
      sheet.getRange("A1:D2").values = [
        ["Person", "Rater", "Role", "Score"],
        ["Nobody", "Mo", "Peer", 3],
      ] as never;
    });
    show(excel, "zh-TW");
    fireEvent.click(screen.getByRole("checkbox"));
    fireEvent.click(screen.getByRole("button", { name: "產生考核表" }));
    const findings = await screen.findByTestId("review-findings");
    expect(findings.textContent).toContain("Ratings!A2");
    expect(findings.textContent).toContain("「Nobody」在任何 OKR 表中都不是目標負責人");
  });
});
