/**
 * A document's text as escaped HTML with each finding's exact offsets wrapped in <mark>. Findings
 * may nest or cross; HTML elements may only nest, so a finding that crosses another is split into
 * fragments that share its data-finding (the first carries the id). Joined, a finding's fragments
 * read exactly `text.slice(offset, endOffset)`.
 */
import { escapeHtml } from './html-escape.js';

export interface MarkSpan {
  /** Unique id of the finding in the page. */
  id: string;
  offset: number;
  endOffset: number;
  /** Attributes of every fragment (already escaped by the caller's choice of values). */
  attributes: Record<string, string>;
}

/** Outer findings first: earlier start, then longer. */
function outerFirst(a: MarkSpan, b: MarkSpan): number {
  return a.offset - b.offset || b.endOffset - a.endOffset;
}

export function markedText(text: string, spans: readonly MarkSpan[]): string {
  const valid = spans.filter((s) => s.offset >= 0 && s.endOffset > s.offset && s.endOffset <= text.length).sort(outerFirst);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.offset, s.endOffset])])].sort((a, b) => a - b);
  const opened = new Set<string>();
  const stack: MarkSpan[] = [];
  let html = '';
  const open = (span: MarkSpan) => {
    const attributes = Object.entries(span.attributes).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
    html += `<mark${opened.has(span.id) ? '' : ` id="${escapeHtml(span.id)}"`} data-finding="${escapeHtml(span.id)}"${attributes}>`;
    opened.add(span.id);
    stack.push(span);
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = valid.filter((s) => s.offset <= start && s.endOffset >= end);
    // Close from the first open mark that does not cover this piece; reopen what still does.
    const keep = stack.findIndex((s) => !covering.includes(s));
    if (keep >= 0) while (stack.length > keep) { stack.pop(); html += '</mark>'; }
    for (const span of covering) if (!stack.includes(span)) open(span);
    html += escapeHtml(text.slice(start, end));
  }
  html += '</mark>'.repeat(stack.length);
  return html;
}
