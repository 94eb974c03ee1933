/**
 * A bounded differential fuzz (issue 19.1): the fast path must give exactly what the full analysis
 * gives, on text built from the pieces where the two have disagreed before: front matter and `---`
 * lines, fences with odd info strings, HTML comments, code spans, list markers and indentation,
 * link definitions, emphasis runs and trigger words. Fixed seed, so a failure is reproducible;
 * fast-check prints the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findText } from '../src/index.js';

const words = ['members', 'log', 'their', 'hours', 'timesheet', 'wage', 'per', 'week', 'each', 'five', 'not', 'no',
  'we', 'will', 'by', 'pay', 'fee', 'price', 'quota', 'register'];
const marks = ['---', '```', '```a`b', '~~~', '<!--', '-->', '`', '**', '*', '_', '<b>', '</b>', '[1]:', '[1]: /u', '[1]', '[x][1]', '<dest>', '===', '# ',
  '- ', '* ', '1. ', '10. ', '1) ', '> ', '#', '|', '&amp;', '\\', '(', ')', '[', ']', '"', '“'];
const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...words) }, { weight: 2, arbitrary: fc.constantFrom(...marks) });
const indent = fc.constantFrom('', '', '', ' ', '  ', '    ', '      ');
const line = fc.tuple(indent, fc.array(piece, { minLength: 0, maxLength: 8 })).map(([i, p]) => i + p.join(' '));
const text = fc.array(line, { minLength: 1, maxLength: 10 }).map((lines) => lines.join('\n'));

describe('fast path against the full analysis (differential fuzz, fixed seed)', () => {
  for (const filePath of ['a.md', 'a.txt']) {
    it(`gives the same findings on generated ${filePath} files`, () => {
      fc.assert(fc.property(text, (t) => {
        expect(findText(t, { filePath })).toEqual(findText(t, { filePath, fastPath: false }));
      }), { seed: Number(process.env.FUZZ_SEED ?? 19_001), numRuns: Number(process.env.FUZZ_RUNS ?? 1500) });
    });
  }
});
