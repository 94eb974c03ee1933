#!/usr/bin/env node
// Writes the golden findings of every fixture (test/golden/<fixture path>.json) from the current
// engine. Run after a deliberate change, then READ the diff: the goldens are reviewed expectations,
// and test/golden.test.ts compares them exactly.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { lintText, supportedExtensions } = await import(join(root, 'dist', 'src', 'index.js'));
const { glob } = await import('tinyglobby');

export function goldenOf(text, filePath) {
  return lintText(text, { filePath }).messages.map((m) => ({
    ruleId: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
    ...(m.fatal ? { fatal: true, message: m.message } : { actual: m.actual, confidence: m.confidence }),
  }));
}

const files = await glob(`**/*.{${supportedExtensions.map((e) => e.slice(1)).join(',')}}`, { cwd: join(root, 'fixtures') });
for (const file of files.sort()) {
  const golden = goldenOf(readFileSync(join(root, 'fixtures', file), 'utf8'), file);
  const target = join(root, 'test', 'golden', `${file}.json`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(golden, null, 2)}\n`);
  console.log(`${relative(root, target)}: ${golden.length} finding(s)`);
}
