// A sheet the user protected, through every command that rewrites its workbook: a write into a
// sheet protected with a password is refused, as Excel refuses the pane (exit 2, located, nothing
// written); every other sheet keeps its protection whole, whichever hash holds its password; and
// a sheet carrying the product's formula lock is locked again, --protect or not.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { okr } from "../support/cli";
import { sheetPart } from "../support/chartAndComment";
import { readLocks } from "../support/lockedCells";
import { LEGACY_HASH, protectionXml } from "../support/protectionXml";
import { typedValue } from "../support/xlsxFile";
import { EXIT_UNUSABLE } from "../../src/cli/exitCodes";
import { loadWorkbook } from "../../src/cli/input";
import { writeWorkbook } from "../../src/cli/output";

const ROWS = [
  "ID,Level,Parent,Statement,Owner,Commitment,KR type,Unit,Start,Target,Current,Weight,Confidence,Due,Notes",
  "T-O1,Objective,,Win the mid-market,Dana,Committed,,,,,,,,,",
  "T-O1-KR1,Key result,,Grow ARR from 1000 to 2000,,,Metric,USD,1000,2000,1500,60%,70%,2026-03-31,",
  "T-O1-KR2,Key result,,Cut churn from 5% to 3%,,,Metric,%,5,3,4,40%,70%,2026-03-31,",
];
const SCORE = ["--period", "2026-Q1", "--as-of", "2026-02-15"];

/**
 * A workbook with the OKR sheet "team" and two sheets of the user's, "Budget" and "Plan", each
 * protected with a password: Budget's in the old `password` attribute (written into the XML:
 * ExcelJS writes no such thing), Plan's as Excel 2010 and later hash it. `lockTeam` protects the
 * OKR sheet too, with a password (modern or legacy).
 */
async function workbookInput(dir: string, lockTeam?: "modern" | "legacy"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const team = wb.addWorksheet("team");
  for (const line of ROWS) team.addRow(line.split(",").map(typedValue));
  const budget = wb.addWorksheet("Budget");
  budget.getCell("A1").value = "Travel";
  budget.getCell("B1").value = 1200;
  await budget.protect("", { formatCells: true });
  const plan = wb.addWorksheet("Plan");
  plan.getCell("A1").value = "Hiring";
  await plan.protect("finance", { sort: true });
  const notes = wb.addWorksheet("Notes");
  notes.getCell("A1").value = "Saved by LibreOffice";
  if (lockTeam === "modern") await team.protect("finance", {});
  if (lockTeam === "legacy") await team.protect("", {});
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const legacy = lockTeam === "legacy" ? ["Budget", "team"] : ["Budget"];
  for (const name of legacy) {
    const part = await sheetPart(zip, name);
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace("<sheetProtection ", `<sheetProtection password="${LEGACY_HASH}" `));
  }
  // LibreOffice spells the flags as words (xsd:boolean), its password in the old hash.
  const notesPart = await sheetPart(zip, "Notes");
  const notesXml = (await zip.file(notesPart)!.async("string")).replace(
    "</sheetData>",
    `</sheetData><sheetProtection sheet="true" objects="true" scenarios="true" formatCells="false" password="${LEGACY_HASH}"/>`
  );
  zip.file(notesPart, notesXml);
  const input = join(dir, "book.xlsx");
  writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
  return input;
}

/** The Notes sheet's protection as written back: the same flags, spelled 1 and 0. */
const NOTES_WRITTEN = {
  sheet: "1",
  objects: "1",
  scenarios: "1",
  formatCells: "0",
  password: LEGACY_HASH,
};

const fresh = () => mkdtempSync(join(tmpdir(), "okr-sheetlock-"));

