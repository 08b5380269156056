/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// (Node's builds of the packages: the pane's ExcelJS, which reads files parsed in the pane and
// builds this test's files, does not load under jsdom's browser conditions.)
// Collect in the pane, of a picked workbook whose formulas link other workbooks: the pane says so,
// as `okr` warns of such a file, on the inserted path and the parsed one (iPad).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen } from "@testing-library/react";
import ExcelJS from "exceljs";
import { createEmulatedExcel } from "../../emulator";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { CollectPanel } from "../../src/taskpane/components/CollectPanel";
import { COLLECT_MESSAGES } from "../../src/taskpane/messages/collect";
import { withExternalLink } from "../support/externalLink";

configure({ asyncUtilTimeout: 30_000 });

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const SALES = "Sales 2026-Q1";

async function plainBook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(SALES).getCell("A1").value = "x";
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function pick(
  platform: "web" | "ipad",
  lang: "en" | "zh-CN",
  file: { name: string; bytes: Uint8Array }
) {
  const excel = createEmulatedExcel({ platform });
  await generateSheets(excel, { templates: ["sales"], lang, period: Q1, asOf: "2026-02-15" });
  render(
    <FluentProvider theme={webLightTheme}>
      <CollectPanel lang={lang} excel={excel} />
    </FluentProvider>
  );
  fireEvent.change(screen.getByLabelText(COLLECT_MESSAGES.files[lang]), {
    target: { files: [new File([file.bytes as Uint8Array<ArrayBuffer>], file.name)] },
  });
  fireEvent.click(screen.getByRole("button", { name: COLLECT_MESSAGES.check[lang] }));
  await screen.findByTestId("collect-plan");
}

describe("Collect panel, a picked workbook linking other workbooks", () => {
  it.each([
    [
      "web",
      "en",
      "Budget.xlsx: this workbook has formulas that link to 1 other workbook(s) (xl/externalLinks/externalLink1.xml). What is read from it is what those formulas showed when it was last saved",
    ],
    [
      "ipad",
      "zh-CN",
      "Budget.xlsx：该工作簿中有公式链接到 1 个其他工作簿（xl/externalLinks/externalLink1.xml）。读取的是文件上次保存时这些公式显示的值",
    ],
  ] as const)(
    "on %s in %s: the file is named, with what that means",
    async (platform, lang, said) => {
      const bytes = await withExternalLink(await plainBook(), SALES, "B2", 42);
      await pick(platform, lang, { name: "Budget.xlsx", bytes });
      expect((await screen.findByTestId("linked-files")).textContent).toContain(said);
    }
  );

  it("says nothing of a workbook without links", async () => {
    await pick("web", "en", { name: "Plain.xlsx", bytes: await plainBook() });
    expect(screen.queryByTestId("linked-files")).toBeNull();
  });
});
