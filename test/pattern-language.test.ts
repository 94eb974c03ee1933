/**
 * The pattern language of docs/patterns.md: every construct matched through the engine, and every
 * problem the loader's checker reports, with its offset in the pattern.
 */
import { describe, expect, it } from 'vitest';
import { checkPattern } from '../src/catalogue/pattern-check.js';
import { compilePattern, expandPhrases, matchPattern, patternVariants, toWordStream } from '../src/engine/patterns.js';
import { tokenizePlain } from '../src/engine/tokens.js';
import { findText } from '../src/linter.js';
import { wordClasses } from '../src/lexicon/classes.js';
import type { Rule } from '../src/types.js';

/** The words a pattern matches in a text through the whole engine (context included). */
function found(pattern: string, text: string): string[] {
  const rule = {
    id: 'accounting/pattern-under-test', category: 'accounting', name: 'pattern-under-test', docsPath: '', severity: 'error',
    description: 'd', message: 'm', explanation: 'e', citation: { work: 'w', section: '§1', title: 't', passages: ['p'] },
    patterns: [{ match: pattern }], examples: { invalid: [], valid: [] },
  } as Rule;
  return findText(text, { rules: [rule], kind: 'text' }).map((f) => f.actual);
}

/** Matches of the compiled pattern over one plain word stream (no context analysis). */
const raw = (pattern: string, text: string) =>
  expandPhrases(pattern).some((v) => matchPattern(compilePattern(v), toWordStream(tokenizePlain(text, 0))).length > 0);

describe('constructs', () => {
  it('a plain word matches its lemma in every inflection; =form one form only', () => {
    expect(found('log hour', 'We log hours.')).toEqual(['log hours']);
    expect(found('=logs hour', 'We log hours.')).toEqual([]);
    expect(found('=logs hour', 'She logs hours.')).toEqual(['logs hours']);
  });
  it('a|b is one word, any of the alternatives', () => {
    expect(found('track|log hour', 'We track hours.')).toEqual(['track hours']);
    expect(raw('until then|that point', 'until then')).toBe(false);
  });
  it('..N allows up to N words in between, no more', () => {
    expect(found('log ..2 hour', 'We log all our hours.')).toEqual(['log all our hours']);
    expect(found('log ..1 hour', 'We log all our hours.')).toEqual([]);
  });
  it('..N does not reach past the next clause', () => {
    expect(found('log ..6 hour', 'We log the deliveries, and the cooks share the hours.')).toEqual([]);
  });
  it('adjacent words must be adjacent: a comma breaks them, a hyphen does not', () => {
    expect(found('time sheet', 'Fill in a time-sheet.')).toEqual(['time-sheet']);
    expect(found('time sheet', 'We have time, sheets and pens.')).toEqual([]);
  });
  it('x? is optional', () => {
    expect(found('log the? hour', 'We log the hours.')).toEqual(['log the hours']);
    expect(found('log the? hour', 'We log hours.')).toEqual(['log hours']);
  });
  it('pre* matches a word starting with pre', () => {
    expect(found('time* log', 'We keep a timesheet log.')).toEqual(['timesheet log']);
  });
  it('@class matches a word of the class, @num a number, @any any word', () => {
    expect(wordClasses['labour-time']).toContain('hour');
    expect(found('log @labour-time', 'We log minutes.')).toEqual(['log minutes']);
    expect(found('@num @labour-time', 'Each shift is four hours.')).toEqual(['four hours']);
    expect(found('@num @labour-time', 'Each shift is 4 hours.')).toEqual(['4 hours']);
    expect(found('log @any hour', 'We log extra hours.')).toEqual(['log extra hours']);
  });
  it('#tag is a condition on the segment and matches no word', () => {
    const stream = toWordStream(tokenizePlain('hours rate', 0));
    expect(matchPattern(compilePattern('#multiply hour'), stream)).toEqual([]);
    const tagged = { ...stream, tags: new Set(['multiply']) };
    expect(matchPattern(compilePattern('#multiply hour'), tagged)).toEqual([{ indices: [0] }]);
    expect(matchPattern(compilePattern('#multiply'), tagged)).toEqual([{ indices: [0, 1] }]);
  });
  it('(a b|c d) matches any of the phrases; (…)? may be absent', () => {
    expect(found('(until then|until that point) we log', 'Until that point we log.')).toEqual(['Until that point we log']);
    expect(found('(until then|until that point) we log', 'Until then we log.')).toEqual(['Until then we log']);
    expect(found('log (the hours|each shift)?', 'We log each shift.')).toEqual(['log each shift']);
    expect(expandPhrases('a (b c|d)? e')).toEqual(['a b c e', 'a d e', 'a e']);
  });
  it('context drops a match whatever the pattern', () => {
    expect(found('log hour', 'We never log hours.')).toEqual([]);
  });
});

describe('problems, with their offsets', () => {
  const classes = new Set(Object.keys(wordClasses));
  const check = (pattern: string) => checkPattern(pattern, classes).map((p) => [p.offset, p.message]);
  const cases: Array<[string, number, string]> = [
    ['log @labour-tme', 4, 'unknown class "@labour-tme" (did you mean "labour-time"?)'],
    ['log||track hour', 4, 'empty alternative (a | with nothing on one side)'],
    ['..2 log', 0, 'a pattern may not start with a gap (..N)'],
    ['log ..2', 4, 'a pattern may not end with a gap (..N)'],
    ['log ..2 ..3 hour', 8, 'two gaps in a row: write one ..N'],
    ['log ..x hour', 4, 'bad gap "..x": write ..N with N a number'],
    ['log|logs hour', 4, 'redundant inflection "logs": "log" already matches it'],
    ['log their hours|shifts', 16, '"shifts" is a form of "shift": write "shift" to match all its forms, or "=shifts" for this form only'],
    ['log|track|log hour', 10, 'duplicate alternative "log"'],
    ['until then|until that point', 11, '"until" repeats the word beside it: | separates one-word alternatives; write phrase alternatives as a group, (until then|until that point)'],
    ['log? hour?', 0, 'the pattern has no required word (every word is optional)'],
    ['#Rate hour', 0, 'bad tag "#Rate": a tag is # and lower-case words joined by hyphens'],
    ['log h!our', 4, 'bad word "h!our" (a word is letters, digits, \' $ € £ % & or -)'],
    ['(log hour', 0, 'a "(" without ")"'],
    ['log hour)', 8, 'a ")" without "("'],
    ['(log hour|) x', 10, 'empty phrase in a group (a | with nothing on one side)'],
    ['(log (hour|x)) y', 5, 'phrase groups do not nest'],
    ['(log hour) x', 0, 'a phrase group needs two or more phrases: write the words without ( )'],
    ['x(log|y z)', 1, 'a phrase group "(" must stand apart from the word before it'],
    ['(log|y z)x', 9, 'a phrase group ")" must stand apart from the word after it'],
    ['', 0, 'empty pattern'],
  ];
  it.each(cases)('%s', (pattern, offset, message) => {
    expect(check(pattern)).toContainEqual([offset, message]);
  });
  it('a good pattern has none, a phrase group included', () => {
    expect(check('(until then|until that point) ..3 log|track @labour-time')).toEqual([]);
  });
  it('refuses phrase groups that multiply past the limit', () => {
    const group = '(a b|c d|e f|g h)';
    expect(patternVariants(`${group} ${group} ${group} ${group}`).errors[0]!.message).toMatch(/more than 64 variants/);
  });
});
