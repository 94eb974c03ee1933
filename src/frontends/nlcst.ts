/**
 * nlcst → segments: one segment per sentence, its words re-tokenised from their exact source
 * spans (so a word that swallowed a trailing dot, nlcst#4, still matches, and hyphenated words
 * split into their parts). Inline code (SourceNode) is not prose: it stands as a hard break.
 */
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';
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

function sentenceTokens(text: string, children: SentenceContent[], base: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const child of children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (child.type === 'WhiteSpaceNode') continue;
    if (child.type === 'SourceNode') {
      tokens.push(makeToken('`', base + start, 'punct', false));
      previousEnd = end;
      continue;
    }
    const slice = text.slice(start, end);
    const parts = tokenizePlain(slice, base + start);
    if (parts.length > 0) parts[0] = { ...parts[0]!, joined: start === previousEnd };
    for (const part of parts) tokens.push(part);
    previousEnd = end;
  }
  return tokens;
}
