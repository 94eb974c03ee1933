/**
 * The catalogue loader refuses bad data with `file:line:column: message`: every kind of problem,
 * in a rule pack written to a temporary folder, with the position checked against the file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workHash } from '../src/catalogue/citations.js';
import { loadRulePack } from '../src/catalogue/packs.js';
import { CatalogueError, formatProblem } from '../src/catalogue/problems.js';
import { allRules } from '../src/registry.js';
import { projectRoot } from './helpers.js';

const base = mkdtempSync(path.join(tmpdir(), 'valuelint-catalogue-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const charter = 'Our charter.\n\nWe share the tools of the work-\nshop with anyone who asks, and we keep no “list” of borrowers.\n';
const source = (overrides = '') => `id: charter
title: Our charter
text: charter.txt
textHash: ${workHash(charter)}
sections:
  - id: tools
    title: Tools
passages:
  - id: charter/no-list
    section: tools
    text: We share the tools of the workshop with anyone who asks, and we keep no "list" of borrowers.
${overrides}`;

const rule = (patterns = '  - borrower list|register', extra = '') => `id: accounting/borrower-list
severity: warn
message: This keeps a list of borrowers
description: Flags lists of who borrowed tools.
explanation: A list of borrowers counts who took what.
cites:
  - charter/no-list
patterns:
${patterns}
examples:
  invalid:
    - We keep a [borrower list] at the door.
  valid:
    - Anyone may borrow a drill.
${extra}`;

let n = 0;
function pack(files: Record<string, string>): string {
  const dir = path.join(base, `pack-${n++}`);
  const all: Record<string, string> = { 'sources/charter.txt': charter, 'sources/charter.yml': source(), 'rules/accounting/borrower-list.yml': rule(), ...files };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The problems of loading a pack, as printed (files relative to the pack). */
