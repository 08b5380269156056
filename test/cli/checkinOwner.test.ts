import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { okr } from "../support/cli";
import { readmeExample } from "../support/readmeExample";

describe("okr checkin --owner (My key results)", () => {
  it("lists one owner's key results with what is due, writes a values file of those, and takes only theirs", async () => {
    const files = await readmeExample();
    const at = (f: string) => join(files.dir, f);
    const list = await okr(
      "checkin",
      files.checkedIn,
      "--owner",
      "head of sales",
      "--as-of",
      "2026-02-15",
      "--values-template",
      at("mine.csv")
    );
    expect(list.err).toBe("");
    expect(list.status).toBe(0);
    expect(list.out).toContain(
      "My key results — Head of Sales, as of 2026-02-15: 7 key result(s), 6 to update"
    );
    expect(list.out).toContain("last check-in 2026-02-10 (up to date)");
    expect(list.out).not.toContain("CO-O1");
    const template = readFileSync(at("mine.csv"), "utf8").trim().split("\n");
    expect(template[0]).toBe("ID,Current,Confidence,Comment");
    expect(template).toHaveLength(7);
    expect(template).not.toContain("SALES-O1-KR1,,,");

    const zh = await okr(
      "checkin",
      files.checkedIn,
      "--owner",
      "CEO",
      "--as-of",
      "2026-02-15",
      "--lang",
      "zh-CN"
    );
    expect(zh.out).toContain("我的关键结果——CEO");

    const nobody = await okr("checkin", files.checkedIn, "--owner", "Nobody");
    expect(nobody.status).toBe(2);
    expect(nobody.err).toContain("Owners in this period: CEO, Head of Sales.");

    const values = at("v.csv");
    writeFileSync(values, "ID,Current\nSALES-O1-KR2,4500000\nCO-O1-KR1,9000000\n");
    const refused = await okr(
      "checkin",
      files.checkedIn,
      "--owner",
      "Head of Sales",
      "--values",
      values,
      "--date",
      "2026-02-16",
      "-o",
      at("x.xlsx")
    );
    expect(refused.status).toBe(2);
    expect(refused.err).toContain(
      `${values}, line 3: CO-O1-KR1 is not a key result of Head of Sales`
    );
  });

  it("still needs --date, --values and -o to record a check-in", async () => {
    const files = await readmeExample();
    const run = await okr("checkin", files.checkedIn, "--date", "2026-02-16");
    expect(run.status).toBe(2);
    expect(run.err).toContain("okr checkin needs --date D --values VALUES.csv -o OUT.xlsx");
  });
});
