/**
 * JUnit XML: one test suite per file and one failing test case per finding (a file without
 * findings gets one passing case), so CI test-report views count and show them.
 */
import type { LintResult } from '../types.js';
import { relativePath } from './paths.js';
import type { FormatContext } from './stylish.js';
import { cdata, xmlEscape } from './xml.js';

export function formatJunit(results: readonly LintResult[], context: FormatContext): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites name="valuelint">'];
  for (const result of results) {
    const file = xmlEscape(relativePath(context.cwd, result.filePath));
    const failures = result.messages.length;
    lines.push(`  <testsuite name="${file}" tests="${Math.max(failures, 1)}" failures="${failures}" errors="0" time="0">`);
    if (failures === 0) lines.push(`    <testcase name="valuelint" classname="${file}" time="0" />`);
    for (const m of result.messages) {
      const level = m.fatal || m.severity === 2 ? 'Error' : 'Warning';
      const rule = m.ruleId ?? 'valuelint';
      lines.push(`    <testcase name="${xmlEscape(`${rule} (${m.line}:${m.column})`)}" classname="${file}" time="0">`);
      lines.push(`      <failure message="${xmlEscape(m.message)}" type="${level.toLowerCase()}">${cdata(`line ${m.line}, col ${m.column}, ${level} - ${m.message} (${rule})`)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
