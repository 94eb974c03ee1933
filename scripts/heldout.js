#!/usr/bin/env node
// Source-held-out measurement: the figure to steer accuracy work by (issue 16). The labelled cases of
// ../shared/eval (dev.jsonl and train/) are split into source families; for each family, whatever the
// method fits (a scorer's weights, a threshold: `--fit module`) is fitted on the other families only,
// and the family is scored. The pooled counts over all held-out families are the headline figure.
// Sentences of one document resemble each other, so a family is a whole source, never a random split.
//
//   node scripts/heldout.js                   per family and pooled, prose and code
//   node scripts/heldout.js --rules           also per rule (pooled)
//   node scripts/heldout.js --errors [fam]    every held-out mistake (of one family)
//   node scripts/heldout.js --check           also the independent check set (test/eval/check.jsonl),
//                                             fitted on all families; keep it for the end
//   node scripts/heldout.js --fit path.js     a module exporting fit(trainCases, engine) => EngineOptions
//   node scripts/heldout.js --json
//   node scripts/heldout.js --ablate          every pattern a false positive needs, removed in turn:
//                                             the true and false positives it costs (dev, train)
//   node scripts/heldout.js --add trial.json [--each]
//                                             try patterns before writing them into a rule: trial.json is
//                                             {"classes": {name: [words]}, "patterns": [{"rule", "match",
//                                             "in"?}]}; --each scores every pattern alone against the
//                                             baseline (delta tp/fp on the dev and the other families)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addCounts, emptyCounts, familyOf, groups, kindOf, readCases, row, score, scoreCases } from './lib/score.js';

const here = dirname(fileURLToPath(import.meta.url));
const evalDir = join(here, '..', '..', 'shared', 'eval');
const engine = await import(join(here, '..', 'dist', 'src', 'index.js'));

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const valueOf = (name) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : undefined;
};
if (!existsSync(join(evalDir, 'dev.jsonl'))) {
  console.error(`heldout: no labelled cases at ${evalDir} (../shared/eval, beside the project).`);
  process.exit(2);
}


const files = ['dev.jsonl', 'train/organizing.jsonl', 'train/institutional.jsonl', 'train/written.jsonl'];
const all = files.flatMap((f) => readCases(join(evalDir, f), readFileSync));
const families = [...new Set(all.map(familyOf))];

const fitPath = valueOf('--fit');
const fitter = fitPath ? await import(pathToFileURL(resolve(fitPath)).href) : undefined;
const fit = (train) => (fitter ? fitter.fit(train, engine) : {});

// Trial patterns (--add): rules are swapped for copies with the extra patterns, so the compiled rule
// set (cached by rule identity) is rebuilt; extra classes are added before anything compiles.
const trialPath = valueOf('--add');
const trial = trialPath ? JSON.parse(readFileSync(trialPath, 'utf8')) : undefined;
const originalRules = [...engine.allRules];
if (trial?.classes) {
  const { wordClasses } = await import(join(here, '..', 'dist', 'src', 'lexicon', 'classes.js'));
  for (const [name, words] of Object.entries(trial.classes)) wordClasses[name] = [...(wordClasses[name] ?? []), ...words];
}
function withPatterns(additions) {
  engine.allRules.splice(0, engine.allRules.length, ...originalRules.map((rule) => {
    const extra = additions.filter((a) => a.rule === rule.id).map(({ match, in: source, confidence }) => ({ match, ...(source ? { in: source } : {}), ...(confidence ? { confidence } : {}) }));
    return extra.length === 0 ? rule : { ...rule, patterns: [...rule.patterns, ...extra] };
  }));
}
for (const a of trial?.patterns ?? []) {
  if (!originalRules.some((r) => r.id === a.rule)) {
    console.error(`heldout: ${trialPath}: no rule ${a.rule}`);
    process.exit(2);
  }
}

if (trial && flag('--each')) {
  // Prose only: what each trial pattern adds on its own, per family (dev families were tuned on).
  const prose = all.filter((c) => c.kind === 'prose' || c.kind === 'markdown');
  const countsOf = () => {
    const out = Object.fromEntries(families.map((f) => [f, emptyCounts()]));
    for (const m of scoreCases(prose, predictor({ scorer: null })).mistakes) out[familyOf(m.case)][m.key]++;
    return out;
  };
  withPatterns([]);
  const base = countsOf();
  console.log(`${'family:'.padEnd(36)} ${families.map((f) => f.padEnd(14)).join('')}(each: +tp/+fp)`);
  for (const a of trial.patterns) {
    withPatterns([a]);
    const now = countsOf();
    const cells = families.map((f) => `${base[f].fn - now[f].fn}/${now[f].fp - base[f].fp}`.padEnd(14));
    console.log(`${a.rule.padEnd(36)} ${cells.join('')}${a.match}`);
  }
  process.exit(0);
}
if (trial) withPatterns(trial.patterns ?? []);

