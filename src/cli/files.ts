/**
 * Expand the CLI's arguments (files, directories, globs) into the files to lint.
 * Directories expand to supported file types; .gitignore and .valuelintignore files from the
 * current directory are honoured, node_modules and .git never entered, symlinks not followed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isToolingFile } from '../frontends/index.js';

export interface Expansion {
  files: string[];
  /** One line each: arguments that matched nothing. */
  problems: string[];
}

const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];

function loadIgnores(cwd: string, extraIgnoreFiles: readonly string[]): Ignore {
  const ig = ignore();
  for (const name of ['.gitignore', '.valuelintignore', ...extraIgnoreFiles]) {
    const file = path.resolve(cwd, name);
    if (existsSync(file)) ig.add(readFileSync(file, 'utf8'));
  }
  return ig;
}

function toPosixRelative(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

export async function expandArguments(
  args: readonly string[],
  extensions: readonly string[],
  options: { cwd?: string; ignore?: boolean; ignorePatterns?: readonly string[] } = {},
): Promise<Expansion> {
  const cwd = options.cwd ?? process.cwd();
  const ig = options.ignore === false ? ignore() : loadIgnores(cwd, []);
  if (options.ignorePatterns) ig.add([...options.ignorePatterns]);
  const isIgnored = (file: string) => {
    const relative = toPosixRelative(cwd, file);
    return !relative.startsWith('..') && relative !== '' && ig.ignores(relative);
  };
  const extensionGlob = `**/*.{${extensions.map((e) => e.slice(1)).join(',')}}`;
  const files = new Set<string>();
  const problems: string[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      // A file named explicitly is linted even if ignored, as ESLint does with a warning; we lint it.
      files.add(absolute);
      continue;
    }
    let found: string[];
    if (stat?.isDirectory()) {
      found = await glob(extensionGlob, { cwd: absolute, absolute: true, ignore: alwaysIgnored, followSymbolicLinks: false, dot: false });
    } else if (isDynamicPattern(arg)) {
      found = await glob(arg, { cwd, absolute: true, ignore: alwaysIgnored, followSymbolicLinks: false });
      found = found.filter((f) => extensions.includes(path.extname(f).toLowerCase()));
    } else {
      problems.push(`No such file or directory: ${arg}`);
      continue;
    }
    // Manifests, lock files and compiler configs are not plans: skipped when expanding, linted when named.
    const kept = found.filter((f) => !isIgnored(f) && !isToolingFile(f));
    if (kept.length === 0) problems.push(`No files matching the pattern "${arg}" were found.`);
    for (const f of kept) files.add(path.normalize(f));
  }
  return { files: [...files].sort(), problems };
}
