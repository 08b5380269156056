import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { okr } from "../support/cli";
import { readmeExample } from "../support/readmeExample";

describe("okr chase", () => {
  it("on the README's workbook after a one-row check-in lists the other owners' key results as owing; after split and one collect, the department not returned", async () => {
    const files = await readmeExample();
    const at = (f: string) => join(files.dir, f);

    const owed = await okr("chase", files.checkedIn, "--as-of", "2026-02-15", "--format", "json");
    expect(owed.err).toBe("");
    expect(owed.status).toBe(0);
    const result = JSON.parse(owed.out) as {
      owners: {
        owner: string;
        krs: { id: string; last: string | null; days: number }[];
        mailto: string;
      }[];
      notReturned: unknown[];
    };
    const ids = result.owners.flatMap((o) => o.krs.map((k) => k.id));
    // SALES-O1-KR1 was checked in on 2026-02-10, within the week: not owed. Every other is.
    expect(ids).not.toContain("SALES-O1-KR1");
    expect(ids).toEqual(expect.arrayContaining(["SALES-O1-KR2", "CO-O1-KR1"]));
    expect(ids).toHaveLength(14);
    expect(result.owners.map((o) => o.owner)).toEqual(["CEO", "Head of Sales"]);
    expect(result.owners[1].krs[0]).toEqual(
      expect.objectContaining({ id: "SALES-O1-KR2", last: null, days: 46 })
    );
    expect(result.owners[0].mailto).toMatch(/^mailto:\?subject=OKR%20check-in%20due/);
    expect(result.notReturned).toEqual([]);

    // A week later the check-in itself is late: 12 days.
    const later = await okr("chase", files.checkedIn, "--as-of", "2026-02-22");
    expect(later.out).toContain("SALES-O1-KR1  Grow");
    expect(later.out).toContain("last check-in 2026-02-10 (12 days ago)");

    const split = await okr("split", files.checkedIn, "-o", at("sent"));
    expect(split.status).toBe(0);
    const sales = readdirSync(at("sent")).find((f) => f.startsWith("Sales"))!;
    const collected = await okr(
      "collect",
      files.checkedIn,
      join(at("sent"), sales),
      "-o",
      at("back.xlsx"),
      "--as-of",
      "2026-02-15"
    );
    expect(collected.out).toContain("1 sheet(s) collected");
    expect(collected.out).toMatch(
      /Not returned yet: Company 2026-Q1\.xlsx \(sheet Company 2026-Q1, sent \d{4}-\d\d-\d\d\)/
    );

    const back = await okr("chase", at("back.xlsx"), "--as-of", "2026-02-15");
    expect(back.out).toMatch(
      /Files sent and not returned:\n {2}Company 2026-Q1 \(Company 2026-Q1\.xlsx\), sent/
    );
    expect(back.out).not.toMatch(/Sales 2026-Q1 \(Sales/);

    // Both back: nothing is out.
    const both = await okr(
      "collect",
      at("back.xlsx"),
      join(at("sent"), "Company 2026-Q1.xlsx"),
      "-o",
      at("both.xlsx"),
      "--as-of",
      "2026-02-16"
    );
    expect(both.out).not.toContain("Not returned yet");
    const none = await okr("chase", at("both.xlsx"), "--format", "json", "--as-of", "2026-02-16");
    expect(JSON.parse(none.out).notReturned).toEqual([]);
  });

  it("writes an unsent mail draft per owner and a weekly reminder, in the chosen language", async () => {
    const files = await readmeExample();
    const drafts = join(files.dir, "drafts");
    const ics = join(files.dir, "remind.ics");
    const run = await okr(
      "chase",
      files.checkedIn,
      "--as-of",
      "2026-02-15",
      "--lang",
      "zh-TW",
      "--drafts",
      drafts,
      "--ics",
      ics,
      "--format",
      "csv",
      "-o",
      join(files.dir, "owed.csv")
    );
    expect(run.status).toBe(0);
    expect(readdirSync(drafts).sort()).toEqual(["CEO.eml", "Head of Sales.eml"]);
    const eml = readFileSync(join(drafts, "Head of Sales.eml"), "utf8");
    expect(eml).toContain("X-Unsent: 1");
    expect(eml).toContain("Head of Sales，您好");
    expect(eml).toContain("SALES-O1-KR2");
    const reminder = readFileSync(ics, "utf8");
    expect(reminder).toContain("RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20260331");
    expect(reminder).toContain("SUMMARY:OKR 進度更新");
    const csv = readFileSync(join(files.dir, "owed.csv"), "utf8").split("\n");
    expect(csv[0]).toBe("owner,kind,sheet,id,what,last_checkin,days,due,file");
    expect(csv).toContain(
      "Head of Sales,keyResult,Sales 2026-Q1,SALES-O1-KR2,Increase qualified pipeline from $4M to $6.5M,,46,,"
    );
    expect(existsSync(join(files.dir, "owed.csv"))).toBe(true);
  });
});
