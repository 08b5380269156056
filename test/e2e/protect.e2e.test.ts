// `okr score --protect` read by LibreOffice: the file LibreOffice re-saves keeps the sheet
// protected, its formula cells locked and every other cell unlocked (test/cli/protect.test.ts
// checks the file as written).
import { recalculatedXlsx } from "../support/libreoffice";
import { readLocks, scoreTeamCsv } from "../support/lockedCells";

const CSV = [
  "ID,Level,Parent,Statement,Owner,Commitment,KR type,Unit,Start,Target,Current,Weight,Confidence,Due,Notes",
  "T-O1,Objective,,Win the mid-market,Dana,Committed,,,,,,,,,",
  "T-O1-KR1,Key result,,Grow ARR from 1000 to 2000,,,Metric,USD,1000,2000,1500,60%,70%,2026-03-31,",
  "T-O1-KR2,Key result,,Cut churn from 5% to 3%,,,Metric,%,5%,3%,4%,40%,70%,2026-03-31,",
].join("\r\n");

describe("okr score --protect in LibreOffice", () => {
  it("keeps the lock through LibreOffice's re-save", async () => {
    const { run, out } = await scoreTeamCsv(CSV, "--protect");
    expect(run.status).toBe(0);
    const written = await readLocks(out, "team");
    const resaved = await readLocks(recalculatedXlsx(out), "team");
    expect(resaved.wrong).toEqual([]);
    expect(resaved.rightUnlocked).toEqual({ AZ: true, XFD: true });
    expect(resaved.formulas).toBe(written.formulas);
    expect(resaved.protection).toMatchObject({ sheet: true, autoFilter: true, insertRows: true });
    expect(resaved.protection).not.toHaveProperty("hashValue");
  });
});
