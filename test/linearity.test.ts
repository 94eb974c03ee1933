/**
 * Adversarial input (one endless word, sentence or bracket run) is linted to the end: no error,
 * no stack overflow, and findings that grow with the input as they should. How the time grows
 * is measured by the benchmark (bench/linearity.js, run by `npm run bench`), not by a test.
 */
import { describe, expect, it } from 'vitest';
import { findText } from '../src/index.js';

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
