// What the add-in build (webpack.config.js) and the preview build (webpack.preview.config.js) share.

/**
 * The JavaScript the add-in's pages may contain: ES2021, which every webview the manifest admits
 * parses (README, "Supported Excel": WebView2, and WKWebView from Safari 15.4, the first with
 * Array.prototype.at, which the pane uses). Some packages ship newer syntax (tabster, under Fluent
 * UI, has class static blocks: Safari 16.4), so the add-in build lowers node_modules too.
 * test/e2e/build.e2e.test.ts parses every emitted script as ES2021.
 */
const ECMA_TARGET = "ES2021";
/** Class fields keep ES2022's define semantics (what the unit tests run) when lowered. */
const compilerOptions = { target: ECMA_TARGET, useDefineForClassFields: true };

/** TypeScript through ts-loader, transpile only: `npm run typecheck` does the type checking. */
const typescript = {
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    // csv-parse's Node build needs Buffer; its browser build carries what it needs (the pane's
    // Import reads a picked .csv with the command line's CSV reading, src/cli/csvText.ts).
    alias: { "csv-parse/sync$": "csv-parse/browser/esm/sync" },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        // Our modules only declare things: one whose exports nobody uses is left out whole (its
        // top-level tables included), so the pane's first chunk carries only what the shell uses.
        sideEffects: false,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: "tsconfig.build.json", compilerOptions },
        },
      },
    ],
  },
};

/**
 * The packages' own JavaScript: a module above ECMA_TARGET is lowered to it by the same compiler,
 * syntax only (scripts/lower-syntax-loader.js); the rest pass through as they are.
 */
const lowerPackages = {
  test: /\.[cm]?js$/,
  include: /node_modules/,
  use: {
    loader: require.resolve("./scripts/lower-syntax-loader"),
    options: { target: ECMA_TARGET },
  },
};

module.exports = { typescript, lowerPackages, ECMA_TARGET };
