/**
 * Hostile input: every file is untrusted data. Each input is made here in a temporary directory
 * and run through the real CLI entry (and a few through bin/ in a child process). The contract:
 * findings, or a fatal message for that one file (ruleId null), or a one-line error with exit 2;
 * never a stack trace, and the other files are still linted and listed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readUntrusted } from '../src/cli/files.js';
import { parseSize } from '../src/cli/limits.js';
import { lintText } from '../src/index.js';
import type { LintResult } from '../src/types.js';
import { projectRoot } from './helpers.js';
import { onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

// A file whose linting throws stands for any engine bug: the CLI must turn it into a fatal message.
vi.mock('../src/linter.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/linter.js')>();
  return {
    ...original,
    lintDocument: (text: string, options: Parameters<typeof original.lintDocument>[1]) => {
      if (options?.filePath?.endsWith('engine-bug.md')) throw new TypeError('cannot read properties of undefined\n    at somewhere (x.js:1:1)');
      return original.lintDocument(text, options);
    },
  };
});

// A front-end that runs out of stack stands for nesting no guard foresaw.
vi.mock('../src/frontends/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/frontends/index.js')>();
  return {
    ...original,
    segmentsOf: (...args: Parameters<typeof original.segmentsOf>) => {
      if (args[2]?.filePath?.endsWith('overflow.md')) throw new RangeError('Maximum call stack size exceeded');
      return original.segmentsOf(...args);
    },
  };
});

const bin = path.join(projectRoot, 'bin', 'valuelint.js');
/** Flagged by accounting/time-measurement at column 17 ("logs their hours"). */
const flaggedSentence = 'Every volunteer logs their hours in the sheet.';
const flaggedColumn = 17;
/** No rule fires on it, and the fast path skips it. */
const cleanSentence = 'People cook together when they feel like it.';
const stackLine = /^\s+at .+:\d+/m;

interface Run {
  code: number;
  stderr: string;
  results: LintResult[];
}

function tree(files: Record<string, string | Buffer> = {}): string {
  const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement() });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

async function lint(root: string, args: string[]): Promise<Run> {
  const out = await runCli(['-f', 'json', ...args], root);
  expect(out.stderr).not.toMatch(stackLine);
  return { code: out.code, stderr: out.stderr, results: out.stdout ? (JSON.parse(out.stdout) as LintResult[]) : [] };
}

function resultFor(run: Run, root: string, name: string): LintResult {
  const result = run.results.find((r) => r.filePath === path.join(root, name));
  if (!result) throw new Error(`${name} is missing from the results`);
  return result;
}

function fatalOf(result: LintResult): string | undefined {
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) expect(fatal.ruleId).toBeNull();
  return fatal?.message;
}

function findings(result: LintResult) {
  return result.messages.filter((m) => m.ruleId === 'accounting/time-measurement').map((m) => [m.line, m.column]);
}

describe('odd but valid text', () => {
  it('lints empty and white-space-only files to nothing', async () => {
    const root = tree({ 'empty.md': '', 'blank.md': ' \n\t\n   ', 'empty.ts': '', 'empty.json': '', 'blank.yaml': '\n\n' });
    const run = await lint(root, ['.']);
    expect(run.code).toBe(0);
    expect(run.results.map((r) => [path.basename(r.filePath), r.messages.length])).toEqual(
      [['blank.md', 0], ['blank.yaml', 0], ['empty.json', 0], ['empty.md', 0], ['empty.ts', 0]]);
  });

  it('keeps positions exact after a BOM and with CRLF or lone-CR line ends', async () => {
    const root = tree({
      'bom.md': `\uFEFF${flaggedSentence}\n`,
      'crlf.md': `Intro.\r\n\r\n${flaggedSentence}\r\n`,
      'cr.md': `Intro.\r\r${flaggedSentence}\r`,
      'crlf.txt': `Intro.\r\n\r\nWe meet.\r\n${flaggedSentence}\r\n`,
    });
    const run = await lint(root, ['.']);
    expect(findings(resultFor(run, root, 'bom.md'))).toEqual([[1, flaggedColumn]]);
    expect(findings(resultFor(run, root, 'crlf.md'))).toEqual([[3, flaggedColumn]]);
    expect(findings(resultFor(run, root, 'cr.md'))).toEqual([[3, flaggedColumn]]);
    expect(findings(resultFor(run, root, 'crlf.txt'))).toEqual([[4, flaggedColumn]]);
  });

  it('reads invalid UTF-8 with replacement characters and still lints the text', async () => {
    // Four bytes that are not UTF-8 decode to three replacement characters and "(": four columns.
    const root = tree({ 'bad.md': Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x20]), Buffer.from(`${flaggedSentence}\n`)]) });
    const run = await lint(root, ['bad.md']);
    expect(findings(resultFor(run, root, 'bad.md'))).toEqual([[1, flaggedColumn + 5]]);
  });
});

