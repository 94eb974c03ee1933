/** --concurrency: worker threads give the same output, in the same order, as a serial run. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConcurrency } from '../src/cli/workers.js';
import { projectRoot } from './helpers.js';
import { clean, flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

/** About thirty plans in nested directories, with a cascade, overrides, ignores, directives and unreadable files. */
function generatedTree(): string {
  const files: Record<string, string> = {
    '.valuelintrc.json': onlyTimeMeasurement({ overrides: [{ files: ['notes/**'], rules: { 'accounting/time-measurement': 'warn' } }], ignorePatterns: ['skip/**'] }),
    'team/.valuelintrc.json': JSON.stringify({ rules: { accounting: 'error', quantification: 'warn' } }),
    'skip/ignored.md': `${flagged.hours}\n`,
    'binary.md': 'a\u0000b',
    'broken.ts': 'export const hoursPerShift = (;\n',
    'suppressed.md': `<!-- valuelint-disable-next-line accounting/time-measurement -->\n${flagged.clock}\n<!-- valuelint-disable-next-line accounting -->\n${clean}\n`,
  };
  const sentences = [flagged.hours, flagged.clock, flagged.register, clean];
  for (let i = 0; i < 26; i++) {
    const dir = ['plans', 'notes', 'team', 'team/sub'][i % 4]!;
    const body = Array.from({ length: 3 + (i % 5) }, (_, k) => sentences[(i + k) % sentences.length]).join('\n\n');
    files[`${dir}/plan-${String(i).padStart(2, '0')}.${i % 3 === 0 ? 'txt' : 'md'}`] = `# Plan ${i}\n\n${body}\n`;
  }
  return tempTree(files);
}

async function bothWays(args: string[], cwd: string) {
  const serial = await runCli(args, cwd);
  const parallel = await runCli(['--concurrency', '2', ...args], cwd);
  return { serial, parallel };
}

// Starting worker threads loads the engine in each: slow on a busy machine.
describe('--concurrency', { timeout: 180_000 }, () => {
  it('gives the serial JSON over fixtures/', async () => {
    const { serial, parallel } = await bothWays(['-f', 'json', 'fixtures'], projectRoot);
    expect(JSON.parse(serial.stdout).length).toBeGreaterThan(5);
    expect(parallel).toEqual(serial);
  });

  it('gives the serial JSON over thirty generated files (configs, overrides, ignores, directives, fatal files)', async () => {
    const root = generatedTree();
    const { serial, parallel } = await bothWays(['-f', 'json', '--report-unused-disable-directives', '.'], root);
    const results = JSON.parse(serial.stdout) as Array<{ filePath: string; messages: unknown[]; suppressedMessages: unknown[] }>;
    expect(results).toHaveLength(29); // thirty files, one ignored
    expect(results.map((r) => r.filePath)).toEqual(results.map((r) => r.filePath).sort());
    expect(results.some((r) => r.suppressedMessages.length > 0)).toBe(true);
    expect(parallel).toEqual(serial);
  });

  it('gives the serial baseline results', async () => {
    const root = generatedTree();
    await runCli(['--baseline', 'baseline.json', '--update-baseline', 'plans'], root);
    const { serial, parallel } = await bothWays(['-f', 'json', '--baseline', 'baseline.json', '.'], root);
    expect(parallel).toEqual(serial);
  });

  it('with more threads than files, and with one file', async () => {
    const root = generatedTree();
    expect(await runCli(['--concurrency', '3', '-f', 'json', 'plans'], root)).toEqual(await runCli(['-f', 'json', 'plans'], root));
    expect(await runCli(['--concurrency', '2', 'plans/plan-00.txt'], root)).toEqual(await runCli(['plans/plan-00.txt'], root));
  });

  it('fails as a serial run does when linting throws in a worker (one line, exit 2)', async () => {
    const root = tempTree({ 'a.ts': 'export const hoursPerShift = 4;\n', 'b.ts': 'export const dailyQuota = 400;\n' });
    const { serial, parallel } = await bothWays(['--project', 'missing/tsconfig.json', '.'], root);
    expect(serial.code).toBe(2);
    expect(serial.stderr).toMatch(/^valuelint: Cannot read project [^\n]*\n$/);
    expect(parallel).toEqual(serial);
  });

  it("takes 'auto' or a whole number of at least 1", async () => {
    expect(parseConcurrency('auto')).toBeGreaterThanOrEqual(1);
    expect(parseConcurrency('3')).toBe(3);
    for (const bad of ['0', '-2', '1.5', 'many']) {
      const out = await runCli(['--concurrency', bad, 'x.md'], tempTree({}));
      expect([out.code, out.stdout]).toEqual([2, '']);
      expect(out.stderr).toBe(`valuelint: option '--concurrency <n>' argument '${bad}' is invalid. expected 'auto' or a whole number of at least 1\n`);
    }
  });
});

describe('paths', () => {
  it('the worker script is built beside the CLI', () => {
    expect(existsSync(path.join(projectRoot, 'dist', 'src', 'cli', 'workers-thread.js'))).toBe(true);
  });
});

describe('--concurrency near limits and with a dying worker (19.7)', { timeout: 180_000 }, () => {
  it('gives a file nested near the stack limit the serial result (workers get the main thread\'s stack)', async () => {
    // A unary chain 4,000 deep overflows the TypeScript parser on 984 KB of stack but not on 4 MB: the
    // nesting guard must then say the same in both modes (whether the parser overflowed or not).
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'deep.ts': `export const a = ${'!'.repeat(4000)}x;\n`, 'a.md': `${flagged.hours}\n` });
    const { serial, parallel } = await bothWays(['-f', 'json', '.'], root);
    expect(JSON.parse(serial.stdout)[1].messages[0].message).toBe('Parsing error: nested more than 256 levels deep; not read');
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('makes the file of a dead worker fatal, replaces the worker, and lints the rest as a serial run does', () => {
    const root = generatedTree();
    const bin = path.join(projectRoot, 'bin', 'valuelint.js');
    const cli = (args: string[], env: Record<string, string> = {}) => spawnSync('node', [bin, '-f', 'json', ...args, '.'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    const serial = cli([]);
    const crashing = { VALUELINT_TEST_WORKER_DIES_ON: 'plan-03\\.txt$' };
    const parallel = cli(['--concurrency', '2'], crashing);
    expect(parallel.stderr).toBe('');
    expect(parallel.status).toBe(serial.status);
    const expected = JSON.parse(serial.stdout) as Array<{ filePath: string }>;
    const got = JSON.parse(parallel.stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
    const dead = got.findIndex((r) => r.filePath.endsWith('plan-03.txt'));
    expect(got[dead]!.messages.map((m) => m.message)).toEqual(['Could not lint file: the worker linting it stopped (exit code 70).']);
    // Every other file: byte for byte what the serial run gave.
    expect(JSON.stringify(got.filter((_, i) => i !== dead))).toBe(JSON.stringify(expected.filter((_, i) => i !== dead)));
    // Two dying files, on two workers: both replaced, the run still ends.
    const twice = cli(['--concurrency', '2'], { VALUELINT_TEST_WORKER_DIES_ON: 'plan-0[36]\\.txt$' });
    expect(JSON.parse(twice.stdout).filter((r: { messages: Array<{ message: string }> }) => r.messages[0]?.message.includes('worker linting it stopped'))).toHaveLength(2);
  });
});
