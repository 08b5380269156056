import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MIN_EXCEL_API } from "../../src/taskpane/office";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("is an Excel task-pane add-in asking for ReadWriteDocument and nothing more", () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest.match(/<Host Name="[^"]+"\/>/g)).toEqual(['<Host Name="Workbook"/>']);
    expect(manifest.match(/<Permissions>(.*)<\/Permissions>/)?.[1]).toBe("ReadWriteDocument");
  });

  it("requires the ExcelApi level the add-in is written for (the floor the README justifies)", () => {
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/>`);
  });

  it("puts a button that opens the task pane on the Home tab", () => {
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
  });

  it("translates the display name and description into zh-CN and zh-TW", () => {
    for (const element of ["DisplayName", "Description"]) {
      const block = manifest.match(new RegExp(`<${element} [\\s\\S]*?</${element}>`))?.[0] ?? "";
      expect(block).toMatch(/Locale="zh-CN" Value="[^"]*[\u4e00-\u9fff]/);
      expect(block).toMatch(/Locale="zh-TW" Value="[^"]*[\u4e00-\u9fff]/);
    }
  });

  it("reads Traditional Chinese in Hong Kong and Macau: every zh-TW text has zh-HK and zh-MO twins", () => {
    const overrides = [
      ...manifest.matchAll(/<(?:bt:)?Override Locale="(zh-[A-Z]{2})" Value="([^"]*)"\/>/g),
    ].map((m) => ({ locale: m[1], value: m[2] }));
    const tw = overrides.filter((o) => o.locale === "zh-TW").map((o) => o.value);
    expect(tw.length).toBeGreaterThan(10);
    for (const locale of ["zh-HK", "zh-MO"])
      expect(overrides.filter((o) => o.locale === locale).map((o) => o.value)).toEqual(tw);
  });

  it("has a SupportUrl and a Learn more link: sections of the help page, in each language", () => {
    const help = readFileSync(join(root, "src", "help", "help.html"), "utf8");
    /** The default and override URLs of the first block that starts with `open`. */
    const urls = (open: string, close: string) => {
      const from = manifest.indexOf(open);
      const block = manifest.slice(from, manifest.indexOf(close, from));
      return [...block.matchAll(/(?:DefaultValue|Value)="([^"]+)"/g)].map((m) => m[1]);
    };
    const support = urls("<SupportUrl ", "</SupportUrl>");
    const learnMore = urls('<bt:Url id="OkrSheets.LearnMore.Url"', "</bt:Url>");
    expect(support).toHaveLength(5);
    expect(manifest).toContain('<LearnMoreUrl resid="OkrSheets.LearnMore.Url"/>');
    expect(learnMore).toHaveLength(5);
    for (const url of [...support, ...learnMore]) {
      const [page, anchor] = url.split("#");
      expect(page).toBe("https://localhost:3000/help.html");
      expect(help).toContain(`id="${anchor}"`);
    }
    expect(support[0]).toMatch(/#support-en$/);
    expect(learnMore[1]).toMatch(/#zh-CN$/);
  });

  it("refers only to icons that exist, and assets has 16, 32, 64, 80 and 128", () => {
    for (const [, file] of manifest.matchAll(/localhost:3000\/(assets\/[^"]+)"/g)) {
      expect(existsSync(join(root, file))).toBe(true);
    }
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(root, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
    }
  });
});

describe("the pane's Content-Security-Policy", () => {
  const csp = (file: string) => {
    const html = readFileSync(join(root, file), "utf8");
    const content =
      html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1] ?? "";
    return new Map(
      content
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...sources]) => [name, sources])
    );
  };

  it.each([
    "src/taskpane/taskpane.html",
    "src/commands/commands.html",
    "src/commands/checkresult.html",
  ])("%s allows only its own origin and the Office CDN", (file) => {
    const policy = csp(file);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const sources of policy.values()) {
      for (const source of sources) {
        expect([
          "'self'",
          "'none'",
          "'unsafe-inline'",
          "data:",
          "https://appsforoffice.microsoft.com",
        ]).toContain(source);
      }
    }
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });
});
