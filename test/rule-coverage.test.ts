/**
 * Every pattern earns its place: it matches, alone, at least one invalid example of its own rule;
 * every sense is needed by at least one valid near miss (without it, the rule would flag that
 * example). A pattern or sense that earns no example gets one or goes (issue 15).
 *
 * Every bundled rule is held to it; a rule pack's rules are tested the same way by valuelint/testing.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/registry.js';
import { patternCoverage } from '../src/testing.js';

describe.each(allRules.filter((r) => !r.pack).map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  const coverage = patternCoverage(rule);
  it('has every pattern matched by one of its invalid examples', () => {
    expect(coverage.unearnedPatterns).toEqual([]);
  });
  it('has every sense needed by one of its valid examples', () => {
    expect(coverage.unneededSenses).toEqual([]);
  });
});

describe('the coverage check', () => {
  it('runs on the whole bundled catalogue', () => {
    expect(allRules.filter((r) => !r.pack)).toHaveLength(25);
  });
  it('the check can fail: a pattern no example matches is reported', () => {
    const rule = allRules.find((r) => r.id === 'transition/self-management')!;
    const extra = { ...rule, patterns: [...rule.patterns, { match: 'syndicalist commune' }] };
    expect(patternCoverage(extra).unearnedPatterns).toEqual(['syndicalist commune']);
  });
  it('the check can fail: a sense no valid example needs is reported', () => {
    const rule = allRules.find((r) => r.id === 'transition/self-management')!;
    const extra = { ...rule, otherSenses: [...(rule.otherSenses ?? []), 'self management course'] };
    expect(patternCoverage(extra).unneededSenses).toEqual(['self management course']);
  });
});
