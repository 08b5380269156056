// The real office.js client in front of the emulator: what reaches the emulated workbook is
// office.js's own RichApi request, counted in its own bytes and refused over Excel on the web's
// 5 MB with the web's error.
import { createEmulatedExcel, WEB_PAYLOAD_LIMIT_BYTES } from "../../emulator";

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code });
}

/** A column of `rows` cells of text, about `bytes` bytes of JSON in all. */
function column(rows: number, bytes: number): string[][] {
  const text = "x".repeat(Math.max(1, Math.floor(bytes / rows) - 4));
  return Array.from({ length: rows }, () => [`'${text}`]);
}

describe("the add-in's requests, as office.js sends them", () => {
  it("reach the workbook as office.js's RichApi request: object paths and actions", async () => {
    const excel = createEmulatedExcel();
    expect(excel.transport).toBe("wire");
    excel.host!.recorded = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").formulas = [["=1+1"]];
      await context.sync();
    });
    const [request] = excel.host!.recorded;
    const paths = Object.values(request.body!.ObjectPaths);
    expect(paths.map((p) => p.Name)).toEqual(expect.arrayContaining(["Worksheets", "GetRange"]));
    expect(request.body!.Actions.map((a) => a.Name)).toEqual(
      expect.arrayContaining(["_KeepReference", "Formulas"])
    );
    // the count is the UTF-8 length of the text office.js sent
    expect(request.bytes).toBe(new TextEncoder().encode(JSON.stringify(request.body)).length);
    expect(excel.runs[0].payloadBytes).toBe(request.bytes + excel.host!.recorded[1].bytes);
    expect(excel.host!.recorded[1].cleanup).toBe(true);
  });

  it("count Chinese text at three bytes a character, as office.js sends it in UTF-8", async () => {
    const excel = createEmulatedExcel();
    excel.host!.recorded = [];
    const write = async (text: string) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
      });
    await write("a".repeat(1000));
    await write("目".repeat(1000));
    const [latin, chinese] = excel.host!.recorded.filter((r) => !r.cleanup);
    expect(chinese.bytes - latin.bytes).toBe(2000);
  });

  it("hand office.js the workbook's answers: values, null objects, errors with their statement", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").formulas = [[2, "=A1*21"]];
      const range = sheet.getRange("A1:B1");
      range.load("values, address");
      const none = context.workbook.worksheets.getItemOrNullObject("None");
      await context.sync();
      expect(range.values).toEqual([[2, 42]]);
      expect(range.address).toBe("Sheet1!A1:B1");
      expect(none.isNullObject).toBe(true);
    });
    const failing = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1]];
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({
      code: "InvalidArgument",
      // office.js names the statement that failed, from the action the host points at
      debugInfo: { statement: expect.stringContaining("values") },
    });
  });

  it("carry worksheets.onActivated's events to the handler office.js registered", async () => {
    const excel = createEmulatedExcel({ sheets: ["A", "B"] });
    const seen: string[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.onActivated.add(
        async (event) => void seen.push(event.worksheetId)
      );
      await context.sync();
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("B").activate();
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([excel.state.findSheet("B")!.id]);
  });
});

describe("Excel on the web's 5 MB, in office.js's bytes", () => {
  it("refuses a request over 5 MB with the web's error, before anything in it runs", async () => {
    const excel = createEmulatedExcel();
    const rows = 2000;
    const attempt = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("Z1").values = [["first"]];
      sheet.getRange(`A1:A${rows}`).values = column(rows, WEB_PAYLOAD_LIMIT_BYTES + 100_000);
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
      httpStatusCode: 400,
      message: expect.stringContaining("The request payload size has exceeded the limit."),
    });
    const run = excel.runs[0];
    expect(run.refusedRequests).toBe(1);
    expect(run.maxRequestBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
    // refused whole: not even the first write ran
    const sheet = excel.state.findSheet("Sheet1")!;
    expect(excel.state.readValues(sheet, { row: 0, col: 25, rows: 1, cols: 1 })).toEqual([[""]]);
  });

  it("accepts a request just under 5 MB", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000").values = column(
        1000,
        WEB_PAYLOAD_LIMIT_BYTES - 200_000
      );
      await context.sync();
    });
    expect(excel.runs[0].refusedRequests).toBe(0);
    expect(excel.runs[0].maxRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
  });

  it("fails a response over 5 MB with the web's error (the writes before it stay done)", async () => {
    const excel = createEmulatedExcel();
    const sheet = excel.state.findSheet("Sheet1")!;
    const big = column(3000, 3_000_000);
    excel.state.writeValues(sheet, { row: 0, col: 0, rows: 3000, cols: 1 }, big);
    excel.state.writeValues(sheet, { row: 0, col: 1, rows: 3000, cols: 1 }, big);
    await expectCode(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B3000");
        range.load("values");
        await context.sync();
      }),
      "ResponsePayloadSizeLimitExceeded"
    );
    expect(excel.runs[0].refusedResponses).toBe(1);
  });

  it("has no such limit on the desktop", async () => {
    const excel = createEmulatedExcel({ platform: "desktop" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2000").values = column(
        2000,
        WEB_PAYLOAD_LIMIT_BYTES + 100_000
      );
      await context.sync();
    });
    expect(excel.runs[0].maxRequestBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
  });
});
