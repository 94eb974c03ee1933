#!/usr/bin/env node
// Regenerates the rule table in README.md (between the rules:start/rules:end markers) from the
// rule files. `--check` exits 1 when the README is stale (the test suite checks the same thing).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { allRules } = await import(join(root, 'dist', 'src', 'index.js'));

export function ruleTable(rules) {
  const rows = rules.map((r) =>
    `| [\`${r.id}\`](${r.docsPath}) | ${r.description.replace(/\|/g, '\\|')} | ${r.citation.section} | ${r.severity} |`);
  return ['| Rule | What it flags | Cites | Default |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const pattern = /(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/;
if (!pattern.test(readme)) {
  console.error('README.md has no <!-- rules:start --> … <!-- rules:end --> block.');
  process.exit(2);
}
const updated = readme.replace(pattern, `$1\n${ruleTable(allRules)}\n$2`);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md rule table is stale: run `npm run readme`.');
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
}