if (flag('--ablate')) {
  // Which patterns earn their place: every pattern that some false positive needs (the false
  // positive goes when the pattern alone is removed) is removed in turn over all prose cases, and
  // what the rules lose and gain is reported per family group.
  const prose = all.filter((c) => c.kind === 'prose' || c.kind === 'markdown');
  const predict = predictor({ scorer: null });
  const withoutPattern = (ruleId, index) => {
    engine.allRules.splice(0, engine.allRules.length, ...originalRules.map((rule) =>
      rule.id === ruleId ? { ...rule, patterns: rule.patterns.filter((_, i) => i !== index) } : rule));
  };
  const restore = () => engine.allRules.splice(0, engine.allRules.length, ...originalRules);
  const base = scoreCases(prose, predict);
  const suspects = new Map();
  for (const m of base.mistakes.filter((m) => m.key === 'fp')) {
    const rule = originalRules.find((r) => r.id === m.id);
    for (let i = 0; i < rule.patterns.length; i++) {
      withoutPattern(rule.id, i);
      if (!predict(m.case).has(m.id)) suspects.set(`${rule.id}#${i}`, [rule.id, i]);
    }
    restore();
  }
  const group = (c) => (familyOf(c).startsWith('dev-') ? 'dev' : 'train');
  console.log(`${suspects.size} patterns are needed by a false positive; removing each alone changes (tp/fp):`);
  for (const [name, [ruleId, i]] of [...suspects].sort()) {
    withoutPattern(ruleId, i);
    const delta = { dev: [0, 0], train: [0, 0] };
    const now = scoreCases(prose, predict);
    for (const m of base.mistakes) if (m.key === 'fp') delta[group(m.case)][1]++;
    for (const m of now.mistakes) if (m.key === 'fp') delta[group(m.case)][1]--;
    for (const m of now.mistakes) if (m.key === 'fn') delta[group(m.case)][0]++;
    for (const m of base.mistakes) if (m.key === 'fn') delta[group(m.case)][0]--;
    restore();
    const source = originalRules.find((r) => r.id === ruleId).patterns[i].match;
    console.log(`${name.padEnd(40)} dev -${delta.dev[0]}/-${delta.dev[1]}   train -${delta.train[0]}/-${delta.train[1]}   ${source}`);
  }
  process.exit(0);
}

function predictor(options) {
  return (c) => new Set(engine.findText(c.text, { ...kindOf[c.kind], ...options }).map((f) => f.ruleId));
}

const report = {};
const mistakes = [];
for (const [group, kinds] of Object.entries(groups)) {
  const inGroup = all.filter((c) => kinds.includes(c.kind));
  const pooled = { overall: emptyCounts(), perRule: new Map(), perCategory: new Map() };
  // The rules were tuned on dev.jsonl, so its families are held out from fitting but not from the
  // rules' authors: the figure without them is the honest one.
  const unseen = emptyCounts();
  const perFamily = {};
  for (const family of families) {
    const heldOut = inGroup.filter((c) => familyOf(c) === family);
    if (heldOut.length === 0) continue;
    const options = fit(all.filter((c) => familyOf(c) !== family));
    const result = scoreCases(heldOut, predictor(options));
    perFamily[family] = { cases: result.cases, ...score(result.overall) };
    addCounts(pooled.overall, result.overall);
    if (!family.startsWith('dev-')) addCounts(unseen, result.overall);
    for (const [key, map] of [['perRule', result.perRule], ['perCategory', result.perCategory]]) {
      for (const [id, counts] of map) {
        if (!pooled[key].has(id)) pooled[key].set(id, emptyCounts());
        addCounts(pooled[key].get(id), counts);
      }
    }
    mistakes.push(...result.mistakes.map((m) => ({ ...m, group, family })));
  }
  report[group] = {
    families: perFamily,
    pooled: score(pooled.overall),
    pooledWithoutDev: score(unseen),
    categories: Object.fromEntries([...pooled.perCategory].sort().map(([k, v]) => [k, score(v)])),
    rules: Object.fromEntries([...pooled.perRule].sort().map(([k, v]) => [k, score(v)])),
  };
}

const checkPath = join(here, '..', 'test', 'eval', 'check.jsonl');
if (flag('--check') && existsSync(checkPath)) {
  const check = readCases(checkPath, readFileSync);
  const options = fit(all);
  report.check = Object.fromEntries(
    Object.entries(groups).map(([group, kinds]) => {
      const result = scoreCases(check.filter((c) => kinds.includes(c.kind)), predictor(options));
      return [group, score(result.overall)];
    }),
  );
}

if (flag('--json')) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

if (flag('--errors')) {
  const only = valueOf('--errors');
  for (const m of mistakes.filter((m) => !only || m.family === only)) {
    console.log(`${m.key.toUpperCase()} ${m.family} ${m.id}  [${m.case.id}] ${m.case.text.replace(/\n/g, '⏎').slice(0, 200)}`);
  }
  console.log('');
}
for (const group of Object.keys(groups)) {
  const r = report[group];
  console.log(`== ${group}: each family held out`);
  for (const [family, s] of Object.entries(r.families)) console.log(`  ${row(`${family} (${s.cases})`, s)}`);
  if (flag('--rules')) for (const [id, s] of Object.entries(r.rules)) console.log(`  ${row(id, s)}`);
  for (const [id, s] of Object.entries(r.categories)) console.log(`  ${row(`category ${id}`, s)}`);
  console.log(`  ${row(`pooled held-out (${group})`, r.pooled)}`);
  console.log(`  ${row(`pooled, dev families left out (${group})`, r.pooledWithoutDev)}`);
  console.log('');
}
if (report.check) for (const [group, s] of Object.entries(report.check)) console.log(row(`check set (${group})`, s));
