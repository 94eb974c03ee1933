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
import { markdownBlocks } from './blocks.js';
import { sentencesToSegments } from './nlcst.js';

/** Decides from a block's raw text whether it could hold a finding (the fast path's trigger index). */
export type BlockFilter = (blockText: string) => boolean;

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

const plainParser = new ParseEnglish();
/** Blocks longer than this (characters) are read as plain text; see parseInto. */
const hugeBlock = 100_000;

/** Blocks whose inline content is prose. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);
/** Subtrees that are never prose. */
const skipped = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'math', 'footnoteDefinition']);

/**
 * Segments of a Markdown document. With a `filter`, the document is cut into blocks in one linear
 * pass and only blocks that pass the filter are parsed; reference definitions are appended to
 * each parsed block so links resolve as they do in the whole document.
 */
export function markdownToSegments(text: string, filter?: BlockFilter): Segment[] {
  const segments: Segment[] = [];
  if (!filter) {
    parseInto(text, 0, segments);
    return segments;
  }
  const definitions = referenceDefinitions(text);
  for (const block of markdownBlocks(text)) {
    if (block.skip) continue;
    const blockText = text.slice(block.start, block.end);
    if (!filter(blockText)) continue;
    const used = definitions.size > 0 ? definitionsUsedBy(blockText, definitions) : '';
    parseInto(used ? `${blockText}\n\n${used}` : blockText, block.start, segments);
  }
  return segments;
}

const definitionLine = /^ {0,3}\[([^\]\n]+)\]:[^\n]*$/gm;
const bracketed = /\[([^\]\n]+)\]/g;

/** Reference definitions by normalised label (CommonMark matches labels case-insensitively). */
function referenceDefinitions(text: string): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const m of text.matchAll(definitionLine)) definitions.set(normaliseLabel(m[1]!), m[0]);
  return definitions;
}

function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The definitions a block refers to (`[text][label]`, `[label][]`, `[label]`), so that links in
 * it resolve as in the whole document without parsing every definition with every block.
 */
function definitionsUsedBy(block: string, definitions: Map<string, string>): string {
  const used = new Set<string>();
  for (const m of block.matchAll(bracketed)) {
    const definition = definitions.get(normaliseLabel(m[1]!));
    if (definition) used.add(definition);
  }
  return [...used].join('\n');
}

/** Parse `source` (which sits at `base` in the file) and add its prose segments. */
function parseInto(source: string, base: number, segments: Segment[]): void {
  const file = new VFile(source);
  const tree = processor.parse(file) as Root;
  const walk = (node: Nodes, inQuote: boolean) => {
    if (skipped.has(node.type)) return;
    if (proseBlocks.has(node.type)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      if (end - start > hugeBlock) {
        // mdast-util-to-nlcst spreads a block's words into one call and overflows the stack on
        // huge blocks; read such a block's source as plain text instead.
        const slice = source.slice(start, end);
        sentencesToSegments(slice, plainParser.parse(slice), inQuote, segments, base + start);
        return;
      }
      // toNlcst ignores table cells as roots; present a cell to it as a paragraph.
      const block = node.type === 'tableCell' ? { ...node, type: 'paragraph' as const } : node;
      const nlcst = toNlcst(block as Parents, file, ParseEnglish);
      sentencesToSegments(source, nlcst, inQuote, segments, base);
      return;
    }
    if ('children' in node) {
      const quote = inQuote || node.type === 'blockquote';
      for (const child of node.children as RootContent[]) walk(child, quote);
    }
  };
  walk(tree, false);
}
