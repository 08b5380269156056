// The browser preview (`npm run preview`): the real task pane beside an emulated workbook, at
// http://127.0.0.1:3000/preview.html (HOST and PORT change where it listens). Test support only: it
// bundles HyperFormula (GPLv3), which the add-in's own build (webpack.config.js) never does.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { typescript } = require("./webpack.common");

const officeJs = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

module.exports = (env, argv) => ({
  devtool: "source-map",
  entry: { preview: "./preview/index.tsx" },
  output: {
    path: path.resolve(__dirname, "dist-preview"),
    filename: argv.mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
    clean: true,
  },
  ...typescript,
  plugins: [
    new HtmlWebpackPlugin({ filename: "preview.html", template: "./preview/preview.html" }),
    new CopyWebpackPlugin({
      patterns: [
        { from: path.join(officeJs, "office.js"), to: "office-js/office.js" },
        // the client Excel on the web loads, in a frame of its own: the pane's requests go through
        // it to the emulated workbook (preview/officeJs.ts)
        { from: path.join(officeJs, "excel-web-16.00.js"), to: "office-js/excel-web-16.00.js" },
        { from: "preview/excel.html", to: "office-js/excel.html" },
        // …which, outside Office, loads this table to learn which host it is in (none, here)
        {
          from: path.join(officeJs, "o15apptofilemappingtable.js"),
          to: "office-js/o15apptofilemappingtable.js",
        },
        // office.js loads its strings from a folder named for the UI language
        ...["en-us", "zh-cn", "zh-tw"].map((lang) => ({
          from: path.join(officeJs, lang),
          to: `office-js/${lang}`,
        })),
        { from: "assets/*.png", to: "assets/[name][ext]" },
      ],
    }),
  ],
  performance: { hints: false },
  devServer: {
    // Only this machine unless asked: HOST=0.0.0.0 npm run preview to show it to others.
    host: process.env.HOST || "127.0.0.1",
    port: Number(process.env.PORT || 3000),
    open: false,
    historyApiFallback: { index: "/preview.html" },
    client: { overlay: { warnings: false } },
  },
});
