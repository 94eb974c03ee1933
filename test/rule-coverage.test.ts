/**
 * Every pattern earns its place: it matches, alone, at least one invalid example of its own rule;
 * every sense is needed by at least one valid near miss (without it, the rule would flag that
 * example). A pattern or sense that earns no example gets one or goes (issue 15).
 *
 * `covered` lists the rules brought to this standard so far; the others are listed as todo with
 * what they still lack, so the gap stays visible until it is closed.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/registry.js';
import { patternCoverage } from '../src/testing.js';

const covered = new Set([
  'accounting/exchange', 'accounting/inventory', 'accounting/ledger', 'accounting/price', 'accounting/time-measurement',
  'accounting/wage',
  'centralization/central-distribution', 'centralization/compliance', 'centralization/higher-body',
  'centralization/militarization', 'centralization/permanent-assignment', 'centralization/top-down',
  'standardization/curriculum', 'standardization/general-category', 'standardization/rights-and-duties',
  'standardization/standard-product',
  'transition/ownership', 'transition/self-management', 'transition/transitional-stage',
]);

describe.each(allRules.filter((r) => covered.has(r.id)).map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  const coverage = patternCoverage(rule);
  it('has every pattern matched by one of its invalid examples', () => {
    expect(coverage.unearnedPatterns).toEqual([]);
  });
  it('has every sense needed by one of its valid examples', () => {
    expect(coverage.unneededSenses).toEqual([]);
  });
});

describe('rules not yet covered', () => {
  for (const rule of allRules.filter((r) => !covered.has(r.id) && !r.pack)) {
    it.todo(`${rule.id}: examples for every pattern and sense`);
  }
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
