/**
 * Baselines: findings a repository has accepted, so that only new ones fail the gate.
 * Entries are grouped by file path relative to the baseline file's directory and identified by
 * fingerprint (see fingerprint.ts), so unrelated edits and line shifts keep them matched.
 * A baselined finding is not dropped: it moves to `suppressedMessages` with
 * `suppressions: [{kind: 'baseline', justification}]`, so JSON output still shows it, while
 * stylish, github, SARIF and the other formats leave it out and it never fails the build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LintResult } from '../types.js';
import type { GateMessage } from './apply.js';

export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  /** The matched words, for people reviewing the file. */
  actual: string;
}

export interface Baseline {
  /** Absolute path of the baseline file. */
  file: string;
  dir: string;
  /** Entries by path relative to `dir`, with '/' separators. */
  files: Record<string, BaselineEntry[]>;
}

export class BaselineError extends Error {}

export function baselineKey(baseline: Pick<Baseline, 'dir'>, filePath: string): string {
  return path.relative(baseline.dir, path.resolve(filePath)).split(path.sep).join('/');
}

export function emptyBaseline(file: string): Baseline {
  const absolute = path.resolve(file);
  return { file: absolute, dir: path.dirname(absolute), files: {} };
}

export function loadBaseline(file: string, displayPath = file): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(`${displayPath}: ${code === 'ENOENT' ? 'no such baseline file (create it with --update-baseline)' : `cannot be read (${code ?? 'EIO'})`}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${displayPath}: cannot be parsed: ${(error as Error).message}`);
  }
  const files = (data as { files?: unknown })?.files;
  const valid = (data as { version?: unknown })?.version === 1 && typeof files === 'object' && files !== null
    && Object.values(files).every((entries) => Array.isArray(entries) && entries.every((e) => typeof e?.ruleId === 'string' && typeof e?.fingerprint === 'string'));
  if (!valid) throw new BaselineError(`${displayPath}: not a valuelint baseline (expected {"version": 1, "files": {...}})`);
  return { ...emptyBaseline(file), files: files as Record<string, BaselineEntry[]> };
}

/** Move baselined findings of each result to suppressedMessages. Returns how many entries matched nothing. */
export function applyBaseline(results: LintResult[], baseline: Baseline): { results: LintResult[]; unmatched: number } {
  let unmatched = 0;
  const out = results.map((result) => {
    const remaining = new Map<string, number>();
    const entries = baseline.files[baselineKey(baseline, result.filePath)] ?? [];
    for (const e of entries) remaining.set(`${e.ruleId} ${e.fingerprint}`, (remaining.get(`${e.ruleId} ${e.fingerprint}`) ?? 0) + 1);
    const messages: GateMessage[] = [];
    const suppressed: GateMessage[] = [...result.suppressedMessages];
    for (const m of result.messages as GateMessage[]) {
      const key = `${m.ruleId} ${m.fingerprint}`;
      const left = m.fingerprint ? remaining.get(key) ?? 0 : 0;
      if (left > 0) {
        remaining.set(key, left - 1);
        suppressed.push({ ...m, suppressions: [{ kind: 'baseline', justification: `accepted in ${path.basename(baseline.file)}` }] });
      } else messages.push(m);
    }
    for (const n of remaining.values()) unmatched += n;
    return recount({ ...result, messages, suppressedMessages: suppressed });
  });
  return { results: out, unmatched };
}

function recount(result: LintResult): LintResult {
  const errorCount = result.messages.filter((m) => m.severity === 2).length;
  const fatalErrorCount = result.messages.filter((m) => m.fatal).length;
  return { ...result, errorCount, warningCount: result.messages.length - errorCount, fatalErrorCount };
}

/**
 * The baseline after accepting every current finding of the linted files. Entries of files not
 * linted this run (another shard, unchanged files) are kept.
 */
export function updatedBaseline(previous: Baseline, results: readonly LintResult[]): Baseline {
  const files: Record<string, BaselineEntry[]> = { ...previous.files };
  for (const result of results) {
    const key = baselineKey(previous, result.filePath);
    const entries = (result.messages as GateMessage[])
      .filter((m): m is GateMessage & { ruleId: string; fingerprint: string } => Boolean(m.ruleId && m.fingerprint))
      .map((m) => ({ ruleId: m.ruleId, fingerprint: m.fingerprint, actual: m.actual ?? '' }));
    if (entries.length > 0) files[key] = entries;
    else delete files[key];
  }
  return { ...previous, files };
}

/** Stable text: sorted files and entries, so a baseline diff shows only real changes. */
export function serializeBaseline(baseline: Baseline): string {
  const files: Record<string, BaselineEntry[]> = {};
  for (const key of Object.keys(baseline.files).sort()) {
    files[key] = [...baseline.files[key]!]
      .sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint))
      .map(({ ruleId, fingerprint, actual }) => ({ ruleId, fingerprint, actual }));
  }
  return `${JSON.stringify({ version: 1, tool: 'valuelint', files }, null, 2)}\n`;
}
