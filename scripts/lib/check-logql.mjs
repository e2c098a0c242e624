// Parses LogQL queries with Grafana's own LogQL grammar (npm @grafana/lezer-logql, the parser of
// Grafana's query editor) and fails on any syntax error. Input: a JSON array of {where, expr} on
// stdin; argv[2] is the node_modules dir. Grafana variables are replaced by sample values first.
import path from "node:path";
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(path.join(process.argv[2], "noop.js"));
const { parser } = require("@grafana/lezer-logql");
const queries = JSON.parse(fs.readFileSync(0, "utf8"));
const SAMPLES = [
  [/\$\{__value\.raw\}/g, "4bf92f3577b34da6a3ce929d0e0e4736"],
  [/\$\{(\w+)(:\w+)?\}/g, "sample"],
  [/\$(\w+)/g, "sample"],
];

let failures = 0;
for (const { where, expr } of queries) {
  const text = SAMPLES.reduce((t, [re, value]) => t.replace(re, value), expr);
  const tree = parser.parse(text);
  const errors = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError) errors.push(`at ${node.from}: "${text.slice(Math.max(0, node.from - 10), node.to + 10)}"`);
    },
  });
  if (errors.length || !text.trim()) {
    console.log(`FAIL ${where}: ${expr}\n     ${errors.join("; ") || "empty"}`);
    failures++;
  } else {
    console.log(`ok   ${where}: ${expr}`);
  }
}
console.log(`logql: ${queries.length - failures} valid, ${failures} invalid`);
process.exit(failures || !queries.length ? 1 : 0);
