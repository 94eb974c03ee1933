#!/usr/bin/env node
// Run by `npm run build` after tsc: loads the bundled catalogue (rules/**/*.yml, sources/*.yml) with
// every check, writes it precompiled to dist/catalogue.json (loaded once at start by the built
// code), and writes the catalogue's JSON Schemas to schema/ for editors. A data error prints one
// `file:line:column: message` line each and exits 2.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadCatalogue } = await import('../dist/src/catalogue/load.js');
const { catalogueSchemas } = await import('../dist/src/catalogue/schemas.js');
const { formatProblem } = await import('../dist/src/catalogue/problems.js');

let catalogue;
try {
  catalogue = loadCatalogue(root);
} catch (error) {
  if (!error.problems) throw error;
  for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  process.exit(2);
}
const built = {
  rules: catalogue.rules,
  classes: catalogue.classes,
  numberWords: catalogue.numberWords ?? [],
  categories: catalogue.categories,
  sources: catalogue.sources,
  passages: [...catalogue.passages.values()],
};
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'catalogue.json'), `${JSON.stringify(built)}\n`);
for (const [name, schema] of Object.entries(catalogueSchemas)) {
  writeFileSync(join(root, 'schema', name), `${JSON.stringify(schema, null, 2)}\n`);
}
