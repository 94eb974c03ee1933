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

/**
 * One sweep over the cut points (every start and end): the marks open at a point are kept on a
 * stack with their place in it, so each point costs what changes there, not the number of findings.
 */
export function markedText(text: string, spans: readonly MarkSpan[]): string {
  const valid = spans.filter((s) => s.offset >= 0 && s.endOffset > s.offset && s.endOffset <= text.length).sort(outerFirst);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.offset, s.endOffset])])].sort((a, b) => a - b);
  const endingAt = new Map<number, number[]>();
  valid.forEach((s, i) => {
    const ending = endingAt.get(s.endOffset);
    if (ending) ending.push(i);
    else endingAt.set(s.endOffset, [i]);
  });
  const opened = new Set<string>();
  // Indices into `valid`, outermost first, and where each open one sits in the stack (-1: closed).
  const stack: number[] = [];
  const place = new Array<number>(valid.length).fill(-1);
  let html = '';
  const open = (i: number) => {
    const span = valid[i]!;
    const attributes = Object.entries(span.attributes).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
    html += `<mark${opened.has(span.id) ? '' : ` id="${escapeHtml(span.id)}"`} data-finding="${escapeHtml(span.id)}"${attributes}>`;
    opened.add(span.id);
    place[i] = stack.length;
    stack.push(i);
  };
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const start = cuts[c]!;
    // Close from the lowest mark that ends here; reopen, with those starting here, what still runs.
    let keep = stack.length;
    for (const i of endingAt.get(start) ?? []) if (place[i]! >= 0) keep = Math.min(keep, place[i]!);
    const toOpen: number[] = [];
    while (stack.length > keep) {
      const i = stack.pop()!;
      place[i] = -1;
      html += '</mark>';
      if (valid[i]!.endOffset > start) toOpen.push(i);
    }
    while (next < valid.length && valid[next]!.offset <= start) toOpen.push(next++);
    for (const i of toOpen.sort((a, b) => a - b)) open(i);
    html += escapeHtml(text.slice(start, cuts[c + 1]!));
  }
  html += '</mark>'.repeat(stack.length);
  return html;
}
