// A part that unpacks to more than its zip entry declares is refused as it unpacks, by name, once it
// passes the declared size: Node's inflater hands out pieces of 1 MB, so the size is crossed inside
// one piece, and the part is never unpacked whole.
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { inflateNode } from "../../src/cli/inflateNode";
import { InputError } from "../../src/cli/readProblems";
import { checkXlsxPackage, type Inflate } from "../../src/cli/xlsxPackage";
import { checkXlsx } from "../../src/taskpane/xlsxInPane";

const SHEET = "xl/worksheets/sheet1.xml";

/** A workbook whose sheet part unpacks to ~3 MB, its central directory claiming `declared` bytes. */
async function lying(declared: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  for (let r = 1; r <= 40_000; r++) ws.addRow([r, r * 2]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const name = new TextEncoder().encode(SHEET);
  // The central directory's entry for the sheet: its uncompressed size is at +24.
  for (let at = 0; at + 46 < bytes.length; at++)
    if (
      view.getUint32(at, true) === 0x02014b50 &&
      view.getUint16(at + 28, true) === name.length &&
      name.every((b, k) => bytes[at + 46 + k] === b)
    ) {
      expect(view.getUint32(at + 24, true)).toBeGreaterThan(2 * 1024 ** 2);
      view.setUint32(at + 24, declared, true);
      return bytes;
    }
  throw new Error("no central directory entry for the sheet");
}

const LIES = `f.xlsx: this .xlsx is damaged: ${SHEET} unpacks to more than the size it declares. Open it in Excel (it offers to repair it) and save it again as .xlsx.`;

describe("a part unpacking to more than it declares", () => {
  it.each([100, 1024 ** 2 - 10])(
    "is refused by name, inside the first 1 MB piece past %i bytes declared",
    async (declared) => {
      const bytes = await lying(declared);
      let unpacked = 0;
      const counted: Inflate = (packed, see, size) =>
        inflateNode(
          packed,
          (chunk) => {
            unpacked += chunk.length;
            see(chunk);
          },
          size
        );
      const error = await checkXlsxPackage(bytes, "f.xlsx", counted).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).textIn("en")).toBe(LIES);
      expect(unpacked).toBeGreaterThan(declared);
      expect(unpacked).toBeLessThanOrEqual(declared + 1024 ** 2 + 64 * 1024);
    }
  );

  it("is refused in the same words by the pane's check (pako)", async () => {
    const error = await checkXlsx(await lying(100));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).textIn("en")).toBe(LIES.replace("f.xlsx: ", ""));
  });
});

describe("the command line's unpacking", () => {
  it("unpacks a small part into a piece of about its size, a large one into 1 MB pieces", async () => {
    // 20,000 tiny parts each unpacked into a 1 MB piece made the check's garbage collection seconds.
    const pieces = async (text: string) => {
      const seen: number[] = [];
      await inflateNode(
        deflateRawSync(Buffer.from(text)),
        (chunk) => seen.push(chunk.buffer.byteLength),
        text.length
      );
      return seen;
    };
    const tiny = await pieces("<a/>");
    expect(tiny.length).toBe(1);
    expect(tiny[0]).toBeLessThanOrEqual(16 * 1024);
    const large = await pieces("<v>1</v>".repeat(300_000));
    expect(Math.max(...large)).toBeGreaterThanOrEqual(1024 ** 2);
    expect(large.length).toBeLessThanOrEqual(3);
  });
});
