/**
 * The sample plans' findings are golden: every fixture's findings equal the reviewed expectation in
 * test/golden/<fixture>.json, exactly (rule, place, words, confidence). Regenerate with
 * `npm run golden` only for a deliberate change, and review the diff.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { lintText, supportedExtensions } from '../src/index.js';
import { projectRoot } from './helpers.js';

const files = await glob(`**/*.{${supportedExtensions.map((e) => e.slice(1)).join(',')}}`, { cwd: join(projectRoot, 'fixtures') });

describe('golden findings of the fixtures', () => {
  it('covers prose and code fixtures', () => {
    expect(files.some((f) => f.endsWith('.md'))).toBe(true);
    expect(files.some((f) => f.endsWith('.ts'))).toBe(true);
  });
  it.each(files.sort())('%s', (file) => {
    const goldenPath = join(projectRoot, 'test', 'golden', `${file}.json`);
    expect(existsSync(goldenPath), `no golden for ${file}: run npm run golden and review it`).toBe(true);
    const actual = lintText(readFileSync(join(projectRoot, 'fixtures', file), 'utf8'), { filePath: file }).messages.map((m) => ({
      ruleId: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
      ...(m.fatal ? { fatal: true, message: m.message } : { actual: m.actual, confidence: m.confidence }),
    }));
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });
  it('keeps the clean plans clean', () => {
    for (const clean of files.filter((f) => /clean/.test(f))) {
      expect(lintText(readFileSync(join(projectRoot, 'fixtures', clean), 'utf8'), { filePath: clean }).messages).toEqual([]);
    }
  });
});
