/** CLI flags of the gate: output files, usage errors (one line, exit 2), colour, warnings. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

const tree = () => tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'plan.md': `${flagged.hours}\n` });

describe('usage errors are one line and exit 2', () => {
  const cases: Array<[string[], string]> = [
    [['--formt', 'json', 'plan.md'], "valuelint: unknown option '--formt' (Did you mean --format?)\n"],
    [['-f', 'xml', 'plan.md'], "valuelint: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github, checkstyle, junit, html.\n"],
    [['--update-baseline', 'plan.md'], 'valuelint: --update-baseline needs --baseline <file>.\n'],
    [['--config', 'a.json', '--no-config-lookup', 'plan.md'], 'valuelint: --config and --no-config-lookup contradict each other.\n'],
    [['--stdin', '--shard', '1/2'], 'valuelint: --changed-since and --shard select files; they do not go with --stdin.\n'],
    [['--max-warnings', 'lots', 'plan.md'], "valuelint: option '--max-warnings <n>' argument 'lots' is invalid. expected a whole number (-1 for no limit)\n"],
    [[], 'valuelint: no files given. Usage: valuelint [options] <files, directories or globs...> (see --help).\n'],
  ];
  it.each(cases)('%j', async (args, stderr) => {
    const out = await runCli(args, tree());
    expect([out.code, out.stderr, out.stdout]).toEqual([2, stderr, '']);
  });
  it('a baseline that is not one', async () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'plan.md': `${flagged.hours}\n`, 'b.json': '{"files": []}' });
    const out = await runCli(['--baseline', 'b.json', 'plan.md'], root);
    expect([out.code, out.stderr]).toEqual([2, 'valuelint: b.json: not a valuelint baseline (expected {"version": 1, "files": {...}})\n']);
  });
});

describe('--output-file', () => {
  it('writes the report to the file (creating directories) and nothing to stdout, leaving no temporary file', async () => {
    const root = tree();
    const out = await runCli(['-f', 'sarif', '-o', 'reports/valuelint.sarif', 'plan.md'], root);
    expect([out.code, out.stdout]).toEqual([1, '']);
    expect(JSON.parse(readFileSync(path.join(root, 'reports/valuelint.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(path.join(root, 'reports'))).toEqual(['valuelint.sarif']);
  });
  it('gives one line and exit 2 when it cannot write', async () => {
    const root = tree();
    const out = await runCli(['-o', 'plan.md/report.txt', 'plan.md'], root);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^valuelint: cannot write plan\.md\/report\.txt: E[A-Z]+\n$/);
    expect(existsSync(path.join(root, 'plan.md'))).toBe(true);
  });
});

describe('output and exit codes', () => {
  it('reports unused directives as errors with the flag', async () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'plan.md': '<!-- valuelint-disable-next-line accounting -->\nNothing here.\n' });
    expect((await runCli(['plan.md'], root)).code).toBe(0);
    const out = await runCli(['--report-unused-disable-directives', '-f', 'github', 'plan.md'], root);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe("::error file=plan.md,line=1,col=1,title=valuelint::Unused valuelint-disable directive (no problems were reported from 'accounting').\n");
  });
  it('gates warnings with --max-warnings', async () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement({}, 'warn'), 'plan.md': `${flagged.hours}\n` });
    expect((await runCli(['plan.md'], root)).code).toBe(0);
    const out = await runCli(['--max-warnings', '0', 'plan.md'], root);
    expect([out.code, out.stderr]).toEqual([1, 'valuelint found too many warnings (maximum: 0).\n']);
  });
  it('never colours output that is not a terminal, and honours NO_COLOR', async () => {
    const out = await runCli(['plan.md'], tree(), { env: { NO_COLOR: '1' } });
    expect(out.stdout).not.toContain('\u001b[');
  });
});
