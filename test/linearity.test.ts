/**
 * Adversarial input (one endless word, sentence or bracket run) is linted to the end: no error,
 * no stack overflow, and findings that grow with the input as they should. How the time grows
 * is measured by the benchmark (bench/linearity.js, run by `npm run bench`), not by a test.
 */
import { attention } from 'micromark-core-commonmark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tooManyDelimiterRuns } from '../src/frontends/markdown.js';
import { findText } from '../src/index.js';
import { lintDocument } from '../src/linter.js';

const size = 64 * 1024;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const inputs: Record<string, string> = {
  'one letter': 'a',
  'spaces': ' ',
  'hyphens': '-',
  'straight quotes': '"',
  'opening curly quotes': '“a ',
  'nested brackets': '(',
  'square brackets': '[',
  'dots': '. ',
  'triggers and negators': 'nobody logs hours, ',
  'repeated phrase without breaks': 'members log their hours and ',
};

describe('adversarial input', { timeout: 120_000 }, () => {
  for (const [name, unit] of Object.entries(inputs)) {
    for (const filePath of ['a.md', 'a.txt']) {
      it(`${name} (${filePath}) is linted to the end, findings in proportion`, () => {
        const once = findText(repeatTo(unit, size), { filePath }).length;
        const twice = findText(repeatTo(unit, 2 * size), { filePath }).length;
        // Each repetition that can hold a finding holds one; the cut at the end may split one.
        expect(Math.abs(twice - 2 * once)).toBeLessThanOrEqual(2);
      });
    }
  }

  it('finds the repeated proposal in every repetition, and none where it is negated', () => {
    expect(findText(repeatTo('members log their hours and ', size), { filePath: 'a.md' }).length).toBeGreaterThan(100);
    expect(findText(repeatTo('nobody logs hours, ', size), { filePath: 'a.md' })).toEqual([]);
  });
});

describe('emphasis runs (issue 19.3)', () => {
  // micromark resolves emphasis per paragraph in time that grows with runs × length: the work is
  // measured as the delimiter runs of the largest paragraph that reaches that resolution.
  let largest = 0;
  const resolve = attention.resolveAll!;
  beforeAll(() => {
    attention.resolveAll = (events, context) => {
      largest = Math.max(largest, events.filter(([kind, token]) => kind === 'enter' && token.type === 'attentionSequence').length);
      return resolve(events, context);
    };
  });
  afterAll(() => {
    attention.resolveAll = resolve;
  });

  const shapes: Record<string, string> = {
    'closers before a trigger': `${'*a '.repeat(3000)}wage`,
    'underscores and stars': `${'*_'.repeat(3000)} members log their hours`,
    'strong words': '**members** '.repeat(3000),
    'emphasised proposals on many lines': '*members log their hours*\n'.repeat(3000),
  };
  for (const [name, text] of Object.entries(shapes)) {
    it(`${name}: no paragraph of more than 1000 runs reaches micromark's emphasis resolution`, () => {
      for (const fastPath of [true, false]) {
        largest = 0;
        findText(text, { filePath: 'a.md', fastPath });
        expect(largest).toBeLessThanOrEqual(1000);
      }
    });
  }

  it('reads directive comments without resolving emphasis (it cannot hide a comment)', () => {
    largest = 0;
    const result = lintDocument(`<!-- valuelint-disable-next-line -->\n${'*_'.repeat(3000)} members log their hours\n`, { filePath: 'a.md' });
    expect(largest).toBe(0);
    expect(result.suppressedMessages.length).toBeGreaterThan(0);
  });

  it('counts runs per paragraph: a blank line or a bullet item starts again, an item numbered 2 may not', () => {
    const runs = '*a '.repeat(600);
    expect(tooManyDelimiterRuns(runs + runs)).toBe(true);
    expect(tooManyDelimiterRuns(`${runs}\n\n${runs}`)).toBe(false);
    expect(tooManyDelimiterRuns(`- ${runs}\n- ${runs}`)).toBe(false);
    expect(tooManyDelimiterRuns(`1. ${runs}\n> 1) ${runs}`)).toBe(false);
    // `2.` continues a paragraph it follows; `-` with nothing after it or four spaces in is no item.
    for (const line of ['2. ', '-  \n', '    - ']) expect(tooManyDelimiterRuns(`${runs}\n${line}${runs}`)).toBe(true);
    expect(tooManyDelimiterRuns(`${runs}\r\n${runs}`)).toBe(true);
  });

  it('keeps emphasis in a long list, whose items are paragraphs of their own', () => {
    largest = 0;
    const list = '- **Bakers** bake.\n'.repeat(2000);
    findText(list, { filePath: 'a.md', fastPath: false });
    expect(largest).toBeGreaterThan(0);
  });
});
