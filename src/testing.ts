/**
 * `valuelint/testing`: run a rule's own examples the way the project's tests do, for a
 * collective's rule pack too. An invalid example must be flagged by its rule on exactly the words it
 * marks in [brackets]; a valid one must not be flagged by it. `patternCoverage` tells which patterns
 * match none of their rule's invalid examples, and which senses no valid example needs.
 */
import type { FileKind } from './frontends/index.js';
import { findText } from './linter.js';
import type { Rule, RuleExample } from './types.js';

export { loadRulePack } from './catalogue/packs.js';
export { CatalogueError, formatProblem, type Problem } from './catalogue/problems.js';

export interface ExampleResult {
  rule: string;
  kind: 'invalid' | 'valid';
  text: string;
  ok: boolean;
  /** What went wrong, when not ok. */
  problem?: string;
}

const kindToFile: Record<NonNullable<RuleExample['kind']>, { kind?: FileKind; filePath: string }> = {
  md: { kind: 'markdown', filePath: 'example.md' },
  txt: { kind: 'text', filePath: 'example.txt' },
  ts: { filePath: 'example.ts' },
  json: { filePath: 'example.json' },
  yaml: { filePath: 'example.yaml' },
};

export function exampleOf(example: string | RuleExample): RuleExample {
  return typeof example === 'string' ? { text: example } : example;
}

/** The spans (offsets) the rule finds in an example, linted as the example's kind with this rule only. */
export function spansOf(rule: Rule, example: string | RuleExample): Array<[number, number]> {
  const e = exampleOf(example);
  return findText(e.text, { ...kindToFile[e.kind ?? 'md'], rules: [rule] }).filter((f) => f.ruleId === rule.id).map((f) => [f.offset, f.endOffset]);
}

export function runExamples(rules: readonly Rule[]): ExampleResult[] {
  const out: ExampleResult[] = [];
  for (const rule of rules) {
    for (const example of rule.examples.invalid) {
      const e = exampleOf(example);
      const spans = spansOf(rule, e);
      const shown = (s: [number, number]) => `“${e.text.slice(...s)}”`;
      let problem: string | undefined;
      if (spans.length === 0) problem = 'not flagged';
      else if (e.span && !spans.some(([a, b]) => a === e.span![0] && b === e.span![1])) problem = `flagged ${spans.map(shown).join(', ')}, expected ${shown(e.span)}`;
      out.push({ rule: rule.id, kind: 'invalid', text: e.text, ok: !problem, ...(problem ? { problem } : {}) });
    }
    for (const example of rule.examples.valid) {
      const e = exampleOf(example);
      const spans = spansOf(rule, e);
      out.push({ rule: rule.id, kind: 'valid', text: e.text, ok: spans.length === 0, ...(spans.length ? { problem: `flagged ${spans.map((s) => `“${e.text.slice(...s)}”`).join(', ')}` } : {}) });
    }
  }
  return out;
}

export interface Coverage {
  rule: string;
  /** Patterns (as written) that match none of the rule's invalid examples on their own. */
  unearnedPatterns: string[];
  /** Senses whose removal would flag none of the rule's valid examples. */
  unneededSenses: string[];
}

export function patternCoverage(rule: Rule): Coverage {
  const unearnedPatterns = rule.patterns
    .filter((pattern) => !rule.examples.invalid.some((e) => spansOf({ ...rule, patterns: [pattern] }, e).length > 0))
    .map((p) => p.match);
  const senses = rule.otherSenses ?? [];
  const unneededSenses = senses.filter((sense) => {
    const without = { ...rule, otherSenses: senses.filter((s) => s !== sense) };
    return !rule.examples.valid.some((e) => spansOf(without, e).length > 0);
  });
  return { rule: rule.id, unearnedPatterns, unneededSenses };
}
