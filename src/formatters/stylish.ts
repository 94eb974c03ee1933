/** The default terminal format, after ESLint's stylish: findings grouped by file, then a total. */
import path from 'node:path';
import { styleText } from 'node:util';
import { printable } from '../printable.js';
import { categories } from '../rule.js';
import type { LintResult, Rule } from '../types.js';

export interface FormatContext {
  /** Paths are shown relative to this directory. */
  cwd: string;
  color: boolean;
  /** Every rule, for formats that describe them (SARIF). Default: the registry. */
  rules?: readonly Rule[];
  /** valuelint's version, for formats that name the tool. */
  toolVersion?: string;
}

export function formatStylish(results: readonly LintResult[], context: FormatContext): string {
  // The CLI decides colour (--color, FORCE_COLOR, NO_COLOR, a terminal): styleText must not second-guess it.
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (context.color ? styleText(style, text, { validateStream: false }) : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    // File names, matched words and directive names come from the linted tree: shown, never obeyed.
    lines.push('', paint('underline', printable(path.relative(context.cwd, result.filePath) || result.filePath)));
    for (const m of result.messages) {
      const where = `${m.line}:${m.column}`.padEnd(8);
      const level = m.fatal || m.severity === 2 ? paint('red', 'error  ') : paint('yellow', 'warning');
      const confidence = m.confidence ? paint('dim', ` [${m.confidence}]`) : '';
      lines.push(`  ${paint('dim', where)} ${level}  ${printable(m.message)}${confidence}  ${paint('dim', printable(m.ruleId ?? ''))}`);
      if (m.suggestion) lines.push(`  ${' '.repeat(8)}          ${paint('dim', `suggestion: ${printable(m.suggestion)}`)}`);
      if (m.explain?.pattern) lines.push(`  ${' '.repeat(8)}          ${paint('dim', `pattern: ${printable(m.explain.pattern)} (${printable(m.explain.file ?? '')}${m.explain.line ? `:${m.explain.line}` : ''})`)}`);
    }
  }
  const total = errors + warnings;
  if (total > 0) {
    lines.push('', paint(errors > 0 ? 'red' : 'yellow',
      `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`),
    ...categorySummary(results), '');
  }
  return lines.join('\n');
}

/** One line per category with findings: how many, and how many of them are errors. */
function categorySummary(results: readonly LintResult[]): string[] {
  const messages = results.flatMap((r) => r.messages);
  const width = Math.max(...categories.map((c) => c.length));
  return categories.flatMap((category) => {
    const found = messages.filter((m) => m.category === category);
    if (found.length === 0) return [];
    const errors = found.filter((m) => m.severity === 2).length;
    return [`  ${category.padEnd(width)}  ${String(found.length).padStart(3)}  (${errors} error${errors === 1 ? '' : 's'}, ${found.length - errors} warning${found.length - errors === 1 ? '' : 's'})`];
  });
}
