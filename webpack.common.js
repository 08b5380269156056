// What the add-in build (webpack.config.js) and the preview build (webpack.preview.config.js) share.

/** TypeScript through ts-loader, transpile only: `npm run typecheck` does the type checking. */
const typescript = {
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: "tsconfig.build.json" },
        },
      },
    ],
  },
};

module.exports = { typescript };
