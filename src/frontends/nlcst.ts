/**
 * nlcst → segments: one segment per sentence, its words re-tokenised from their exact source
 * spans (so a word that swallowed a trailing dot, nlcst#4, still matches, and hyphenated words
 * split into their parts). Inline code (SourceNode) is not prose: it stands as a hard break.
 */
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { makeSegment, makeToken, tokenizePlain, type Segment, type Token } from '../engine/tokens.js';

/**
 * `text` is what the nlcst positions index into; `base` is that text's offset in the file
 * (non-zero when a block was parsed on its own by the fast path).
 */
export function sentencesToSegments(text: string, root: Root | Paragraph, quoted: boolean, out: Segment[], base = 0): void {
  const visit = (node: Root | Paragraph | Sentence) => {
    if (node.type === 'SentenceNode') {
      const tokens = sentenceTokens(text, node.children, base);
      if (tokens.some((t) => t.kind === 'word')) out.push(makeSegment(tokens, 'prose', quoted));
      return;
    }
    for (const child of node.children) {
      if (child.type === 'ParagraphNode' || child.type === 'SentenceNode') visit(child);
    }
  };
  visit(root);
}

/**
 * nlcst positions drift inside a Markdown text node that spans indented lines (list items,
 * blockquotes): mdast strips the indentation from the value and mdast-util-to-nlcst counts offsets
 * in the value. So each node is placed by finding its text in the source at or after its reported
 * offset and after the previous node, within a short window; only where it is not found (an
 * entity or escape changed it) is the reported offset kept.
 */
const alignmentWindow = 400;

function locate(text: string, value: string, hint: number, cursor: number): number {
  if (text.startsWith(value, hint) && hint >= cursor) return hint;
  const from = Math.max(cursor, hint);
  const found = text.indexOf(value, from);
  return found !== -1 && found - from <= alignmentWindow ? found : hint;
}

function sentenceTokens(text: string, children: SentenceContent[], base: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  let cursor = 0;
  for (const child of children) {
    const hint = child.position?.start.offset;
    if (hint === undefined || child.type === 'WhiteSpaceNode') continue;
    const value = toString(child);
    const start = locate(text, value, hint, cursor);
    const end = start + value.length;
    cursor = Math.max(cursor, end);
    if (child.type === 'SourceNode') {
      tokens.push(makeToken('`', base + start, 'punct', false));
      previousEnd = end;
      continue;
    }
    const parts = tokenizePlain(text.slice(start, end), base + start, start === previousEnd ? base + start : -1);
    for (const part of parts) tokens.push(part);
    previousEnd = end;
  }
  return tokens;
}
