/**
 * Markdown front-end: remark (CommonMark + GFM + front matter) for structure, and the same
 * mdast → nlcst bridge remark-retext uses (mdast-util-to-nlcst with parse-english) for sentences.
 * Each prose block (paragraph, heading, table cell) is bridged on its own, so that tables are
 * kept (remark-retext drops them) and each block knows whether it sits in a blockquote.
 * Code (fenced and inline), HTML, front matter, link and image targets are not prose.
 */
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Segment } from '../engine/tokens.js';
import { sentencesToSegments } from './nlcst.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Blocks whose inline content is prose. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);
/** Subtrees that are never prose. */
const skipped = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'math', 'footnoteDefinition']);

export function markdownToSegments(text: string): Segment[] {
  const file = new VFile(text);
  const tree = processor.parse(file) as Root;
  const segments: Segment[] = [];
  const walk = (node: Nodes, inQuote: boolean) => {
    if (skipped.has(node.type)) return;
    if (proseBlocks.has(node.type)) {
      if (!node.position) return;
      // toNlcst ignores table cells as roots; present a cell to it as a paragraph.
      const block = node.type === 'tableCell' ? { ...node, type: 'paragraph' as const } : node;
      const nlcst = toNlcst(block as Parents, file, ParseEnglish);
      sentencesToSegments(text, nlcst, inQuote, segments);
      return;
    }
    if ('children' in node) {
      const quote = inQuote || node.type === 'blockquote';
      for (const child of node.children as RootContent[]) walk(child, quote);
    }
  };
  walk(tree, false);
  return segments;
}
