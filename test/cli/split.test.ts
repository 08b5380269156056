import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { worksheetRows } from "../../src/cli/input";
import { FINGERPRINT_SHEET, fingerprintFromRows } from "../../src/domain/collect/fingerprint";
import { fileNames, safeBaseName } from "../../src/domain/collect/fileNames";
import type ExcelJS from "exceljs";
import { referencedSheets } from "../../src/domain/scoring/formulas";
import { forgetCachedResults } from "../../src/cli/xlsxHost";
import { okr } from "../support/cli";
import { checkedInMaster, generatedMaster, loadXlsx } from "../support/split";

const tmp = () => mkdtempSync(join(tmpdir(), "okr-split-"));
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("okr split", () => {
  it("writes one workbook per OKR sheet with its parents, its check-ins and a very hidden fingerprint", async () => {
    const dir = tmp();
    const checked = await checkedInMaster(dir, "SALES-O1-KR1,1000");
    const before = hash(checked);

    const outDir = join(dir, "out");
    const result = await okr("split", checked, "-o", outDir);
    expect(result.err).toBe("");
    expect(result.status).toBe(0);
    expect(hash(checked)).toBe(before);

    const source = await loadXlsx(checked);
    const okrSheets = source.worksheets.filter(
      (ws) => ws.name !== "Check-ins" && ws.name !== "Summary" && ws.name !== "Actions"
    );
    const files = readdirSync(outDir).sort();
    expect(files).toHaveLength(okrSheets.length);

    const salesName = okrSheets.map((ws) => ws.name).find((n) => /sales/i.test(n))!;
    const sales = await loadXlsx(join(outDir, `${salesName}.xlsx`));
    // The fingerprint: very hidden, the period, every KR with Start/Target/Weight.
    const hidden = sales.getWorksheet(FINGERPRINT_SHEET)!;
    expect(hidden.state).toBe("veryHidden");
    const fp = fingerprintFromRows(worksheetRows(hidden))!;
    expect(fp.sheet).toBe(salesName);
    expect(fp.period).toBe("2026-Q1");
    expect(fp.krs.map((k) => k.id)).toContain("SALES-O1-KR1");
    expect(fp.krs.every((k) => "target" in k && "start" in k && "weight" in k)).toBe(true);
    // Its check-in history rows only.
    const history = worksheetRows(sales.getWorksheet("Check-ins")!);
    expect(history.slice(1).map((r) => r[2])).toEqual(expect.arrayContaining(["SALES-O1-KR1"]));
    expect(history.slice(1).every((r) => r[1] === salesName)).toBe(true);
    // The parents it aligns to, read-only.
    const reference = sales.worksheets.find((ws) => ws.name.startsWith("Aligned to"));
    expect(
      (reference as unknown as { sheetProtection?: { sheet?: boolean } })?.sheetProtection?.sheet
    ).toBe(true);
    // Sales aligns to CO-O1 and CO-O2 (column C); the reference sheet holds those rows.
    const parents = worksheetRows(sales.getWorksheet(salesName)!).map((r) => r[2]);
    expect(parents).toEqual(expect.arrayContaining(["CO-O1", "CO-O2"]));
    const referenced = worksheetRows(reference!).map((r) => r[0]);
    expect(referenced).toEqual(expect.arrayContaining(["CO-O1", "CO-O2"]));
    expect(result.out).toContain(`${salesName}.xlsx`);
  });

  it("freezes formulas that would read rows or sheets a split file lacks into the master's saved values", async () => {
    const dir = tmp();
    const checked = await checkedInMaster(dir, "SALES-O1-KR1,1000");
    // As if Excel had saved it: every formula cell carries a value, here one that names the cell.
    const master = await loadXlsx(checked);
    const saved = (ws: string, address: string) => `${ws}!${address}`;
    for (const ws of master.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula)
            cell.value = { formula: cell.formula, result: saved(ws.name, cell.address) };
        })
      );
    const withValues = join(dir, "saved.xlsx");
    await master.xlsx.writeFile(withValues);

    const result = await okr("split", withValues, "-o", join(dir, "out"));
    expect(result.status).toBe(0);
    expect(result.out).not.toMatch(/left empty/);
    const company = master.worksheets.find((ws) => /company/i.test(ws.name))!.name;
    const salesName = master.worksheets.find((ws) => /sales/i.test(ws.name))!.name;
    const sales = await loadXlsx(join(dir, "out", `${salesName}.xlsx`));
    const formulas = (ws: ExcelJS.Worksheet) => {
      const found: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => void (c.formula && found.push(c.formula))));
      return found;
    };
    // The reference sheet and the history: values only, each the master's value of that row's cell.
    const reference = sales.worksheets.find((ws) => ws.name.startsWith("Aligned to"))!;
    expect(formulas(reference)).toEqual([]);
    const companyRows = worksheetRows(master.getWorksheet(company)!);
    const progress = (rows: ReturnType<typeof worksheetRows>, id: string) =>
      rows.find((r) => r[0] === id)![14];
    expect(progress(worksheetRows(reference), "CO-O1")).toBe(progress(companyRows, "CO-O1"));
    expect(progress(companyRows, "CO-O1")).toMatch(new RegExp(`^${company}!O\\d+$`));
    const history = sales.getWorksheet("Check-ins")!;
    expect(formulas(history)).toEqual([]);
    expect(worksheetRows(history)[1][9]).toMatch(/^Check-ins!J\d+$/);
    // The sheet itself keeps its live formulas, all reading only sheets the file has.
    const own = formulas(sales.getWorksheet(salesName)!);
    expect(own.length).toBeGreaterThan(20);
    const here = new Set(sales.worksheets.map((ws) => ws.name));
    expect(own.flatMap((f) => [...referencedSheets(f)]).filter((n) => !here.has(n))).toEqual([]);
    // Company's alignment gaps read its children's sheets: in Company's own file they are values.
    const companyFile = await loadXlsx(join(dir, "out", `${company}.xlsx`));
    const gaps = worksheetRows(companyFile.getWorksheet(company)!).map((r) => r[18]);
    expect(gaps).toContain(`${company}!S7`);
  });

  it("leaves a frozen cell empty, and says so, when the master saved no value for it", async () => {
    const dir = tmp();
    // A master last written by a tool that saves no computed values (okr writes them since #16).
    const generated = await loadXlsx(await generatedMaster(dir, "company,sales", "q1.xlsx"));
    forgetCachedResults(generated);
    const master = join(dir, "no-values.xlsx");
    await generated.xlsx.writeFile(master);
    const result = await okr("split", master, "-o", join(dir, "out"));
    expect(result.status).toBe(0);
    const salesName = readdirSync(join(dir, "out")).find((f) => /sales/i.test(f))!;
    expect(result.out).toMatch(
      new RegExp(
        `${salesName.replace(/[.]/g, "\\.")}: \\d+ formula cell\\(s\\) that read rows or sheets this file does not have are left empty`
      )
    );
    const sales = await loadXlsx(join(dir, "out", salesName));
    const reference = sales.worksheets.find((ws) => ws.name.startsWith("Aligned to"))!;
    const o1 = worksheetRows(reference).find((r) => r[0] === "CO-O1")!;
    expect(o1[14] ?? null).toBeNull();
  });

  it("finds the sheets a formula reads, quoted or bare, not inside text", () => {
    expect([
      ...referencedSheets("IF(AND(ISNUMBER(O7),COUNT('Sales Q1'!$O$7)>0),O7-Summary!B2,\"x!\")"),
    ]).toEqual(["Sales Q1", "Summary"]);
    expect([...referencedSheets("'It''s'!A1+A2")]).toEqual(["It's"]);
    expect(referencedSheets("SUM(A1:A3)").size).toBe(0);
  });

  it("gives file names every system accepts, in all three languages", () => {
    expect(safeBaseName('销售/市场: "Q1"?')).toBe("销售_市场_ _Q1__");
    expect(safeBaseName("CON")).toBe("_CON");
    expect(safeBaseName("業務部. ")).toBe("業務部");
    expect(new TextEncoder().encode(safeBaseName("销".repeat(200))).length).toBeLessThanOrEqual(
      240
    );
    expect(fileNames(["Sales", "sales", "Sales"])).toEqual([
      "Sales.xlsx",
      "sales-2.xlsx",
      "Sales-3.xlsx",
    ]);
  });
});
