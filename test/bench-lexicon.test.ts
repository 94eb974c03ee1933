import { describe, expect, it } from 'vitest';
// @ts-expect-error: the bench is plain JavaScript without type declarations.
import { taxonomyLexicon, grepLexicon } from '../bench/lib/lexicon.js';

/** Two rows in the catalogue's table form, written for this test. */
const taxonomy = [
  '| rule | flags | source |',
  '|---|---|---|',
  '| accounting/example | duty logs, "signed off" chores or tallies; `choreCount` in data (as kept by a desk) | §2.1 "…" |',
  '| centralization/example | a central desk and its clerks — appointed once and for all the years to come | §3.1 "…" |',
].join('\n');

describe('the keyword peers\' lexicon (bench/lib/lexicon.js)', () => {
  const { phrases, identifiers } = taxonomyLexicon(taxonomy) as { phrases: string[]; identifiers: string[] };
  it('splits the flags column into short phrases, without quotes, parentheses, code or articles', () => {
    expect(phrases).toEqual(['appointed once', 'central desk', 'duty logs', 'in data', 'its clerks', 'signed off chores', 'tallies']);
  });
  it('keeps backticked names and the phrases in camelCase as identifiers', () => {
    expect(identifiers).toContain('choreCount');
    expect(identifiers).toContain('dutyLogs');
    expect(identifiers).toContain('signedOffChores');
  });
  it('makes one word-bounded, plural-tolerant expression per phrase', () => {
    const expressions = (grepLexicon(['duty logs']) as string).trim().split('\n').map((source) => new RegExp(source, 'i'));
    expect(expressions.some((e) => e.test('Keep Duty-Logs here'))).toBe(true);
    expect(expressions.some((e) => e.test('dutylogs'))).toBe(false);
  });
});
