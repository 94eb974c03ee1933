/**
 * Every rule's own examples, run through the whole engine: each `invalid` text must be flagged by
 * that rule on exactly the words it marks in [brackets], each `valid` near miss must not be.
 * Adding a rule needs no new test code.
 */
import { describe, expect, it } from 'vitest';
import { allRules, findText } from '../src/index.js';
import { exampleOf } from './helpers.js';

describe.each(allRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has at least three invalid and three valid examples', () => {
    expect(rule.examples.invalid.length).toBeGreaterThanOrEqual(3);
    expect(rule.examples.valid.length).toBeGreaterThanOrEqual(3);
  });
  it.each(rule.examples.invalid.map((e) => [exampleOf(e).text, e] as const))('flags: %s', (_text, example) => {
    const { text, ...options } = exampleOf(example);
    const found = findText(text, options).filter((f) => f.ruleId === id);
    expect(found.length).toBeGreaterThan(0);
    // The span the example marks: catalogue examples always mark one (the loader refuses others).
    expect(typeof example === 'string' ? undefined : example.span).toBeDefined();
    const span = (example as { span: [number, number] }).span;
    expect(found.map((f) => text.slice(f.offset, f.endOffset))).toContain(text.slice(...span));
    expect(found.map((f) => [f.offset, f.endOffset])).toContainEqual(span);
  });
  it.each(rule.examples.valid.map((e) => [exampleOf(e).text, e] as const))('passes: %s', (_text, example) => {
    const { text, ...options } = exampleOf(example);
    const ids = findText(text, options).map((f) => f.ruleId);
    expect(ids).not.toContain(id);
  });
});
