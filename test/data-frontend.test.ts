/** The data front-end: JSON and YAML plans, keys as names, values bound to keys, prose, comments. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../src/engine/tokens.js';
import { isToolingFile, kindOfPath, segmentsOf } from '../src/frontends/index.js';
import { findText, lintText } from '../src/index.js';
import { projectRoot } from './helpers.js';

const read = (text: string) => segmentsOf(text, 'data').segments;
const words = (segment: Segment) => segment.tokens.filter((t) => t.kind !== 'punct').map((t) => t.lower);
const texts = (text: string) => read(text).map((s) => `${s.source}${s.tags.length ? `#${s.tags.join('#')}` : ''}: ${words(s).join(' ')}`);

function expectExactOffsets(text: string) {
  for (const segment of read(text)) {
    for (const t of segment.tokens.filter((x) => x.kind !== 'punct')) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
}

describe('YAML', () => {
  const yaml = readFileSync(join(projectRoot, 'fixtures', 'code', 'plan.yaml'), 'utf8');

  it('keeps exact offsets', () => expectExactOffsets(yaml));

  it('reads keys as names, binds values, reads prose and comments, tags a rota', () => {
    const all = texts(yaml);
    expect(all).toContain('code: authority central committee');
    expect(all).toContain('code: max boxes per household 1');
    expect(all).toContain('code: eligibility resident registered member');
    expect(all).toContain('code#assignment-map: rota');
    expect(all).toContain('prose: each household collects one standard box per week from the central warehouse');
    expect(all).toContain('prose: the van leaves the hub at nine and every delivery is signed for');
  });

  it('reads block scalars as prose without their header', () => {
    const text = 'about: >-\n  Members log their hours\n  in the shared book.\n';
    expect(texts(text)).toEqual(['code: about', 'prose: members log their hours in the shared book']);
    expectExactOffsets(text);
  });

  it('does not expand aliases (a YAML bomb stays small)', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
      .concat(Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`))
      .join('\n');
    // Expanded, the aliases would be 9^9 strings: the test's timeout and this count are the guard.
    const segments = read(bomb);
    expect(segments.length).toBeLessThan(50);
  });

  it('reports a syntax error once, as a fatal message, and lints what parsed', () => {
    const text = 'plan:\n  note: Members log their hours every week.\n  bad: [1, 2\n';
    const result = lintText(text, { filePath: 'plan.yaml' });
    expect(result.messages.filter((m) => m.fatal)).toHaveLength(1);
    expect(result.messages.find((m) => m.fatal)).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    expect(result.messages.some((m) => m.ruleId === 'accounting/time-measurement')).toBe(true);
  });
});

describe('JSON', () => {
  const json = '{\n  "plan": {\n    "hoursPerShift": 6,\n    "authority": "central-committee",\n    "note": "Every volunteer logs their hours\\n in the book."\n  }\n}\n';

  it('keeps exact offsets and binds values to keys', () => {
    expectExactOffsets(json);
    expect(texts(json)).toEqual([
      'code: plan', 'code: hours per shift 6', 'code: authority central committee', 'code: note',
      'prose: every volunteer logs their hours in the book',
    ]);
  });

  it('lints string values as prose with positions in the file', () => {
    const findings = findText(json, { filePath: 'plan.json', only: ['accounting/time-measurement'] });
    expect(findings.map((f) => f.actual)).toEqual(['hoursPerShift', 'logs their hours']);
    expect(findings[1]).toMatchObject({ line: 5, column: 30 });
  });

  it('reports a syntax error as fatal', () => {
    const result = lintText('{ "a": 1, }}', { filePath: 'plan.json' });
    expect(result.fatalErrorCount).toBe(1);
  });
});

describe('file kinds', () => {
  it.each([
    ['plan.config.ts', 'code'], ['helper.mjs', 'code'], ['view.tsx', 'code'], ['x.cjs', 'code'],
    ['plan.json', 'data'], ['plan.yaml', 'data'], ['plan.yml', 'data'], ['notes.md', 'markdown'],
  ])('%s is %s', (file, kind) => expect(kindOfPath(file)).toBe(kind));

  it('knows tooling files are not plans', () => {
    for (const f of ['package.json', 'a/package-lock.json', 'pnpm-lock.yaml', 'tsconfig.json', 'tsconfig.build.json', 'jsconfig.json']) {
      expect(isToolingFile(f)).toBe(true);
    }
    for (const f of ['plan.json', 'packages.yaml', 'config.ts']) expect(isToolingFile(f)).toBe(false);
  });

  it('rejects a kind the API does not know with an Error naming the kinds, before any front-end runs', () => {
    const expected = 'expected "markdown", "text", "code" or "data"';
    const attempt = (kind: unknown) => () => lintText('Every volunteer logs their hours.', { kind: kind as 'data' });
    expect(attempt('pdf')).toThrow(new Error(`Invalid option kind "pdf": ${expected}.`));
    expect(attempt('Markdown')).toThrow(new Error(`Invalid option kind "Markdown": ${expected}; did you mean "markdown"?`));
    expect(attempt(42)).toThrow(new Error(`Invalid option kind (a number): ${expected}.`));
    expect(attempt({})).toThrow(new Error(`Invalid option kind (an object): ${expected}.`));
    expect(attempt('pdf')).not.toThrow(TypeError);
    expect(() => findText('x', { kind: 'pdf' as 'data' })).toThrow(/^Invalid option kind "pdf"/);
    expect(lintText('hours: 4\n', { kind: 'data' }).messages).toEqual([]);
  });
});
