/** The CLI options of issue 18 and the config/name items of issue 19's "Also". */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/registry.js';
import { clean, flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';
import { projectRoot } from './helpers.js';

const tree = (config = onlyTimeMeasurement()) => tempTree({ '.valuelintrc.json': config, 'plans/a.md': `${flagged.hours}\n`, 'plans/b.md': `${clean}\n` });

describe('--print-config', () => {
  it('prints the settings of a file and every config file that applied, a parent one included', async () => {
    const root = tempTree({
      '.valuelintrc.json': onlyTimeMeasurement(),
      'team/.valuelintrc.yaml': 'minConfidence: high\nrules:\n  accounting/time-measurement: warn\n',
      'team/plan.md': 'x\n',
    });
    const out = await runCli(['--print-config', 'team/plan.md'], path.join(root, 'team'));
    expect(out.code).toBe(0);
    const shown = JSON.parse(out.stdout);
    // The parent folder's config applied without root: true in team/: it is named.
    expect(shown.configFiles).toEqual([path.join('..', '.valuelintrc.json'), '.valuelintrc.yaml']);
    expect(shown.minConfidence).toBe('high');
    expect(shown.rules['accounting/time-measurement']).toBe('warn');
    expect(Object.keys(shown.rules)).toHaveLength(allRules.length);
  });

  it('--debug names the config files of each linted file on standard error', async () => {
    const root = tree();
    const out = await runCli(['--debug', 'plans/a.md'], root);
    expect(out.stderr).toContain(`valuelint: debug: config for ${path.join('plans', 'a.md')}: .valuelintrc.json\n`);
  });
});

describe('colour', () => {
  const red = '\u001b[31m';
  it.each([
    [['--color'], {}, true],
    [[], { FORCE_COLOR: '1' }, true],
    [['--no-color'], { FORCE_COLOR: '1' }, false],
    [[], { FORCE_COLOR: '0' }, false],
    [[], { NO_COLOR: '1' }, false],
    [[], {}, false],
  ])('%j with %j: colour %s (output is not a terminal)', async (args, env, coloured) => {
    const out = await runCli([...args, 'plans/a.md'], tree(), { env });
    expect(out.stdout.includes(red)).toBe(coloured);
  });
});

describe('minConfidence in a config', () => {
  it('drops findings below the level; --min-confidence wins; the schema knows the key', async () => {
    const root = tree(onlyTimeMeasurement({ minConfidence: 'high' }));
    writeFileSync(path.join(root, 'plans', 'a.md'), `${flagged.clock}\n`);
    const all = await runCli(['-f', 'json', '--no-config-lookup', '--min-confidence', 'low', 'plans/a.md'], root);
    expect(JSON.parse(all.stdout)[0].messages.map((m: { confidence: string }) => m.confidence)).toContain('medium');
    expect(JSON.parse((await runCli(['-f', 'json', 'plans/a.md'], root)).stdout)[0].messages).toEqual([]);
    expect(JSON.parse((await runCli(['-f', 'json', '--min-confidence', 'low', 'plans/a.md'], root)).stdout)[0].messages).toHaveLength(1);
    const bad = await runCli(['plans/a.md'], tree(onlyTimeMeasurement({ minConfidence: 'hig' })));
    expect(bad.stderr).toBe('valuelint: .valuelintrc.json: minConfidence: "hig" is not one of "low", "medium", "high"; did you mean "high"?\n');
  });
});

describe('an ignored file named explicitly', () => {
  it('is not linted and gets a warning naming --no-ignore', async () => {
    const root = tree(onlyTimeMeasurement({ ignorePatterns: ['plans/a.md'] }));
    writeFileSync(path.join(root, '.valuelintignore'), 'plans/b.md\n');
    const out = await runCli(['-f', 'json', 'plans/a.md', 'plans/b.md'], root);
    expect([out.code, out.stdout.trim()]).toEqual([0, '[]']);
    expect(out.stderr).toBe([`a.md`, `b.md`].map((f) => `valuelint: warning: File ignored because of a matching ignore pattern: ${path.join('plans', f)}; use --no-ignore to lint it.\n`).join(''));
    expect((await runCli(['--no-ignore', 'plans/a.md'], root)).code).toBe(1);
  });
});

describe('--stats and --update-baseline say what they did', () => {
  it('--stats prints files, time per front-end and findings per rule on standard error', async () => {
    const out = await runCli(['--stats', '-f', 'json', 'plans'], tree());
    expect(JSON.parse(out.stdout)).toHaveLength(2);
    expect(out.stderr).toMatch(/^valuelint stats: 2 files in \d+ ms\n {2}front-end markdown +2 files +\d+ ms\n {2}findings 1, fatal 0\n +1 {2}accounting\/time-measurement\n$/);
  });

  it('--update-baseline reports what it wrote', async () => {
    const root = tree();
    const out = await runCli(['--baseline', 'base.json', '--update-baseline', 'plans'], root);
    expect(out.stderr).toBe('valuelint: wrote base.json: 1 accepted finding in 1 file (was 0).\n');
  });
});

describe('explain', () => {
  it('prints the flagged and near-miss examples', async () => {
    const out = await runCli(['explain', 'accounting/time-measurement'], tree());
    const rule = allRules.find((r) => r.id === 'accounting/time-measurement')!;
    expect(out.stdout).toContain('Flagged:\n');
    const first = rule.examples.invalid[0]!;
    expect(out.stdout).toContain(`  ✗ ${typeof first === 'string' ? first : first.text}`);
    expect(out.stdout).toContain('Not flagged (near misses):\n');
  });

  it('suggests the nearest rule for a typo', async () => {
    const out = await runCli(['explain', 'accounting/time-measurment'], tree());
    expect([out.code, out.stderr]).toEqual([2, 'valuelint: unknown rule "accounting/time-measurment"; did you mean "accounting/time-measurement"? Run "valuelint rules" for the list.\n']);
  });
});

describe('a file name that is not valid UTF-8', () => {
  it('is reported as such, not as missing', async () => {
    const root = tree();
    const name = Buffer.concat([Buffer.from(path.join(root, 'plans', 'bad-')), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]);
    try {
      writeFileSync(name, `${flagged.hours}\n`);
    } catch {
      return; // a file system that refuses such names cannot have the problem
    }
    const out = await runCli(['-f', 'json', 'plans'], root);
    const bad = JSON.parse(out.stdout).find((r: { filePath: string }) => r.filePath.includes('bad-'));
    expect(bad.messages[0].message).toBe('Could not read file: its name is not valid UTF-8, so it cannot be opened by name.');
  });
  it('named as an argument, is not called merely missing', () => {
    const root = tree();
    try {
      writeFileSync(Buffer.concat([Buffer.from(path.join(root, 'bad-')), Buffer.from([0xe9]), Buffer.from('.md')]), `${flagged.hours}\n`);
    } catch {
      return;
    }
    // A shell passes the raw bytes; Node.js decodes them with U+FFFD.
    const out = spawnSync('sh', ['-c', `"${process.execPath}" "${path.join(projectRoot, 'bin', 'valuelint.js')}" "$(printf 'bad-\\351.md')"`], { cwd: root, encoding: 'utf8' });
    expect([out.status, out.stderr]).toEqual([2, 'valuelint: No such file or directory: bad-\ufffd.md (its name is not valid UTF-8 as given; Node.js cannot open such a name: lint its directory)\n']);
  });
});
