/**
 * Every valuelint rule as an ESLint rule, under ESLint's RuleTester: the rule file's Markdown
 * examples must give exactly the engine's findings (positions and the CLI's message), its near
 * misses nothing; the TypeScript examples likewise through typescript-eslint's parser.
 */
import markdown from '@eslint/markdown';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/eslint/index.js';
import { analysisFor } from '../src/eslint/findings.js';
import { importIfInstalled } from '../src/eslint/optional-import.js';
import { allRules, lintText } from '../src/index.js';
import type { Rule, RuleExample } from '../src/types.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const markdownTester = new RuleTester({ plugins: { markdown }, language: 'markdown/gfm' });
const typescriptTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

const asExample = (e: string | RuleExample): Required<Omit<RuleExample, 'span'>> & RuleExample => (typeof e === 'string' ? { text: e, kind: 'md' } : { kind: 'md', ...e });

/** The errors ESLint must report for `text`: the CLI's messages for this rule. */
function expectedErrors(rule: Rule, text: string, filename: string) {
  return lintText(text, { filePath: filename, only: [rule.id] }).messages.map((m) => ({
    message: m.suggestion ? `${m.message} Suggestion: ${m.suggestion}` : m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
  }));
}

function casesOf(rule: Rule, kind: 'md' | 'ts', filename: string) {
  const pick = (list: Array<string | RuleExample>) => list.map(asExample).filter((e) => e.kind === kind);
  return {
    valid: pick(rule.examples.valid).map((e) => ({ code: e.text, filename })),
    invalid: pick(rule.examples.invalid).map((e) => {
      const errors = expectedErrors(rule, e.text, filename);
      // An invalid example the engine does not flag is caught by rule-examples.test.ts; here it
      // would make RuleTester throw on an empty error list, so report it as a plain failure.
      return { code: e.text, filename, errors: errors.length > 0 ? errors : [{ message: `(expected a finding for ${rule.id})` }] };
    }),
  };
}

for (const rule of allRules) {
  const eslintRule = plugin.rules[rule.id]!;
  const md = casesOf(rule, 'md', 'example.md');
  if (md.valid.length + md.invalid.length > 0) markdownTester.run(`${rule.id} (Markdown)`, eslintRule, md);
  const ts = casesOf(rule, 'ts', 'example.ts');
  if (ts.valid.length + ts.invalid.length > 0) typescriptTester.run(`${rule.id} (TypeScript)`, eslintRule, ts);
}

describe('accounting/time-measurement in ESLint', () => {
  const rule = plugin.rules['accounting/time-measurement']!;
  markdownTester.run('positions and options', rule, {
    valid: [
      { code: '> Members log their hours in the book.\n', filename: 'plan.md' },
      { code: 'Use `hoursWorked` in the sheet.\n', filename: 'plan.md' },
    ],
    invalid: [
      {
        // Written out by hand: ESLint columns are 1-based and endColumn is exclusive, as in the CLI.
        code: '# Plan\n\nEvery volunteer **logs their hours** on Fridays.\n',
        filename: 'plan.md',
        errors: [{ messageId: 'valueLogic', line: 3, column: 19, endLine: 3, endColumn: 35 }],
      },
      {
        code: '> Members log their hours in the book.\n',
        filename: 'plan.md',
        options: [{ includeQuoted: true }],
        errors: [{ messageId: 'valueLogic', line: 1, column: 11, endLine: 1, endColumn: 26 }],
      },
    ],
  });
});

describe('rule metadata', () => {
  it.each(allRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const meta = plugin.rules[id]!.meta!;
    expect(meta.type).toBe('suggestion');
    expect(meta.docs?.description).toBe(rule.description);
    expect(meta.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    expect(Object.values(meta.messages ?? {}).join()).toContain(rule.citation.section);
    expect(meta.schema).toEqual([expect.objectContaining({ additionalProperties: false })]);
    expect(meta.defaultOptions).toEqual([{ includeQuoted: false }]);
    expect(meta.languages).toEqual(expect.arrayContaining(['js/js', 'markdown/gfm', 'markdown/commonmark']));
    expect(meta.hasSuggestions).toBeUndefined();
  });

  it('the plugin names itself from package.json', () => {
    expect(plugin.meta).toEqual({ name: 'valuelint', version: expect.stringMatching(/^\d+\.\d+\.\d+/), namespace: 'valuelint' });
    // One ESLint rule per bundled rule, and rule-packs for a config's own rules.
    expect(Object.keys(plugin.rules)).toEqual([...allRules.map((r) => r.id), 'rule-packs']);
  });

  it('recommended turns every rule on at its default severity for Markdown, TypeScript and JavaScript', () => {
    const names = plugin.configs.recommended.map((c) => c.name);
    expect(names).toEqual(['valuelint/recommended/markdown', 'valuelint/recommended/typescript', 'valuelint/recommended/javascript']);
    for (const config of plugin.configs.recommended) {
      expect(config.rules).toEqual({ ...Object.fromEntries(allRules.map((r) => [`valuelint/${r.id}`, r.severity])), 'valuelint/rule-packs': 'error' });
    }
    expect(plugin.configs.recommended[0]!.language).toBe('valuelint/commonmark');
  });

  it('leaves out the blocks of optional peers that are not installed', async () => {
    expect(await importIfInstalled('valuelint-no-such-package')).toBeUndefined();
    expect(await importIfInstalled('@eslint/markdown')).toHaveProperty('default.meta.name', '@eslint/markdown');
  });
});

describe('one analysis per file', () => {
  it('reuses the findings of a SourceCode for every rule and option set', () => {
    const sourceCode = {};
    const request = { text: 'Every volunteer logs their hours.\n', filePath: 'plan.md', cwd: process.cwd(), kind: 'markdown' as const, includeQuoted: false };
    const first = analysisFor(sourceCode, request);
    expect(first.findings.length).toBeGreaterThan(0);
    expect(analysisFor(sourceCode, request)).toBe(first);
    expect(analysisFor(sourceCode, { ...request, includeQuoted: true })).not.toBe(first);
    expect(analysisFor({}, request)).not.toBe(first);
  });
});
