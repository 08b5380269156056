// `okr review`: the scored inputs, the Ratings sheet from RATINGS.csv and the 360 Review sheet; the
// JSON of the issue; bad input located line by line, exit 2, nothing written.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import { worksheetRows } from "../../src/cli/input";
import { SPARE_ROWS } from "../../src/domain/plan/layout";
import { REVIEW_COL, REVIEW_ROW } from "../../src/domain/review360/plan";
import { disallowedFunctions } from "../../src/domain/scoring/functions";

async function okr(...argv: string[]) {
  let out = "";
  let err = "";
  const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), tty: false });
  return { status, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "okr-review-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
let workbook: string;
beforeAll(async () => {
  workbook = join(dir, "okrs.xlsx");
  expect(
    (await okr("new", "--template", "sales,hr", "--period", "2026-Q1", "-o", workbook)).status
  ).toBe(0);
});

describe("okr review", () => {
  it("prints the issue's JSON, headers and roles in any of the three languages", async () => {
    const ratings = file(
      "ratings.csv",
      [
        "员工,评价人,评价类型,评分,评语,日期",
        "Head of Sales,Bo,互评,4,好,2026-03-30",
        "Head of Sales,Cy,Peer,5,,",
        "Head of Sales,Mo,上級,3,,",
        "Head of People,Head of People,自评,5,,",
      ].join("\n")
    );
    const out = join(dir, "out.xlsx");
    const result = await reviewCli(ratings, out, "--format", "json", "--as-of", "2026-03-01");
    expect([result.status, result.err]).toEqual([0, ""]);
    const json = JSON.parse(result.out);
    expect(json.people).toEqual([
      {
        person: "Head of Sales",
        department: "Sales",
        okr: 0,
        self: null,
        peer: 0.875,
        peerCount: 2,
        manager: 0.5,
        designated: null,
        total: 0.3203125,
        rank: 1,
      },
      {
        person: "Head of People",
        department: "HR",
        okr: 0,
        self: 1,
        peer: null,
        peerCount: 0,
        manager: null,
        designated: null,
        total: 0.2,
        rank: 1,
      },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Summary details",
      "Sales 2026-Q1",
      "HR 2026-Q1",
      "Actions",
      "Ratings",
      "360 Review",
    ]);
    // The roles are written in the sheet's words, so its formulas count them.
    expect(worksheetRows(wb.getWorksheet("Ratings")!).map((r) => r[2])).toEqual([
      "Role",
      "Peer",
      "Peer",
      "Manager",
      "Self",
    ]);
    // One dropdown rule over the role column and its spare rows, listed once: not one per cell, not
    // ranges that overlap.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const ratingsXml = await zip
      .file(`xl/worksheets/sheet${wb.getWorksheet("Ratings")!.id}.xml`)!
      .async("string");
    expect(ratingsXml.match(/<dataValidation [^>]*>/g)).toEqual([
      `<dataValidation type="list" allowBlank="1" sqref="C2:C${5 + SPARE_ROWS}">`,
    ]);
    const review = wb.getWorksheet("360 Review")!;
    const total = review.getCell(REVIEW_ROW.first + 1, REVIEW_COL.total + 1).value as {
      formula: string;
    };
    expect(disallowedFunctions(total.formula)).toEqual([]);
    expect(wb.getWorksheet("Ratings")!.state).toBe("visible");
  });

  it("takes weights and a scale, and hides the ratings when asked", async () => {
    const ratings = file("r100.csv", "Person,Rater,Role,Score\nHead of Sales,Mo,Manager,80\n");
    const out = join(dir, "w.xlsx");
    const result = await reviewCli(
      ratings,
      out,
      "--weights",
      "okr=50,manager=50",
      "--scale",
      "0-100",
      "--format",
      "json",
      "--hide-ratings"
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.out).people[0]).toMatchObject({ manager: 0.8, total: 0.4 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("Ratings")!.state).toBe("veryHidden");
    expect(review(wb)[REVIEW_ROW.scale].slice(1, 3)).toEqual([0, 100]);
  });

  it("reports every problem located, exits 2 and writes nothing", async () => {
    const ratings = file(
      "bad.csv",
      [
        "Person,Score,Rater,Role",
        "Head of Sales,9,Head of Sales,Peer",
        "Nobody,3,Mo,Manager",
        "Head of Sales,3,Bo,Boss",
        "Head of People,4,Mo,Manager",
        "Head of People,5,Mo,manager",
      ].join("\n")
    );
    const out = join(dir, "bad.xlsx");
    const result = await reviewCli(ratings, out, "--weights", "okr=40,manager=25");
    expect(result.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    const lines = result.err
      .replace(/^okr-sheets: /, "")
      .trim()
      .split("\n");
    expect(lines.map((l) => l.split("  ")[0])).toEqual([
      `${ratings}:4 D4`, // the role
      "--weights",
      `${ratings}:2 B2`, // off the scale (the CSV's own column letters)
      `${ratings}:2 C2`, // rating himself as a peer
      `${ratings}:3 A3`, // nobody by that name
      `${ratings}:6 A6`, // the same rating twice
    ]);
    expect(lines[1]).toContain("65 %");
    expect(lines[2]).toContain("not a number on the scale 1–5");
  });

  it("says what is wrong with --weights, --scale and a ratings file without its columns", async () => {
    const ok = file("ok.csv", "Person,Rater,Role,Score\n");
    const out = join(dir, "x.xlsx");
    expect((await reviewCli(ok, out, "--weights", "okr=forty")).err).toContain(
      '"okr=forty" is not a weight'
    );
    const twice = await reviewCli(ok, out, "--weights", "okr=40,peer=20,okr=60");
    expect(twice.status).toBe(2);
    expect(twice.err).toContain('"okr" is named twice in --weights');
    expect((await reviewCli(ok, out, "--scale", "5-1")).err).toContain(
      '"5-1" is not a rating scale'
    );
    const noRole = file("norole.csv", "Person,Rater,Score\nHead of Sales,Bo,4\n");
    const result = await reviewCli(noRole, out, "--lang", "zh-CN");
    expect(result.status).toBe(2);
    expect(result.err).toContain(`${noRole}:1 A1  评分明细缺少“评价类型”列。`);
    expect(existsSync(out)).toBe(false);
  });
});

/** okr review of the generated workbook with these ratings, to this output, with more options. */
function reviewCli(ratings: string, out: string, ...options: string[]) {
  return okr("review", workbook, "--ratings", ratings, "-o", out, ...options);
}

function review(wb: ExcelJS.Workbook) {
  return worksheetRows(wb.getWorksheet("360 Review")!);
}