function problems(files: Record<string, string>): string[] {
  const dir = pack(files);
  try {
    loadRulePack(dir, { relativeTo: dir });
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const ruleFile = 'rules/accounting/borrower-list.yml';

describe('a good pack', () => {
  it('loads, with the citation built from the passage and the span read off the example', () => {
    const dir = pack({});
    const catalogue = loadRulePack(dir, { relativeTo: dir });
    const [loaded] = catalogue.rules;
    expect(loaded!.citation).toEqual({ work: 'Our charter', section: 'tools', title: 'Tools', passages: [expect.stringContaining('keep no "list"')] });
    expect(loaded!.examples.invalid[0]).toEqual({ text: 'We keep a borrower list at the door.', span: [10, 23] });
    expect(loaded!.file).toBe(ruleFile);
    expect(catalogue.sources[0]!.verified).toBe(true);
  });
  it('does not register anything by loading', () => {
    expect(allRules.some((r) => r.id === 'accounting/borrower-list')).toBe(false);
  });
});

describe('refuses, naming file, line and column', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['an unknown class, with a did-you-mean', { [ruleFile]: rule('  - keep @recipent list') }, `${ruleFile}:9:10: unknown class "@recipent" (did you mean "recipient"?)`],
    ['an empty alternative', { [ruleFile]: rule('  - borrower list||register') }, `${ruleFile}:9:19: empty alternative`],
    ['a gap at the start', { [ruleFile]: rule('  - ..2 borrower') }, `${ruleFile}:9:5: a pattern may not start with a gap`],
    ['a gap at the end', { [ruleFile]: rule('  - borrower ..2') }, `${ruleFile}:9:14: a pattern may not end with a gap`],
    ['a redundant inflection', { [ruleFile]: rule('  - borrower list|lists') }, `${ruleFile}:9:19: redundant inflection "lists": "list" already matches it`],
    ['a non-base form where the base is meant', { [ruleFile]: rule('  - borrower lists') }, `${ruleFile}:9:14: "lists" is a form of "list": write "list" to match all its forms, or "=lists" for this form only`],
    ['a duplicate alternative', { [ruleFile]: rule('  - borrower list|register|list') }, `${ruleFile}:9:28: duplicate alternative "list"`],
    ['a phrase written as one-word alternatives', { [ruleFile]: rule('  - until then|until that point') }, `${ruleFile}:9:16: "until" repeats the word beside it: | separates one-word alternatives; write phrase alternatives as a group, (until then|until that point)`],
    ['an unclosed phrase group', { [ruleFile]: rule('  - (borrower list|register') }, `${ruleFile}:9:5: a "(" without ")"`],
    ['an empty phrase', { [ruleFile]: rule('  - (borrower list|) book') }, `${ruleFile}:9:20: empty phrase in a group`],
    ['a bad tag', { [ruleFile]: rule('  - "#Rate borrower"') }, `${ruleFile}:9:6: bad tag "#Rate"`],
    ['a bad word', { [ruleFile]: rule('  - borrower li!st') }, `${ruleFile}:9:14: bad word "li!st"`],
    ['a pattern of optional words only', { [ruleFile]: rule('  - borrower? list?') }, `${ruleFile}:9:5: the pattern has no required word`],
    ['an unknown passage, with a did-you-mean', { [ruleFile]: rule().replace('charter/no-list', 'charter/no-lists') }, `${ruleFile}:7:5: unknown passage "charter/no-lists" (did you mean "charter/no-list"?)`],
    ['an unknown key, with a did-you-mean', { [ruleFile]: rule(undefined, 'sugestion: Lend freely.\n') }, `${ruleFile}:15:1: unknown key "sugestion" (did you mean "suggestion"?)`],
    ['a bad severity, with a did-you-mean', { [ruleFile]: rule().replace('severity: warn', 'severity: warning') }, `${ruleFile}:2:11: "severity" must be one of error, warn (did you mean "warn"?)`],
    ['a missing key', { [ruleFile]: rule().replace(/^message: .*\n/m, '') }, `${ruleFile}:1:1: missing required key "message"`],
    ['an id that is not the file path', { [ruleFile]: rule().replace('id: accounting/borrower-list', 'id: accounting/borrowers') }, `${ruleFile}:1:5: rule id "accounting/borrowers" must match its path rules/accounting/borrower-list.yml`],
    ['an unknown category', { [ruleFile]: '', 'rules/acounting/x.yml': rule().replace('accounting/borrower-list', 'acounting/x') }, 'rules/acounting/x.yml:1:5: unknown category "acounting" (did you mean "accounting"?)'],
    ['a bundled rule id taken again', { [ruleFile]: '', 'rules/accounting/ledger.yml': rule().replace('accounting/borrower-list', 'accounting/ledger') }, 'rules/accounting/ledger.yml:1:5: rule "accounting/ledger" is already defined'],
    ['an invalid example without a marked span', { [ruleFile]: rule().replace('[borrower list]', 'borrower list') }, `${ruleFile}:12:7: an invalid example marks the words it expects in [brackets]`],
    ['an unbalanced example bracket', { [ruleFile]: rule().replace('[borrower list]', '[borrower list') }, `${ruleFile}:12:44: a "[" without "]"`],
    ['a YAML syntax error', { [ruleFile]: 'id: [unclosed\n' }, `${ruleFile}:2:1:`],
    ['an alias', { [ruleFile]: rule().replace('severity: warn', 'severity: &s warn\nsuggestion: *s') }, `${ruleFile}:2:11: anchors are not allowed in catalogue files (&s)`],
    ['a tag', { [ruleFile]: rule().replace('severity: warn', 'severity: !!str warn') }, `${ruleFile}:2:11: tags are not allowed in catalogue files (tag:yaml.org,2002:str)`],
    ['a misquoted passage', { 'sources/charter.txt': charter.replace('anyone', 'everyone') }, 'sources/charter.yml:11:11: passage "charter/no-list" is not verbatim in charter.txt (first differing word: "anyone")'],
    ['a stale text hash', { 'sources/charter.txt': `${charter}\nAdded later.\n` }, 'sources/charter.yml:4:11: textHash does not match charter.txt: every passage is still verbatim'],
    ['a passage of an unknown section', { 'sources/charter.yml': source().replace('section: tools', 'section: tool') }, 'sources/charter.yml:10:14: unknown section "tool" (did you mean "tools"?)'],
    ['a class that clashes with a bundled one', { 'rules/classes/ours.yml': 'classes:\n  recipient:\n    words: [borrower]\n' }, 'rules/classes/ours.yml:2:3: class "recipient" is already defined by the bundled catalogue'],
  ];
  it.each(cases)('%s', (_name, files, expected) => {
    const found = problems(files);
    expect(found.some((line) => line.startsWith(expected)), found.join('\n')).toBe(true);
  });
  it('reports every problem of a pack, not just the first', () => {
    expect(problems({ [ruleFile]: rule('  - keep @nope list\n  - borrower list||register') })).toHaveLength(2);
  });
  it('a class of the pack itself is known to its patterns', () => {
    expect(problems({ 'rules/classes/ours.yml': 'classes:\n  borrowing:\n    words: [borrower, lender]\n', [ruleFile]: rule('  - "@borrowing list"') })).toEqual([]);
  });
  it('reads the line-end hyphen of "work-\\nshop" and typographic quotes as the passage writes them', () => {
    expect(problems({})).toEqual([]);
  });
});

describe('the bundled catalogue', () => {
  it('is data only: rules/ holds YAML files and nothing else (no rule is code)', async () => {
    const { glob } = await import('tinyglobby');
    const files = await glob('**/*', { cwd: path.join(projectRoot, 'rules') });
    expect(files.filter((f) => !f.endsWith('.yml'))).toEqual([]);
    expect(files.length).toBeGreaterThan(25);
  });
});
