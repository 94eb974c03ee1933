/** The `valuelint` command end to end through `run()`: exit codes, commands, stdin, filters. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli/run.js';
import { allRules } from '../src/index.js';
import { projectRoot } from './helpers.js';

function cli(stdin = '') {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => stdin,
    cwd: projectRoot,
    isTTY: false,
    env: {},
  };
  return { io, out: () => out, err: () => err };
}

const plans = join('fixtures', 'plans');

describe('valuelint CLI', () => {
  it('exits 0 on a clean plan and 1 when findings fail', async () => {
    const clean = cli();
    expect(await run([join(plans, 'clean-plan.md')], clean.io)).toBe(0);
    expect(clean.out()).toBe('');
    const dirty = cli();
    expect(await run([join(plans, 'bakery-collective.md')], dirty.io)).toBe(1);
    expect(dirty.out()).toMatch(/accounting\/time-measurement/);
  });

  it('exits 2 for a path that does not exist, and still lints the others', async () => {
    const c = cli();
    expect(await run(['--format', 'json', 'no-such-plan.md', join(plans, 'bakery-collective.md')], c.io)).toBe(2);
    expect(c.err().trim().split('\n')).toEqual(['valuelint: No such file or directory: no-such-plan.md']);
    expect(JSON.parse(c.out())).toHaveLength(1);
  });

  it('gives one line and exit 2 for a bad flag or a bad value', async () => {
    for (const args of [['--bogus', plans], ['--format', 'pdf', plans], ['--max-warnings', 'many', plans], []]) {
      const c = cli();
      expect(await run(args, c.io)).toBe(2);
      expect(c.err().trim().split('\n')).toHaveLength(1);
      expect(c.err()).not.toMatch(/\n\s+at /);
    }
  });

  it('lists every rule as JSON with its citation', async () => {
    const c = cli();
    expect(await run(['rules', '--format', 'json'], c.io)).toBe(0);
    const rules = JSON.parse(c.out()) as Array<{ id: string; category: string; citation: { work: string; section: string; title: string; passages: string[] } }>;
    expect(rules.map((r) => r.id)).toEqual(allRules.map((r) => r.id));
    for (const r of rules) {
      expect(r.id.startsWith(`${r.category}/`)).toBe(true);
      expect(r.citation.passages.length).toBeGreaterThan(0);
      expect(r.citation.section).toMatch(/^§|^Conclusion/);
    }
  });

  it('explains a rule with its passages, and refuses an unknown one', async () => {
    const c = cli();
    expect(await run(['explain', 'accounting/time-measurement'], c.io)).toBe(0);
    expect(c.out()).toMatch(/without being subject to any time measurements/);
    const bad = cli();
    expect(await run(['explain', 'accounting/nope'], bad.io)).toBe(2);
    expect(bad.err().trim().split('\n')).toHaveLength(1);
  });

  it('lints standard input, as Markdown unless a file name says otherwise', async () => {
    const md = cli('Every volunteer logs their hours.\n');
    expect(await run(['--stdin', '--format', 'json'], md.io)).toBe(1);
    expect(JSON.parse(md.out())[0].messages[0]).toMatchObject({ ruleId: 'accounting/time-measurement', line: 1, column: 17 });
    const ts = cli('export const plan = { dailyQuota: 400 };\n');
    expect(await run(['--stdin', '--stdin-filename', 'plan.ts', '--format', 'json'], ts.io)).toBe(1);
    expect(JSON.parse(ts.out())[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('quantification/output-target');
  });

  it('filters by confidence and by severity', async () => {
    const count = async (args: string[]) => {
      const c = cli();
      await run([...args, '--format', 'json', plans], c.io);
      return (JSON.parse(c.out()) as Array<{ messages: unknown[] }>).reduce((n, r) => n + r.messages.length, 0);
    };
    const all = await count([]);
    const high = await count(['--min-confidence', 'high']);
    expect(high).toBeGreaterThan(0);
    expect(high).toBeLessThan(all);
    expect(await count(['--quiet'])).toBeLessThanOrEqual(all);
  });

  it('fails on warnings only over --max-warnings', async () => {
    const text = 'Every volunteer logs their hours.\n';
    const allWarn = join(projectRoot, 'test', 'fixtures', 'cli', 'all-warn.json');
    const probe = cli(text);
    await run(['--stdin', '--format', 'json', '--config', allWarn], probe.io);
    const messages = JSON.parse(probe.out())[0].messages as Array<{ severity: number }>;
    const warnings = messages.filter((m) => m.severity === 1).length;
    expect(warnings).toBe(messages.length);
    expect(warnings).toBeGreaterThan(0);
    const over = cli(text);
    expect(await run(['--stdin', '--config', join(projectRoot, 'test', 'fixtures', 'cli', 'all-warn.json'), '--max-warnings', '0'], over.io)).toBe(1);
    const within = cli(text);
    expect(await run(['--stdin', '--config', join(projectRoot, 'test', 'fixtures', 'cli', 'all-warn.json'), '--max-warnings', '99'], within.io)).toBe(0);
  });
});
