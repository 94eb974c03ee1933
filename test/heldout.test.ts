// The held-out harness (scripts/heldout.js) runs over ../shared/eval, beside the project in CI and
// in development; a user's clone has no ../shared, so these tests skip there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared', 'eval', 'dev.jsonl');
const run = (...args: string[]) => execFileSync(process.execPath, [join(root, 'scripts', 'heldout.js'), ...args], { encoding: 'utf8' });

describe.skipIf(!existsSync(shared))('held-out harness (needs ../shared/eval)', () => {
  it('scores every family held out and pools the counts', () => {
    const report = JSON.parse(run('--json'));
    const families = Object.values(report.prose.families) as Array<{ tp: number; fp: number; fn: number }>;
    expect(Object.keys(report.prose.families)).toEqual(expect.arrayContaining(['dev-real', 'organizing', '18f-handbook', 'rust-rfcs', 'sociocracy']));
    expect(report.prose.pooled.tp).toBe(families.reduce((n, f) => n + f.tp, 0));
    expect(report.prose.pooledWithoutDev.tp).toBeLessThan(report.prose.pooled.tp);
  });

  it('measures a trial pattern against the baseline, family by family', () => {
    const dir = mkdtempSync(join(tmpdir(), 'valuelint-trial-'));
    const trial = join(dir, 'trial.json');
    // A pattern that matches every sentence with "the": many false positives, never fewer findings.
    writeFileSync(trial, JSON.stringify({ patterns: [{ rule: 'accounting/price', match: 'the' }] }));
    const line = run('--add', trial, '--each').split('\n').find((l) => l.startsWith('accounting/price'))!;
    const cells = line.trim().split(/\s+/).slice(1, -1).map((c) => c.split('/').map(Number));
    expect(cells.length).toBeGreaterThanOrEqual(6);
    expect(cells.every(([tp, fp]) => tp! >= 0 && fp! >= 0)).toBe(true);
    expect(cells.some(([, fp]) => fp! > 0)).toBe(true);
  });

  it('refuses a trial naming an unknown rule, with one line and exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'valuelint-trial-'));
    const trial = join(dir, 'trial.json');
    writeFileSync(trial, JSON.stringify({ patterns: [{ rule: 'accounting/nope', match: 'x' }] }));
    try {
      run('--add', trial);
      expect.unreachable();
    } catch (error) {
      const e = error as { status: number; stderr: string };
      expect(e.status).toBe(2);
      expect(e.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
