// The 360° review's domain: reading ratings in three languages, the reference model, the findings
// and the plans.
import { COLUMNS, columnHeader } from "../../src/domain/reading/columns";
import { findPeople, reviewModel, bandOf, DEFAULT_WEIGHTS } from "../../src/domain/review360/model";
import { is360ReviewSheet, isReviewSheet } from "../../src/domain/reading/ownSheets";
import { PLAN_BYTES, planReview, REVIEW_COL, REVIEW_ROW } from "../../src/domain/review360/plan";
import { readRatings, type Rating } from "../../src/domain/reading/ratingsSheet";
import { RULES } from "../../src/domain/rules/registry";
import { renderFinding } from "../../src/domain/rules/lint";
import { disallowedFunctions, MAX_FORMULA_LENGTH } from "../../src/domain/scoring/functions";
import { readSheet } from "../../src/domain/reading/sheet";
import type { CellValue, Lang } from "../../src/domain/types";
import { okrRows } from "../support/reviewSheets";
import { LANGS } from "../../src/domain/types";

const input = (name: string, rows: CellValue[][]) => ({ sheet: readSheet(name, rows), rows });
const rating = (
  row: number,
  person: string,
  rater: string,
  roleText: string,
  score: CellValue
): Rating => ({
  row,
  person,
  rater,
  roleText,
  score,
  comment: null,
  date: null,
});
const settings = { weights: DEFAULT_WEIGHTS, scale: { low: 1, high: 5 } };
const formulasIn = (values: unknown[][]) =>
  values
    .flat()
    .filter((v): v is { formula: string } => typeof v === "object" && v !== null && "formula" in v)
    .map((v) => v.formula);

describe("reading ratings", () => {
  it.each([
    ["en", ["Person", "Rater", "Role", "Score", "Comment", "Date"]],
    ["zh-CN", ["员工", "评价人", "评价类型", "评分", "评语", "日期"]],
    ["zh-TW", ["員工", "評價人", "評價類型", "評分", "評語", "日期"]],
  ] as [Lang, string[]][])(
    "finds the header row in %s, below a title, and skips blank rows",
    (lang, header) => {
      const table = readRatings([
        ["Ratings Q1"],
        header,
        ["Ann", "Bo", "x", 4],
        [],
        ["Ann", "Cy", "y", 5],
      ]);
      expect(table).toMatchObject({ headerRow: 2, lang, missing: [] });
      expect(table?.ratings.map((r) => [r.row, r.rater, r.score])).toEqual([
        [3, "Bo", 4],
        [5, "Cy", 5],
      ]);
    }
  );

  it("reports missing required columns, and is no Ratings sheet without three of them", () => {
    expect(readRatings([["Person", "Rater", "Score"]])?.missing).toEqual(["role"]);
    expect(readRatings([["Person", "Comment", "Date"]])).toBeNull();
  });
});

