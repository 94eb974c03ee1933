/**
 * Issue 19.5, 19.8, 19.11: text from configs, baselines and linted files reaches standard error and
 * stylish output as one printable line each (no ESC, CR/LF, bidi controls, workflow commands at the
 * start of a line); configs and baselines are read up to a size limit; YAML configs are plain data.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../src/printable.js';
import { projectRoot } from './helpers.js';
import { flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

/** No line of the output starts a workflow command, and no control or bidi character is left. */
function expectInert(text: string): void {
  for (const line of text.split('\n')) expect(line.trimStart()).not.toMatch(/^::/);
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/);
}

describe('printable', () => {
  it('escapes C0, C1, DEL and bidi controls visibly, and leaves other text alone', () => {
    expect(printable('a\x1b[2Jb\r\n\t\x7f\x85\u202eé…')).toBe('a\\x1b[2Jb\\r\\n\\t\\x7f\\x85\\u202eé…');
  });
});

describe('configs cannot write into the log', () => {
  it('a YAML tag warning is a one-line config error, not a raw warning', async () => {
    const root = tempTree({ '.valuelintrc.yaml': 'root: true\nrules: !x "\\n::error::forged"\n', 'a.md': 'text\n' });
    const out = await runCli(['a.md'], root);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('valuelint: .valuelintrc.yaml: cannot be parsed: Unresolved tag: !x\n');
  });

  it('a key with a line break and a workflow command is quoted as JSON on one line', async () => {
    const root = tempTree({ '.valuelintrc.json': JSON.stringify({ root: true, rules: { 'x\n::stop-commands::t\u001b[31m': 'off' } }), 'a.md': 'text\n' });
    const out = await runCli(['a.md'], root);
    expect(out.code).toBe(2);
    expect(out.stderr.split('\n')).toHaveLength(2);
    expect(out.stderr).toContain('rules["x\\n::stop-commands::t\\u001b[31m"]: unknown rule or category');
    expectInert(out.stderr);
  });

  it.each([
    ['!!omap', 'rules: !!omap\n  - accounting: "off"\n', 'rules'],
    ['!!set', 'ignorePatterns: !!set {a.md: null}\n', 'ignorePatterns'],
    ['!!binary', 'overrides:\n  - files: [a.md]\n    includeQuoted: !!binary aGVsbG8=\n', 'overrides[0].includeQuoted'],
  ])('a YAML %s value is rejected, naming the key', async (_tag, yaml, key) => {
    const root = tempTree({ '.valuelintrc.yaml': `root: true\n${yaml}`, 'a.md': `${flagged.hours}\n` });
    const out = await runCli(['a.md'], root);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(new RegExp(`^valuelint: \\.valuelintrc\\.yaml: ${key.replace(/[[\]".]/g, '\\$&')}: only plain maps, lists and scalars`));
  });

  it('a config over 1 MB is one line, exit 2, not read', async () => {
    const root = tempTree({ '.valuelintrc.json': `{"root": true, "ignorePatterns": [${'"x",'.repeat(300_000)} "y"]}`, 'a.md': 'text\n' });
    const out = await runCli(['a.md'], root);
    expect([out.code, out.stderr]).toEqual([2, 'valuelint: .valuelintrc.json: too large (over 1.0 MB); not read\n']);
  });
});

describe('baselines cannot write into the log', () => {
  it('a parse error quoting hostile text stays one printable line', async () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'a.md': 'text\n', 'b.json': '{"version": 1,\n::error::forged\u001b]0;x\u0007 \u202e' });
    const out = await runCli(['--baseline', 'b.json', 'a.md'], root);
    expect(out.code).toBe(2);
    expect(out.stderr.split('\n')).toHaveLength(2);
    expect(out.stderr).toMatch(/^valuelint: b\.json: cannot be parsed: /);
    expectInert(out.stderr);
  });

  it('a baseline over 64 MB is refused without being read', async () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'a.md': 'text\n' });
    writeFileSync(path.join(root, 'b.json'), Buffer.alloc(64 * 1024 ** 2 + 1, 0x20));
    const out = await runCli(['--baseline', 'b.json', 'a.md'], root);
    expect([out.code, out.stderr]).toEqual([2, 'valuelint: b.json: too large (over 64.0 MB); not read\n']);
  });
});

describe('stylish shows hostile file names, words and directives inertly', () => {
  it('escapes ESC, CR/LF and bidi controls in names, matched words and directive names', async () => {
    const name = 'plan\u001b[2J\u202e\rdm.md';
    const root = tempTree({
      '.valuelintrc.json': onlyTimeMeasurement(),
      [name]: `Every volunteer logs their hours\u202e in the sheet.\n\n<!-- valuelint-disable-next-line nope/\u001b]8;;x\u0007::error::x -->\nText.\n`,
    });
    const out = await runCli([name], root);
    expect(out.stdout).toContain('plan\\x1b[2J\\u202e\\rdm.md');
    expectInert(out.stdout);
    expectInert(out.stderr);
  });
});

describe('--stdin stops reading at the size limit', () => {
  it('ends an endless input with one fatal message instead of buffering it', async () => {
    const bin = path.join(projectRoot, 'bin', 'valuelint.js');
    const child = spawn('node', [bin, '--stdin', '--max-file-size', '64kb', '-f', 'json'], { cwd: projectRoot });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => void (stdout += d));
    const block = Buffer.alloc(64 * 1024, 'a ');
    let writing = true;
    const pump = (): void => {
      while (writing && child.stdin.write(block));
      if (writing) child.stdin.once('drain', pump);
    };
    child.stdin.on('error', () => {});
    pump();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    writing = false;
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].messages[0].message).toBe('Standard input too large (more than 64 KB, the --max-file-size); not linted.');
  }, 60_000);
});
