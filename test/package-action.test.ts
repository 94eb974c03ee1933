/**
 * action.yml installs valuelint from its own checkout, never by name from the npm registry (issue
 * 18.1: `valuelint@latest` would install whatever anyone publishes under the name), and gives the
 * SARIF run the upload's category. scripts/check-install.js runs the install step for real.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from './helpers.js';
import { flagged, onlyTimeMeasurement, tempTree } from './fixtures/run-cli.js';

interface Step { id?: string; run?: string; env?: Record<string, string>; uses?: string; with?: Record<string, string> }
const action = parse(readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { steps: Step[] };
};
const step = (id: string) => action.runs.steps.find((s) => s.id === id)!;

/** Run a step's script as the runner would: its env with `${{ inputs.x }}` evaluated, in GitHub's bash. */
function runStep(id: string, cwd: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), ...inputs };
  const env = Object.fromEntries(Object.entries(step(id).env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '')]));
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step(id).run!], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, ...env, ...extraEnv } });
}

describe('action.yml', () => {
  it('installs from the action\'s own checkout with the lock file, never a name from the registry', () => {
    const install = step('install').run!;
    expect(install).toContain('cd "$GITHUB_ACTION_PATH"');
    expect(install).toMatch(/^\s*npm ci\b/m);
    expect(install).toContain('VALUELINT_BIN=$GITHUB_ACTION_PATH/bin/valuelint.js');
    for (const s of action.runs.steps) expect(s.run ?? '').not.toMatch(/\bnpm (install|i|exec|x)\b|\bnpx\b|npm .*valuelint@/);
    expect(action.inputs.version!.default).toBe('');
  });

  it('refuses a version input (the version is the ref the action is pinned to)', () => {
    const out = runStep('install', tempTree({}), { version: 'latest' }, { GITHUB_ACTION_PATH: '/nonexistent', GITHUB_ENV: '/dev/null' });
    expect(out.status).toBe(2);
    expect(out.stdout).toMatch(/^::error title=valuelint::the version input is not supported; pin the action instead/);
  });

  it('makes the SARIF run\'s automationDetails.id the upload category', () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'docs/plan.md': `${flagged.hours}\n` });
    const out = runStep('lint', root, { patterns: 'docs', sarif: 'true', category: 'plans-shard-2' }, {
      VALUELINT_BIN: path.join(projectRoot, 'bin', 'valuelint.js'),
      GITHUB_OUTPUT: path.join(root, 'github-output'),
    });
    expect([out.status, out.stderr]).toEqual([0, '']);
    const log = JSON.parse(readFileSync(path.join(root, 'valuelint.sarif'), 'utf8'));
    expect(log.runs[0].automationDetails).toEqual({ id: 'plans-shard-2/' });
    expect(log.runs[0].results).toHaveLength(1);
    expect(action.runs.steps.find((s) => s.uses)?.with?.category).toBe('${{ inputs.category }}');
  });
});
