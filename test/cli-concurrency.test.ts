/** --concurrency: worker threads give the same output, in the same order, as a serial run. */
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
