// A milestone's Current typed as a step's name ("lease signed", 收购办公室, 收購辦公室) reads as that
// step of the ladder in its Notes: the model and the sheet's formulas (HyperFormula) agree, case,
// spaces and full-/half-width aside; a name that matches no step is KR-BAD-VALUE naming the steps.
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS, headerRow } from "../../src/domain/reading/columns";
import { ladderSteps } from "../../src/domain/reading/ladder";
import { readSheet } from "../../src/domain/reading/sheet";
import { renderFinding } from "../../src/domain/rules/lint";
import { scoreKr } from "../../src/domain/scoring/krScore";
import { NOT_SCORED } from "../../src/domain/scoring/formulas";
import { TEMPLATES } from "../../src/domain/newSheet/templates";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { checkWorkbook } from "../../src/excel/check";
import { krFormulas } from "../../src/domain/scoring/krScore";
import { MAX_FORMULA_LENGTH } from "../../src/domain/scoring/functions";
import { withFinalScore } from "../../src/domain/scoring/formulas";
import { ladderFits } from "../../src/domain/scoring/krProgressFormula";
import { formulasOf, valuesOf } from "../support/emulatorRead";
import { kr, lint, okr, Q1, type Row } from "./rulesSheet";

const SEED =
  "0% 开始5% 提议区域10% 同意区域15% 提议位置20% 同意位置50% 雇用区域负责人70% 收购办公室80% 雇用团队100% 启动和运行";
const SEED_TW =
  "0% 開始5% 提議區域10% 同意區域15% 提議位置20% 同意位置50% 雇用區域負責人70% 收購辦公室80% 雇用團隊100% 啟動和運行";
const EN = "Ladder: 0% start · 20% site agreed · 70% lease signed · 100% open";
const NAMES_FIRST = "Milestones: site agreed 20%, lease signed 70%, open 100%";

const milestone = (notes: string, current: string | number): Row =>
  kr({
    statement: "Open the Shenzhen office",
    krType: "Milestone",
    unit: "%",
    start: "",
    target: "100%",
    current,
    notes,
  });

/** [what, Notes, Current, progress (null: not scored)] */
const CASES: [string, string, string | number, number | null][] = [
  ["zh-CN: a step's name", SEED, "收购办公室", 0.7],
  ["zh-TW: a step's name", SEED_TW, "收購辦公室", 0.7],
  ["en: a step's name", EN, "lease signed", 0.7],
  ["en: another case and spacing", EN, "  Lease   Signed ", 0.7],
  ["en: full-width letters", EN, "ｌｅａｓｅ ｓｉｇｎｅｄ", 0.7],
  ["en: an ideographic space", EN, "lease\u3000signed", 0.7],
  ["en: names before their percentages", NAMES_FIRST, "Site agreed", 0.2],
  ["zh-CN: the first step", SEED, "开始", 0],
  ["zh-CN: the last step", SEED, "启动和运行", 1],
  ["a number still reads as before", EN, "70%", 0.7],
  ["a name that is no step", EN, "lease sined", null],
  ["half full-width, half not: no step", EN, "ｌｅａｓｅ signed", null],
  ["a step of another ladder", SEED, "lease signed", null],
];

const rows = (): Row[] =>
  okr(
    {},
    CASES.map(([, notes, current], i) => ({ ...milestone(notes, current), id: `T-O1-KR${i + 1}` }))
  );
const grid = () => [
  headerRow("en"),
  ...rows().map((r) => COLUMNS.map((c) => (r[c.key] ?? "") as string | number)),
];

