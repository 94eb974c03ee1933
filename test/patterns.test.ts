/** The pattern language's word matching: base forms match their inflections, irregular ones included. */
import { describe, expect, it } from 'vitest';
import { compilePattern, matchPattern, toWordStream } from '../src/engine/patterns.js';
import { lemmasOf, tokenizePlain } from '../src/engine/tokens.js';

const matches = (pattern: string, text: string) =>
  matchPattern(compilePattern(pattern), toWordStream(tokenizePlain(text, 0))).length > 0;

describe('pattern words', () => {
  it('match their inflections, regular and irregular', () => {
    expect(matches('member log hour', 'members logged hours')).toBe(true);
    expect(matches('pay worker', 'paid workers')).toBe(true);
    expect(matches('child', 'children')).toBe(true);
  });
  it('match every form of "be", two-letter ones included', () => {
    for (const form of ['is', 'am', 'are', 'was', 'were', 'been']) expect(lemmasOf(form)).toContain('be');
    expect(matches('member be entitled', 'each member is entitled')).toBe(true);
  });
  it('an exact word (=word) does not inflect', () => {
    expect(matches('=hour', 'hours')).toBe(false);
    expect(matches('=hour', 'an hour')).toBe(true);
  });
});