describe('files that are not text', () => {
  it('gives binary files and NUL bytes a fatal message, and lints the rest', async () => {
    const root = tree({
      'image.ts': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'nul.md': `${flaggedSentence}\u0000\n`,
      'plan.md': `${flaggedSentence}\n`,
    });
    const run = await lint(root, ['.']);
    expect(run.code).toBe(1);
    expect(fatalOf(resultFor(run, root, 'image.ts'))).toBe('Binary file (contains a NUL byte); not linted.');
    expect(fatalOf(resultFor(run, root, 'nul.md'))).toBe('Binary file (contains a NUL byte); not linted.');
    expect(findings(resultFor(run, root, 'plan.md'))).toEqual([[1, flaggedColumn]]);
  });

  it('reports a TypeScript file that is all syntax errors as one fatal message', async () => {
    const root = tree({ 'broken.ts': ')))}}} => => class ;;; = = import export {{{ ((( '.repeat(500), 'plan.md': `${flaggedSentence}\n` });
    const run = await lint(root, ['.']);
    expect(fatalOf(resultFor(run, root, 'broken.ts'))).toMatch(/^Parsing error: /);
    expect(resultFor(run, root, 'broken.ts').messages.filter((m) => m.fatal)).toHaveLength(1);
    expect(findings(resultFor(run, root, 'plan.md'))).toHaveLength(1);
  });
});

/** Files nested `depth` deep without a bracket: each shape once, by the extension that reads it. */
function unbracketedNesting(depth: number): Record<string, string> {
  const names = (separator: string) => Array.from({ length: depth }, (_, i) => `a${i}`).join(separator);
  return {
    'colons.yaml': `${'a: '.repeat(depth)}hours\n`,
    'bare-colons.yaml': `${': '.repeat(depth)}hours\n`,
    'keys.yaml': `${'? '.repeat(depth)}hours\n`,
    'not.ts': `export const x = ${'!'.repeat(depth)}hours;\n`,
    'minus.js': `export const x = ${'- '.repeat(depth)}hours;\n`,
    'arrows.ts': `export const f = ${names(' => ')} => 1;\n`,
    'conditional.ts': `export const x = ${'a ? b : '.repeat(depth)}c;\n`,
    'generic.ts': `export type T = ${'A<'.repeat(depth)}B${'>'.repeat(depth)};\n`,
    'plus.ts': `export const x = ${names(' + ')};\n`,
    'member.ts': `export const x = a${'.b'.repeat(depth)};\n`,
    'else-if.js': `${'if (a) {} else '.repeat(depth)}{}\n`,
    'deep.tsx': `export const x = ${'<a>'.repeat(depth)}hours${'</a>'.repeat(depth)};\n`,
  };
}

