/**
 * The tools a user would pick instead of valuelint, pinned, and installed on demand into the
 * git-ignored bench/peers/ (never devDependencies: `npm ci` stays lean). A peer that cannot be
 * installed is reported in one line and left out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Each peer: the packages it needs (pinned) and the package whose bin runs it. */
export const peerPackages = {
  'write-good': { packages: ['write-good@1.0.8'], bin: 'write-good' },
  alex: { packages: ['alex@11.0.1'], bin: 'alex' },
  'textlint+prh': { packages: ['textlint@15.8.0', 'textlint-rule-prh@6.1.0'], bin: 'textlint' },
  // typescript is pinned because @typescript-eslint/parser 8.73 takes typescript <6.1 as a peer.
  eslint: { packages: ['eslint@10.15.0', '@typescript-eslint/parser@8.73.0', 'typescript@6.0.3'], bin: 'eslint' },
};

const nameOf = (spec) => spec.slice(0, spec.lastIndexOf('@'));
const versionOf = (spec) => spec.slice(spec.lastIndexOf('@') + 1);

function installedVersion(modulesDir, name) {
  const manifest = path.join(modulesDir, name, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

/** The absolute path of a package's bin script. */
function binScript(modulesDir, name, binName) {
  const manifest = JSON.parse(readFileSync(path.join(modulesDir, name, 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[binName];
  return path.join(modulesDir, name, bin);
}

/**
 * Make sure a peer is installed. The project's own node_modules is used when it already holds the
 * pinned packages (ESLint may become a devDependency); otherwise bench/peers/.
 * Returns `{ script, modulesDir, versions }` or `{ problem }` (one line).
 */
export function ensurePeer(id, { root, log }) {
  const { packages, bin } = peerPackages[id];
  const projectModules = path.join(root, 'node_modules');
  const peersDir = path.join(root, 'bench', 'peers');
  const peerModules = path.join(peersDir, 'node_modules');
  const hasAll = (dir) => packages.every((spec) => installedVersion(dir, nameOf(spec)) === versionOf(spec));
  let modulesDir = hasAll(projectModules) ? projectModules : hasAll(peerModules) ? peerModules : undefined;
  if (!modulesDir) {
    log(`Installing ${packages.join(' ')} into bench/peers/ ...`);
    const result = spawnSync('npm', ['install', '--prefix', peersDir, '--no-audit', '--no-fund', '--loglevel=error', ...packages], {
      encoding: 'utf8',
    });
    if (result.status !== 0 || !hasAll(peerModules)) {
      const reason = (result.stderr || result.error?.message || 'unknown error').trim().split('\n').pop();
      return { problem: `${id}: could not be installed (${reason}); left out.` };
    }
    modulesDir = peerModules;
  }
  return {
    script: binScript(modulesDir, nameOf(packages[0]), bin),
    modulesDir,
    versions: Object.fromEntries(packages.map((spec) => [nameOf(spec), versionOf(spec)])),
  };
}
