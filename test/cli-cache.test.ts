/** --cache: unchanged files are replayed, not re-analysed; anything that could change a result invalidates. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileOf } from '../src/cli/cache.js';
import { lintPath, version } from '../src/cli/run.js';
import { lintJobs, type LintFile, type LintJob } from '../src/cli/workers.js';
import { timeLimitProblem } from '../src/engine/deadline.js';
import type { DocumentOptions } from '../src/linter.js';
import { fatalMessage, resultOf } from '../src/result.js';
import { clean, flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

const plans = () => tempTree({
  'a.md': `${flagged.hours}\n`,
  'b.md': `${clean}\n`,
  'c.txt': `${flagged.clock}\n\n${flagged.register}\n`,
});

/** lintPath, counting the files it really analyses. */
function counting(): { lint: LintFile; analysed: string[] } {
  const analysed: string[] = [];
  return { analysed, lint: (file, options) => (analysed.push(path.basename(file)), lintPath(file, options)) };
}

function jobsOf(root: string, options: DocumentOptions = {}): LintJob[] {
  return ['a.md', 'b.md', 'c.txt'].map((name) => ({ file: path.join(root, name), options }));
}

async function cachedRun(root: string, options: DocumentOptions = {}, toolVersion = version) {
  const { lint, analysed } = counting();
  const warnings: string[] = [];
  const settings = { concurrency: 1, cache: { file: path.join(root, '.valuelintcache'), version: toolVersion }, warn: (l: string) => void warnings.push(l) };
  const results = await lintJobs(jobsOf(root, options), settings, lint);
  return { results, analysed, warnings };
}

describe('the cache', () => {
  it('replays every unchanged file, findings included, with the same results', async () => {
    const root = plans();
    const first = await cachedRun(root);
    expect(first.analysed).toEqual(['a.md', 'b.md', 'c.txt']);
    expect(first.results.map((r) => r.messages.length)).toEqual([1, 0, 2]);
    const second = await cachedRun(root);
    expect(second.analysed).toEqual([]);
    expect(second.results).toEqual(first.results);
  });

  it('does not keep a file stopped at the time limit: the next run lints it again', async () => {
    const root = plans();
    const stopping: LintFile = async (file, options) =>
      path.basename(file) === 'b.md' ? resultOf(file, [fatalMessage(timeLimitProblem(5000))]) : lintPath(file, options);
    await lintJobs(jobsOf(root), { concurrency: 1, cache: { file: path.join(root, '.valuelintcache'), version }, warn: () => undefined }, stopping);
    expect((await cachedRun(root)).analysed).toEqual(['b.md']);
  });

  it('re-analyses a changed file only', async () => {
    const root = plans();
    const first = await cachedRun(root);
    writeFileSync(path.join(root, 'b.md'), `${clean}\n\n${flagged.register}\n`);
    const second = await cachedRun(root);
    expect(second.analysed).toEqual(['b.md']);
    expect(second.results[1]!.messages).toHaveLength(1);
    expect([second.results[0], second.results[2]]).toEqual([first.results[0], first.results[2]]);
  });

  it('re-analyses everything when the options (configuration) change', async () => {
    const root = plans();
    await cachedRun(root);
    const changed = await cachedRun(root, { ruleSeverities: { 'accounting/time-measurement': 'warn' } });
    expect(changed.analysed).toEqual(['a.md', 'b.md', 'c.txt']);
    expect(changed.results[0]!.warningCount).toBe(1);
  });

  it('re-analyses everything under another tool fingerprint (version, rules)', async () => {
    const root = plans();
    await cachedRun(root);
    expect((await cachedRun(root, {}, `${version}-next`)).analysed).toEqual(['a.md', 'b.md', 'c.txt']);
  });

  it.each([
    ['corrupt', '{"format": "valuelint-cache/1", "files": {'],
    ['foreign', '{"version": 1, "files": {}}'],
    ['empty', ''],
  ])('ignores a %s cache file and rewrites it', async (_kind, text) => {
    const root = plans();
    const first = await cachedRun(root);
    writeFileSync(path.join(root, '.valuelintcache'), text);
    const second = await cachedRun(root);
    expect(second.analysed).toEqual(['a.md', 'b.md', 'c.txt']);
    expect(second.results).toEqual(first.results);
    expect((await cachedRun(root)).analysed).toEqual([]);
  });

  it('ignores a tampered entry that lacks a result', async () => {
    const root = plans();
    await cachedRun(root);
    const file = path.join(root, '.valuelintcache');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const entry of Object.values<{ result: unknown }>(data.files)) entry.result = 'nothing';
    writeFileSync(file, JSON.stringify(data));
    expect((await cachedRun(root)).analysed).toEqual(['a.md', 'b.md', 'c.txt']);
  });

  it('warns in one line when it cannot write the cache, and still lints', async () => {
    const root = plans();
    const { lint } = counting();
    const warnings: string[] = [];
    const results = await lintJobs(jobsOf(root), { concurrency: 1, cache: { file: path.join(root, 'a.md', 'cache'), version }, warn: (l) => void warnings.push(l) }, lint);
    expect(results).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^cannot write the cache .*: E[A-Z]+$/);
  });
});

