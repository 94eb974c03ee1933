/**
 * The CI-gate steps around linting: which files to lint (`--changed-since`, `--shard`) and what
 * the baseline accepts (`--baseline`, `--update-baseline`). They decide no exit code.
 */
import { statSync } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { BaselineError, applyBaseline, emptyBaseline, loadBaseline, serializeBaseline, updatedBaseline } from '../suppressions/baseline.js';
import type { LintResult } from '../types.js';
import { changedFiles } from './git.js';
import { formatSize } from './limits.js';
import { inShard, type Shard } from './shard.js';
import { writeFileAtomic } from './write-atomic.js';

export interface GateOptions {
  changedSince?: string;
  shard?: Shard;
  baseline?: string;
  updateBaseline?: boolean;
}

interface GateIo {
  cwd: string;
  stderr: (text: string) => void;
}

export const gate = {
  /** Keep the files changed since the revision, then those of this shard. */
  async select(files: readonly string[], options: GateOptions, cwd: string): Promise<string[]> {
    let selected = [...files];
    if (options.changedSince) {
      const changed = await changedFiles(options.changedSince, cwd);
      selected = selected.filter((f) => changed.has(path.resolve(f)));
    }
    const { shard } = options;
    if (shard) selected = selected.filter((f) => inShard(f, shard, cwd));
    return selected;
  },

  /** Record (with --update-baseline) and apply the baseline. */
  async baseline(results: LintResult[], options: GateOptions, io: GateIo): Promise<LintResult[]> {
    if (!options.baseline) return results;
    const file = path.resolve(io.cwd, options.baseline);
    const display = path.relative(io.cwd, file) || file;
    if (await exists(file)) checkBaselineFile(file, display);
    let baseline = options.updateBaseline && !(await exists(file)) ? emptyBaseline(file) : loadBaseline(file, display);
    if (options.updateBaseline) {
      const before = countEntries(baseline);
      baseline = updatedBaseline(baseline, results);
      await writeFileAtomic(file, serializeBaseline(baseline)).catch((error: NodeJS.ErrnoException) => {
        throw new BaselineError(`${display}: cannot be written (${error.code ?? error.message})`);
      });
      const after = countEntries(baseline);
      const files = Object.keys(baseline.files).length;
      io.stderr(`valuelint: wrote ${display}: ${after.entries} accepted finding${after.entries === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (was ${before.entries}).\n`);
    }
    const applied = applyBaseline(results, baseline);
    if (applied.unmatched > 0) {
      io.stderr(`valuelint: ${applied.unmatched} baseline entr${applied.unmatched === 1 ? 'y matches' : 'ies match'} no finding any more; run with --update-baseline to prune.\n`);
    }
    return applied.results;
  },

};

function countEntries(baseline: { files: Record<string, unknown[]> }): { entries: number } {
  return { entries: Object.values(baseline.files).reduce((n, e) => n + e.length, 0) };
}

/** 64 MB: about 300,000 accepted findings; a larger file is not a baseline but an attack on memory. */
export const maxBaselineSize = 64 * 1024 ** 2;

/** Only a regular file of a sane size is read as a baseline (a FIFO would block, a huge file exhaust memory). */
function checkBaselineFile(file: string, display: string): void {
  const stats = statSync(file);
  if (!stats.isFile()) throw new BaselineError(`${display}: not a regular file`);
  if (stats.size > maxBaselineSize) throw new BaselineError(`${display}: too large (over ${formatSize(maxBaselineSize)}); not read`);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false);
}
