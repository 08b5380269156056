// What the add-in build (webpack.config.js) and the preview build (webpack.preview.config.js) share.

/** TypeScript through ts-loader, transpile only: `npm run typecheck` does the type checking. */
const typescript = {
  resolve: { extensions: [".ts", ".tsx", ".js"] },
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
          options: { transpileOnly: true, configFile: "tsconfig.build.json" },
        },
      },
    ],
  },
};

module.exports = { typescript };
