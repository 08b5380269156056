// The 360° review end to end: the command line's file recalculated by LibreOffice equals the
// reference model (--format json) on random people and ratings; and in the browser preview, HR builds
// the review from generated and scored sheets with real clicks on the real pane.
import { createSalesAndCompany, scoreAsOf, typeValue } from "./support/flows";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import type { Page } from "playwright-core";
import { run } from "../../src/cli/main";
import { DEPARTMENT_COL, REVIEW_COL, REVIEW_ROW } from "../../src/domain/review360/plan";
import { BANDS } from "../../src/domain/review360/model";
import type { CellValue } from "../../src/domain/types";
import { recalculate } from "../support/libreoffice";
import { writeSheetsXlsx } from "../support/xlsxFile";
import { randomReview } from "../support/randomReview";
import { screenshot, usePreviewPage, type PageWatch } from "./support/browser";

async function cli(args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const status = await run(args, { out: (t) => (out += t), err: (t) => (err += t), tty: false });
  return { status, out, err };
}

/** Weight sets that make 100 % (the command line refuses others), in okr, self, peer, manager, designated order. */
const WEIGHTS = [
  [40, 10, 15, 25, 10],
  [50, 0, 30, 20, 0],
  [20, 20, 20, 20, 20],
];
const ROLE_OK = /^(self|peer|manager|designated)$/i;

interface JsonPerson {
  person: string;
  department: string;
  okr: number | null;
  self: number | null;
  peer: number | null;
  peerCount: number | null;
  manager: number | null;
  designated: number | null;
  total: number | null;
  rank: number | null;
}

describe("okr review in LibreOffice equals the reference model", () => {
  const dir = mkdtempSync(join(tmpdir(), "okr-review-lo-"));

  it("on random people, ratings (many peers, missing roles), scales and weights", async () => {
    const samples = fc.sample(randomReview, { numRuns: 6, seed: 1818 });
    let rescaled = 0;
    let peers = 0;
    for (const [n, sample] of samples.entries()) {
      const input = join(dir, `random-${n}.xlsx`);
      await writeSheetsXlsx(input, sample.sheets);
      // The command line refuses ratings it cannot count (other tests show that): keep the usable
      // ones, each person, rater and role once.
      const owners = new Set(
        sample.sheets.flatMap((s) =>
          s.rows.filter((r) => r[1] === "Objective").map((r) => String(r[4]))
        )
      );
      const seen = new Set<string>();
      const { low, high } = sample.scale;
      const usable = sample.ratings.filter(([person, rater, role, score]) => {
        const key = [person, rater, role].map((x) => String(x).toLowerCase()).join("|");
        const ok =
          owners.has(String(person)) &&
          ROLE_OK.test(String(role)) &&
          typeof score === "number" &&
          score >= low &&
          score <= high &&
          !(String(role).toLowerCase() === "peer" && person === rater) &&
          !seen.has(key);
        seen.add(key);
        return ok;
      });
      const csv = join(dir, `ratings-${n}.csv`);
      writeFileSync(
        csv,
        [
          "Person,Rater,Role,Score",
          ...usable.map((r: CellValue[]) => r.slice(0, 4).join(",")),
        ].join("\n")
      );
      const w = WEIGHTS[n % WEIGHTS.length];
      const out = join(dir, `review-${n}.xlsx`);
      const result = await cli([
        "review",
        input,
        "--ratings",
        csv,
        "-o",
        out,
        "--format",
        "json",
        "--as-of",
        sample.asOf,
        "--scale",
        `${low}-${high}`,
        "--weights",
        `okr=${w[0]},self=${w[1]},peer=${w[2]},manager=${w[3]},designated=${w[4]}`,
      ]);
      expect([result.status, result.err]).toEqual([0, ""]);
      const people: JsonPerson[] = JSON.parse(result.out).people;
      expect(people.length).toBeGreaterThan(0);
      peers = Math.max(peers, ...people.map((p) => p.peerCount ?? 0));
      const sheet = recalculate(out).get("360 Review") ?? [];
      const num = (v: CellValue) => (typeof v === "number" ? v : null);
      const near = (a: number | null, b: number | null) =>
        a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9;
      const misses: string[] = [];
      people.forEach((p, i) => {
        const line = sheet[REVIEW_ROW.first + i] ?? [];
        if (line[REVIEW_COL.person] !== p.person)
          misses.push(`row ${i}: ${line[0]} vs ${p.person}`);
        for (const k of ["okr", "self", "peer", "manager", "designated", "total", "rank"] as const)
          if (!near(num(line[REVIEW_COL[k]]), p[k]))
            misses.push(`${p.person} ${k}: LibreOffice ${line[REVIEW_COL[k]]}, model ${p[k]}`);
        if (!near(num(line[REVIEW_COL.peers]), p.peerCount)) misses.push(`${p.person} peers`);
        if (p.total !== null && [p.okr, p.self, p.peer, p.manager, p.designated].includes(null))
          rescaled++;
      });
      // Per department: the people and the band counts add up.
      const departments = new Set(people.map((p) => p.department.toLowerCase())).size;
      for (let d = 0; d < departments; d++) {
        const head = REVIEW_ROW.first + departments + 1 + d * (BANDS.length + 2);
        const name = sheet[head]?.[DEPARTMENT_COL + 1];
        const mine = people.filter((p) => p.department === name && p.total !== null).length;
        const counted = sheet
          .slice(head + 1, head + 1 + BANDS.length)
          .reduce((s, r) => s + (num(r[DEPARTMENT_COL + 1]) ?? 0), 0);
        if (counted !== mine) misses.push(`${name}: bands count ${counted}, model ${mine}`);
      }
      expect(misses).toEqual([]);
    }
    expect(rescaled).toBeGreaterThan(3);
    expect(peers).toBeGreaterThan(5); // many peers for one person
  });
});

