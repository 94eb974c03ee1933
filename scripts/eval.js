#!/usr/bin/env node
// Accuracy harness: runs the engine over labelled cases (../shared/eval/dev.jsonl by default) and
// prints precision, recall and F1 per rule, per category and overall (micro), for prose+markdown
// and for code separately, then every false positive and false negative.
//
//   npm run eval                      the dev set
//   npm run eval -- path/to/set.jsonl another set in the same format
//   npm run eval -- --summary         figures only
//   npm run eval -- --json            figures as JSON
// Held out by source family (the figure to steer by): scripts/heldout.js.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groups, kindOf, readCases, row, score, scoreCases } from './lib/score.js';

const here = dirname(fileURLToPath(import.meta.url));
const { findText, allRules } = await import(join(here, '..', 'dist', 'src', 'index.js'));

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const asJson = args.includes('--json');
const setPath = args.find((a) => !a.startsWith('--')) ?? join(here, '..', '..', 'shared', 'eval', 'dev.jsonl');
if (!existsSync(setPath)) {
  console.error(`eval: no labelled set at ${setPath} (the dev set lives in ../shared/eval/, beside the project).`);
  process.exit(2);
}

const cases = readCases(setPath, readFileSync);
const predict = (c) => new Set(findText(c.text, kindOf[c.kind]).map((f) => f.ruleId));

const report = {};
const mistakes = [];
for (const [group, kinds] of Object.entries(groups)) {
  const result = scoreCases(cases.filter((c) => kinds.includes(c.kind)), predict);
  // Every rule is listed, scored or not, so the JSON has a stable shape.
  for (const rule of allRules) if (!result.perRule.has(rule.id)) result.perRule.set(rule.id, { tp: 0, fp: 0, fn: 0 });
  mistakes.push(...result.mistakes.map((m) => ({ ...m, group })));
  report[group] = {
    cases: result.cases,
    unsupported: result.unsupported,
    overall: score(result.overall),
    categories: Object.fromEntries([...result.perCategory].sort().map(([k, v]) => [k, score(v)])),
    rules: Object.fromEntries([...result.perRule].sort().map(([k, v]) => [k, score(v)])),
  };
}

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

if (!summaryOnly) {
  for (const m of mistakes) {
    const text = m.case.text.replace(/\n/g, '⏎').slice(0, 160);
    console.log(`${m.key.toUpperCase()} ${m.group} ${m.id}  [${m.case.id}] ${text}`);
  }
  console.log('');
}
for (const [group, r] of Object.entries(report)) {
  console.log(`== ${group} (${r.cases} cases${r.unsupported ? `, ${r.unsupported} not analysable` : ''})`);
  if (!summaryOnly) {
    for (const [id, s] of Object.entries(r.rules)) if (s.tp + s.fp + s.fn > 0) console.log(`  ${row(id, s)}`);
    console.log('');
  }
  for (const [id, s] of Object.entries(r.categories)) console.log(`  ${row(`category ${id}`, s)}`);
  console.log(`  ${row(`overall micro (${group})`, r.overall)}`);
  console.log('');
}
