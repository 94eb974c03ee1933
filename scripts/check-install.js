#!/usr/bin/env node
/**
 * Checks that the install paths the README documents work as written, on a fresh clone of HEAD:
 *
 *   1. `npm ci` in the clone builds; `npm pack` there prints only the tarball's name (pre-commit reads it).
 *   2. The tarball installs into a new CommonJS project next to ESLint 9; the bin lints a sample plan.
 *   3. The ESLint plugin, set up by the documented eslint.config.mjs, reports on ESLint 9, then on 10.
 *   4. A git dependency (`npm install git+…#<commit>`, here a file:// URL of the clone) installs and runs.
 *   5. The GitHub Action's install and lint steps, run as the runner would from its own checkout.
 *   6. The pre-commit hook, from a .pre-commit-config.yaml pinned to the commit (skipped without pre-commit).
 *
 * It uses the npm registry (the dependencies, ESLint 9 and 10). Uncommitted changes are not checked:
 * commit first. Usage: node scripts/check-install.js [--keep] (keep the temporary folder).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const projectRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(path.join(tmpdir(), 'valuelint-install-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];

// Our own sentences: one finding of accounting/time-measurement each, and a plan with none.
const flaggedPlan = '# Bakery\n\nEvery volunteer logs their hours on the shared timesheet.\n';
const cleanPlan = '# Bakery\n\nWhoever is around bakes, and the bread goes to whoever comes by.\n';
const flaggedCode = '// Each volunteer must log their hours on the timesheet before leaving.\nexport const open = true;\n';

/** npm's own variables (set when run through `npm run`) would override the projects' settings. */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env, timeout: 15 * 60_000, ...options });
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
  return result;
}

