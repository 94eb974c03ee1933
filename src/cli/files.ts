/**
 * Expand the CLI's arguments (files, directories, globs) into the files to lint.
 * Directories expand to supported file types; .gitignore and .valuelintignore files from the
 * current directory are honoured, node_modules and .git never entered. Symbolic links found while
 * expanding are skipped unless `followSymlinks` (then loops are cut by the walker), so a tree from
 * an untrusted pull request cannot lead the linter out of the given roots; a link named as an
 * argument is read, as any file named explicitly.
 */
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isToolingFile } from '../frontends/kinds.js';
import { formatSize } from './limits.js';
import { planGlob } from './glob-guard.js';
import { looksLikeOwnOutput } from './own-outputs.js';

export interface Expansion {
  files: string[];
  /** One line each: arguments that matched nothing. */
  problems: string[];
  /** Files named explicitly (not found by expanding): an ignored one is warned about, not linted. */
  explicit: Set<string>;
  /** Whether .gitignore / .valuelintignore (unless --no-ignore) ignore a file. */
  isIgnored: (file: string) => boolean;
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
  options: { cwd?: string; ignore?: boolean; ignorePatterns?: readonly string[]; followSymlinks?: boolean; ownOutputs?: readonly string[] } = {},
): Promise<Expansion> {
  const cwd = options.cwd ?? process.cwd();
  const ig = options.ignore === false ? ignore() : loadIgnores(cwd, []);
  if (options.ignorePatterns) ig.add([...options.ignorePatterns]);
  const isIgnored = (file: string) => {
    const relative = toPosixRelative(cwd, file);
    return !relative.startsWith('..') && relative !== '' && ig.ignores(relative);
  };
  const ownOutputs = new Set((options.ownOutputs ?? []).map((f) => path.resolve(cwd, f)));
  const extensionGlob = `**/*.{${extensions.map((e) => e.slice(1)).join(',')}}`;
  const files = new Set<string>();
  const problems: string[] = [];
  const explicit = new Set<string>();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stat: Stats | undefined;
    try {
      stat = statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
        problems.push(`Too many levels of symbolic links: ${arg}`);
        continue;
      }
      stat = undefined;
    }
    if (stat && !stat.isDirectory()) {
      // A file named explicitly is listed even if ignored: the caller warns about it (as ESLint does).
      // A pipe or device named explicitly is listed too: reading reports it instead of blocking.
      files.add(absolute);
      explicit.add(absolute);
      continue;
    }
    const followSymbolicLinks = options.followSymlinks === true;
    let found: string[];
    if (stat?.isDirectory()) {
      found = await glob(extensionGlob, { cwd: absolute, absolute: true, ignore: alwaysIgnored, followSymbolicLinks, dot: false });
    } else if (isDynamicPattern(arg)) {
      const plan = planGlob(arg);
      if ('problem' in plan) {
        problems.push(plan.problem);
        continue;
      }
      found = await glob(plan.pattern, { cwd, absolute: true, ignore: alwaysIgnored, followSymbolicLinks });
      found = found.filter((f) => extensions.includes(path.extname(f).toLowerCase()) && (!plan.nameFilter || plan.nameFilter(path.basename(f))));
    } else {
      // Node.js decodes arguments as UTF-8: a name that is not arrives with U+FFFD and cannot be opened.
      problems.push(arg.includes('\ufffd')
        ? `No such file or directory: ${arg} (its name is not valid UTF-8 as given; Node.js cannot open such a name: lint its directory)`
        : `No such file or directory: ${arg}`);
      continue;
    }
    // Manifests, lock files and compiler configs are not plans: skipped when expanding, linted when named.
    // valuelint's own reports, baselines and caches are skipped too (see own-outputs.ts).
    const kept = found.filter((f) => !isIgnored(f) && !isToolingFile(f) && !ownOutputs.has(path.normalize(f)) && !looksLikeOwnOutput(f));
    if (kept.length === 0) problems.push(`No files matching the pattern "${arg}" were found.`);
    for (const f of kept) files.add(path.normalize(f));
  }
  return { files: [...files].sort(), problems, explicit, isIgnored };
}

/** Why a file could not be read, from its error code: one short clause. */
function readFailure(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  // A name that is not valid UTF-8 comes back from the directory with U+FFFD in it and cannot be opened.
  if (code === 'ENOENT' && file.includes('\uFFFD')) return 'its name is not valid UTF-8, so it cannot be opened by name';
  return code === 'ENOENT' ? 'file disappeared before it could be read'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory'
    : code === 'ELOOP' ? 'too many levels of symbolic links' : `could not be read (${code})`;
}

/**
 * A file's text, or one line saying why it is not linted. The type and size are checked on the
 * open handle before reading, so a huge file never reaches memory or the parsers; a NUL byte means binary.
 */
export async function readUntrusted(file: string, maxFileSize: number): Promise<{ text: string } | { problem: string }> {
  let handle;
  try {
    // Non-blocking, so that a named pipe cannot hang the run; only regular files are read.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (stats.isDirectory()) return { problem: 'Could not read file: is a directory.' };
    if (!stats.isFile()) return { problem: 'Not a regular file (a pipe, socket or device); not linted.' };
    const { size } = stats;
    if (size > maxFileSize) return { problem: `File too large (${formatSize(size)}; --max-file-size is ${formatSize(maxFileSize)}); not linted.` };
    const bytes = await handle.readFile();
    if (bytes.includes(0)) return { problem: 'Binary file (contains a NUL byte); not linted.' };
    return { text: bytes.toString('utf8') };
  } catch (error) {
    return { problem: `Could not read file: ${readFailure(error, file)}.` };
  } finally {
    await handle?.close();
  }
}
