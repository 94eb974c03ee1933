/** Configuration files: the cascade, root, formats, overrides, ignorePatterns, and one-line errors. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/errors.js';
import { ConfigResolver } from '../src/config/resolve.js';
import { schemaText } from '../src/config/write-schema.js';
import { projectRoot } from './helpers.js';
import { flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

const id = 'accounting/time-measurement';

describe('cascade', () => {
  const root = tempTree({
    '.valuelintrc.json': JSON.stringify({ root: true, rules: { [id]: 'warn' }, ignorePatterns: ['drafts/'] }),
    'team/.valuelintrc.yaml': 'rules:\n  accounting: error\nincludeQuoted: true\n',
    'team/sub/package.json': JSON.stringify({ name: 'x', valuelint: { rules: { [id]: 'off' } } }),
    'other/package.json': JSON.stringify({ name: 'no-config-here' }),
    'over/.valuelintrc.yml': `overrides:\n  - files: ["*.txt"]\n    rules:\n      ${id}: "off"\n`,
    'layered/.valuelintrc.json': JSON.stringify({ rules: { accounting: 'off', [id]: 'error' } }),
  });
  const resolver = new ConfigResolver({ kind: 'cascade' }, root);
  const at = (p: string) => resolver.forFile(path.join(root, p));

  it('applies the nearest file over farther ones, up to root: true', () => {
    expect(at('plan.md').ruleSeverities[id]).toBe('warn');
    expect(at('team/plan.md').ruleSeverities[id]).toBe('error');
    expect(at('team/plan.md').includeQuoted).toBe(true);
    expect(at('team/sub/plan.md').ruleSeverities[id]).toBe('off');
    expect(at('team/sub/plan.md').includeQuoted).toBe(true);
  });
  it('skips a package.json without a "valuelint" key', () => {
    expect(at('other/plan.md').ruleSeverities[id]).toBe('warn');
  });
  it('applies overrides by pattern relative to their file', () => {
    expect(at('over/notes.txt').ruleSeverities[id]).toBe('off');
    expect(at('over/deep/notes.txt').ruleSeverities[id]).toBe('off');
    expect(at('over/plan.md').ruleSeverities[id]).toBe('warn');
  });
  it('lets a rule entry win over its category in the same file', () => {
    expect(at('layered/plan.md').ruleSeverities[id]).toBe('error');
  });
  it('marks files matched by ignorePatterns', () => {
    expect(at('drafts/a.md').ignored).toBe(true);
    expect(at('plan.md').ignored).toBe(false);
  });
  it('uses only the named file with --config, and nothing with --no-config-lookup', () => {
    expect(new ConfigResolver({ kind: 'file', file: 'team/.valuelintrc.yaml' }, root).forFile(path.join(root, 'plan.md')).ruleSeverities[id]).toBe('error');
    expect(new ConfigResolver({ kind: 'none' }, root).forFile(path.join(root, 'team/sub/plan.md')).ruleSeverities).toEqual({});
  });
});

describe('errors name the file and key, on one line', () => {
  const problem = (files: Record<string, string>) => {
    const root = tempTree(files);
    try {
      new ConfigResolver({ kind: 'cascade' }, root).forFile(path.join(root, 'plan.md'));
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('no error');
  };

  it('suggests the rule id for a typo', () => {
    expect(problem({ '.valuelintrc.json': '{"root": true, "rules": {"accounting/time-measurment": "warn"}}' }))
      .toBe('.valuelintrc.json: rules["accounting/time-measurment"]: unknown rule or category; did you mean "accounting/time-measurement"?');
  });
  it('suggests the severity for a bad value', () => {
    expect(problem({ '.valuelintrc.json': `{"root": true, "rules": {"${id}": "warning"}}` }))
      .toBe(`.valuelintrc.json: rules["${id}"]: "warning" is not one of "off", "warn", "error"; did you mean "warn"?`);
  });
  it('suggests the key for an unknown top-level key', () => {
    expect(problem({ '.valuelintrc.json': '{"root": true, "ignorePattern": ["x"]}' }))
      .toBe('.valuelintrc.json: ignorePattern: unknown key; did you mean "ignorePatterns"?');
  });
  it('names the key inside an override', () => {
    expect(problem({ '.valuelintrc.yaml': 'root: true\noverrides:\n  - files: ["a.md"]\n    includeQuoted: "yes"\n' }))
      .toBe('.valuelintrc.yaml: overrides[0].includeQuoted: must be boolean');
  });
  it('reports unparsable YAML and JSON in one line', () => {
    const yaml = problem({ '.valuelintrc.yaml': 'root: true\nrules: [unclosed\n' });
    expect(yaml).toMatch(/^\.valuelintrc\.yaml: cannot be parsed: /);
    expect(yaml).not.toContain('\n');
    expect(problem({ '.valuelintrc.json': '{"root": true,' })).toMatch(/^\.valuelintrc\.json: cannot be parsed: /);
  });
  it('names package.json\'s "valuelint" key', () => {
    expect(problem({ 'package.json': '{"valuelint": {"root": true, "rule": {}}}' }))
      .toBe('package.json "valuelint": rule: unknown key; did you mean "rules"?');
  });
});

describe('the CLI', () => {
  it('gives one line and exit 2 for a bad config', async () => {
    const root = tempTree({ '.valuelintrc.json': '{"root": true, "rules": {"acounting": "off"}}', 'plan.md': `${flagged.hours}\n` });
    const out = await runCli(['plan.md'], root);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('valuelint: .valuelintrc.json: rules.acounting: unknown rule or category; did you mean "accounting"?\n');
  });
  it('turns a rule off through the config, and --config replaces the cascade', async () => {
    const root = tempTree({
      '.valuelintrc.json': onlyTimeMeasurement(),
      'quiet.json': JSON.stringify({ rules: { accounting: 'off' } }),
      'plan.md': `${flagged.hours}\n`,
    });
    expect((await runCli(['plan.md'], root)).code).toBe(1);
    expect((await runCli(['--config', 'quiet.json', 'plan.md'], root)).code).toBe(0);
    const missing = await runCli(['--config', 'nope.json', 'plan.md'], root);
    expect([missing.code, missing.stderr]).toEqual([2, 'valuelint: nope.json: no such file\n']);
  });
  it('skips files matched by ignorePatterns, even when named', async () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement({ ignorePatterns: ['drafts/**'] }), 'drafts/a.md': `${flagged.hours}\n` });
    expect((await runCli(['drafts/a.md'], root)).code).toBe(0);
    expect((await runCli(['--no-ignore', 'drafts/a.md'], root)).code).toBe(1);
  });
});

describe('schema/valuelintrc.schema.json', () => {
  it('is the schema built from the current rule list (run `npm run schema` after adding a rule)', () => {
    expect(readFileSync(path.join(projectRoot, 'schema', 'valuelintrc.schema.json'), 'utf8')).toBe(schemaText());
  });
});
