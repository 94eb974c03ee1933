/**
 * A second, independent client: Neovim's built-in LSP client (headless, scripted in Lua:
 * test/fixtures/lsp/nvim-scenario.lua) through the scenario of test/lsp.test.ts. Skips where
 * Neovim is not installed (.ci/run installs Debian's package).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleById } from '../src/registry.js';
import { projectRoot } from './helpers.js';

const plan = readFileSync(join(projectRoot, 'test', 'fixtures', 'lsp', 'plan.md'), 'utf8');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;

interface RawDiagnostic { code?: string; severity: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

function cli(dir: string, file: string) {
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(projectRoot, 'bin', 'valuelint.js'), '-f', 'json', file], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; severity: number }> }>)[0]!.messages;
}

const asCli = (d: RawDiagnostic) => ({
  ruleId: d.code,
  line: d.range.start.line + 1,
  column: d.range.start.character + 1,
  endLine: d.range.end.line + 1,
  endColumn: d.range.end.character + 1,
  severity: d.severity === 1 ? 2 : 1,
});

describe('language server in Neovim (built-in LSP client)', () => {
  if (!hasNvim) {
    it.skip('skipped: nvim is not installed (apt-get install neovim)', () => {});
    return;
  }

  it('runs the editor scenario: CLI findings, change, hover, disable action, clean exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'valuelint-nvim-'));
    try {
      writeFileSync(join(dir, '.valuelintrc.json'), '{ "rules": { "accounting/ledger": "error" } }\n');
      writeFileSync(join(dir, 'plan.md'), plan);
      const out = join(dir, 'report.json');
      const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(projectRoot, 'test', 'fixtures', 'lsp', 'nvim-scenario.lua')}`], {
        cwd: dir,
        env: { ...process.env, VL_ROOT: dir, VL_SERVER: join(projectRoot, 'bin', 'valuelint-ls.js'), VL_OUT: out },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.error).toBeUndefined();
      const report = JSON.parse(readFileSync(out, 'utf8')) as {
        error?: string;
        exit_code?: number;
        steps: { open: RawDiagnostic[]; editor_diagnostics: number; changed: RawDiagnostic[]; hover: string; after_disable: RawDiagnostic[]; text: string };
      };
      expect(report.error).toBeUndefined();
      const { steps } = report;

      expect(steps.open.map(asCli)).toEqual(cli(dir, 'plan.md').map(({ ruleId, line, column, endLine, endColumn, severity }) => ({ ruleId, line, column, endLine, endColumn, severity })));
      expect(steps.editor_diagnostics).toBe(steps.open.length);

      const changedCodes = steps.changed.map((d) => d.code);
      expect(changedCodes).not.toContain('accounting/ledger');
      expect(changedCodes).toContain('quantification/output-target');

      const rule = ruleById.get('quantification/output-target')!;
      expect(steps.hover).toContain(rule.citation.passages[0]!.split('\n')[0]);
      expect(steps.hover).toContain(rule.citation.title);

      expect(steps.text).toContain('valuelint-disable-next-line quantification/output-target -- reason');
      expect(steps.after_disable.map((d) => d.code)).toEqual(changedCodes.filter((c) => c !== 'quantification/output-target'));
      // The CLI agrees on the text the editor ended with.
      writeFileSync(join(dir, 'final.md'), steps.text);
      expect(cli(dir, 'final.md').map((m) => m.ruleId)).toEqual(steps.after_disable.map((d) => d.code));

      expect(report.exit_code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
