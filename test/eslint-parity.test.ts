/**
 * The ESLint plugin and the CLI agree on one project: the same .valuelintrc cascade (a rule off at
 * the root, another off in a subfolder, ignorePatterns) and the same valuelint-disable directives,
 * in Markdown and TypeScript, each checked from both sides; and the plugin's guards keep hostile
 * files (deep nesting, binary, too large) from crashing or stalling the ESLint run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/eslint/index.js';
import { tooDeepMessage } from '../src/eslint/guarded-language.js';
import { projectRoot } from './helpers.js';

const files: Record<string, string> = {
  '.valuelintrc.json': JSON.stringify({ rules: { 'accounting/ledger': 'off' }, ignorePatterns: ['archive/**'] }),
  'sub/.valuelintrc.yaml': 'rules:\n  quantification: off\n',
  'plan.md': [
    '# Plan',
    '',
    'Each volunteer logs their hours in the timesheet.',
    '',
    '<!-- valuelint-disable-next-line accounting/time-measurement -- the funder asks for it -->',
    'Drivers clock in at the depot before each round.',
    '',
    'The treasurer keeps a ledger of what each member owes.',
    '',
    'Every member must complete a quota of four shifts per month.',
    '',
  ].join('\n'),
  'sub/plan.md': 'Every member must complete a quota of four shifts per month.\n\nEach volunteer logs their hours in the timesheet.\n',
  'archive/old.md': 'Each volunteer logs their hours in the timesheet.\n',
  'tool.ts': [
    '// Each volunteer logs their hours in the timesheet.',
    '// valuelint-disable-next-line accounting/time-measurement -- kept for the funder',
    '// Drivers clock in at the depot before each round.',
    'export const hoursWorked = 4;',
    '',
  ].join('\n'),
};

interface Seen { file: string; ruleId: string | null; line: number; column: number }

/** The CLI's JSON results for files in `dir` (a run with findings exits 1, and still prints them). */
function cliJson(dir: string, files: string[]): Array<{ filePath: string; messages: unknown[] }> {
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(projectRoot, 'bin', 'valuelint.js'), '-f', 'json', ...files], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  return JSON.parse(out);
}

