// webpack.config.js: a production build needs ADDIN_BASE_URL (the one setting that says where the
// add-in is published) and fails without it; a development build keeps localhost.
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const config = require(join(root, "webpack.config.js")) as ((
  env: Record<string, unknown>,
  argv: { mode: string }
) => Promise<{ plugins: object[] }>) & { productionUrl: (value?: string) => string };

type Pattern = { from: string; transform?: (content: Buffer) => string | Buffer };
const manifestTransform = async (mode: string) => {
  const built = await config({}, { mode });
  const copy = built.plugins.find((p) => "patterns" in p) as { patterns: Pattern[] };
  const pattern = copy.patterns.find((p) => p.from === "manifest.xml")!;
  return (xml: string) => String(pattern.transform!(Buffer.from(xml)));
};

const XML = '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>';

describe("the production address (ADDIN_BASE_URL)", () => {
  const saved = process.env.ADDIN_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  });

  it("is required by a production build, which fails without it and says how to set it", async () => {
    delete process.env.ADDIN_BASE_URL;
    await expect(config({}, { mode: "production" })).rejects.toThrow(
      /ADDIN_BASE_URL is not set[^]*ADDIN_BASE_URL=https:\/\/okr\.example\.com\/ npm run build/
    );
  });

  it("replaces localhost in the manifest it publishes", async () => {
    process.env.ADDIN_BASE_URL = "https://okr.example.org/addin";
    expect((await manifestTransform("production"))(XML)).toBe(
      '<SourceLocation DefaultValue="https://okr.example.org/addin/taskpane.html"/>'
    );
  });

  it("is not needed by a development build, which keeps localhost", async () => {
    delete process.env.ADDIN_BASE_URL;
    expect((await manifestTransform("development"))(XML)).toBe(XML);
  });

  it.each(["http://okr.example.org/", "okr.example.org", "https://okr.example.org/?v=1"])(
    "refuses %s: Office loads add-ins over plain https addresses only",
    (value) => {
      expect(() => config.productionUrl(value)).toThrow(/ADDIN_BASE_URL/);
    }
  );
});