describe('--cache on the command line', () => {
  const tree = () => tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'plans/a.md': `${flagged.hours}\n`, 'plans/b.md': `${clean}\n` });

  it('replays the recorded result (a tampered message shows that nothing was re-analysed)', async () => {
    const root = tree();
    const fresh = await runCli(['-f', 'json', 'plans'], root);
    expect(await runCli(['--cache', '-f', 'json', 'plans'], root)).toEqual(fresh);
    const file = cacheFileOf(undefined, root);
    writeFileSync(file, readFileSync(file, 'utf8').replace('logs their hours', 'REPLAYED'));
    const replayed = await runCli(['--cache', '-f', 'json', 'plans'], root);
    expect(replayed.stdout).toContain('REPLAYED');
    expect(replayed.code).toBe(1);
  });

  it('is invalidated by a config change', async () => {
    const root = tree();
    await runCli(['--cache', 'plans'], root);
    writeFileSync(path.join(root, '.valuelintrc.json'), onlyTimeMeasurement({}, 'warn'));
    const out = await runCli(['--cache', '-f', 'json', 'plans'], root);
    expect([out.code, JSON.parse(out.stdout)[0].warningCount]).toEqual([0, 1]);
  });

  it('works with --concurrency and gives the uncached output', async () => {
    const root = tree();
    const fresh = await runCli(['-f', 'json', 'plans'], root);
    expect(await runCli(['--cache', '--concurrency', '2', '-f', 'json', 'plans'], root)).toEqual(fresh);
    expect(await runCli(['--cache', '--concurrency', '2', '-f', 'json', 'plans'], root)).toEqual(fresh);
  }, 120_000);

  it('--cache-location takes a file or a directory, and leaves no temporary file', async () => {
    const root = tree();
    mkdirSync(path.join(root, 'store'));
    await runCli(['--cache', '--cache-location', 'store', 'plans'], root);
    await runCli(['--cache', '--cache-location', 'fresh/', 'plans'], root);
    await runCli(['--cache', '--cache-location', 'my.cache', 'plans'], root);
    expect(readdirSync(path.join(root, 'store'))).toEqual(['.valuelintcache']);
    expect(readdirSync(path.join(root, 'fresh'))).toEqual(['.valuelintcache']);
    expect(existsSync(path.join(root, 'my.cache'))).toBe(true);
    expect(existsSync(path.join(root, '.valuelintcache'))).toBe(false);
    expect(cacheFileOf(undefined, root)).toBe(path.join(root, 'node_modules', '.cache', 'valuelint', '.valuelintcache'));
  });

  it('is not used with --project (types come from other files)', async () => {
    const root = tempTree({ 'tsconfig.json': '{"compilerOptions": {"strict": true}, "include": ["*.ts"]}', 'plan.ts': 'export const hoursPerShift = 4;\n' });
    await runCli(['--cache', '--project', 'tsconfig.json', 'plan.ts'], root);
    expect(existsSync(cacheFileOf(undefined, root))).toBe(false);
  });
});

describe('a forged cache (19.4)', () => {
  const tree = () => tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'plans/a.md': `${flagged.hours}\n`, 'plans/b.md': `${clean}\n` });
  type Stored = { result: { messages: Array<Record<string, unknown>>; suppressedMessages: unknown[]; errorCount: number } };
  const forge = (file: string, edit: (entry: Stored) => void) => {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const entry of Object.values<Stored>(data.files)) edit(entry);
    writeFileSync(file, JSON.stringify(data));
  };

  it('is kept out of the checked-in tree by default; a committed .valuelintcache is not read', async () => {
    const root = tree();
    await runCli(['--cache', 'plans'], root);
    const real = cacheFileOf(undefined, root);
    expect(existsSync(real)).toBe(true);
    expect(existsSync(path.join(root, '.valuelintcache'))).toBe(false);
    // A pull request commits a cache where the old default was: it changes nothing.
    writeFileSync(path.join(root, '.valuelintcache'), readFileSync(real, 'utf8').replace(/"errorCount":1/g, '"errorCount":0'));
    rmSync(real);
    expect((await runCli(['--cache', 'plans'], root)).code).toBe(1);
  });

  it('recounts severities from the replayed messages (a forged errorCount of 0 still fails)', async () => {
    const root = tree();
    await runCli(['--cache', 'plans'], root);
    forge(cacheFileOf(undefined, root), (entry) => {
      entry.result.errorCount = 0;
      (entry.result as Record<string, unknown>).warningCount = 0;
    });
    const out = await runCli(['--cache', '-f', 'json', 'plans'], root);
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout)[0].errorCount).toBe(1);
  });

  it.each([
    ['an unknown rule id', (m: Record<string, unknown>) => void (m.ruleId = 'made/up')],
    ['a category not the rule\'s', (m: Record<string, unknown>) => void (m.category = 'centralisation')],
    ['a severity the config does not give', (m: Record<string, unknown>) => void (m.severity = 1)],
    ['a message that is not the rule\'s', (m: Record<string, unknown>) => void (m.message = '::error::all good')],
    ['a position that is not a number', (m: Record<string, unknown>) => void (m.line = '1')],
  ])('lints again an entry with %s, and says so in one line', async (_what, edit) => {
    const root = tree();
    const fresh = await runCli(['-f', 'json', 'plans'], root);
    await runCli(['--cache', 'plans'], root);
    forge(cacheFileOf(undefined, root), (entry) => entry.result.messages.forEach(edit));
    const out = await runCli(['--cache', '-f', 'json', 'plans'], root);
    expect(out.stdout).toBe(fresh.stdout);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('valuelint: 1 cache entry was not valuelint\'s results; linted again\n');
  });
});
