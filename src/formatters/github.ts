/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per finding, shown on
 * the pull request's changed lines. Escaping follows @actions/core: data escapes %, CR, LF;
 * property values also escape ':' and ','. The rule's suggestion follows the message on a line of
 * its own, as in stylish. Suppressed findings are not shown. File names and messages (which quote
 * the matched words) pass through `printable` first: CR and LF are escaped by the workflow syntax,
 * but ESC sequences and bidi controls would still reach the log that a reviewer reads.
 */
import { printable } from '../printable.js';
import type { LintResult } from '../types.js';
import { relativePath } from './paths.js';
import type { FormatContext } from './stylish.js';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: readonly LintResult[], context: FormatContext): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = printable(relativePath(context.cwd, result.filePath));
    for (const m of result.messages) {
      const properties: Array<[string, string | number | undefined]> = [
        ['file', file],
        ['line', m.line],
        ['col', m.column],
        ['endLine', m.endLine],
        ['endColumn', m.endColumn],
        ['title', m.ruleId ? `valuelint ${m.ruleId}` : 'valuelint'],
      ];
      const props = properties.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      const text = m.suggestion ? `${printable(m.message)}\nsuggestion: ${printable(m.suggestion)}` : printable(m.message);
      lines.push(`::${m.fatal || m.severity === 2 ? 'error' : 'warning'} ${props}::${escapeData(text)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