describe("a sheet protected with a password", () => {
  it("keeps its password on every sheet a command rewrites, whichever hash holds it", async () => {
    const dir = fresh();
    const input = await workbookInput(dir);
    const [budget, plan] = [
      await protectionXml(input, "Budget"),
      await protectionXml(input, "Plan"),
    ];
    expect(budget).toMatchObject({ sheet: "1", password: LEGACY_HASH });
    expect(plan).toMatchObject({ sheet: "1", algorithmName: "SHA-512" });
    const out = join(dir, "scored.xlsx");
    const run = await okr("score", input, ...SCORE, "-o", out);
    expect(run.err).toBe("");
    expect(run.status).toBe(0);
    expect(await protectionXml(out, "Budget")).toEqual(budget);
    expect(await protectionXml(out, "Plan")).toEqual(plan);
    expect(await protectionXml(out, "Notes")).toEqual(NOTES_WRITTEN);
  });

  it("keeps it when the workbook is written a sheet at a time (collect, review)", async () => {
    const dir = fresh();
    const input = await workbookInput(dir);
    const out = join(dir, "bysheet.xlsx");
    await writeWorkbook(await loadWorkbook(input), out, { bySheet: true });
    for (const sheet of ["Budget", "Plan"])
      expect(await protectionXml(out, sheet)).toEqual(await protectionXml(input, sheet));
    expect(await protectionXml(out, "Notes")).toEqual(NOTES_WRITTEN);
  });

  it("keeps it on a sheet copied from a second workbook", async () => {
    const dir = fresh();
    const input = await workbookInput(dir);
    const other = new ExcelJS.Workbook();
    const sheet = other.addWorksheet("base");
    for (const line of ROWS) sheet.addRow(line.replace(/T-O1/g, "B-O1").split(",").map(typedValue));
    const first = join(dir, "first.xlsx");
    await other.xlsx.writeFile(first);
    const out = join(dir, "scored.xlsx");
    const run = await okr("score", first, input, ...SCORE, "-o", out);
    expect(run.err).toBe("");
    expect(run.status).toBe(0);
    expect(await protectionXml(out, "Budget")).toEqual(await protectionXml(input, "Budget"));
    expect(await protectionXml(out, "Plan")).toEqual(await protectionXml(input, "Plan"));
    expect(await protectionXml(out, "Notes")).toEqual(NOTES_WRITTEN);
  });

  it.each([
    ["en", "modern", "protected with a password", "Review › Unprotect Sheet"],
    ["zh-CN", "legacy", "受密码保护", "审阅 › 撤消工作表保护"],
    ["zh-TW", "modern", "受密碼保護", "校閱 › 取消保護工作表"],
  ] as const)(
    "is not written: Score refuses, as the pane does (%s, %s hash)",
    async (lang, hash, says, unlock) => {
      const dir = fresh();
      const input = await workbookInput(dir, hash);
      for (const protect of [[], ["--protect"]]) {
        const out = join(dir, `scored${protect.length}.xlsx`);
        const run = await okr("score", input, ...SCORE, "--lang", lang, ...protect, "-o", out);
        expect(run.status).toBe(EXIT_UNUSABLE);
        const line = run.err.split("\n").find((l) => l.includes(`${input} [team]`));
        expect(line).toContain(says);
        expect(line).toContain(unlock);
        expect(run.err).not.toContain("Budget");
        expect(existsSync(out)).toBe(false);
      }
    }
  );

  it("is not written by a check-in either", async () => {
    const dir = fresh();
    const input = await workbookInput(dir, "legacy");
    const values = join(dir, "values.csv");
    writeFileSync(values, "T-O1-KR1,1700\n");
    const out = join(dir, "checked.xlsx");
    const run = await okr("checkin", input, "--date", "2026-02-15", "--values", values, "-o", out);
    expect(run.status).toBe(EXIT_UNUSABLE);
    expect(run.err).toContain(`${input} [team]`);
    expect(run.err).toContain("protected with a password");
    expect(existsSync(out)).toBe(false);
  });
});

describe("the formula lock", () => {
  it("is put back by a score without --protect, over cells styled since", async () => {
    const dir = fresh();
    const csv = join(dir, "team.csv");
    writeFileSync(csv, `${ROWS.join("\r\n")}\r\n`);
    const locked = join(dir, "locked.xlsx");
    expect((await okr("score", csv, ...SCORE, "--protect", "-o", locked)).status).toBe(0);
    // Cells styled over, as a returned sheet copied in brings the Normal style (locked) and a
    // pasted cell its own (open): the lock no longer matches what the cells hold.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(locked);
    const ws = wb.getWorksheet("team")!;
    const restyled = { input: "", formula: "" };
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const which = cell.type === ExcelJS.ValueType.Formula ? "formula" : "input";
        if (restyled[which] || typeof cell.value === "string") return;
        restyled[which] = cell.address;
        cell.style = { ...cell.style, protection: { locked: which === "input" } };
      })
    );
    const restyledFile = join(dir, "restyled.xlsx");
    await wb.xlsx.writeFile(restyledFile);
    const wrong = (await readLocks(restyledFile, "team")).wrong;
    expect([...wrong].sort()).toEqual(
      [`${restyled.formula} open`, `${restyled.input} locked`].sort()
    );
    const out = join(dir, "rescored.xlsx");
    const run = await okr("score", restyledFile, ...SCORE, "-o", out);
    expect(run.err).toBe("");
    expect(run.status).toBe(0);
    const read = await readLocks(out, "team");
    expect(read.wrong).toEqual([]);
    expect(read.protection).toMatchObject({ sheet: true, insertRows: true, sort: true });
    expect(read.protection).not.toHaveProperty("hashValue");
  });
});
