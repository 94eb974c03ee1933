/**
 * Citation integrity (TAXONOMY "Citation rules"): every passage of every rule is verbatim in the
 * essay, after collapsing white space, reading a line-end hyphen either as nothing or as a real
 * hyphen, and taking typographic quotes and apostrophes as plain ones. Nothing else may differ.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/index.js';
import { citedSections } from '../src/rule.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isVerbatimIn, markWork, workHash } from '../src/catalogue/citations.js';
import { hasShared, noteSkippedWithoutShared, projectRoot, readShared } from './helpers.js';

const plainQuotes = (s: string) => s.replace(/[“”„‟]/g, '"').replace(/[‘’‚‛]/g, "'");
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The essay normalised, each line-end hyphen kept as a \u0000 marker to read either way. */
function markEssay(essay: string): string {
  return collapse(plainQuotes(essay).replace(/-[ \t]*\r?\n\s*/g, '\u0000'));
}

/** A passage is verbatim if it can be read off the essay, each line-end hyphen read as nothing or '-'. */
function isVerbatim(passage: string, essay: string): boolean {
  const marked = markEssay(essay);
  const target = collapse(plainQuotes(passage));
  for (let start = marked.indexOf(target[0]!); start !== -1; start = marked.indexOf(target[0]!, start + 1)) {
    if (compareFrom(marked, start, target, 0)) return true;
  }
  return false;
}

function compareFrom(marked: string, i: number, target: string, j: number): boolean {
  while (j < target.length) {
    if (i >= marked.length) return false;
    if (marked[i] === '\u0000') {
      if (target[j] === '-' && compareFrom(marked, i + 1, target, j + 1)) return true;
      i++;
      continue;
    }
    if (marked[i] !== target[j]) return false;
    i++;
    j++;
  }
  return true;
}

describe.skipIf(!hasShared)('citations are verbatim in the essay', () => {
  const essay = hasShared ? readShared('source', 'crisis-activity-and-communization.txt') : '';
  const cases = allRules.flatMap((r) => citedSections(r).flatMap((s) => s.passages.map((p) => [r.id, p] as const)));
  it.each(cases)('%s: “%s”', (_id, passage) => {
    expect(isVerbatim(passage, essay)).toBe(true);
  });
  it('rejects a passage that is not in the essay (the check can fail)', () => {
    expect(isVerbatim('without being subject to any time measurement at all', essay)).toBe(false);
    expect(isVerbatim('constellation of global initiatives', essay)).toBe(false);
  });
  it('reads a line-end hyphen either way', () => {
    expect(isVerbatim('the goal of the proletarian revolution no longer consists in creating a transitional society', essay)).toBe(true);
  });
});

describe('citations without ../shared', () => {
  noteSkippedWithoutShared(it);
  it('are carried by the rule files themselves', () => {
    for (const rule of allRules) expect(rule.citation.passages.every((p) => p.length > 20)).toBe(true);
  });
});

describe('every passage in the catalogue is cited by some rule', () => {
  it('each rule cites a section and title', () => {
    for (const rule of allRules) {
      expect(rule.citation.section).toMatch(/^§\d(\.\d)?$|^Conclusion$/);
      expect(rule.citation.title.length).toBeGreaterThan(3);
    }
  });
});

describe.skipIf(!hasShared)('the catalogue', () => {
  it('has every source passage of TAXONOMY.md cited by some rule', () => {
    const taxonomy = readShared('source', 'TAXONOMY.md');
    // The "source" column: the last cell of each rule row, quoted passages separated by ";".
    const rows = taxonomy.split('\n').filter((l) => /^\| [a-z]+\/[a-z-]+ \|/.test(l));
    const cited = allRules.flatMap((r) => citedSections(r).flatMap((s) => s.passages)).map((p) => collapse(plainQuotes(p)));
    const missing: string[] = [];
    for (const row of rows) {
      const source = row.split('|').slice(-2, -1)[0]!;
      for (const m of plainQuotes(source).matchAll(/"((?:[^"]|"(?=[^";]*"))+?)"(?=;|\s*$|\s*§|\s*Conclusion)/g)) {
        const passage = collapse(m[1]!);
        if (!cited.some((c) => c.includes(passage) || passage.includes(c))) missing.push(`${row.split('|')[1]!.trim()}: ${passage}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the source catalogue (sources/astarian-2009.yml)', () => {
  const source = parseYaml(readFileSync(join(projectRoot, 'sources', 'astarian-2009.yml'), 'utf8')) as { textHash: string; passages: Array<{ id: string }> };
  it('has every passage cited by some rule', () => {
    const cited = new Set(allRules.flatMap((r) => r.cites ?? []));
    expect(source.passages.map((p) => p.id).filter((id) => !cited.has(id))).toEqual([]);
  });
  it.skipIf(!hasShared)('records the hash of the essay its passages were checked against', () => {
    expect(source.textHash).toBe(workHash(readShared('source', 'crisis-activity-and-communization.txt')));
  });
  it.skipIf(!hasShared)('the loader refuses a passage changed by one word (the check can fail)', () => {
    const essay = markWork(readShared('source', 'crisis-activity-and-communization.txt'));
    expect(isVerbatimIn('without being subject to any time measurements', essay)).toBe(true);
    expect(isVerbatimIn('without being subject to any time measurement', essay.replace('measurements', 'measures'))).toBe(false);
  });
});
