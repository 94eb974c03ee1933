/**
 * The parsed-block cache (src/frontends/block-cache.ts) changes nothing but time: a document
 * linted again, or linted after a change to one block, gives exactly what a fresh parse gives,
 * though context analysis marks the tokens it is handed and list items remap their offsets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearBlockCache } from '../src/frontends/block-cache.js';
import { lintDocument } from '../src/linter.js';
import { projectRoot } from './helpers.js';

const plan = readFileSync(join(projectRoot, 'fixtures', 'plans', 'food-distribution.md'), 'utf8');
const fresh = (text: string) => {
  clearBlockCache();
  return lintDocument(text, { filePath: 'plan.md' });
};

describe('the parsed-block cache', () => {
  it('gives a document linted again what a fresh parse gives', () => {
    const first = fresh(plan);
    expect(first.messages.length).toBeGreaterThan(3);
    expect(lintDocument(plan, { filePath: 'plan.md' })).toEqual(first);
    expect(lintDocument(plan, { filePath: 'plan.md' })).toEqual(first);
  });
  it('gives a document with one block changed, moved or repeated what a fresh parse gives', () => {
    const lines = plan.split('\n');
    const edits = [
      `Intro line.\n\n${plan}`,
      plan.replace('\n\n', '\n\nEvery volunteer logs their hours in the sheet.\n\n'),
      `${plan}\n${plan}`,
      lines.slice(4).join('\n'),
      `- a\n- b\n\n${plan}`,
    ];
    for (const edited of edits) {
      lintDocument(plan, { filePath: 'plan.md' });
      const cached = lintDocument(edited, { filePath: 'plan.md' });
      expect(cached).toEqual(fresh(edited));
    }
  });
});