describe('ESLint plugin and CLI on one project', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'valuelint-parity-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function cli(): Seen[] {
    return (cliJson(dir, ['plan.md', 'sub/plan.md', 'archive/old.md', 'tool.ts']) as Array<{ filePath: string; messages: Seen[] }>).flatMap((r) =>
      r.messages.map((m) => ({ file: r.filePath.slice(dir.length + 1), ruleId: m.ruleId, line: m.line, column: m.column })));
  }

  async function eslint(): Promise<Seen[]> {
    const linter = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const results = await linter.lintFiles(['plan.md', 'sub/plan.md', 'archive/old.md', 'tool.ts']);
    return results.flatMap((r) =>
      r.messages.map((m) => ({ file: r.filePath.slice(dir.length + 1), ruleId: m.ruleId && m.ruleId.replace(/^valuelint\//, ''), line: m.line, column: m.column })));
  }

  it('reports the same findings', async () => {
    const fromCli = cli();
    expect(await eslint()).toEqual(fromCli);
    // What each side honours, so that agreeing on nothing cannot pass:
    const rules = (file: string) => fromCli.filter((m) => m.file === file).map((m) => `${m.line}:${m.ruleId}`);
    expect(rules('plan.md')).toEqual(['3:accounting/time-measurement', '3:accounting/time-measurement', '10:centralization/compliance', '10:quantification/output-target']);
    // quantification is off in sub/: the quota sentence keeps only its compliance finding.
    expect(rules('sub/plan.md')).toEqual(['1:centralization/compliance', '3:accounting/time-measurement', '3:accounting/time-measurement']);
    expect(rules('archive/old.md')).toEqual([]);
    expect(rules('tool.ts')).toContain('1:accounting/time-measurement');
    expect(rules('tool.ts').some((r) => r.startsWith('3:'))).toBe(false);
  });

  it('reports directive problems in both (an unknown rule named)', async () => {
    writeFileSync(join(dir, 'plan.md'), `${files['plan.md']}\n<!-- valuelint-disable-next-line accounting/ledgr -->\nNothing to see.\n`);
    const fromCli = cli().filter((m) => m.ruleId === null);
    expect(fromCli).toHaveLength(1);
    const fromEslint = (await eslint()).filter((m) => m.file === 'plan.md' && m.line === fromCli[0]!.line);
    expect(fromEslint).toHaveLength(1);
    writeFileSync(join(dir, 'plan.md'), files['plan.md']!);
  });
});

describe('ESLint plugin guards', () => {
  const linter = new ESLint({ cwd: projectRoot, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
  const lint = async (text: string) => (await linter.lintText(text, { filePath: join(projectRoot, 'hostile.md') }))[0]!.messages;

  it('gives a quote nested 20,000 deep one parsing error instead of a RangeError from @eslint/markdown', async () => {
    const messages = await lint(`${'> '.repeat(20_000)}Each volunteer logs their hours.\n`);
    expect(messages).toEqual([expect.objectContaining({ fatal: true, line: 1, message: `Parsing error: ${tooDeepMessage}` })]);
  });

  it('gives a list nested 3,000 deep one parsing error instead of stalling', async () => {
    const messages = await lint(Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.fatal).toBe(true);
  });

  it('gives a binary file and a file over 10 MB one message each', async () => {
    const binary = await lint('Each volunteer logs their hours.\u0000\u0001');
    expect(binary).toEqual([expect.objectContaining({ fatal: true, message: 'Parsing error: Binary file (contains a NUL byte); not linted.' })]);
    const large = await lint('Each volunteer logs their hours.\n'.repeat(330_000));
    expect(large).toHaveLength(1);
    expect(large[0]!.message).toMatch(/^Parsing error: File too large \(10\.\d MB/);
  });

  it('leaves a plan nested a little deep alone', async () => {
    const messages = await lint(`${'> '.repeat(5)}Each volunteer logs their hours.\n`);
    expect(messages.length).toBe(0); // quoted: someone else's words
    expect((await lint('Each volunteer logs their hours.\n')).map((m) => m.ruleId)).toEqual(['valuelint/accounting/time-measurement']);
  });
});

describe('minConfidence: the config decides for both, the ESLint option overrides it', () => {
  let dir: string;
  const text = 'Members log their hours in a timesheet.\n';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'valuelint-confidence-'));
    writeFileSync(join(dir, '.valuelintrc.yaml'), 'minConfidence: high\n');
    writeFileSync(join(dir, 'plan.md'), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const confidences = (messages: Array<{ ruleId: string | null; message: string }>) => messages.filter((m) => m.ruleId).length;

  it('keeps only the high-confidence finding in the CLI and in ESLint', async () => {
    const fromCli = cliJson(dir, ['plan.md'])[0]!.messages as Array<{ ruleId: string; confidence: string; line: number; column: number }>;
    expect(fromCli.map((m) => m.confidence)).toEqual(['high']);
    const linter = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const [result] = await linter.lintFiles(['plan.md']);
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(fromCli.map((m) => [`valuelint/${m.ruleId}`, m.line, m.column]));
  });
  it('reports lower-confidence findings too when a rule\'s option asks', async () => {
    const ruleId = 'valuelint/accounting/time-measurement';
    const linter = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [...plugin.configs.recommended, { files: ['**/*.md'], rules: { [ruleId]: ['error', { minConfidence: 'low' }] } }] });
    const [result] = await linter.lintFiles(['plan.md']);
    expect(confidences(result!.messages)).toBe(2);
  });
});

describe('rule packs in the ESLint plugin', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'valuelint-pack-eslint-'));
    execFileSync(process.execPath, [join(projectRoot, 'bin', 'valuelint.js'), 'init', '--rule-pack', 'our-rules'], { cwd: dir, stdio: 'pipe' });
    writeFileSync(join(dir, 'plan.md'), 'We ask for a fixed share from everyone.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a pack rule\'s finding as valuelint/rule-packs, where the CLI reports it, with its message and id', async () => {
    const [fromCli] = cliJson(dir, ['plan.md'])[0]!.messages as Array<{ ruleId: string; message: string; line: number; column: number }>;
    expect(fromCli!.ruleId).toBe('quantification/fixed-share');
    const linter = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
    const [result] = await linter.lintFiles(['plan.md']);
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['valuelint/rule-packs', fromCli!.line, fromCli!.column]]);
    expect(result!.messages[0]!.message).toMatch(new RegExp(`^${fromCli!.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} Suggestion: .* \\[quantification/fixed-share\\]$`));
  });
});