describe("the reference model", () => {
  const people = findPeople([
    readSheet(
      "S",
      okrRows("Sales", [
        { owner: "Ann", current: 5 },
        { owner: "Bo", current: 10 },
      ])
    ),
  ]);
  const progress = (ref: { objective: { keyResults: { current: number | null }[] } }) =>
    (ref.objective.keyResults[0].current ?? 0) / 10;

  it("maps a rating on 1–5 to 0–1: 1 → 0, 3 → 0.5, 5 → 1", () => {
    for (const [score, share] of [
      [1, 0],
      [3, 0.5],
      [5, 1],
    ]) {
      const m = reviewModel(
        people,
        [rating(2, "Ann", "Mo", "Manager", score)],
        "en",
        settings,
        progress
      );
      expect(m.people[0].components.manager).toBe(share);
    }
  });

  it("averages every peer, leaves out self-as-peer and off-scale scores, and rescales what is missing", () => {
    const ratings = [
      rating(2, "Ann", "Bo", "Peer", 4),
      rating(3, "ann", "Cy", "peer", 5), // names and roles match ignoring case, as COUNTIFS does
      rating(4, "Ann", "Ann", "Peer", 1), // rating herself as a peer: not counted
      rating(5, "Ann", "Di", "Peer", 7), // off the scale: not counted
      rating(6, "Ann", "Ann", "Self", 3),
      rating(7, "Ann", "Mo", "Manager", 2),
    ];
    const [ann, bo] = reviewModel(people, ratings, "en", settings, progress).people;
    expect(ann.components).toEqual({
      okr: 0.5,
      self: 0.5,
      peer: 0.875,
      manager: 0.25,
      designated: null,
    });
    expect(ann.peerCount).toBe(2);
    expect(ann.missing).toEqual(["designated"]);
    // Σ w·v / Σ w over the four components present (weights 40, 10, 15, 25 of 90).
    expect(ann.total).toBeCloseTo((0.4 * 0.5 + 0.1 * 0.5 + 0.15 * 0.875 + 0.25 * 0.25) / 0.9, 12);
    // Bo has only his OKR score: the total is it, rescaled, not diluted by zeros.
    expect(bo.total).toBe(1);
    expect([bo.rank, ann.rank]).toEqual([1, 2]);
  });

  it("has no total without any component, and reads no component off an unusable scale", () => {
    const none = findPeople([readSheet("S", okrRows("Sales", [{ owner: "Ann", current: 5 }]))]);
    const m = reviewModel(
      none,
      [rating(2, "Ann", "Mo", "Manager", 3)],
      "en",
      { ...settings, scale: { low: 5, high: 5 } },
      () => null
    );
    expect(m.people[0]).toMatchObject({ total: null, rank: null, peerCount: null });
    expect(m.departments[0]).toMatchObject({
      people: 1,
      averageTotal: null,
      bands: [0, 0, 0, 0, 0],
    });
  });

  it("bands totals, a bound's float noise going up", () => {
    expect([0, 0.1999, 0.2, 0.19999999999999998, 0.59, 0.8, 1].map(bandOf)).toEqual([
      0, 0, 1, 1, 2, 4, 4,
    ]);
  });

  it("takes a person's own Individual-scope sheet as their OKR score, else every objective they own", () => {
    const sheets = [
      readSheet(
        "Sales",
        okrRows("Sales", [
          { owner: "Ann", current: 0 },
          { owner: "Bo", current: 2 },
        ])
      ),
      readSheet("Mine", okrRows("Solo", [{ owner: "Ann", current: 10 }], { scope: "Individual" })),
      readSheet("HR", okrRows("HR", [{ owner: "bo", current: 4 }])),
    ];
    const found = findPeople(sheets);
    expect(found.map((p) => [p.name, p.department, p.source])).toEqual([
      ["Ann", "Solo", { kind: "individual", sheet: "Mine" }],
      ["Bo", "Sales", { kind: "owned", sheets: ["Sales", "HR"] }],
    ]);
    const m = reviewModel(found, [], "en", settings, progress);
    expect(m.people.map((p) => p.components.okr)).toEqual([1, (0.2 + 0.4) / 2]);
  });
});