describe("Review in the preview", () => {
  const preview = usePreviewPage({ width: 1500, height: 900 });
  let page: Page;
  let watch: PageWatch;
  beforeEach(() => {
    page = preview.page();
    watch = preview.watch();
  });
  const cell = (address: string) => page.locator(`[data-testid=grid] td[data-cell="${address}"]`);
  const tab = (name: string) => page.getByTestId("sheet-tab").filter({ hasText: name });

  it("builds the review from generated and scored sheets, then counts the ratings HR enters", async () => {
    await createSalesAndCompany(page);
    await typeValue(page, "Sales 2026-Q1", "K8", 1_600_000);
    await scoreAsOf(page, "2026-02-15");

    await page.getByRole("tab", { name: "Review" }).click();
    await page.getByRole("button", { name: "Build review" }).click();
    const built = page.getByTestId("reviewed");
    await built.waitFor();
    expect(await built.textContent()).toContain("A new sheet Ratings was added");
    // HR enters ratings for the first person: two peers, the manager, and a peer who is herself.
    const person = await page.evaluate(async () =>
      window.okrPreview!.excel.run(async (context) => {
        const a6 = context.workbook.worksheets.getItem("360 Review").getRange("A6");
        a6.load("values");
        await context.sync();
        const name = String(a6.values[0][0]);
        context.workbook.worksheets.getItem("Ratings").getRange("A2:D5").values = [
          [name, "Bo", "Peer", 4],
          [name, "Cy", "Peer", 5],
          [name, "Mo", "Manager", 3],
          [name, name, "Peer", 1],
        ];
        return name;
      })
    );
    await page.getByRole("button", { name: "Build review" }).click();
    await page.getByTestId("review-findings").waitFor();
    expect(await page.getByTestId("review-findings").textContent()).toContain(
      `${person} rates themselves as a peer`
    );
    await tab("360 Review").click();
    expect(await cell("A6").textContent()).toBe(person);
    expect(await cell("F6").textContent()).toBe("88%"); // peers 4 and 5 on 1–5: 0.875
    expect(await cell("G6").textContent()).toBe("2");
    expect(await cell("H6").textContent()).toBe("50%");
    expect(await cell("K6").textContent()).toBe("rescaled, without: Self Designated");
    expect(await cell("J6").textContent()).toMatch(/^\d+%$/);
    expect(await cell("L6").textContent()).toBe("1");
    await screenshot(page, "review-sheet");
    const departments = await page
      .getByTestId("review-departments")
      .getByRole("listitem")
      .allTextContents();
    expect(departments.length).toBeGreaterThan(0);
    expect(watch.errors).toEqual([]);
  });
});