/** Run and require exit code `code` (0 by default); the output is shown when it is not. */
function must(command, args, options = {}, code = 0) {
  const result = run(command, args, options);
  if (result.status !== code) {
    throw new Error(`${command} ${args.join(' ')} (in ${options.cwd ?? process.cwd()}) exited ${result.status}, expected ${code}\n${result.stdout}${result.stderr}`);
  }
  return result;
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

let failures = 0;
async function check(name, body) {
  const started = Date.now();
  try {
    const note = await body();
    console.log(`ok    ${name}${note ? `: ${note}` : ''} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${name}\n${String(error instanceof Error ? error.message : error).replace(/^/gm, '      ')}`);
  }
}

function project(name, files) {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

const commonJsPackage = (name) => JSON.stringify({ name, version: '1.0.0', private: true, type: 'commonjs' }, null, 2);

/** ESLint's JSON report: the rule ids reported per file name. */
function eslintFindings(stdout) {
  return Object.fromEntries(JSON.parse(stdout).map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`)]));
}

const version = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version;
const tarballName = `valuelint-${version}.tgz`;
const clone = path.join(work, 'clone');
let commit = '';
let tarball = '';

try {
  await check('fresh clone of HEAD: npm ci builds, npm pack prints only the tarball name', () => {
    commit = must('git', ['rev-parse', 'HEAD'], { cwd: projectRoot }).stdout.trim();
    must('git', ['clone', '--quiet', '--no-hardlinks', projectRoot, clone]);
    must('git', ['checkout', '--quiet', commit], { cwd: clone });
    must(npm, ['ci', ...quiet], { cwd: clone });
    const packed = must(npm, ['pack'], { cwd: clone });
    expect(packed.stdout === `${tarballName}\n`, `npm pack printed ${JSON.stringify(packed.stdout)}, expected only "${tarballName}"`);
    tarball = path.join(clone, tarballName);
    return `${commit.slice(0, 12)}, ${tarballName}`;
  });
  if (!tarball) throw new Error('no tarball: the remaining checks need it');

  const app = project('cjs-project', {
    'package.json': commonJsPackage('plans'),
    'plan.md': flaggedPlan,
    'clean.md': cleanPlan,
    'rota.ts': flaggedCode,
    // The documented setup for a CommonJS project: .mjs, as valuelint is ESM only.
    'eslint.config.mjs': "import valuelint from 'valuelint/eslint';\n\nexport default [...valuelint.configs.recommended];\n",
  });
  const bin = path.join(app, 'node_modules', '.bin', 'valuelint');
  const eslintBin = path.join(app, 'node_modules', '.bin', 'eslint');

  await check('the tarball installs next to ESLint 9 in a CommonJS project; the bin lints a plan', () => {
    must(npm, ['install', ...quiet, '--save-dev', tarball, 'eslint@9', '@eslint/markdown@8', 'typescript-eslint@8'], { cwd: app });
    const flagged = must(bin, ['plan.md'], { cwd: app }, 1);
    expect(/3:\d+ +error .+accounting\/time-measurement/.test(flagged.stdout), `no time-measurement finding on line 3:\n${flagged.stdout}`);
    must(bin, ['clean.md'], { cwd: app }, 0);
    expect(must(bin, ['--version'], { cwd: app }).stdout.trim() === version, 'bin --version is not the package version');
  });

  for (const major of [9, 10]) {
    await check(`ESLint ${major}: the plugin's recommended config reports in Markdown and TypeScript`, () => {
      if (major !== 9) must(npm, ['install', ...quiet, '--save-dev', `eslint@${major}`], { cwd: app });
      const eslintVersion = must(eslintBin, ['--version'], { cwd: app }).stdout.trim();
      expect(eslintVersion.startsWith(`v${major}.`), `eslint --version says ${eslintVersion}`);
      const out = must(eslintBin, ['--format', 'json', 'plan.md', 'clean.md', 'rota.ts'], { cwd: app }, 1);
      const found = eslintFindings(out.stdout);
      const rule = 'valuelint/accounting/time-measurement';
      const right = found['plan.md']?.includes(rule) && found['rota.ts']?.includes(rule) && found['clean.md']?.length === 0;
      expect(right, `ESLint ${eslintVersion} reported ${JSON.stringify(found)}`);
      return eslintVersion;
    });
  }

  await check('a git dependency pinned to the commit installs (prepare builds) and runs', () => {
    const gitApp = project('git-dependency', { 'package.json': commonJsPackage('plans-git'), 'plan.md': flaggedPlan });
    must(npm, ['install', ...quiet, '--save-dev', `git+file://${clone}#${commit}`], { cwd: gitApp });
    must(path.join(gitApp, 'node_modules', '.bin', 'valuelint'), ['plan.md'], { cwd: gitApp }, 1);
  });

  await check('the GitHub Action installs from its own checkout and gates', () => {
    const runner = project('runner', {});
    const repo = project('action-user', { 'plan.md': flaggedPlan, 'clean.md': cleanPlan });
    const githubEnv = path.join(runner, 'github-env');
    const githubOutput = path.join(runner, 'github-output');
    writeFileSync(githubEnv, '');
    writeFileSync(githubOutput, '');
    const steps = readActionSteps(path.join(clone, 'action.yml'));
    const stepEnv = { ...env, GITHUB_ACTION_PATH: clone, RUNNER_TEMP: runner, GITHUB_ENV: githubEnv, GITHUB_OUTPUT: githubOutput };
    must('bash', ['-e', '-c', steps.install], { cwd: repo, env: stepEnv });
    const exported = Object.fromEntries(readFileSync(githubEnv, 'utf8').trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2)));
    expect(exported.VALUELINT_BIN, `the install step exported no VALUELINT_BIN: ${JSON.stringify(exported)}`);
    const lintEnv = { ...stepEnv, ...exported, VALUELINT_PATTERNS: 'plan.md clean.md', VALUELINT_MAX_WARNINGS: '-1', VALUELINT_SARIF: 'false' };
    const lint = must('bash', ['-e', '-c', steps.lint], { cwd: repo, env: lintEnv });
    expect(/^::error file=plan\.md,line=3,/m.test(lint.stdout), `no annotation for plan.md:\n${lint.stdout}`);
    expect(readFileSync(githubOutput, 'utf8').includes('exit-code=1'), 'the lint step did not report exit-code=1');
  });

  await check('the pre-commit hook, pinned to the commit, fails a staged plan with a finding and passes a clean one', () => {
    if (run('pre-commit', ['--version']).status !== 0) return 'skipped: pre-commit is not installed (apt-get install pre-commit)';
    const repo = project('pre-commit-user', {
      'plan.md': flaggedPlan,
      'clean.md': cleanPlan,
      '.pre-commit-config.yaml': `repos:\n  - repo: ${clone}\n    rev: ${commit}\n    hooks:\n      - id: valuelint\n`,
    });
    const hookEnv = { ...env, PRE_COMMIT_HOME: path.join(work, 'pre-commit-home') };
    must('git', ['init', '--quiet'], { cwd: repo });
    must('git', ['add', '.'], { cwd: repo });
    const failing = must('pre-commit', ['run', '--files', 'plan.md', 'clean.md'], { cwd: repo, env: hookEnv }, 1);
    expect(/^plan\.md\n(?: .*\n)*? +3:\d+ +error .+accounting\/time-measurement/m.test(failing.stdout), `the hook did not report plan.md:\n${failing.stdout}`);
    must('pre-commit', ['run', '--files', 'clean.md'], { cwd: repo, env: hookEnv }, 0);
    return run('pre-commit', ['--version']).stdout.trim();
  });
} catch (error) {
  failures++;
  console.log(`FAIL  ${error instanceof Error ? error.message : error}`);
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

/** The run scripts of the action's install and lint steps. */
function readActionSteps(file) {
  const steps = parseYaml(readFileSync(file, 'utf8')).runs.steps;
  return { install: steps.find((s) => s.id === 'install').run, lint: steps.find((s) => s.id === 'lint').run };
}

process.exitCode = failures ? 1 : 0;
