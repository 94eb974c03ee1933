/**
 * What `npm pack` ships and prints. pre-commit's `language: node` runs `npm pack` in a clone of this
 * repository and takes its whole stdout as the tarball's name, so packing must print that name and
 * nothing else (issue 18.2). scripts/check-install.js runs the whole install path for real; these
 * tests check the parts that can fail without the network.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.js';
import { tempTree } from './fixtures/run-cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));

/** npm's environment without the variables `npm test` sets (npm_config_* would override .npmrc). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

function packDryRun(cwd: string, ...extra: string[]) {
  return spawnSync(npm, ['pack', '--dry-run', ...extra], { cwd, encoding: 'utf8', env: cleanEnv() });
}

describe('npm pack', () => {
  it('prints only the tarball name although a prepare script prints (as pre-commit reads it)', () => {
    const noisy = { name: 'noisy-pack', version: '1.0.0', scripts: { prepare: 'echo building' } };
    const withRc = tempTree({ 'package.json': JSON.stringify(noisy), 'index.js': '' });
    copyFileSync(path.join(projectRoot, '.npmrc'), path.join(withRc, '.npmrc'));
    const quiet = packDryRun(withRc);
    expect([quiet.status, quiet.stdout]).toEqual([0, 'noisy-pack-1.0.0.tgz\n']);
    // Without the project's .npmrc, npm runs the script in the foreground and its banner reaches stdout.
    const withoutRc = tempTree({ 'package.json': JSON.stringify(noisy), 'index.js': '' });
    expect(packDryRun(withoutRc).stdout).toContain('building');
  });

  it('reads this repository\'s .npmrc', () => {
    const value = execFileSync(npm, ['config', 'get', 'foreground-scripts'], { cwd: projectRoot, encoding: 'utf8', env: cleanEnv() });
    expect(value.trim()).toBe('false');
  });

  it('ships the built code, schema, licence and user docs, and no design notes, screenshots or sources', () => {
    const out = packDryRun(projectRoot, '--json', '--ignore-scripts');
    expect(out.status).toBe(0);
    const files = (JSON.parse(out.stdout) as Array<{ files: Array<{ path: string; size: number }> }>)[0]!.files;
    const paths = files.map((f) => f.path);
    for (const needed of ['LICENSE', 'README.md', 'package.json', 'bin/valuelint.js', 'dist/src/index.js', 'dist/src/eslint/index.js', 'schema/valuelintrc.schema.json', 'docs/rules/accounting/time-measurement.md', 'docs/ci-gate.md']) {
      expect(paths).toContain(needed);
    }
    expect(paths.filter((p) => /^(src|test|rules|scripts|bench|fixtures|audit)\//.test(p) || /\.(png|jpe?g|ts)$/.test(p) && !p.endsWith('.d.ts'))).toEqual([]);
    expect(paths).not.toContain('docs/code-patterns-proposal.md');
    // The precompiled rule catalogue (issue 15) is the one large file: every rule, class and passage.
    expect(files.filter((f) => f.size > 64 * 1024 && f.path !== 'dist/catalogue.json').map((f) => f.path)).toEqual([]);
  });
});

describe('package.json', () => {
  it('names its licence, repository, home page and issue tracker', () => {
    expect(packageJson.license).toBe('MIT');
    expect(readFileSync(path.join(projectRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(packageJson.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(packageJson.homepage).toMatch(/^https:\/\//);
    expect(packageJson.bugs.url).toMatch(/^https:\/\/.+\/issues$/);
  });

  it('accepts ESLint 9 and 10 as an optional peer (the CLI needs no ESLint)', () => {
    const range: string = packageJson.peerDependencies.eslint;
    expect(range.split('||').map((part) => part.trim().match(/^\^(\d+)\./)?.[1])).toEqual(['9', '10']);
    for (const peer of Object.keys(packageJson.peerDependencies)) expect(packageJson.peerDependenciesMeta[peer]).toEqual({ optional: true });
  });
});

describe('README', () => {
  // The first thing a visitor reads: the output of a real run on a bundled sample. After a change to
  // the rules or the stylish format, refresh it with UPDATE_README_EXAMPLE=1.
  it('opens with the real output of the command it shows', () => {
    const readmePath = path.join(projectRoot, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const block = /```console\n\$ valuelint (\S+)\n([\s\S]*?)```/.exec(readme)!;
    expect(block).not.toBeNull();
    const out = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'valuelint.js'), '--no-color', block[1]!], { cwd: projectRoot, encoding: 'utf8', env: { ...cleanEnv(), NO_COLOR: '1' } });
    expect(out.status).toBe(1);
    if (process.env.UPDATE_README_EXAMPLE) writeFileSync(readmePath, readme.replace(block[2]!, out.stdout));
    else expect(block[2]).toBe(out.stdout);
  });
});
