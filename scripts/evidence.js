#!/usr/bin/env node
// What the labelled cases of ../shared/eval say about each pattern and sense of a rule: the evidence
// to decide whether a pattern no example of its own covers gets an example or goes (issue 15).
//
//   node scripts/evidence.js [rule-id-or-category …] [--unearned] [--json]
//
// For each pattern: the cases it flags on its own (true and false positives, dev and train), and of
// those the ones no other pattern of the rule flags (what removing it would lose). For each other
// sense: the cases the rule would flag without it (false positives it prevents, true positives it
// costs). `--unearned` shows only the patterns and senses the rule's own examples do not cover.
// Only rule-level labels exist, so a pattern "flags" a case when the rule reports the case with that
// pattern alone; the words it flagged are printed so a reader can tell a lucky hit from a real one.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { familyOf, kindOf, readCases } from './lib/score.js';

const here = dirname(fileURLToPath(import.meta.url));
const evalDir = join(here, '..', '..', 'shared', 'eval');
const engine = await import(join(here, '..', 'dist', 'src', 'index.js'));
const { patternCoverage } = await import(join(here, '..', 'dist', 'src', 'testing.js'));

const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith('--'));
const onlyUnearned = args.includes('--unearned');
if (!existsSync(join(evalDir, 'dev.jsonl'))) {
  console.error(`evidence: no labelled cases at ${evalDir} (../shared/eval, beside the project).`);
  process.exit(2);
}
const files = ['dev.jsonl', 'train/organizing.jsonl', 'train/institutional.jsonl', 'train/written.jsonl'];
const cases = files.flatMap((f) => readCases(join(evalDir, f), readFileSync));
const rules = engine.allRules.filter((r) => wanted.length === 0 || wanted.some((w) => r.id === w || r.id.startsWith(`${w}/`)));
if (rules.length === 0) {
  console.error(`evidence: no rule matches ${wanted.join(', ')}`);
  process.exit(2);
}

/** The spans rule `rule` reports in case `c`, as flagged text. */
const flagged = (rule, c) => engine.findText(c.text, { ...kindOf[c.kind], rules: [rule] })
  .filter((f) => f.ruleId === rule.id).map((f) => c.text.slice(f.offset, f.endOffset));
const group = (c) => (familyOf(c).startsWith('dev-') ? 'dev' : 'train');
const tally = () => ({ dev: { tp: 0, fp: 0 }, train: { tp: 0, fp: 0 } });
const key = (rule, c) => (c.labels.includes(rule.id) ? 'tp' : 'fp');

const report = [];
for (const rule of rules) {
  const coverage = patternCoverage(rule);
  const full = new Map(cases.map((c) => [c, flagged(rule, c).length > 0]));
  const patterns = [];
  rule.patterns.forEach((pattern, index) => {
    const earned = !coverage.unearnedPatterns.includes(pattern.match);
    if (onlyUnearned && earned) return;
    const alone = tally();
    const unique = tally();
    const hits = [];
    const others = { ...rule, patterns: rule.patterns.filter((_, i) => i !== index) };
    for (const c of cases) {
      const words = flagged({ ...rule, patterns: [pattern] }, c);
      if (words.length === 0) continue;
      const k = key(rule, c);
      alone[group(c)][k]++;
      const only = flagged(others, c).length === 0;
      if (only) unique[group(c)][k]++;
      hits.push({ case: c.id, family: familyOf(c), key: k, only, words });
    }
    patterns.push({ index, match: pattern.match, earned, alone, unique, hits });
  });
  const senses = [];
  for (const sense of rule.otherSenses ?? []) {
    const earned = !coverage.unneededSenses.includes(sense);
    if (onlyUnearned && earned) continue;
    const without = { ...rule, otherSenses: rule.otherSenses.filter((s) => s !== sense) };
    const prevents = tally();
    const hits = [];
    for (const c of cases) {
      if (full.get(c)) continue;
      const words = flagged(without, c);
      if (words.length === 0) continue;
      const k = key(rule, c);
      prevents[group(c)][k]++;
      hits.push({ case: c.id, family: familyOf(c), key: k, words });
    }
    senses.push({ sense, earned, prevents, hits });
  }
  report.push({ rule: rule.id, patterns, senses });
}

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}
const cell = (t) => `${t.tp}/${t.fp}`.padEnd(7);
for (const { rule, patterns, senses } of report) {
  console.log(`\n${rule}`);
  console.log(`  pattern                                  alone tp/fp (dev train)   only it (dev train)`);
  for (const p of patterns) {
    const mark = p.earned ? ' ' : '!';
    console.log(`${mark} #${String(p.index).padEnd(3)} ${p.match.slice(0, 60).padEnd(60)} ${cell(p.alone.dev)}${cell(p.alone.train)}  ${cell(p.unique.dev)}${cell(p.unique.train)}`);
    for (const h of p.hits.slice(0, 4)) console.log(`        ${h.key}${h.only ? ' only' : '     '} ${h.case} (${h.family}): ${h.words.join(' | ').slice(0, 70)}`);
  }
  if (senses.length) console.log(`  sense                                    without it, flagged tp/fp (dev train)`);
  for (const s of senses) {
    const mark = s.earned ? ' ' : '!';
    console.log(`${mark} ${s.sense.slice(0, 64).padEnd(64)} ${cell(s.prevents.dev)}${cell(s.prevents.train)}`);
    for (const h of s.hits.slice(0, 3)) console.log(`        ${h.key} ${h.case} (${h.family}): ${h.words.join(' | ').slice(0, 70)}`);
  }
}
