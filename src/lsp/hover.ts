/**
 * Hover on a finding: why it is flagged, with the passages of the essay it rests on. Written as
 * Markdown, which every client renders (or shows as plain text, still readable).
 */
import type { MarkupContent } from 'vscode-languageserver/node';
import { ruleById } from '../registry.js';
import type { CitedSection, LintMessage } from '../types.js';

function quoted(passage: string): string {
  return passage.split(/\r?\n/).map((line) => `> ${line}`).join('\n');
}

function section(work: string, cited: CitedSection): string {
  const passages = cited.passages.map(quoted).join('\n>\n');
  return `${passages}\n\n— ${work}, ${cited.section} “${cited.title}”`;
}

export function hoverOf(message: LintMessage): MarkupContent | undefined {
  const rule = message.ruleId ? ruleById.get(message.ruleId) : undefined;
  if (!rule || !message.citation) return undefined;
  const { citation } = message;
  const severity = message.severity === 2 ? 'error' : 'warning';
  const parts = [
    `**valuelint: ${rule.id}** (${severity}${message.confidence ? `, confidence ${message.confidence}` : ''})`,
    message.message,
    rule.explanation,
    '**Cited:**',
    section(citation.work, citation),
    ...(citation.also ?? []).map((also) => section(citation.work, also)),
    ...(message.suggestion ? [`**Suggestion:** ${message.suggestion}`] : []),
    ...(message.url ? [`[Rule documentation](${message.url})`] : []),
  ];
  return { kind: 'markdown', value: parts.join('\n\n') };
}
