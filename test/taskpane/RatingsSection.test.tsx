/**
 * @jest-environment jsdom
 */
// HR without one-way doors (issue 36): the Ratings sheet very hidden by Build review is shown and
// hidden again from the pane, and a rating entered in the pane reaches the 360 review's total.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createEmulatedExcel } from "../../emulator";
import { cultureOf } from "../../emulator/workbook";
import { REVIEW_COL, REVIEW_ROW } from "../../src/domain/review360/plan";
import type { Lang } from "../../src/domain/types";
import { ReviewPanel } from "../../src/taskpane/components/ReviewPanel";
import { sheetState, valuesOf } from "../support/emulatorRead";
import { scoredTemplates } from "../support/scoredTemplates";

configure({ asyncUtilTimeout: 30_000 });
jest.setTimeout(90_000);

async function built(lang: Lang, culture = "en-US") {
  const excel = createEmulatedExcel();
  excel.state.culture = cultureOf(culture);
  await scoredTemplates(["sales"], lang, excel);
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewPanel lang={lang} excel={excel} />
    </FluentProvider>
  );
  return excel;
}

describe("the Ratings sheet from the Review place", () => {
  it("very hides it, shows it again, hides it; a rating typed in the pane reaches the total", async () => {
    const excel = await built("en");
    fireEvent.click(screen.getByRole("checkbox"));
    fireEvent.click(screen.getByRole("button", { name: "Build review" }));
    await screen.findByTestId("reviewed");
    expect(sheetState(excel, "Ratings").visibility).toBe("VeryHidden");
    const veryHidden = await screen.findByRole("radio", { name: /^Very hidden/ });
    await waitFor(() => expect((veryHidden as HTMLInputElement).checked).toBe(true));

    // The click shows at once, before Excel has answered: the choice does not look lost.
    const visible = screen.getByRole("radio", { name: "Visible" }) as HTMLInputElement;
    fireEvent.click(visible);
    expect(visible.checked).toBe(true);
    expect(sheetState(excel, "Ratings").visibility).toBe("VeryHidden");
    await waitFor(() => expect(sheetState(excel, "Ratings").visibility).toBe("Visible"));
    expect(visible.checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: /^Hidden/ }));
    await waitFor(() => expect(sheetState(excel, "Ratings").visibility).toBe("Hidden"));

    const review = () => valuesOf(excel, "360 Review")[REVIEW_ROW.first];
    const person = review()[REVIEW_COL.person] as string;
    expect(review()[REVIEW_COL.manager]).toBe("");
    fireEvent.change(screen.getByRole("combobox", { name: "Person" }), {
      target: { value: person },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Rater" }), { target: { value: "Mo" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Role" }), {
      target: { value: "manager" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Score" }), { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a rating" }));
    expect((await screen.findByTestId("rating-added")).textContent).toBe(
      "Added to Ratings, row 2: the 360 review's totals count it."
    );
    expect(valuesOf(excel, "Ratings")[1].slice(0, 4)).toEqual([person, "Mo", "Manager", 3]);
    // On the default 1–5 scale a 3 is half way: the Manager component and the total follow.
    expect(review()[REVIEW_COL.manager]).toBeCloseTo(0.5, 12);
    expect(typeof review()[REVIEW_COL.total]).toBe("number");
  });

  it("says what is missing at its field, in Chinese, and writes nothing", async () => {
    const excel = await built("zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "生成考核表" }));
    await screen.findByTestId("reviewed");
    fireEvent.change(await screen.findByRole("textbox", { name: "评分" }), {
      target: { value: "很好" },
    });
    fireEvent.click(screen.getByRole("button", { name: "添加评分" }));
    expect(await screen.findByText("“很好”不是数字；请输入如 4 或 4.5 的评分。")).toBeTruthy();
    expect(screen.getAllByText("请填写。")).toHaveLength(2);
    expect(
      valuesOf(excel, "评分明细")
        .slice(1)
        .flat()
        .filter((v) => v !== "")
    ).toEqual([]);
  });

  it("reads the score with the decimal comma of the Excel it is typed in (de-DE), not en-US's", async () => {
    const excel = await built("en", "de-DE");
    fireEvent.click(screen.getByRole("button", { name: "Build review" }));
    await screen.findByTestId("reviewed");
    const person = valuesOf(excel, "360 Review")[REVIEW_ROW.first][REVIEW_COL.person] as string;
    fireEvent.change(await screen.findByRole("combobox", { name: "Person" }), {
      target: { value: person },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Rater" }), { target: { value: "Mo" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Role" }), {
      target: { value: "manager" },
    });
    // Excel in de-DE reads "4,5" as four and a half, and "4.5" as no number (a date, 4 May).
    fireEvent.change(screen.getByRole("textbox", { name: "Score" }), { target: { value: "4.5" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a rating" }));
    expect(
      await screen.findByText("“4.5” is not a number; type a score such as 4 or 4.5.")
    ).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "Score" }), { target: { value: "4,5" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a rating" }));
    await screen.findByTestId("rating-added");
    expect(valuesOf(excel, "Ratings")[1].slice(0, 4)).toEqual([person, "Mo", "Manager", 4.5]);
  });
});
