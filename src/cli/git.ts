/**
 * Files changed since a git revision, for `--changed-since`: committed, staged and unstaged
 * changes since the merge base of REV and HEAD (what a pull request adds), plus untracked files
 * that are not ignored. git runs through execFile (no shell); failures become one line.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class GitError extends Error {}

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new GitError('--changed-since needs git, which was not found on PATH');
    const first = (e.stderr ?? e.message).split('\n').find((l) => l.trim()) ?? 'git failed';
    throw new GitError(first.replace(/^fatal: /, ''));
  }
}

/** Absolute paths of files changed since `revision` (merge base with HEAD) or untracked. */
export async function changedFiles(revision: string, cwd: string): Promise<Set<string>> {
  if (revision.startsWith('-')) throw new GitError(`"${revision}" is not a revision`);
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (error) {
    throw new GitError(`--changed-since needs a git repository: ${(error as Error).message}`);
  }
  let base: string;
  try {
    base = (await git(['merge-base', revision, 'HEAD'], cwd)).trim();
  } catch {
    throw new GitError(`--changed-since: unknown revision "${revision}" (or it shares no history with HEAD)`);
  }
  const changed = await git(['diff', '--name-only', '-z', '--diff-filter=ACMR', base, '--'], top);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], top);
  const files = new Set<string>();
  for (const name of `${changed}${untracked}`.split('\0')) if (name) files.add(path.resolve(top, name));
  return files;
}
