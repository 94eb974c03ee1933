// Rule-level scoring shared by scripts/eval.js and scripts/heldout.js: for each case, the set of rule
// ids reported against its labels (see ../shared/eval/README.md).
export const groups = { prose: ['prose', 'markdown'], code: ['ts', 'json', 'yaml'] };

// Cases go through their front-ends by file name, as the CLI would read them.
export const kindOf = {
  prose: { kind: 'text', filePath: 'case.txt' },
  markdown: { kind: 'markdown', filePath: 'case.md' },
  ts: { filePath: 'case.ts' },
  json: { filePath: 'case.json' },
  yaml: { filePath: 'case.yaml' },
};

export function emptyCounts() {
  return { tp: 0, fp: 0, fn: 0 };
}

export function score({ tp, fp, fn }) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

export function readCases(path, readFileSync) {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/**
 * Scores `cases` of one group. `predict(case)` returns the set of rule ids reported (or throws: the
 * case counts as not analysable and predicts nothing). Returns counts per rule, per category and
 * overall, plus every mistake.
 */
export function scoreCases(cases, predict) {
  const perRule = new Map();
  const perCategory = new Map();
  const overall = emptyCounts();
  const mistakes = [];
  let unsupported = 0;
  for (const c of cases) {
    let predicted;
    try {
      predicted = predict(c);
    } catch {
      unsupported++;
      predicted = new Set();
    }
    const expected = new Set(c.labels);
    for (const id of new Set([...predicted, ...expected])) {
      if (!perRule.has(id)) perRule.set(id, emptyCounts());
      const category = id.split('/')[0];
      if (!perCategory.has(category)) perCategory.set(category, emptyCounts());
      const key = predicted.has(id) && expected.has(id) ? 'tp' : predicted.has(id) ? 'fp' : 'fn';
      perRule.get(id)[key]++;
      perCategory.get(category)[key]++;
      overall[key]++;
      if (key !== 'tp') mistakes.push({ key, id, case: c });
    }
  }
  return { cases: cases.length, unsupported, overall, perRule, perCategory, mistakes };
}

export function addCounts(into, from) {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
  return into;
}

export const pct = (x) => x.toFixed(3);
export const row = (name, s) =>
  `${name.padEnd(42)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** The source family of a case: one document collection, one writer, or one kind of written case. */
export function familyOf(c) {
  const origin = c.origin ?? '';
  if (c.id.startsWith('t-org')) return 'organizing';
  if (c.id.startsWith('t-ins')) return /rust-lang/i.test(origin) ? 'rust-rfcs' : '18f-handbook';
  if (c.id.startsWith('t-wr')) return origin.startsWith('real') ? 'sociocracy' : 'written-hard';
  return origin.startsWith('real') ? 'dev-real' : 'dev-written';
}
