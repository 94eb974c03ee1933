/** Checkstyle XML (the shape ESLint's checkstyle formatter wrote), for Jenkins and similar CI. */
import type { LintResult } from '../types.js';
import { relativePath } from './paths.js';
import type { FormatContext } from './stylish.js';
import { xmlEscape } from './xml.js';

export function formatCheckstyle(results: readonly LintResult[], context: FormatContext): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const result of results) {
    lines.push(`  <file name="${xmlEscape(relativePath(context.cwd, result.filePath))}">`);
    for (const m of result.messages) {
      const severity = m.fatal || m.severity === 2 ? 'error' : 'warning';
      const source = m.ruleId ? `valuelint.rules.${m.ruleId}` : 'valuelint';
      lines.push(`    <error line="${m.line}" column="${m.column}" severity="${severity}" message="${xmlEscape(m.message)}" source="${xmlEscape(source)}" />`);
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return `${lines.join('\n')}\n`;
}
