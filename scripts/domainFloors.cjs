// The floors of src/domain and the lint rule that keeps every import running down them
// (eslint.config.mjs turns it on for src/domain; test/domain/floors.test.ts proves it bites).
//
// Reading (the domain's data words, the cells, numbers, dates, periods, headers, columns, cell
// words and every sheet the product recognises, and a statement's words) is the ground floor.
// Primitives (the scoring model, the KR-type table, formula text; plan types and layout) stand on
// it. Features (each with its model, formulas, plan and messages) stand on both. A part imports
// parts on the floors below it and, on its own floor, only the parts it names; nothing in the
// domain imports anything outside it. A new folder or file directly under src/domain is an error
// until it has its place here.
"use strict";
const path = require("node:path");

/** Bottom floor first. Each part: the parts of the same floor it may import. */
const DOMAIN_FLOORS = [
  {
    floor: "reading",
    parts: { "types.ts": [], text: [], reading: ["types.ts", "text"] },
  },
  {
    floor: "primitives",
    parts: { scoring: [], plan: ["scoring"] },
  },
  {
    floor: "features",
    parts: {
      rules: [],
      actions: [],
      checkins: [],
      chase: [],
      score: ["rules", "actions", "checkins", "chase"],
      newSheet: ["score", "actions"],
      close: ["rules", "checkins", "score", "newSheet", "actions"],
      review360: ["rules", "score"],
      collect: ["rules", "checkins", "score", "actions"],
      import: ["newSheet"],
    },
  },
];

/** Part name → { floor index, floor name, same-floor parts it may import }. */
const PARTS = new Map(
  DOMAIN_FLOORS.flatMap(({ floor, parts }, level) =>
    Object.entries(parts).map(([part, uses]) => [part, { level, floor, uses }])
  )
);

/**
 * The part a path inside src/domain belongs to: its first segment ("reading"), or for a file
 * directly under src/domain its name with ".ts" (an import names "../types", the file is types.ts).
 */
function partOf(domainRelative) {
  const first = domainRelative.split(/[\\/]/)[0];
  const file = `${first.replace(/\.tsx?$/, "")}.ts`;
  return PARTS.has(first) || !PARTS.has(file) ? first : file;
}

/**
 * Why `from` (a file) may not import `to` (a resolved path), or null when it may. Both absolute;
 * `domain` is src/domain's absolute path.
 */
function violation(domain, from, to) {
  const fromRel = path.relative(domain, from);
  const toRel = path.relative(domain, to);
  if (toRel.startsWith("..") || path.isAbsolute(toRel))
    return `the domain imports nothing outside src/domain (${path.relative(path.dirname(domain), to)})`;
  const a = partOf(fromRel);
  const b = partOf(toRel);
  if (a === b) return null;
  const pa = PARTS.get(a);
  const pb = PARTS.get(b);
  if (!pa) return `src/domain/${a} has no floor: give it one in scripts/domainFloors.cjs`;
  if (!pb) return `src/domain/${b} has no floor: give it one in scripts/domainFloors.cjs`;
  if (pb.level < pa.level) return null;
  if (pb.level > pa.level)
    return `${a} (${pa.floor}) may not import ${b} (${pb.floor}, a floor above): move what both need down`;
  if (pa.uses.includes(b)) return null;
  const allowed = pa.uses.join(", ") || "nothing";
  return `${a} may not import ${b} (both ${pa.floor}): on its own floor it may import ${allowed} (scripts/domainFloors.cjs)`;
}

/** The path an import specifier names, resolved from the importing file (relative specifiers only). */
function resolved(file, specifier) {
  if (!specifier.startsWith(".")) return null;
  return path.resolve(path.dirname(file), specifier);
}

const rule = {
  meta: {
    type: "problem",
    docs: {
      description: "imports in src/domain run only down its floors (scripts/domainFloors.cjs)",
    },
    schema: [
      { type: "object", properties: { domain: { type: "string" } }, additionalProperties: false },
    ],
    messages: { upward: "{{why}}" },
  },
  create(context) {
    const domain = path.resolve(
      context.options[0]?.domain ?? path.join(__dirname, "..", "src", "domain")
    );
    const file = path.resolve(context.filename);
    if (path.relative(domain, file).startsWith("..")) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== "string") return;
      const to = resolved(file, source.value);
      if (!to) {
        context.report({
          node,
          messageId: "upward",
          data: { why: `the domain imports no package (${source.value}): it is plain TypeScript` },
        });
        return;
      }
      const why = violation(domain, file, to);
      if (why) context.report({ node, messageId: "upward", data: { why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
    };
  },
};

module.exports = {
  DOMAIN_FLOORS,
  violation,
  plugin: { rules: { "domain-floors": rule } },
};
