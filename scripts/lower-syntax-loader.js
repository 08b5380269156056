// webpack loader for the packages' JavaScript (webpack.common.js, lowerPackages): a module that
// already parses as the target ECMAScript passes through untouched; one that does not (tabster's
// class static blocks, say) is lowered by TypeScript, syntax only. Parsing first keeps the build
// fast: only the few modules that need it are compiled.
const acorn = require("acorn");
const ts = require("typescript");

/** How acorn reads a module of either kind (ES module or CommonJS). */
const PARSE = {
  sourceType: "module",
  allowHashBang: true,
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
};

module.exports = function lowerSyntax(source) {
  const { target } = this.getOptions();
  const ecmaVersion = Number(target.replace(/^ES/i, ""));
  try {
    acorn.parse(source, { ...PARSE, ecmaVersion });
    return source;
  } catch {
    const out = ts.transpileModule(source, {
      fileName: this.resourcePath,
      compilerOptions: {
        target: ts.ScriptTarget[target.toUpperCase()],
        module: ts.ModuleKind.ESNext,
        allowJs: true,
        // class fields keep ES2022's define semantics when lowered
        useDefineForClassFields: true,
        sourceMap: this.sourceMap,
      },
    });
    this.callback(null, out.outputText, out.sourceMapText && JSON.parse(out.sourceMapText));
    return undefined;
  }
};