describe('huge and deep input', () => {
  it('refuses a 20 MB single-line file under the default limit and lints it under a larger one', async () => {
    const line = `${cleanSentence} `.repeat(Math.ceil((20 * 1024 * 1024) / (cleanSentence.length + 1)));
    const root = tree({ 'huge.md': line, 'plan.md': `${flaggedSentence}\n` });
    const refused = await lint(root, ['.']);
    expect(fatalOf(resultFor(refused, root, 'huge.md'))).toBe('File too large (20.0 MB; --max-file-size is 10.0 MB); not linted.');
    expect(findings(resultFor(refused, root, 'plan.md'))).toHaveLength(1);
    const linted = await lint(root, ['--max-file-size', '32mb', 'huge.md']);
    expect(resultFor(linted, root, 'huge.md').messages).toEqual([]);
  }, 120_000);

  it('applies --max-file-size in bytes or units, and rejects nonsense in one line', async () => {
    const root = tree({ 'plan.md': `${flaggedSentence}\n${cleanSentence.repeat(40)}\n` });
    expect(fatalOf(resultFor(await lint(root, ['--max-file-size', '1000', 'plan.md']), root, 'plan.md'))).toMatch(/^File too large \(2 KB; --max-file-size is 1000 bytes\)/);
    expect(findings(resultFor(await lint(root, ['--max-file-size', '2.5kb', 'plan.md']), root, 'plan.md'))).toHaveLength(1);
    expect([parseSize('10mb'), parseSize('512K'), parseSize('2048')]).toEqual([10 * 1024 * 1024, 512 * 1024, 2048]);
    const bad = await runCli(['--max-file-size', 'lots', 'plan.md'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^valuelint: option '--max-file-size <size>' argument 'lots' is invalid/);
  });

  it('stops a file at --max-file-time with one fatal message, and lints the next file', async () => {
    // The clock moves one millisecond each time it is read: the budget counts the engine's looks at
    // it (one per block and per sentence), so the test measures work, not this machine's speed.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => ++now);
    try {
      const root = tree({ 'a-big.md': `${flaggedSentence}\n\n`.repeat(2000), 'b-plan.md': `${flaggedSentence}\n` });
      const run = await lint(root, ['--max-file-time', '100', '.']);
      expect(run.code).toBe(1);
      expect(resultFor(run, root, 'a-big.md').messages).toEqual([expect.objectContaining({
        fatal: true, ruleId: null, message: 'Took longer than the time limit (--max-file-time is 100 ms); not linted.',
      })]);
      expect(findings(resultFor(run, root, 'b-plan.md'))).toHaveLength(1);
      const unlimited = await lint(root, ['--max-file-time', '0', 'a-big.md']);
      expect(findings(resultFor(unlimited, root, 'a-big.md'))).toHaveLength(2000);
    } finally {
      clock.mockRestore();
    }
  });

  it('stops a large file at a 1 ms budget in a real run, and rejects a budget that is not milliseconds', () => {
    const root = tree({ 'big.md': `${flaggedSentence}\n\n`.repeat(5000) });
    const out = spawnSync(process.execPath, [bin, '--max-file-time', '1', 'big.md'], { cwd: root, encoding: 'utf8' });
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('Took longer than the time limit (--max-file-time is 1 ms); not linted.');
    expect(out.stderr).toBe('');
    const bad = spawnSync(process.execPath, [bin, '--max-file-time', '2s', 'big.md'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("valuelint: option '--max-file-time <ms>' argument '2s' is invalid. expected a whole number of milliseconds (0: no limit)\n");
  });

  it('reads 10,000 levels of nested lists or blockquotes as plain text, with exact positions', async () => {
    const depth = 10_000;
    const root = tree({
      'list.md': `${'- '.repeat(depth)}${flaggedSentence}\n\n${flaggedSentence}\n`,
      'quote.md': `${'>'.repeat(depth)} ${flaggedSentence}\n`,
      'indented.md': `${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n\n${flaggedSentence}\n`,
    });
    const run = await lint(root, ['.']);
    expect(findings(resultFor(run, root, 'list.md'))).toEqual([[1, 2 * depth + flaggedColumn], [3, flaggedColumn]]);
    expect(findings(resultFor(run, root, 'indented.md'))).toEqual([[302, flaggedColumn]]);
    // A blockquote is quoted: reported only with --include-quoted.
    expect(resultFor(run, root, 'quote.md').messages).toEqual([]);
    const quoted = await lint(root, ['--include-quoted', 'quote.md']);
    expect(findings(resultFor(quoted, root, 'quote.md'))).toEqual([[1, depth + 1 + flaggedColumn]]);
  });

  it('lints a 5 MB table, and a large table with a finding in its last row at the right line', async () => {
    const row = `| ${cleanSentence} | two | three |\n`;
    const header = '| a | b | c |\n|---|---|---|\n';
    const rows = Math.ceil((5 * 1024 * 1024) / row.length);
    const root = tree({
      'table.md': header + row.repeat(rows),
      // Parsed in full (it holds a trigger): bridging each cell must not rescan the file.
      'flagged.md': `${header}${row.repeat(1500)}| ${flaggedSentence} | x | y |\n`,
    });
    const run = await lint(root, ['.']);
    expect(resultFor(run, root, 'table.md').messages).toEqual([]);
    expect(findings(resultFor(run, root, 'flagged.md'))).toEqual([[1503, flaggedColumn + 2]]);
  }, 120_000);

  it('expands no YAML alias: an alias bomb is linted as written', async () => {
    const levels = ['a: &a [hours, hours, hours, hours, hours, hours, hours, hours, hours]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const root = tree({ 'bomb.yaml': `${levels.join('\n')}\n`, 'plan.md': `${flaggedSentence}\n` });
    const run = await lint(root, ['.']);
    expect(fatalOf(resultFor(run, root, 'bomb.yaml'))).toBeUndefined();
    expect(findings(resultFor(run, root, 'plan.md'))).toHaveLength(1);
  });

  it('refuses JSON, YAML and TypeScript nested 100,000 deep with a fatal message', async () => {
    const depth = 100_000;
    const root = tree({
      'deep.json': `${'['.repeat(depth)}${']'.repeat(depth)}`,
      'deep-object.json': `${'{"hours":'.repeat(depth)}1${'}'.repeat(depth)}`,
      'deep.yaml': `${'- '.repeat(depth)}hours\n`,
      'deep.ts': `export const plan = ${'['.repeat(depth)}${']'.repeat(depth)};\n`,
      'plan.md': `${flaggedSentence}\n`,
    });
    const run = await lint(root, ['.']);
    for (const name of ['deep.json', 'deep-object.json', 'deep.yaml', 'deep.ts']) {
      expect(fatalOf(resultFor(run, root, name))).toBe('Parsing error: nested more than 256 levels deep; not read');
    }
    expect(findings(resultFor(run, root, 'plan.md'))).toHaveLength(1);
  });

  it('refuses nesting without brackets 100,000 deep with one fatal message per file', async () => {
    const depth = 100_000;
    const root = tree({ ...unbracketedNesting(depth), 'plan.md': `${flaggedSentence}\n` });
    const run = await lint(root, ['.']);
    for (const name of Object.keys(unbracketedNesting(depth))) {
      const result = resultFor(run, root, name);
      expect([name, result.messages.map((m) => m.message)]).toEqual([name, ['Parsing error: nested more than 256 levels deep; not read']]);
    }
    expect(findings(resultFor(run, root, 'plan.md'))).toHaveLength(1);
  }, 60_000);

  it('refuses the same shapes through lintText, 10,000 and 100,000 deep, and still reads a long flat chain', () => {
    for (const depth of [10_000, 100_000]) {
      for (const [name, text] of Object.entries(unbracketedNesting(depth))) {
        const { messages } = lintText(text, { filePath: name });
        expect([name, messages.map((m) => [m.fatal, m.message])]).toEqual([name, [[true, 'Parsing error: nested more than 256 levels deep; not read']]]);
      }
    }
    // 300 terms are a tree 300 deep: under the bound, so the comment after them is read.
    const chain = `export const total = ${Array.from({ length: 300 }, (_, i) => `a${i}`).join(' + ')};\n// ${flaggedSentence}\n`;
    expect(lintText(chain, { filePath: 'chain.ts', only: ['accounting/time-measurement'] }).messages.map((m) => m.line)).toEqual([2]);
  });

  it('gives a stack overflow one fatal message, never a RangeError, in lintText and the CLI alike', async () => {
    const message = 'Could not lint file: nested too deeply or too large to read (Maximum call stack size exceeded).';
    const result = lintText(`${flaggedSentence}\n`, { filePath: 'overflow.md' });
    expect(result.messages).toEqual([{ ruleId: null, severity: 2, fatal: true, message, line: 1, column: 1 }]);
    expect([result.errorCount, result.fatalErrorCount]).toEqual([1, 1]);
    const root = tree({ 'overflow.md': `${flaggedSentence}\n`, 'plan.md': `${flaggedSentence}\n` });
    const run = await lint(root, ['.']);
    expect(resultFor(run, root, 'overflow.md').messages.map((m) => m.message)).toEqual([message]);
    expect(findings(resultFor(run, root, 'plan.md'))).toHaveLength(1);
  });

  it('turns an exception inside the engine into a fatal message for that file alone', async () => {
    const root = tree({ 'engine-bug.md': `${flaggedSentence}\n`, 'plan.md': `${flaggedSentence}\n` });
    const run = await lint(root, ['.']);
    expect(fatalOf(resultFor(run, root, 'engine-bug.md'))).toBe('Could not lint file: internal error (cannot read properties of undefined at somewhere (x.js:1:1)).');
    expect(findings(resultFor(run, root, 'plan.md'))).toHaveLength(1);
  });
});

describe('the file system', () => {
  it('does not follow a symlink loop, nor a link out of the given root unless asked', async () => {
    const outside = tree({ 'secret.md': `${flaggedSentence}\n` });
    const root = tree({ 'docs/plan.md': `${flaggedSentence}\n` });
    symlinkSync('.', path.join(root, 'docs', 'loop'));
    symlinkSync('..', path.join(root, 'docs', 'up'));
    symlinkSync(outside, path.join(root, 'docs', 'outside'));
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'docs', 'link.md'));
    const run = await lint(root, ['docs']);
    expect(run.results.map((r) => path.relative(root, r.filePath))).toEqual(['docs/plan.md']);
    const followed = await lint(root, ['--follow-symlinks', 'docs']);
    const names = followed.results.map((r) => path.relative(root, r.filePath));
    expect(names).toEqual(expect.arrayContaining(['docs/plan.md', 'docs/link.md', 'docs/outside/secret.md']));
    expect(new Set(names).size).toBe(names.length);
  });

  it('reports a link loop named as an argument in one line, exit 2, and lints the rest', async () => {
    const root = tree({ 'plan.md': `${flaggedSentence}\n` });
    symlinkSync('self.md', path.join(root, 'self.md'));
    const run = await lint(root, ['self.md', 'plan.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('valuelint: Too many levels of symbolic links: self.md\n');
    expect(findings(resultFor(run, root, 'plan.md'))).toHaveLength(1);
  });

  it('reports a missing path or a glob that matches nothing in one line, exit 2, and lints the rest', async () => {
    const root = tree({ 'plan.md': `${flaggedSentence}\n` });
    const run = await lint(root, ['missing.md', 'drafts/**/*.md', 'plan.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('valuelint: No such file or directory: missing.md\nvaluelint: No files matching the pattern "drafts/**/*.md" were found.\n');
    expect(findings(resultFor(run, root, 'plan.md'))).toHaveLength(1);
  });

  it('reports a named pipe given as a file instead of waiting on it', async () => {
    const root = tree({ 'plan.md': `${flaggedSentence}\n` });
    const made = spawnSync('mkfifo', [path.join(root, 'pipe.md')]);
    if (made.status !== 0) return; // no mkfifo here: nothing to test
    const run = await lint(root, ['pipe.md', '.']);
    expect(fatalOf(resultFor(run, root, 'pipe.md'))).toBe('Not a regular file (a pipe, socket or device); not linted.');
    expect(findings(resultFor(run, root, 'plan.md'))).toHaveLength(1);
  });

  it('says in one line why a listed file could not be read', async () => {
    const root = tree({ 'gone.md': 'x', 'locked.md': `${flaggedSentence}\n` });
    mkdirSync(path.join(root, 'folder.md'));
    rmSync(path.join(root, 'gone.md'));
    expect(await readUntrusted(path.join(root, 'gone.md'), 1000)).toEqual({ problem: 'Could not read file: file disappeared before it could be read.' });
    expect(await readUntrusted(path.join(root, 'folder.md'), 1000)).toEqual({ problem: 'Could not read file: is a directory.' });
    chmodSync(path.join(root, 'locked.md'), 0);
    const unreadable = await readUntrusted(path.join(root, 'locked.md'), 1000);
    // Root reads a file without permissions anyway; elsewhere it is denied.
    expect(unreadable).toEqual(process.getuid?.() === 0 ? { text: `${flaggedSentence}\n` } : { problem: 'Could not read file: permission denied.' });
  });
});

describe('bin/valuelint.js in a child process', () => {
  it('prints no stack trace for hostile files and a missing path, and reports every file', () => {
    const depth = 100_000;
    const root = tree({
      'deep.json': `${'['.repeat(depth)}${']'.repeat(depth)}`,
      'nul.md': 'a\u0000b',
      'broken.ts': '}}}{{{ (((',
      'list.md': `${'- '.repeat(10_000)}${flaggedSentence}\n`,
      'plan.md': `${flaggedSentence}\n`,
    });
    const out = spawnSync(process.execPath, [bin, '-f', 'json', '--max-file-size', '100kb', '.', 'missing.md'], { cwd: root, encoding: 'utf8' });
    expect(out.status).toBe(2);
    expect(out.stderr).toBe('valuelint: No such file or directory: missing.md\n');
    const results = JSON.parse(out.stdout) as LintResult[];
    expect(results.map((r) => [path.basename(r.filePath), r.messages.some((m) => m.fatal)])).toEqual(
      [['broken.ts', true], ['deep.json', true], ['list.md', false], ['nul.md', true], ['plan.md', false]]);
  });

  it('refuses a file over the limit and a bad option value without a stack trace', () => {
    const root = tree({ 'plan.md': `${flaggedSentence}\n`.repeat(100) });
    const out = spawnSync(process.execPath, [bin, '--max-file-size', '1kb', 'plan.md'], { cwd: root, encoding: 'utf8' });
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('File too large (5 KB; --max-file-size is 1 KB); not linted.');
    const bad = spawnSync(process.execPath, [bin, '--max-file-size', '-3', 'plan.md'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(bad.stderr).not.toMatch(stackLine);
  });
});
