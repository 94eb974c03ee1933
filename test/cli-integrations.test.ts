/**
 * The ready integrations, run for real as far as they can be off GitHub: the action's lint step
 * script with the inputs it would get, and the pre-commit hook's entry on the files pre-commit
 * would pass. Both use the built bin/ (npm test builds first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { supportedExtensions } from '../src/frontends/index.js';
import { projectRoot } from './helpers.js';
import { clean, flagged, onlyTimeMeasurement, tempTree } from './fixtures/run-cli.js';

const bin = path.join(projectRoot, 'bin', 'valuelint.js');

interface Step { id?: string; run?: string; env?: Record<string, string>; uses?: string; if?: string }
const action = parse(readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};

/** Evaluate the `${{ inputs.x }}` expressions of a step's env as GitHub would. */
function stepEnv(step: Step, inputs: Record<string, string>): Record<string, string> {
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), ...inputs };
  return Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '')]));
}

function runLintStep(cwd: string, inputs: Record<string, string>) {
  const step = action.runs.steps.find((s) => s.id === 'lint')!;
  const outputFile = path.join(cwd, 'github-output');
  const result = spawnSync('bash', ['-e', '-c', step.run!], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...stepEnv(step, inputs), VALUELINT_BIN: bin, GITHUB_OUTPUT: outputFile },
  });
  return { ...result, outputs: readFileSync(outputFile, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action whose steps read inputs only through env', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) if (step.run) expect(step.run).not.toContain('${{');
    expect(action.runs.steps.find((s) => s.uses)?.uses).toBe('github/codeql-action/upload-sarif@v4');
  });
  it('annotates findings, writes SARIF when asked, and reports the exit code', () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'docs/plan.md': `${flagged.hours}\n`, 'docs/ok.md': `${clean}\n` });
    const out = runLintStep(root, { patterns: 'docs', sarif: 'true' });
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^::error file=docs\/plan\.md,line=1,col=\d+,endLine=1,endColumn=\d+,title=valuelint accounting\/time-measurement::/);
    expect(out.outputs).toBe('exit-code=1\n');
    expect(JSON.parse(readFileSync(path.join(root, 'valuelint.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  });
  it('passes a clean tree and keeps patterns with spaces apart from options', () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'docs/ok.md': `${clean}\n`, 'notes/a.md': `${clean}\n` });
    const out = runLintStep(root, { patterns: 'docs\nnotes/*.md' });
    expect([out.status, out.stdout, out.outputs]).toEqual([0, '', 'exit-code=0\n']);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = parse(readFileSync(path.join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string; exclude: string }>;
  const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));

  it('runs the package\'s own bin on every supported file type', () => {
    expect(hook!.language).toBe('node');
    expect(Object.keys(packageJson.bin)).toContain(hook!.entry);
    const files = new RegExp(hook!.files);
    for (const extension of supportedExtensions) expect(files.test(`docs/plan${extension}`)).toBe(true);
    expect(files.test('src/index.c')).toBe(false);
    expect(new RegExp(hook!.exclude).test('package-lock.json')).toBe(true);
  });
  it('fails on a staged file with a finding, passes on a clean one (as pre-commit calls it)', () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'a.md': `${flagged.clock}\n`, 'b.md': `${clean}\n` });
    const entry = (...files: string[]) => spawnSync('node', [bin, ...files], { cwd: root, encoding: 'utf8' });
    expect(entry('a.md', 'b.md').status).toBe(1);
    expect(entry('b.md').status).toBe(0);
  });
});

it('bin/ exits 2 with one line for a bad config (no stack trace)', () => {
  const root = tempTree({ '.valuelintrc.json': '{"root": true, "rules": {"accounting/time-measurement": "on"}}', 'a.md': `${clean}\n` });
  const out = spawnSync('node', [bin, 'a.md'], { cwd: root, encoding: 'utf8' });
  expect(out.status).toBe(2);
  expect(out.stderr).toBe('valuelint: .valuelintrc.json: rules["accounting/time-measurement"]: "on" is not one of "off", "warn", "error"\n');
  expect(execFileSync('node', [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
});