describe("a ladder in Notes", () => {
  it("reads seed 002's run-together ladder, the templates' ladders and names written first", () => {
    expect(ladderSteps(SEED).map((s) => [s.name, s.share])).toEqual([
      ["开始", 0],
      ["提议区域", 0.05],
      ["同意区域", 0.1],
      ["提议位置", 0.15],
      ["同意位置", 0.2],
      ["雇用区域负责人", 0.5],
      ["收购办公室", 0.7],
      ["雇用团队", 0.8],
      ["启动和运行", 1],
    ]);
    expect(ladderSteps(NAMES_FIRST).map((s) => s.name)).toEqual([
      "site agreed",
      "lease signed",
      "open",
    ]);
    // Every template's milestone ladder, in all three languages, has five named steps.
    const notes = TEMPLATES.flatMap((t) =>
      t.objectives.flatMap((o) => o.keyResults.filter((k) => k.notes).map((k) => k.notes!))
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes)
      for (const lang of ["en", "zh-CN", "zh-TW"] as const)
        expect(ladderSteps(n[lang]).map((s) => s.share)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(ladderSteps("Cross-period: ends in Q2")).toEqual([]);
    expect(ladderSteps("70% lease signed")).toEqual([]);
  });
});

describe("a milestone's Current typed as a step's name", () => {
  it.each(CASES.map((c, i) => [...c, i] as const))("the model: %s", (_, __, ___, expected, i) => {
    const krs = readSheet("Team", grid(), { period: Q1 }).objectives[0].keyResults;
    const score = scoreKr(krs[i]);
    expect(score.progress).toBe(expected);
    expect(score.problem).toBe(expected === null ? "KR-BAD-VALUE" : null);
  });

  it("the sheet's formulas give the same, and read a step typed after Score (HyperFormula)", async () => {
    const cells = grid();
    const excel = createEmulatedExcel({ sheets: ["Team"] });
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Team")
        .getRange("A1")
        .getResizedRange(cells.length - 1, cells[0].length - 1).values = cells as never;
      await context.sync();
    });
    const result = await scoreWorkbookInExcel(excel, {
      asOf: "2026-02-15",
      checkedOn: "2026-02-15",
      lang: "en",
    });
    const progress = COLUMNS.findIndex((c) => c.key === "progress");
    const current = COLUMNS.findIndex((c) => c.key === "current");
    const shown = (id: string) => valuesOf(excel, "Team").find((r) => r[0] === id)?.[progress];
    CASES.forEach(([what, , , expected], i) => {
      const id = `T-O1-KR${i + 1}`;
      const model = result.model.rows.find((r) => r.id === id);
      expect([what, model?.progress]).toEqual([what, expected]);
      expect([what, shown(id)]).toEqual([what, expected ?? NOT_SCORED]);
    });
    // Live: typing another step's name (any case) after Score moves Progress without a Score.
    const row = valuesOf(excel, "Team").findIndex((r) => r[0] === "T-O1-KR1");
    const seedRow = valuesOf(excel, "Team").findIndex((r) => r[0] === "T-O1-KR3");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Team");
      ws.getCell(row, current).values = [["雇用团队"]];
      ws.getCell(seedRow, current).values = [["OPEN"]];
      await context.sync();
    });
    expect(shown("T-O1-KR1")).toBe(0.8);
    expect(shown("T-O1-KR3")).toBe(1);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Team").getCell(row, current).values = [["雇用"]];
      await context.sync();
    });
    expect(shown("T-O1-KR1")).toBe(NOT_SCORED);
    // The formulas depend on Notes alone: Check plans the same ones whatever Current says now.
    const checked = await checkWorkbook(excel, "all");
    expect(checked.findings.filter((f) => f.ruleId === "CELL-FORMULA-OVERWRITTEN")).toEqual([]);
  });

  /** One key result read from a sheet of its own. */
  const readKr = (row: Row) =>
    readSheet(
      "Team",
      [
        headerRow("en"),
        ...okr({}, [row]).map((r) => COLUMNS.map((c) => (r[c.key] ?? "") as string | number)),
      ],
      { period: Q1 }
    ).objectives[0].keyResults[0];
  /** The longest references Score writes (last column and row of a sheet), with a Final score column. */
  const longestProgress = (row: Row) => {
    const ref = "XFD1048576";
    const { progress } = krFormulas(readKr(row), { start: ref, target: ref, current: ref }, ref);
    return withFinalScore(progress, ref);
  };
  /** A ladder of `n` steps named `name(i)`, 5% apart. */
  const ladderOf = (n: number, name: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => `${i * 5}% ${name(i)}`).join(" · ");

  it("keeps reading the longest ASCII ladder: 12 steps of 40 characters", () => {
    const name = (i: number) => `step ${i} ${"x".repeat(40)}`.slice(0, 40);
    const notes = ladderOf(20, name);
    expect(ladderSteps(notes)).toHaveLength(12);
    expect(ladderFits(ladderSteps(notes))).toBe(true);
    const row = milestone(notes, name(11));
    expect(scoreKr(readKr(row)).progress).toBe(0.55);
    const progress = longestProgress(row);
    expect(progress.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    expect(progress).toContain(name(11).replace(/ /g, ""));
  });

  // "Ｐｈａｓｅ1 …": full-width letters, a half-width digit and space, as Chinese input types it.
  // Three spellings per step, each compared twice (guard and progress): 12 such steps of 40
  // characters would need more than Excel's 8,192 characters.
  const mixed = (i: number) => `Ｐｈａｓｅ${i} ${"ｘ".repeat(40)}`.slice(0, 40);
  const fitting = (() => {
    let n = 2;
    while (n < 12 && ladderFits(ladderSteps(ladderOf(n + 1, mixed)))) n++;
    return n;
  })();

  it("reads a mixed-width ladder only as far as its formula fits Excel's 8,192 characters", () => {
    expect(fitting).toBeGreaterThanOrEqual(5);
    expect(fitting).toBeLessThan(12);
    const fits = milestone(ladderOf(fitting, mixed), mixed(fitting - 1));
    expect(ladderSteps(ladderOf(fitting, mixed))).toHaveLength(fitting);
    expect(scoreKr(readKr(fits)).progress).toBe(((fitting - 1) * 5) / 100);
    expect(longestProgress(fits).length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    // One step more and the ladder is no ladder for names: a name is KR-BAD-VALUE, saying why.
    const tooLong = ladderOf(fitting + 1, mixed);
    expect(ladderSteps(tooLong)).toHaveLength(fitting + 1);
    const named = scoreKr(readKr(milestone(tooLong, mixed(0))));
    expect([named.progress, named.problem]).toEqual([null, "KR-BAD-VALUE"]);
    expect(scoreKr(readKr(milestone(tooLong, "35%"))).progress).toBe(0.35);
    const [finding] = lint(okr({}, [milestone(tooLong, mixed(0))])).filter(
      (f) => f.ruleId === "KR-BAD-VALUE"
    );
    expect(renderFinding(finding, "en").message).toContain("too long to read step names from");
    expect(renderFinding(finding, "zh-CN").message).toContain("里程碑阶梯太长");
    expect(renderFinding(finding, "zh-TW").message).toContain("里程碑階梯太長");
  });

  it("scores a workbook with mixed-width ladders at and past the limit: model == HyperFormula", async () => {
    const atLimit = ladderOf(fitting, mixed);
    const past = ladderOf(fitting + 1, mixed);
    // Before the fix 12 such steps made an 8,484-character formula and Score failed for the workbook.
    const full = ladderOf(12, mixed);
    const cases: [string, string | number, number | null][] = [
      [atLimit, mixed(fitting - 1), ((fitting - 1) * 5) / 100],
      [atLimit, `  ${mixed(2).normalize("NFKC").toUpperCase()} `, 0.1],
      [past, mixed(1), null],
      [past, "0.35", 0.35],
      [full, mixed(3), null],
      [full, 0.5, 0.5],
    ];
    const krRows = cases.map(([notes, current], i) => ({
      ...milestone(notes, current),
      id: `T-O1-KR${i + 1}`,
    }));
    const cells = [
      headerRow("en"),
      ...okr({}, krRows).map((r) => COLUMNS.map((c) => (r[c.key] ?? "") as string | number)),
    ];
    const excel = createEmulatedExcel({ sheets: ["Team"] });
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Team")
        .getRange("A1")
        .getResizedRange(cells.length - 1, cells[0].length - 1).values = cells as never;
      await context.sync();
    });
    const result = await scoreWorkbookInExcel(excel, {
      asOf: "2026-02-15",
      checkedOn: "2026-02-15",
      lang: "en",
    });
    const progress = COLUMNS.findIndex((c) => c.key === "progress");
    const formulas = formulasOf(excel, "Team").map((r) => String(r[progress] ?? ""));
    expect(Math.max(...formulas.map((f) => f.length))).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    cases.forEach(([, current, expected], i) => {
      const id = `T-O1-KR${i + 1}`;
      const model = result.model.rows.find((r) => r.id === id)?.progress;
      const shown = valuesOf(excel, "Team").find((r) => r[0] === id)?.[progress];
      expect([current, model, shown]).toEqual([current, expected, expected ?? NOT_SCORED]);
    });
  });

  it("Check names the steps a name that matches none could be, in three languages", () => {
    const findings = lint(
      okr({}, [
        milestone(EN, "lease sined"),
        milestone(SEED, "收购"),
        milestone(SEED_TW, "收購辦公室"),
        milestone(EN, "LEASE SIGNED"),
      ])
    ).filter((f) => f.ruleId === "KR-BAD-VALUE");
    // Located on the Current cell (column K) of the two rows that name no step.
    expect(findings.map((f) => [f.okrId, f.cell.replace(/\d+$/, "")])).toEqual([
      ["T-O1-KR1", "K"],
      ["T-O1-KR2", "K"],
    ]);
    const [en, zh] = findings;
    expect(renderFinding(en, "en").message).toContain("lease signed (70%)");
    expect(renderFinding(en, "en").message).toContain("start (0%) · site agreed (20%)");
    expect(renderFinding(zh, "zh-CN").message).toContain("可能是：收购办公室 (70%)");
    expect(renderFinding(zh, "zh-TW").message).toContain("里程碑階梯");
  });
});
