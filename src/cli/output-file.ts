/**
 * `--output-file`: where the report goes, decided before anything is written (issue 19.6).
 * - A path ending in `/`, or naming a directory, is an error (no file named after the folder).
 * - A symbolic link is followed: the report is written where it points, and the link stays.
 * - A target that resolves to a linted file, a config, the baseline or the cache is refused: a
 *   report never overwrites what the run reads (the README promises linted files are never written).
 * - A device or FIFO (`-o /dev/null`, `-o /dev/stderr`, a named pipe) is written directly: a rename
 *   would replace it with a regular file. A regular file, or a new one, is written atomically.
 */
import { realpathSync, statSync, type Stats } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './write-atomic.js';

export class OutputFileError extends Error {}

/** Files the report must not replace, with what each is ("a linted file", "the baseline"). */
export type ProtectedFiles = ReadonlyArray<{ file: string; what: string }>;

function realOrResolved(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    // Not there yet: its folder's real path and its name.
    try {
      return path.join(realpathSync(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Where the report for `-o <given>` is written; throws OutputFileError (one line) if it must not be. */
export function reportTarget(given: string, cwd: string, protectedFiles: ProtectedFiles): { file: string; direct: boolean } {
  if (/[\\/]$/.test(given)) throw new OutputFileError(`--output-file ${given} names a directory; give a file name`);
  const file = realOrResolved(path.resolve(cwd, given));
  const stats = statOf(file);
  if (stats?.isDirectory()) throw new OutputFileError(`--output-file ${given} is a directory; give a file name`);
  for (const p of protectedFiles) {
    if (realOrResolved(p.file) === file) throw new OutputFileError(`--output-file ${given} is ${p.what}; refusing to overwrite it`);
  }
  return { file, direct: stats !== undefined && !stats.isFile() };
}

export async function writeReport(target: { file: string; direct: boolean }, text: string): Promise<void> {
  if (target.direct) await writeFile(target.file, text);
  else await writeFileAtomic(target.file, text);
}
