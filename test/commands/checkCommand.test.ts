import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createEmulatedExcel } from "../../emulator";
import {
  checkActiveSheet,
  resultText,
  resultUrl,
  scoreFromRibbon,
} from "../../src/commands/checkCommand";
import { fixtureTables } from "../support/fixtures";
import { putTable } from "../support/emulatorTables";

describe("ribbon: Check sheet", () => {
  it("counts the active sheet's findings without the pane", async () => {
    const excel = createEmulatedExcel();
    const talent = fixtureTables().find((t) => t.name === "talent-zhtw")!;
    await putTable(excel, "Talent", [["Period:", "2026-Q1"], [], ...talent.rows], {
      activate: true,
    });
    const summary = await checkActiveSheet(excel);
    expect(summary).toEqual({ sheet: "Talent", okrSheet: true, errors: 0, warnings: 5, notes: 1 });
    // The cells, then the Current column's formulas (linked key results).
    expect(excel.runs[excel.runs.length - 1].syncs).toBe(2);
  });

  it("reports a sheet that is not an OKR sheet", async () => {
    expect(await checkActiveSheet(createEmulatedExcel())).toMatchObject({
      sheet: "Sheet1",
      okrSheet: false,
    });
  });

  it("carries the summary to the dialog page and words it in each language", () => {
    const url = resultUrl("https://localhost:3000", "zh-CN", {
      sheet: "销售 2026-Q1",
      okrSheet: true,
      errors: 1,
      warnings: 2,
      notes: 0,
    });
    expect(url.startsWith("https://localhost:3000/checkresult.html?")).toBe(true);
    const zh = resultText(new URL(url).search);
    expect(zh.title).toBe("OKR 检查");
    expect(zh.lines[0]).toBe("销售 2026-Q1：发现 1 个错误，2 个警告，0 个提示。");
    const tw = resultText(
      new URL(
        resultUrl("https://x/", "zh-TW", {
          sheet: "A",
          okrSheet: true,
          errors: 0,
          warnings: 0,
          notes: 0,
        })
      ).search
    );
    expect(tw.lines).toEqual(["A：沒有發現問題。"]);
    const en = resultText(
      new URL(
        resultUrl("https://x/", "en", {
          sheet: "Notes",
          okrSheet: false,
          errors: 0,
          warnings: 0,
          notes: 0,
        })
      ).search
    );
    expect(en.lines[0]).toContain("“Notes” has no OKR header row");
    const failed = resultText(new URL(resultUrl("https://x/", "en", { error: "busy" })).search);
    expect(failed.lines).toEqual(["The check could not run: busy"]);
  });

  it("is wired: the manifest's button calls the function the function file registers", () => {
    const root = join(__dirname, "..", "..");
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    const commands = readFileSync(join(root, "src", "commands", "commands.ts"), "utf8");
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names).toEqual(["checkSheet", "scoreWorkbook"]);
    for (const name of names) expect(commands).toContain(`Office.actions.associate("${name}"`);
  });
});

describe("ribbon: Score workbook", () => {
  it("scores every OKR sheet as of today and names the Summary, in the display language", async () => {
    const excel = createEmulatedExcel();
    const talent = fixtureTables().find((t) => t.name === "talent-zhtw")!;
    await putTable(excel, "Talent", [["Period:", "2026-Q1"], [], ...talent.rows]);
    const summary = await scoreFromRibbon(excel, "zh-TW", "2026-02-15");
    expect(summary).toEqual({ kind: "score", sheets: 1, summarySheet: "OKR 彙總" });
    expect(excel.runs[excel.runs.length - 1].syncs).toBe(2);
    const text = resultText(new URL(resultUrl("https://x", "zh-TW", summary)).search);
    expect(text.title).toBe("OKR 計分");
    expect(text.lines).toEqual(["已為 1 張工作表計分；請查看工作表「OKR 彙總」。"]);
  });

  it("says when there is nothing to score, and words a failure", () => {
    const none = resultText(
      new URL(resultUrl("https://x", "en", { kind: "score", sheets: 0, summarySheet: "Summary" }))
        .search
    );
    expect(none.lines[0]).toMatch(/^There is no OKR sheet/);
    const failed = resultText(
      new URL(resultUrl("https://x", "en", { kind: "score", error: "busy" })).search
    );
    expect(failed).toMatchObject({ title: "OKR score", lines: ["Scoring failed: busy"] });
  });
});
