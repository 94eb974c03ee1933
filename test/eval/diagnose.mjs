#!/usr/bin/env node
// Why each false positive and false negative of a labelled set happened: for every error it prints the
// case's segments with their context marks (¬ negated, " quoted, @ attributed; mood per segment) and, for
// a missed rule, the rule's raw pattern matches with the reason each was dropped. "no pattern matches"
// means the rule lacks the phrasing; a dropped match points at context analysis or the front-end.
//
//   npm run build && node test/eval/diagnose.mjs test/eval/check.jsonl
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'src');
const { findText, allRules } = await import(join(dist, 'index.js'));
const { segmentsOf } = await import(join(dist, 'frontends', 'index.js'));
const { analyseContext } = await import(join(dist, 'engine', 'context.js'));
const { compilePattern, matchPattern, toWordStream } = await import(join(dist, 'engine', 'patterns.js'));

// Same reading as scripts/eval.js: each kind through its front-end, by file name.
const readAs = {
  prose: { kind: 'text', filePath: 'case.txt' },
  markdown: { kind: 'markdown', filePath: 'case.md' },
  ts: { kind: 'code', filePath: 'case.ts' },
};
const ruleById = new Map(allRules.map((r) => [r.id, r]));
const setPath = process.argv[2];
if (!setPath) {
  console.error('diagnose: give the path of a labelled set, e.g. test/eval/check.jsonl');
  process.exit(2);
}
const cases = readFileSync(setPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const marked = (t) => t.text + (t.negated ? '¬' : '') + (t.quoted ? '"' : '') + (t.attributed ? '@' : '');
const describe = (s) => `${s.source}/${s.mood}${s.quoted ? '/blockquote' : ''}${s.tags.map((t) => ` #${t}`).join('')}: `
  + s.tokens.filter((t) => t.kind !== 'punct').map(marked).join(' ');

function droppedMatches(rule, segments) {
  const out = [];
  for (const segment of segments) {
    const stream = toWordStream(segment.tokens);
    for (const spec of rule.patterns) {
      if (spec.in && spec.in !== segment.source) continue;
      for (const match of matchPattern(compilePattern(spec.match), stream)) {
        const tokens = match.indices.map((i) => stream.tokens[i]);
        const reasons = [
          segment.mood !== 'proposal' && `mood ${segment.mood}`,
          tokens.some((t) => t.negated) && 'negated',
          tokens.some((t) => t.quoted) && 'quoted',
          tokens.some((t) => t.attributed) && 'attributed',
        ].filter(Boolean);
        out.push(`"${tokens.map((t) => t.text).join(' ')}" by /${spec.match}/, dropped: ${reasons.join(', ') || 'other sense'}`);
      }
    }
  }
  return out;
}

for (const c of cases) {
  const findings = findText(c.text, readAs[c.kind]);
  const predicted = new Set(findings.map((f) => f.ruleId));
  const expected = new Set(c.labels);
  const errors = [...new Set([...predicted, ...expected])].filter((id) => predicted.has(id) !== expected.has(id));
  if (errors.length === 0) continue;
  const { segments } = segmentsOf(c.text, readAs[c.kind].kind, { filePath: readAs[c.kind].filePath });
  for (const segment of segments) analyseContext(segment);
  console.log(`\n[${c.id}] ${c.kind} ${JSON.stringify(c.text)}`);
  for (const segment of segments) console.log(`  ${describe(segment)}`);
  for (const id of errors) {
    if (predicted.has(id)) {
      console.log(`  FP ${id}: ${findings.filter((f) => f.ruleId === id).map((f) => JSON.stringify(f.actual)).join(', ')}`);
    } else {
      const dropped = droppedMatches(ruleById.get(id), segments);
      console.log(`  FN ${id}: ${dropped.length ? dropped.join('; ') : 'no pattern matches'}`);
    }
  }
}
