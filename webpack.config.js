// Builds the task pane and the ribbon's function file into dist/, with both manifests (manifest.xml
// and the unified manifest's okr-sheets-m365.zip), the help page and the icons beside them.
// `npm run dev-server` serves them on https://localhost:3000 for sideloading into Excel.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { typescript, lowerPackages, ECMA_TARGET } = require("./webpack.common");
const { UnifiedManifestPlugin } = require("./scripts/unified-manifest");

const DEV_URL = "https://localhost:3000/";

/**
 * Where the add-in is published: the one setting a production build needs (README, "Publish it").
 * The manifests' localhost URLs are rewritten to it. A production build without it fails, so no
 * manifest pointing at localhost is published by mistake; development builds, the dev server and
 * the preview keep localhost.
 */
function productionUrl(value = process.env.ADDIN_BASE_URL) {
  if (!value)
    throw new Error(
      "ADDIN_BASE_URL is not set: a production build needs the https address the add-in is published at, e.g. ADDIN_BASE_URL=https://okr.example.com/ npm run build (npm run build:dev builds for localhost)."
    );
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${value}".`);
  }
  if (url.protocol !== "https:" || url.search || url.hash)
    throw new Error(
      `ADDIN_BASE_URL must be a plain https address (Office loads add-ins over https only): "${value}".`
    );
  return url.href.replace(/\/?$/, "/");
}

async function httpsOptions() {
  // office-addin-dev-certs makes (and trusts) a localhost certificate, which Office requires. Where it
  // cannot (e.g. a Linux box without a desktop trust store) the server falls back to plain http, which
  // is enough for the browser preview but not for sideloading: say so instead of failing.
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(`[okr-sheets] No trusted localhost certificate (${error.message}); serving http.`);
    return { type: "http" };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = dev ? DEV_URL : productionUrl();
  const published = (content) => content.toString().replaceAll(DEV_URL, baseUrl);
  return {
    // webpack's own runtime code in the same ECMAScript as the rest (webpack.common.js)
    target: ["web", ECMA_TARGET.toLowerCase()],
    devtool: "source-map", // never eval-based: the pane's Content-Security-Policy forbids eval
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      checkresult: "./src/commands/checkresult.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: typescript.resolve,
    module: { rules: [...typescript.module.rules, lowerPackages] },
    optimization: {
      splitChunks: {
        // The pane's places load on demand (src/taskpane/features.tsx). What two or more of them share
        // (the domain core, most Fluent UI components) is one chunk, so the first place shown costs two
        // requests (that and its own) instead of webpack's default seven; see docs/PERFORMANCE.md.
        cacheGroups: {
          defaultVendors: false,
          default: false,
          places: { chunks: "async", minChunks: 2, name: "places", enforce: true },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "checkresult.html",
        template: "./src/commands/checkresult.html",
        chunks: ["checkresult"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/engine-check.js", to: "engine-check.js" },
          { from: "src/help/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: published },
        ],
      }),
      // The unified manifest's package (okr-sheets-m365.zip), made from the manifest.xml above.
      new UnifiedManifestPlugin(),
    ],
    performance: { hints: false }, // the bundle budget is measured by `npm run bench`, not guessed here
    devServer: serving
      ? {
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsOptions(),
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

module.exports.productionUrl = productionUrl;
