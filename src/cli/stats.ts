/**
 * `--stats`: what a run did, on standard error (so that the report on standard output stays
 * clean): files by front-end with the time spent reading and linting them, files replayed from
 * the cache, and findings per rule. Time is per file (a worker's file counts from when it was sent),
 * so per-rule time is not measured here: the engine matches every rule in one pass per sentence.
 */
import { kindOfPath } from '../frontends/kinds.js';
import type { LintResult } from '../types.js';

export class RunStats {
  readonly byKind = new Map<string, { files: number; ms: number }>();
  cached = 0;

  timed(file: string, ms: number): void {
    const kind = kindOfPath(file) ?? 'other';
    const entry = this.byKind.get(kind) ?? { files: 0, ms: 0 };
    entry.files++;
    entry.ms += ms;
    this.byKind.set(kind, entry);
  }
}

/** The lines to print (each written alone: standard error takes one line per write). */
export function statsText(results: readonly LintResult[], totalMs: number, stats: RunStats): string[] {
  const lines = [`valuelint stats: ${results.length} file${results.length === 1 ? '' : 's'} in ${Math.round(totalMs)} ms${stats.cached ? ` (${stats.cached} from the cache)` : ''}`];
  for (const [kind, { files, ms }] of [...stats.byKind].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  front-end ${kind.padEnd(9)} ${String(files).padStart(6)} files  ${String(Math.round(ms)).padStart(7)} ms`);
  }
  const perRule = new Map<string, number>();
  let fatal = 0;
  for (const r of results) {
    for (const m of r.messages) {
      if (m.fatal) fatal++;
      else perRule.set(m.ruleId ?? '(directives)', (perRule.get(m.ruleId ?? '(directives)') ?? 0) + 1);
    }
  }
  const findings = [...perRule.values()].reduce((a, b) => a + b, 0);
  lines.push(`  findings ${findings}, fatal ${fatal}`);
  for (const [rule, n] of [...perRule].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))) lines.push(`    ${String(n).padStart(6)}  ${rule}`);
  return lines;
}
