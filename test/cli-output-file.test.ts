/** --output-file (issue 19.6) and valuelint's own outputs when expanding directories (issue 18.8). */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.js';
import { clean, flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

const tree = () => tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'plans/a.md': `${flagged.hours}\n`, 'plans/b.md': `${clean}\n` });

describe('--output-file refuses to overwrite what the run reads', () => {
  it.each([
    ['a linted file', ['-o', 'plans/a.md', 'plans'], 'plans/a.md'],
    ['a configuration file', ['-o', '.valuelintrc.json', 'plans'], '.valuelintrc.json'],
    ['the baseline', ['--baseline', 'base.json', '-o', 'base.json', 'plans'], 'base.json'],
    ['the cache', ['--cache', '--cache-location', 'c.cache', '-o', 'c.cache', 'plans'], 'c.cache'],
  ])('%s: exit 2, one line, nothing written', async (what, args, name) => {
    const root = tree();
    writeFileSync(path.join(root, 'base.json'), '{"version": 1, "files": {}}\n');
    writeFileSync(path.join(root, 'c.cache'), 'old cache');
    const before = readFileSync(path.join(root, name), 'utf8');
    const out = await runCli(args, root);
    expect([out.code, out.stderr]).toEqual([2, `valuelint: --output-file ${name} is ${what === 'a configuration file' ? 'a configuration file' : what}; refusing to overwrite it\n`]);
    expect(readFileSync(path.join(root, name), 'utf8')).toBe(before);
  });

  it('a symbolic link to a linted file is refused too', async () => {
    const root = tree();
    symlinkSync(path.join(root, 'plans', 'a.md'), path.join(root, 'report.txt'));
    const out = await runCli(['-o', 'report.txt', 'plans'], root);
    expect(out.code).toBe(2);
    expect(readFileSync(path.join(root, 'plans', 'a.md'), 'utf8')).toBe(`${flagged.hours}\n`);
  });

  it('a trailing slash or a directory is an error; no file is named after it', async () => {
    const root = tree();
    const slash = await runCli(['-o', 'out/', 'plans'], root);
    expect([slash.code, slash.stderr]).toEqual([2, 'valuelint: --output-file out/ names a directory; give a file name\n']);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
    const dir = await runCli(['-o', 'plans', 'plans/a.md'], root);
    expect([dir.code, dir.stderr]).toEqual([2, 'valuelint: --output-file plans is a directory; give a file name\n']);
  });
});

describe('--output-file writes where it is told, keeping what is there', () => {
  it('follows a symbolic link: the link stays, its target gets the report', async () => {
    const root = tree();
    writeFileSync(path.join(root, 'real.json'), '');
    symlinkSync(path.join(root, 'real.json'), path.join(root, 'link.json'));
    const out = await runCli(['-f', 'json', '-o', 'link.json', 'plans/a.md'], root);
    expect(out.code).toBe(1);
    expect(lstatSync(path.join(root, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(root, 'real.json'), 'utf8'))).toHaveLength(1);
  });

  it('writes into a FIFO instead of renaming a regular file over it', async () => {
    const root = tree();
    const fifo = path.join(root, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (d: Buffer) => void (received += d));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const out = await runCli(['-f', 'json', '-o', 'pipe', 'plans/a.md'], root);
    await closed;
    expect(out.code).toBe(1);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(received)).toHaveLength(1);
  });

  it('writes /dev/null directly (it stays a device)', async () => {
    const root = tree();
    expect((await runCli(['-o', '/dev/null', 'plans/b.md'], root)).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('removes its temporary file when SIGTERM comes mid-write, and dies of the signal', async () => {
    const root = tempTree({});
    const module = path.join(projectRoot, 'dist', 'src', 'cli', 'write-atomic.js');
    const script = `import { writeFileAtomic } from ${JSON.stringify(module)};
      const text = 'x'.repeat(400 * 1024 * 1024);
      process.stdout.write('ready\\n');
      await writeFileAtomic(${JSON.stringify(path.join(root, 'report.txt'))}, text);`;
    const child = spawn('node', ['--input-type=module', '-e', script]);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    // Wait for the temporary file to appear, then stop the writer.
    while (!readdirSync(root).some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 1));
    child.kill('SIGTERM');
    const signal = await new Promise((resolve) => child.on('exit', (_code, s) => resolve(s)));
    expect(signal).toBe('SIGTERM');
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

describe('valuelint does not lint its own outputs (18.8)', () => {
  it('skips a report, a baseline and a cache inside the tree when expanding it', async () => {
    const root = tree();
    writeFileSync(path.join(root, 'plans', 'data.json'), JSON.stringify({ note: flagged.register }));
    const first = await runCli(['-f', 'json', '-o', 'plans/report.json', '--baseline', 'plans/base.json', '--update-baseline', '--cache', '--cache-location', 'plans/c.json', 'plans'], root);
    expect(first.code).toBe(0);
    for (const name of ['report.json', 'base.json', 'c.json']) expect(existsSync(path.join(root, 'plans', name))).toBe(true);
    writeFileSync(path.join(root, 'plans', 'sarif.json'), (await runCli(['-f', 'sarif', 'plans/a.md'], root)).stdout);
    writeFileSync(path.join(root, 'plans', 'stylish.txt'), (await runCli(['plans/a.md'], root)).stdout);
    const second = await runCli(['-f', 'json', 'plans'], root);
    const linted = JSON.parse(second.stdout).map((r: { filePath: string }) => path.basename(r.filePath));
    expect(linted).toEqual(['a.md', 'b.md', 'data.json']);
  });
});

describe('a closed pipe (18.6)', () => {
  it('`valuelint … | head` ends quietly with the run\'s own exit code', () => {
    const bin = path.join(projectRoot, 'bin', 'valuelint.js');
    // Over 64 KB of report, so that the writes outlast the pipe buffer after head has gone.
    const out = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(bin)} -f json fixtures | head -c 10 >/dev/null`], { cwd: projectRoot, encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(1);
  }, 60_000);
});
