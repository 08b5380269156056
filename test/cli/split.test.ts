import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { worksheetRows } from "../../src/cli/input";
import { FINGERPRINT_SHEET, fingerprintFromRows } from "../../src/domain/collect/fingerprint";
import { fileNames, safeBaseName } from "../../src/domain/collect/fileNames";
import { okr } from "../support/cli";
import { generatedMaster, loadXlsx } from "../support/split";

const tmp = () => mkdtempSync(join(tmpdir(), "okr-split-"));
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("okr split", () => {
  it("writes one workbook per OKR sheet with its parents, its check-ins and a very hidden fingerprint", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "company,sales,hr", "q1.xlsx");
    const values = join(dir, "v.csv");
    writeFileSync(values, "ID,Current\nSALES-O1-KR1,1000\n");
    const checked = join(dir, "checked.xlsx");
    expect(
      (await okr("checkin", master, "--date", "2026-02-01", "--values", values, "-o", checked))
        .status
    ).toBe(0);
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
