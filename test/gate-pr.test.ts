/**
 * A pull request played in a temporary git repository: the baseline accepts the existing
 * findings, a new paragraph with a new finding fails the gate, moving old paragraphs does not;
 * --changed-since lints only what the branch touched; --shard splits files deterministically.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inShard } from '../src/cli/shard.js';
import { clean, flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

const plan = [
  '# Kitchen plan',
  '',
  `The kitchen opens at noon. ${flagged.hours}`,
  '',
  'We share the food that comes in.',
  '',
  `${flagged.clock}`,
  '',
].join('\n');

function repository(): string {
  const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'docs/plan.md': plan, 'docs/other.md': `${clean}\n` });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'start');
  return root;
}

const gate = ['--baseline', '.valuelint-baseline.json', '-f', 'json', 'docs'];

interface JsonResult {
  filePath: string;
  messages: Array<{ actual: string }>;
  suppressedMessages: Array<{ suppressions: Array<{ kind: string }> }>;
}
/** The JSON result for docs/plan.md. */
const planResult = (stdout: string): JsonResult => (JSON.parse(stdout) as JsonResult[]).find((r) => r.filePath.endsWith('plan.md'))!;

describe('a pull request through the gate', () => {
  const root = repository();

  it('fails before a baseline exists, and the baseline accepts the existing findings', async () => {
    expect((await runCli(['docs'], root)).code).toBe(1);
    const missing = await runCli(gate, root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('valuelint: .valuelint-baseline.json: no such baseline file (create it with --update-baseline)\n');
    const update = await runCli([...gate, '--update-baseline'], root);
    expect(update.code).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(root, '.valuelint-baseline.json'), 'utf8'));
    expect(Object.keys(baseline.files)).toEqual(['docs/plan.md']);
    expect(baseline.files['docs/plan.md']).toHaveLength(2);
    const accepted = await runCli(gate, root);
    expect(accepted.code).toBe(0);
    const result = planResult(accepted.stdout);
    expect(result.messages).toEqual([]);
    expect(result.suppressedMessages.map((m) => m.suppressions[0]!.kind)).toEqual(['baseline', 'baseline']);
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'baseline');
  });

  it('passes an edit that only moves and rewraps old paragraphs', async () => {
    git(root, 'checkout', '-q', '-b', 'move');
    const moved = [
      '# Kitchen plan',
      '',
      'A new opening paragraph that asks nothing of anyone.',
      '',
      `${flagged.clock}`,
      '',
      'We share the food that comes in.',
      '',
      '## Hours',
      '',
      // The same sentence, re-wrapped over two lines.
      `The kitchen opens at noon. ${flagged.hours.replace(' logs', '\nlogs')}`,
      '',
    ].join('\n');
    writeFileSync(path.join(root, 'docs/plan.md'), moved);
    const out = await runCli(gate, root);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
  });

  it('fails a new paragraph with a new finding, and reports only that one', async () => {
    const text = readFileSync(path.join(root, 'docs/plan.md'), 'utf8');
    writeFileSync(path.join(root, 'docs/plan.md'), `${text}\n${flagged.register}\n`);
    const out = await runCli(gate, root);
    expect(out.code).toBe(1);
    const result = planResult(out.stdout);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]!.actual).toMatch(/attendance/);
    expect(result.suppressedMessages).toHaveLength(2);
  });

  it('counts a second copy of an accepted sentence as new', async () => {
    git(root, 'checkout', '-q', '--', 'docs/plan.md');
    const text = readFileSync(path.join(root, 'docs/plan.md'), 'utf8');
    writeFileSync(path.join(root, 'docs/plan.md'), `${text}\n${flagged.clock}\n`);
    const out = await runCli(gate, root);
    expect(out.code).toBe(1);
    expect(planResult(out.stdout).messages).toHaveLength(1);
  });

  it('says when baseline entries match nothing any more', async () => {
    writeFileSync(path.join(root, 'docs/plan.md'), `# Kitchen plan\n\n${clean}\n`);
    const out = await runCli(gate, root);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('valuelint: 2 baseline entries match no finding any more; run with --update-baseline to prune.\n');
  });
});

describe('--changed-since', () => {
  it('lints only files changed since the merge base, plus untracked ones', async () => {
    const root = repository();
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(root, 'docs/other.md'), `${clean}\n\n${flagged.register}\n`);
    git(root, 'commit', '-q', '-am', 'edit other');
    writeFileSync(path.join(root, 'docs/new.md'), `${flagged.clock}\n`);
    const out = await runCli(['--changed-since', 'main', '-f', 'json'], root);
    expect(out.code).toBe(1);
    const files = JSON.parse(out.stdout).map((r: { filePath: string }) => path.relative(root, r.filePath)).sort();
    expect(files).toEqual(['docs/new.md', 'docs/other.md']);
  });
  it('passes when nothing lintable changed', async () => {
    const root = repository();
    const out = await runCli(['--changed-since', 'HEAD', 'docs'], root);
    expect([out.code, out.stderr]).toEqual([0, '']);
  });
  it('gives one line and exit 2 outside a git repository or for an unknown revision', async () => {
    const outside = await runCli(['--changed-since', 'main', '.'], tempTree({ 'a.md': `${clean}\n` }));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^valuelint: --changed-since needs a git repository: not a git repository[^\n]*\n$/);
    const unknown = await runCli(['--changed-since', 'no-such-branch', 'docs'], repository());
    expect([unknown.code, unknown.stderr]).toEqual([2, 'valuelint: --changed-since: unknown revision "no-such-branch" (or it shares no history with HEAD)\n']);
  });
});

describe('--shard', () => {
  const names = Array.from({ length: 12 }, (_, i) => `docs/p${i}.md`);
  const root = tempTree(Object.fromEntries([['.valuelintrc.json', onlyTimeMeasurement()], ...names.map((n) => [n, `${clean}\n`])]));

  it('puts every file in exactly one shard, the same way every time', async () => {
    const seen: string[] = [];
    for (const i of [1, 2, 3]) {
      const out = await runCli(['--shard', `${i}/3`, '-f', 'json', 'docs'], root);
      expect(out.code).toBe(0);
      seen.push(...JSON.parse(out.stdout).map((r: { filePath: string }) => path.relative(root, r.filePath)));
    }
    expect(seen.sort()).toEqual([...names].sort());
    expect(names.map((n) => inShard(path.join(root, n), { index: 1, count: 3 }, root))).toEqual(names.map((n) => inShard(path.join(root, n), { index: 1, count: 3 }, root)));
  });
  it('rejects a bad shard in one line', async () => {
    const out = await runCli(['--shard', '4/3', 'docs'], root);
    expect([out.code, out.stderr]).toEqual([2, "valuelint: option '--shard <i/n>' argument '4/3' is invalid. expected i/n with 1 ≤ i ≤ n, e.g. 2/4\n"]);
  });
});