describe("the plan", () => {
  // A scored sheet: its header row has the formula columns (Progress among them).
  const sales = input(
    "Sales",
    okrRows("Sales", [
      { owner: "Ann", current: 5 },
      { owner: "Bo", current: 10 },
    ])
  );

  it("refuses OKR sheets that are not scored yet, saying which", () => {
    const header = COLUMNS.filter((c) => c.kind !== "formula").map((c) =>
      columnHeader(c.key, "en")
    );
    const unscored = input("Raw", okrRows("Raw", [{ owner: "Ann", current: 5 }], { header }));
    const plan = planReview([unscored], { lang: "en" });
    expect(plan.plans).toEqual([]);
    expect(planReview([input("Notes", [["hello"]])], { lang: "en" })).toMatchObject({
      plans: [],
      okrSheets: [],
    });
    expect(plan.findings.map((f) => [f.ruleId, f.sheet, f.cell])).toEqual([
      ["REVIEW-NOT-SCORED", "Raw", "A4"],
    ]);
  });

  it.each(LANGS)("names its sheets and headers in %s and writes only allowed functions", (lang) => {
    const plan = planReview([sales], { lang });
    const [ratings, review] = plan.plans;
    expect([ratings.sheet, review.sheet]).toEqual(
      {
        en: ["Ratings", "360 Review"],
        "zh-CN": ["评分明细", "360度评估"],
        "zh-TW": ["評分明細", "360度評估"],
      }[lang]
    );
    const values = review.blocks[0].values;
    expect(values[REVIEW_ROW.header].slice(0, 3)).toEqual(
      {
        en: ["Person", "Department", "OKR score"],
        "zh-CN": ["员工", "部门", "OKR 得分"],
        "zh-TW": ["員工", "部門", "OKR 得分"],
      }[lang]
    );
    const formulas = formulasIn(values);
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.flatMap(disallowedFunctions)).toEqual([]);
    expect(Math.max(...formulas.map((f) => f.length))).toBeLessThan(MAX_FORMULA_LENGTH);
    // The role words the formulas count are the Ratings sheet's language's; the dropdown offers them.
    expect(ratings.validations[0].list).toEqual(
      {
        en: ["Self", "Peer", "Manager", "Designated"],
        "zh-CN": ["自评", "互评", "上级", "指定人"],
        "zh-TW": ["自評", "互評", "上級", "指定人"],
      }[lang]
    );
    expect(values[REVIEW_ROW.first][REVIEW_COL.peers]).toEqual({
      formula: expect.stringContaining(`"=${ratings.validations[0].list[1]}"`),
      shows: 0, // no ratings yet: no peer counted (what the formula shows, cached in files)
    });
    expect(review.charts.map((c) => c.title)).toHaveLength(1);
  });

  it("keeps the weights and scale people set on the review sheet when it is built again", () => {
    const first = planReview([sales], { lang: "en" });
    const values = first.plans[1].blocks[0].values.map((r) =>
      r.map((v) => (typeof v === "object" && v !== null ? null : v))
    );
    values[REVIEW_ROW.scale][2] = 10;
    values[REVIEW_ROW.weights][REVIEW_COL.okr] = "50%"; // a percent-formatted cell as hosts read it
    const again = planReview(
      [
        sales,
        input("360 Review", values),
        input("Ratings", [["Person", "Rater", "Role", "Score"]]),
      ],
      { lang: "en" }
    );
    expect(is360ReviewSheet(values)).toBe(true);
    expect(isReviewSheet(values)).toBe(false); // the period review's: another sheet
    expect(again.plans).toHaveLength(1); // the Ratings sheet exists: it is never written
    expect(again.plans[0]).toMatchObject({ sheet: "360 Review", replace: true });
    const rebuilt = again.plans[0].blocks[0].values;
    expect(rebuilt[REVIEW_ROW.scale].slice(1, 3)).toEqual([1, 10]);
    expect(rebuilt[REVIEW_ROW.weights][REVIEW_COL.okr]).toBe(0.5);
    expect(again.findings.map((f) => [f.ruleId, f.cell, f.params])).toEqual([
      ["REVIEW-WEIGHTS-SUM", "J3", { sum: 110 }],
    ]);
  });

  it("cuts a large review into plans of about 1 MB, so no request passes Excel's 5 MB limit", () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({
      owner: `Person ${i}`,
      current: i % 11,
    }));
    const plan = planReview([input("Big", okrRows("Big", many))], { lang: "en" });
    const review = plan.plans.slice(1);
    expect(review.length).toBeGreaterThan(3);
    expect(review.map((p) => [p.sheet, p.create])).toEqual(
      review.map((_, i) => ["360 Review", i === 0])
    );
    for (const p of review) expect(JSON.stringify(p).length).toBeLessThan(PLAN_BYTES * 1.2);
    // Every row is written once, in order.
    const rows = review.flatMap((p) => p.blocks.map((b) => [b.row, b.values.length]));
    rows.slice(1).forEach(([row], i) => expect(row).toBe(rows[i][0] + rows[i][1]));
    expect(rows.reduce((n, [, k]) => n + k, 0)).toBe(REVIEW_ROW.first + 1500);
  });

  it("locates every rating it cannot count as it stands", () => {
    const plan = planReview([sales], {
      lang: "en",
      newRatings: [
        { person: "Ann", rater: "Bo", role: "peer", score: 4, comment: "", date: "" },
        { person: "Ann", rater: "Bo", role: "peer", score: 5, comment: "", date: "" },
        { person: "Ann", rater: "Ann", role: "peer", score: 3, comment: "", date: "" },
        { person: "Zed", rater: "Bo", role: "manager", score: 9, comment: "", date: "2026-03-31" },
        { person: "Bo", rater: "Ann", role: "self", score: "great", comment: "", date: "" },
      ],
    });
    expect(plan.findings.map((f) => [f.ruleId, f.sheet, f.cell])).toEqual([
      ["REVIEW-DUPLICATE", "Ratings", "A3"],
      ["REVIEW-SELF-PEER", "Ratings", "B4"],
      ["REVIEW-RATING-SCALE", "Ratings", "D5"],
      ["REVIEW-UNKNOWN-PERSON", "Ratings", "A5"],
      ["REVIEW-RATING-SCALE", "Ratings", "D6"],
    ]);
    // The new sheet holds the date as a date, the role in the sheet's words.
    expect(plan.plans[0].blocks[0].values[4]).toEqual(["Zed", "Bo", "Manager", 9, "", 46112]);
    for (const lang of LANGS)
      for (const f of plan.findings) {
        const { message, hint } = renderFinding(f, lang);
        expect(message).not.toMatch(/\{\w+\}/);
        expect(hint.length).toBeGreaterThan(5);
      }
    expect(RULES.filter((r) => r.topic === "review")).toHaveLength(9);
  });
});
