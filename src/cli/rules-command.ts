/** Text for `valuelint rules` and `valuelint explain <rule>`. */
import { citedSections } from '../rule.js';
import type { Rule, RuleExample } from '../types.js';
import { ruleUrl } from '../result.js';

export function ruleSummary(rule: Rule) {
  return {
    id: rule.id,
    category: rule.category,
    description: rule.description,
    severity: rule.severity,
    url: ruleUrl(rule),
    citation: {
      work: rule.citation.work,
      section: rule.citation.section,
      title: rule.citation.title,
      passages: [...rule.citation.passages],
      ...(rule.citation.also ? { also: rule.citation.also } : {}),
    },
    ...(rule.cites ? { cites: rule.cites } : {}),
    ...(rule.file ? { file: rule.file } : {}),
    ...(rule.pack ? { pack: rule.pack } : {}),
    examples: { invalid: rule.examples.invalid.map(exampleSummary), valid: rule.examples.valid.map(exampleSummary) },
  };
}

/** An example as text, with the span it expects (invalid examples of catalogue rules). */
function exampleSummary(example: string | RuleExample) {
  if (typeof example === 'string') return { text: example };
  return { text: example.text, ...(example.kind ? { kind: example.kind } : {}), ...(example.span ? { span: example.span, expected: example.text.slice(...example.span) } : {}) };
}

export function listRules(rules: readonly Rule[], format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(rules.map(ruleSummary), null, 2)}\n`;
  const width = Math.max(...rules.map((r) => r.id.length));
  return `${rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.citation.section.padEnd(10)}  ${r.description}`).join('\n')}\n`;
}

export function explainRule(rule: Rule): string {
  const lines = [
    `${rule.id} (${rule.severity})`,
    '',
    rule.description,
    '',
    'Why:',
    `  ${rule.explanation}`,
    '',
    `Source: ${rule.citation.work}`,
    ...citedSections(rule).flatMap((s) => [`  ${s.section} “${s.title}”`, ...s.passages.map((p) => `    “${p}”`)]),
  ];
  if (rule.suggestion) lines.push('', `Instead: ${rule.suggestion}`);
  const text = (e: string | RuleExample) => (typeof e === 'string' ? e : `${e.text.replace(/\s*\n\s*/g, ' ')}${e.kind ? `  (${e.kind})` : ''}`);
  lines.push('', 'Flagged:', ...rule.examples.invalid.map((e) => `  ✗ ${text(e)}`));
  if (rule.examples.valid.length) lines.push('', 'Not flagged (near misses):', ...rule.examples.valid.map((e) => `  ✓ ${text(e)}`));
  lines.push('', `Docs: ${ruleUrl(rule)}`, '');
  return lines.join('\n');
}
