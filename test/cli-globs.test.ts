/** Command-line globs with many wildcards (issue 19.13): matched linearly, same answers as a glob. */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planGlob, wildcardMatch } from '../src/cli/glob-guard.js';
import { flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

describe('wildcardMatch', () => {
  it('agrees with the regular expression of the glob on short names (fixed seed)', () => {
    const alphabet = fc.constantFrom('a', 'b', '.', '-');
    fc.assert(fc.property(
      fc.array(fc.constantFrom('a', 'b', '-', '*', '?'), { maxLength: 8 }).map((p) => p.join('')),
      fc.array(alphabet, { maxLength: 10 }).map((n) => n.join('')),
      (pattern, name) => {
        if (name.startsWith('.') || name === '' || pattern === '') return;
        const regex = new RegExp(`^${pattern.replace(/[.\-]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
        expect(wildcardMatch(pattern, name)).toBe(regex.test(name));
      },
    ), { seed: 19_13, numRuns: 3000 });
  });
});

describe('globs on the command line', () => {
  it('match a four-wildcard name pattern against a 240-character name without backtracking', async () => {
    const long = `${'a'.repeat(240)}.md`;
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), [`docs/${long}`]: `${flagged.hours}\n`, [`docs/${'a'.repeat(240)}.txt`]: 'x\n', 'docs/banana-cake.md': `${flagged.clock}\n`, 'docs/other.md': 'x\n' });
    // The walker never sees the heavy name pattern (picomatch took 15 s here on this tree).
    expect(planGlob('docs/*a*a*a*a*.md')).toMatchObject({ pattern: 'docs/*' });
    const out = await runCli(['-f', 'json', 'docs/*a*a*a*a*.md', 'docs/*a*-*a*-*z*.md'], root);
    expect(out.stderr).toBe('valuelint: No files matching the pattern "docs/*a*-*a*-*z*.md" were found.\n');
    expect(JSON.parse(out.stdout).map((r: { filePath: string }) => path.basename(r.filePath))).toEqual([long, 'banana-cake.md']);
  }, 10_000);

  it('refuse a heavy pattern with classes or braces, or in a folder part, in one line', () => {
    expect(planGlob('docs/*[ab]*a*a*.md')).toHaveProperty('problem');
    expect(planGlob('*a*a*a*/x.md')).toHaveProperty('problem');
    expect(planGlob('docs/**/*.{md,txt}')).toEqual({ pattern: 'docs/**/*.{md,txt}' });
  });
});
