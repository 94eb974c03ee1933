/**
 * A collective's own rules, end to end through the CLI (issue 15's "Done when"): in a new folder
 * `init` writes a config that validates, `init --rule-pack` a pack whose rule is listed with its
 * citation and examples and whose first invalid example is flagged in every format; a changed word
 * of the cited document, an unknown class or a malformed pattern gives one file:line:column line and
 * exit 2.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatters } from '../src/formatters/index.js';
import { runExamples } from '../src/testing.js';
import { allRules } from '../src/registry.js';
import { runCli, tempTree } from './fixtures/run-cli.js';
import { projectRoot } from './helpers.js';

const ruleFile = 'our-rules/rules/quantification/fixed-share.yml';
const bin = path.join(projectRoot, 'bin', 'valuelint.js');

describe('valuelint init', () => {
  it('writes a starter config that validates, and refuses to overwrite it', async () => {
    const dir = tempTree({ 'plan.md': 'We cook together on Fridays.\n' });
    const init = await runCli(['init'], dir);
    expect(init).toMatchObject({ code: 0, stdout: 'wrote .valuelintrc.yaml\n' });
    expect(await runCli(['plan.md'], dir)).toMatchObject({ code: 0, stderr: '' });
    const again = await runCli(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('valuelint: init writes no file that exists: .valuelintrc.yaml\n');
  });
});

describe('valuelint init --rule-pack', async () => {
  const dir = tempTree({});
  const init = await runCli(['init', '--rule-pack', 'our-rules'], dir);
  const rule = () => readFileSync(path.join(dir, ruleFile), 'utf8');
  const original = rule();
  const firstInvalid = 'Each household brings a fixed share of the harvest.';
  writeFileSync(path.join(dir, 'plan.md'), `${firstInvalid}\n`);

  it('writes the config, the pack and its source document', () => {
    expect(init.code).toBe(0);
    expect(init.stdout.split('\n').filter(Boolean)).toEqual([
      'wrote .valuelintrc.yaml', 'wrote our-rules/sources/our-principles.md', 'wrote our-rules/sources/our-principles.yml', `wrote ${ruleFile}`,
    ]);
  });

  it('lists the pack rule with its citation and examples', async () => {
    const listed = await runCli(['rules', '--format', 'json'], dir);
    expect(listed.code).toBe(0);
    const rules = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
    expect(rules).toHaveLength(allRules.filter((r) => !r.pack).length + 1);
    const ours = rules.find((r) => r.id === 'quantification/fixed-share')!;
    expect(ours).toMatchObject({
      file: ruleFile,
      cites: ['our-principles/no-fixed-share'],
      citation: { work: 'Our principles', section: 'taking-and-giving', passages: [expect.stringContaining('fixed share')] },
      examples: { invalid: [{ text: firstInvalid, expected: 'fixed share' }, expect.anything()], valid: expect.any(Array) },
    });
    const explained = await runCli(['explain', 'quantification/fixed-share'], dir);
    expect(explained.stdout).toContain('Nobody is asked to bring a fixed share');
  });

  it.each(Object.keys(formatters))('flags the first invalid example in the %s format', async (format) => {
    const linted = await runCli(['plan.md', '--format', format], dir);
    expect(linted.stderr).toBe('');
    expect(linted.stdout).toContain('quantification/fixed-share');
  });

  it('is configured by id like a bundled rule', async () => {
    const config = readFileSync(path.join(dir, '.valuelintrc.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'off.yaml'), config.replace('  transition: warn', '  quantification/fixed-share: "off"'));
    const off = await runCli(['plan.md', '--config', 'off.yaml', '--format', 'json'], dir);
    expect(off.stdout).not.toContain('quantification/fixed-share');
    writeFileSync(path.join(dir, 'typo.yaml'), config.replace('  transition: warn', '  quantification/fixed-shares: "off"'));
    const typo = await runCli(['plan.md', '--config', 'typo.yaml'], dir);
    expect(typo.stderr).toContain('did you mean "quantification/fixed-share"');
  });

  it('passes its own examples through the testing runner', async () => {
    const ours = allRules.find((r) => r.id === 'quantification/fixed-share')!;
    expect(runExamples([ours]).filter((r) => !r.ok)).toEqual([]);
  });

  const broken: Array<[string, (folder: string) => void, RegExp]> = [
    ['a changed word of the cited passage', (folder) => {
      const doc = path.join(folder, 'our-rules/sources/our-principles.md');
      writeFileSync(doc, readFileSync(doc, 'utf8').replace('keeps count', 'keeps track'));
    }, /^our-rules\/sources\/our-principles\.yml:\d+:\d+: passage "our-principles\/no-fixed-share" is not verbatim in our-principles\.md/],
    ['an unknown class', (folder) => writeFileSync(path.join(folder, ruleFile), original.replace('@recipient', '@recipients')),
      /^our-rules\/rules\/quantification\/fixed-share\.yml:\d+:\d+: unknown class "@recipients" \(did you mean "recipient"\?\)/],
    ['a malformed pattern', (folder) => writeFileSync(path.join(folder, ruleFile), original.replace('fixed|set|', 'fixed||set|')),
      /^our-rules\/rules\/quantification\/fixed-share\.yml:\d+:\d+: empty alternative/],
  ];
  // Each case in a fresh folder and process (the built bin/), as a member would run it: this
  // process has registered the pack's rule already.
  it.each(broken)('refuses %s: one line, exit 2', async (_name, breakIt, expected) => {
    const fresh = tempTree({});
    await runCli(['init', '--rule-pack', 'our-rules'], fresh);
    writeFileSync(path.join(fresh, 'plan.md'), `${firstInvalid}\n`);
    expect(spawnSync(process.execPath, [bin, 'plan.md'], { cwd: fresh, encoding: 'utf8' }).status).toBe(0);
    breakIt(fresh);
    const out = spawnSync(process.execPath, [bin, 'plan.md'], { cwd: fresh, encoding: 'utf8' });
    const linted = { code: out.status, stdout: out.stdout, stderr: out.stderr };
    expect(linted.code).toBe(2);
    expect(linted.stdout).toBe('');
    const lines = linted.stderr.split('\n').filter(Boolean);
    expect(lines, linted.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
  });
});

describe('--explain', () => {
  it('names, for each finding, the rule file, the line and the pattern that fired', async () => {
    const dir = tempTree({ 'plan.md': 'We log the hours each volunteer works.\n' });
    const json = JSON.parse((await runCli(['plan.md', '--explain', '-f', 'json', '--no-config-lookup'], dir)).stdout) as Array<{ messages: Array<{ ruleId: string; explain?: { file: string; line: number; pattern: string } }> }>;
    const [message] = json[0]!.messages;
    expect(message!.ruleId).toBe('accounting/time-measurement');
    const { file, line, pattern } = message!.explain!;
    expect(file).toBe('rules/accounting/time-measurement.yml');
    // The line of the rule file holds that very pattern.
    expect(readFileSync(path.join(projectRoot, file), 'utf8').split('\n')[line - 1]).toContain(pattern);
    const stylish = (await runCli(['plan.md', '--explain', '--no-config-lookup'], dir)).stdout;
    expect(stylish).toContain(`pattern: ${pattern} (${file}:${line})`);
    const plain = JSON.parse((await runCli(['plan.md', '-f', 'json', '--no-config-lookup'], dir)).stdout) as typeof json;
    expect(plain[0]!.messages[0]!.explain).toBeUndefined();
  });
});

describe('valuelint pattern', () => {
  it('shows what matches, and which context mark drops a match', async () => {
    const out = await runCli(['pattern', 'log ..2 @labour-time', 'We log our hours. We never log hours. Do you log hours?'], projectRoot);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('We [log our hours].');
    expect(out.stdout).toContain('not reported: “log” is negated');
    expect(out.stdout).toContain('not reported: the sentence is a question');
    expect(out.stdout).toContain('3 matches, 1 reported');
  });
  it('refuses a malformed pattern with its column, exit 2', async () => {
    const out = await runCli(['pattern', 'log @labour-tme', 'We log hours.'], projectRoot);
    expect(out).toMatchObject({ code: 2, stdout: '', stderr: 'pattern:1:5: unknown class "@labour-tme" (did you mean "labour-time"?)\n' });
  });
});
