#!/usr/bin/env node
// Accuracy harness: runs the engine over labelled cases (../shared/eval/dev.jsonl by default) and
// prints precision, recall and F1 per rule, per category and overall (micro), for prose+markdown
// and for code separately, then every false positive and false negative.
//
//   npm run eval                      the dev set
//   npm run eval -- path/to/set.jsonl another set in the same format
//   npm run eval -- --summary         figures only
//   npm run eval -- --json            figures as JSON
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// Code and data cases go through their front-ends by file name, as the CLI would read them.
const kindOf = {
  prose: { kind: 'text', filePath: 'case.txt' },
  markdown: { kind: 'markdown', filePath: 'case.md' },
  ts: { filePath: 'case.ts' },
  json: { filePath: 'case.json' },
  yaml: { filePath: 'case.yaml' },
};
const cases = readFileSync(setPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const groups = { prose: ['prose', 'markdown'], code: ['ts', 'json', 'yaml'] };

function emptyCounts() {
  return { tp: 0, fp: 0, fn: 0 };
}
function score({ tp, fp, fn }) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...{ tp, fp, fn } };
}

const report = {};
const mistakes = [];
for (const [group, kinds] of Object.entries(groups)) {
  const perRule = new Map(allRules.map((r) => [r.id, emptyCounts()]));
  const perCategory = new Map();
  const overall = emptyCounts();
  let caseCount = 0;
  let unsupported = 0;
  for (const c of cases.filter((c) => kinds.includes(c.kind))) {
    caseCount++;
    let predicted;
    try {
      predicted = new Set(findText(c.text, kindOf[c.kind]).map((f) => f.ruleId));
    } catch (error) {
      unsupported++;
      predicted = new Set();
    }
    const expected = new Set(c.labels);
    for (const id of new Set([...predicted, ...expected])) {
      const counts = perRule.get(id) ?? emptyCounts();
      perRule.set(id, counts);
      const category = id.split('/')[0];
      if (!perCategory.has(category)) perCategory.set(category, emptyCounts());
      const cat = perCategory.get(category);
      const key = predicted.has(id) && expected.has(id) ? 'tp' : predicted.has(id) ? 'fp' : 'fn';
      counts[key]++;
      cat[key]++;
      overall[key]++;
      if (key !== 'tp') mistakes.push({ group, key, id, case: c });
    }
  }
  report[group] = {
    cases: caseCount,
    unsupported,
    overall: score(overall),
    categories: Object.fromEntries([...perCategory].sort().map(([k, v]) => [k, score(v)])),
    rules: Object.fromEntries([...perRule].sort().map(([k, v]) => [k, score(v)])),
  };
}

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

const pct = (x) => x.toFixed(3);
const row = (name, s) => `${name.padEnd(42)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
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
