/**
 * Linted code is data: a plan that would do harm when run is only parsed. And the type-aware
 * mode, which builds a Program from the user's tsconfig without running anything of it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli/run.js';
import { segmentsOf } from '../src/frontends/index.js';
import { lintText } from '../src/index.js';
import { projectRoot } from './helpers.js';

const harmfulPath = join(projectRoot, 'fixtures', 'code', 'harmful-plan.ts');
const markers = [join(tmpdir(), 'valuelint-harmful-plan-ran'), join(tmpdir(), 'valuelint-harmful-plan-spawned')];

function cli(cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readStdin: async () => '',
    cwd,
    isTTY: false,
    env: {},
  };
  return { io, out: () => stdout, err: () => stderr };
}

describe('a harmful plan is only read', () => {
  for (const marker of markers) rmSync(marker, { force: true });
  const before = statSync(harmfulPath).mtimeMs;

  it('is linted without writing, spawning, connecting or looping', async () => {
    const text = readFileSync(harmfulPath, 'utf8');
    // A loop in the file, were it run, would hang here: the test's timeout is the guard.
    const result = lintText(text, { filePath: harmfulPath });
    expect(result.fatalErrorCount).toBe(0);
    // It is read like any plan: its comment and its numbers are there to see.
    expect(result.messages.some((m) => m.ruleId === 'accounting/time-measurement')).toBe(true);
    // Give a stray socket or child process time to show itself.
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const marker of markers) expect(existsSync(marker)).toBe(false);
    expect(statSync(harmfulPath).mtimeMs).toBe(before);
  });

  it('is only read in type-aware mode too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'valuelint-harm-'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', types: [] }, include: ['*.ts'] }));
    const text = readFileSync(harmfulPath, 'utf8');
    const result = lintText(text, { filePath: join(dir, 'harmful-plan.ts'), project: join(dir, 'tsconfig.json') });
    expect(result.fatalErrorCount).toBe(0);
    for (const marker of markers) expect(existsSync(marker)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('type-aware mode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'valuelint-project-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', types: [] }, include: ['*.ts'] }));
  writeFileSync(join(dir, 'types.ts'), [
    'export type Money = { amount: number; currency: string };',
    'export interface LedgerEntry { from: string; to: string }',
    'export function entries(): LedgerEntry[] { return []; }',
    "export function quote(): Money { return { amount: 3, currency: 'EUR' }; }",
  ].join('\n'));
  const plan = "import { entries, quote } from './types.js';\nexport const book = entries();\nexport const cost = quote();\n";
  writeFileSync(join(dir, 'plan.ts'), plan);
  const wordsOf = (project?: string) =>
    segmentsOf(plan, 'code', { filePath: join(dir, 'plan.ts'), project }).segments.map((s) => s.tokens.map((t) => t.lower).join(' '));

  it('gives a neutral name the words of its declared type', () => {
    expect(wordsOf(join(dir, 'tsconfig.json'))).toEqual(['book ledger entry', 'cost money']);
  });

  it('reads syntax alone without a project', () => {
    expect(wordsOf()).toEqual(['book', 'cost']);
  });

  it('keeps findings on the name, whose text is in the file', () => {
    const result = lintText(plan, { filePath: join(dir, 'plan.ts'), project: join(dir, 'tsconfig.json') });
    for (const m of result.messages) expect(plan.slice(m.offset!, m.endOffset!)).toBe(m.actual);
  });

  it('--project reads the tsconfig; a missing one is one line and exit 2', async () => {
    const ok = cli(dir);
    // The neutral names read their value-logic types (LedgerEntry, Money): findings, exit 1, not 2.
    expect(await run(['--project', 'tsconfig.json', 'plan.ts'], ok.io)).toBe(1);
    expect(ok.err()).toBe('');
    const bad = cli(dir);
    expect(await run(['--project', 'missing.json', 'plan.ts'], bad.io)).toBe(2);
    expect(bad.err().trim().split('\n')).toHaveLength(1);
    expect(bad.err()).toMatch(/^valuelint: Cannot read project/);
  });
});

describe('the CLI goes on after a file that does not parse', () => {
  it('reports the fatal error and lints the other files', async () => {
    const c = cli(join(projectRoot, 'fixtures', 'code'));
    const code = await run(['--format', 'json', 'broken-plan.ts', 'plan.config.ts', 'clean.config.ts'], c.io);
    const results = JSON.parse(c.out()) as Array<{ filePath: string; fatalErrorCount: number; messages: unknown[] }>;
    expect(results.map((r) => [r.filePath.split('/').pop(), r.fatalErrorCount])).toEqual([
      ['broken-plan.ts', 1], ['clean.config.ts', 0], ['plan.config.ts', 0],
    ]);
    expect(code).toBe(1);
  });
});
