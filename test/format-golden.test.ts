/**
 * Golden tests: each format's output for fixed results equals test/fixtures/formats/expected/.
 * After an intended change, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/format-golden.test.ts`
 * and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatters } from '../src/formatters/index.js';
import { escapeData, escapeProperty } from '../src/formatters/github.js';
import { projectRoot } from './helpers.js';
import { cwd, results, rule } from './fixtures/formats/results.js';

const expectedDir = path.join(projectRoot, 'test', 'fixtures', 'formats', 'expected');
const extension: Record<string, string> = { json: 'json', sarif: 'sarif.json', checkstyle: 'xml', junit: 'xml', github: 'txt', stylish: 'txt' };

describe.each(Object.keys(formatters))('%s', (name) => {
  it('matches its golden file', () => {
    const output = formatters[name]!(results, { cwd, color: false, rules: [rule], toolVersion: '1.2.3' });
    const file = path.join(expectedDir, `${name}.${extension[name] ?? 'txt'}`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, output);
    expect(output).toBe(readFileSync(file, 'utf8'));
  });
  it('never shows suppressed findings', () => {
    const output = formatters[name]!(results, { cwd, color: false, rules: [rule], toolVersion: '1.2.3' });
    if (name !== 'json') expect(output).not.toContain('Suppressed, never shown');
  });
});

describe('GitHub annotation escaping (as @actions/core)', () => {
  it('escapes data and properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});
