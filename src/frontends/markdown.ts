/**
 * Markdown front-end: remark (CommonMark + GFM + front matter) for structure, and the same
 * mdast → nlcst bridge remark-retext uses (mdast-util-to-nlcst with parse-english) for sentences.
 * Each prose block (paragraph, heading, table cell) is bridged on its own, so that tables are
 * kept (remark-retext drops them) and each block knows whether it sits in a blockquote.
 * Code (fenced and inline), HTML, front matter, link and image targets are not prose.
 */
import type { Link, Nodes, Parents, Root, RootContent } from 'mdast';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { checkDeadline } from '../engine/deadline.js';
import { containerPrefix, normaliseLabel } from '../engine/inline-blanks.js';
import type { Segment } from '../engine/tokens.js';
import { cachedSegments } from './block-cache.js';
import { listItemPieces, markdownBlocks, type Block } from './blocks.js';
import { sentencesToSegments } from './nlcst.js';

/**
 * Decides from a block's raw text whether it could hold a finding (the fast path's trigger index);
 * `plain`: the block is read as plain text, so nothing in it is blanked as Markdown.
 */
export type BlockFilter = (blockText: string, plain?: boolean) => boolean;

/**
 * The parsers, by what they read. CommonMark alone is for text in which no GFM construct can start:
 * it gives the same tree at a fraction of the cost (the autolink scan runs on every text). Front
 * matter only where the file starts: in a block parsed alone further on, `---` is a thematic break
 * or a setext underline, as in the whole document. Without attention, emphasis and strikethrough
 * delimiters stay text (see maxDelimiterRuns).
 */
const processors = new Map<string, Parser>();
function processorFor(gfm: boolean, frontMatter: boolean, attention: boolean): Parser {
  const key = `${gfm} ${frontMatter} ${attention}`;
  let made = processors.get(key);
  if (!made) {
    const chain = unified().use(remarkParse);
    if (gfm) chain.use(remarkGfm);
    if (frontMatter) chain.use(remarkFrontmatter, ['yaml', 'toml']);
    if (!attention) chain.use(withoutAttention);
    processors.set(key, (made = chain));
  }
  return made;
}

interface Parser {
  parse(file: VFile): unknown;
}

/** A remark plugin turning micromark's emphasis and strikethrough off: their delimiters stay text. */
export function withoutAttention(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['attention', 'strikethrough'] } });
}

/**
 * Where a GFM construct could start: a table's delimiter row (a line of only `|`, `:`, `-`, blanks
 * and container marks, with a `|` and a `-`), strikethrough `~`, a footnote `[^`, a task list item,
 * a literal autolink (`www.`, a URL scheme, an e-mail's `@`). Without any, CommonMark and GFM agree.
 */
const gfmTrigger = /^(?=[^\n]*\|)(?=[^\n]*-)[ \t|:>-]+$|~|\[\^|^[ \t>]*(?:[-+*]|\d+[.)])[ \t]+\[[ xX]\]|www\.|https?:|mailto:|xmpp:|@/im;
/** Nodes only GFM makes: a tree that has one was parsed as GFM. */
const gfmOnly = new Set(['table', 'delete', 'footnoteReference', 'footnoteDefinition']);

const plainParser = new ParseEnglish();
/** A block that opens or ends with a line indented as code. */
const indentedCode = /^(?: {4}|[ ]{0,3}\t)|(?:^|\n)(?: {4}|[ ]{0,3}\t)[^\n]*\n?$/;
/** Blocks longer than this (characters) are read as plain text; see parseInto. */
const hugeBlock = 100_000;

/** Blocks whose inline content is prose. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);
/** Subtrees that are never prose. */
const skipped = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'math', 'footnoteDefinition']);

/**
 * Container nesting (blockquote and list markers, and the indentation of a list item) beyond
 * which a block is read as plain text: micromark's time grows with the square of the depth and
 * mdast conversion recurses. Hand-written plans never come near it.
 */
const maxContainerDepth = 100;

/**
 * Emphasis and strikethrough delimiter runs (of `*`, `_` or `~`) in one paragraph beyond which it
 * is parsed with those constructs off, the delimiters staying text. micromark resolves them per
 * paragraph by walking back from each closing run over the paragraph's events and splicing on each
 * match, so its time grows with runs × length: 32,000 runs took 6 s, 64,000 took 48 s. A paragraph
 * at the bound costs little more than one without emphasis, even at 1 MB; one written by hand,
 * however much it is formatted, has tens.
 */
const maxDelimiterRuns = 1000;

/**
 * Openers of inline HTML that micromark scans forward from for their end (`<!--` to `-->`, `<?` to
 * `?>`, `<!` declarations and CDATA to `>`/`]]>`) in one paragraph, beyond which its block is read as
 * plain text: an opener that never closes is scanned to the paragraph's end, so time grows with
 * openers × length (`wage <!-- ` took 0.26 s at 16 KB, 1.1 s at 32 KB). Hand-written text has a few.
 */
const maxHtmlOpeners = 1000;

/**
 * Segments of a Markdown document. With a `filter`, the document is cut into blocks in one linear
 * pass and only blocks that pass the filter are parsed; reference definitions are appended to
 * each parsed block so links resolve as they do in the whole document. A document nested too
 * deeply or with a paragraph of too many delimiter runs is cut into blocks too: a block nested too
 * deeply is read as plain text, one with too many runs is parsed without emphasis.
 */
export function markdownToSegments(text: string, filter?: BlockFilter, tree?: Root, deadline?: number): Segment[] {
  const segments: Segment[] = [];
  // A tree is not used where it read emphasis that the command line reads as text.
  if (tree && !frontMatterMisread(text, tree) && !tooManyDelimiterRuns(text) && !tooManyHtmlOpeners(text)) {
    // A tree someone already parsed (ESLint's): walked as it is, the filter deciding per prose block.
    if (readsAsGfm(text, tree)) walk(tree, text, 0, segments, filter, deadline);
    else reuseCommonMark(text, tree, segments, filter, deadline);
    return segments;
  }
  if ((!filter || unclosedFrontMatter(text)) && !nestedTooDeeply(text) && !tooManyDelimiterRuns(text) && !tooManyHtmlOpeners(text)) {
    parseInto(text, 0, segments);
    return segments;
  }
  const definitions = referenceDefinitions(text);
  let previous: Block | undefined;
  for (const block of markdownBlocks(text)) {
    checkDeadline(deadline);
    const before = previous;
    previous = block;
    if (block.skip) continue;
    const blockText = text.slice(block.start, block.end);
    const plain = nestedTooDeeply(blockText) || tooManyHtmlOpeners(blockText);
    if (filter && !filter(blockText, plain)) continue;
    if (plain) {
      readAsPlainText(blockText, /^[\s>]*>/.test(blockText), segments, block.start);
      continue;
    }
    const attention = !tooManyDelimiterRuns(blockText);
    // micromark reads the block after an indented code block unlike the same block alone (`> *`
    // there is a paragraph, not an empty item): such a block is parsed with the code before it.
    if (before && !before.skip && indentedCode.test(text.slice(before.start, before.end))) {
      const own: Segment[] = [];
      const used = definitions.size > 0 ? definitionsUsedBy(blockText, definitions) : '';
      const source = text.slice(before.start, block.end);
      parseInto(used ? `${source}\n\n${used}` : source, before.start, own, { limit: source.length, attention });
      for (const segment of own) if (segment.start >= block.start) segments.push(segment);
      continue;
    }
    // A long list: only its items that could hold a finding are parsed.
    const pieces = filter && listItemPieces(blockText);
    if (pieces) {
      for (const piece of pieces) {
        if (filter(blockText.slice(piece.start, piece.end))) parseItem(text, block.start + piece.start, block.start + piece.end, piece.indent, definitions, segments, attention);
      }
      continue;
    }
    const used = definitions.size > 0 ? definitionsUsedBy(blockText, definitions) : '';
    parseInto(used ? `${blockText}\n\n${used}` : blockText, block.start, segments, { limit: blockText.length, attention });
  }
  return segments;
}

/**
 * A CommonMark tree of a text that GFM reads differently in places: its top-level blocks with no GFM
 * construct are walked as they are, the others (a table, a bare web address) parsed here as GFM,
 * each alone with the reference definitions it uses, as the block fast path does.
 */
function reuseCommonMark(text: string, tree: Root, segments: Segment[], filter?: BlockFilter, deadline?: number): void {
  const definitions = referenceDefinitions(text);
  for (const child of tree.children) {
    checkDeadline(deadline);
    const place = child.position;
    if (place?.start.offset === undefined || place.end.offset === undefined) continue;
    const slice = text.slice(place.start.offset, place.end.offset);
    if (!gfmTrigger.test(slice)) walk({ type: 'root', children: [child] }, text, 0, segments, filter);
    else if (!filter || filter(slice)) {
      const used = definitions.size > 0 ? definitionsUsedBy(slice, definitions) : '';
      parseInto(used ? `${slice}\n\n${used}` : slice, place.start.offset, segments, { limit: slice.length });
    }
  }
}

/**
 * A file that opens front matter and never closes it: micromark-extension-frontmatter then reads
 * what follows unlike CommonMark (a list after `---` and a blank line becomes one paragraph), so
 * no block can be parsed alone as the file parses it. Such a file is parsed whole.
 */
function unclosedFrontMatter(text: string): boolean {
  const open = /^(---|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!open) return false;
  return !new RegExp(`\\n${open[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|\\r|$)`).test(text.slice(open[0].length - 1));
}

/** Whether a line opens more than maxContainerDepth containers; one linear scan. */
export function nestedTooDeeply(text: string): boolean {
  let depth = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      depth = 0;
      indent = 0;
      continue;
    }
    if (!lineStart) continue;
    if (c === 32 || c === 9) indent += c === 9 ? 4 : 1;
    else if (c === 62 /* > */ || ((c === 45 || c === 42 || c === 43) /* - * + */ && isBlank(text.charCodeAt(i + 1)))) {
      // The indentation before a marker nests it under the items above: about two columns a level.
      depth += 1 + Math.floor(indent / 2);
      indent = 0;
      if (depth > maxContainerDepth) return true;
    } else lineStart = false;
  }
  return false;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || Number.isNaN(code);
}

/**
 * Whether some paragraph may hold more than maxDelimiterRuns delimiter runs; one linear scan. The
 * count starts again only where a paragraph surely ends: at a blank line, and at a line that opens
 * a bullet item or an item numbered 1 (which interrupt a paragraph). Runs in code are counted too:
 * an over-count only turns emphasis off a little early.
 */
export function tooManyDelimiterRuns(text: string): boolean {
  // A run of `*`, `_` or `~` starts where the character before is another.
  return morePerParagraph(text, maxDelimiterRuns, (c, i) => (c === 42 || c === 95 || c === 126) && text.charCodeAt(i - 1) !== c);
}

/** Whether some paragraph may hold more than maxHtmlOpeners `<!` or `<?`; as tooManyDelimiterRuns. */
export function tooManyHtmlOpeners(text: string): boolean {
  return morePerParagraph(text, maxHtmlOpeners, (c, i) => c === 60 && (text.charCodeAt(i + 1) === 33 || text.charCodeAt(i + 1) === 63));
}

/** Whether more than `max` positions of some paragraph are `marked`, counting per paragraph as tooManyDelimiterRuns says. */
function morePerParagraph(text: string, max: number, marked: (code: number, at: number) => boolean): boolean {
  let count = 0;
  let blankLine = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (blankLine || opensItem(text, i + 1)) count = 0;
      blankLine = true;
      continue;
    }
    if (c !== 32 && c !== 9) blankLine = false;
    if (marked(c, i) && ++count > max) return true;
  }
  return false;
}

/** Does the line at `i` open a non-empty bullet item or item numbered 1, at most three spaces in after any quote marks? */
function opensItem(text: string, i: number): boolean {
  let spaces = 0;
  for (; ; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) spaces++;
    else if (c === 62 /* > */ && spaces <= 3) spaces = -1; // the one space after `>` belongs to the mark
    else break;
  }
  if (spaces > 3) return false;
  const c = text.charCodeAt(i);
  if (c === 49 /* 1 */ && (text[i + 1] === '.' || text[i + 1] === ')')) i += 2;
  else if (c === 45 || c === 42 || c === 43) i += 1;
  else return false;
  if (text[i] !== ' ' && text[i] !== '\t') return false;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i < text.length && text[i] !== '\n' && text[i] !== '\r';
}

/** A block's source as plain text: for blocks the Markdown parsers cannot take. */
function readAsPlainText(source: string, inQuote: boolean, segments: Segment[], base: number): void {
  sentencesToSegments(source, plainParser.parse(source), inQuote, segments, base);
}

// `[label]:`, then a destination (or none: it is on the next line), then nothing or a title's start;
// or a footnote definition (`[^label]:` and any text).
const definitionStart = /^ {0,3}(?:\[(\^[^\]\n]+)\]:|\[([^\]\n]+)\]:[ \t]*(?:$|(<[^>\n]*>|[^\s<]\S*)[ \t]*(?:$|["'(])))/;
const bracketed = /\[([^\]\n]+)\]/g;
/** A line after which a new block (so a definition) may start: an ATX heading, a rule, a setext underline. */
const closesBlock = /^ {0,3}(#{1,6}([ \t]|$)|([-*_])([ \t]*\3){2,}[ \t]*$|=+[ \t]*$)/;

/**
 * Reference definitions by normalised label (CommonMark matches labels case-insensitively, and the
 * first definition of a label wins). Only lines where a definition can start are taken: at the
 * start of a block, after another definition or a heading; a definition cannot interrupt a
 * paragraph, and one taken from inside a paragraph would resolve links the document leaves as text.
 * A definition whose destination is on the next line takes that line too.
 */
function referenceDefinitions(text: string): Map<string, string> {
  const definitions = new Map<string, string>();
  const lines = text.split(/\r\n|\r|\n/);
  let canStart = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A definition in a list item or a quote defines its label for the whole document.
    const at = containerPrefix(line);
    const inner = at === 0 ? line : line.slice(at);
    const m = canStart || inner !== line ? definitionStart.exec(inner) : null;
    if (m) {
      let definition = inner;
      if (m[2] !== undefined && m[3] === undefined && i + 1 < lines.length && lines[i + 1]!.trim() !== '') definition += `\n${lines[++i]!.trimStart()}`;
      const label = normaliseLabel(m[1] ?? m[2]!);
      if (!definitions.has(label)) definitions.set(label, definition);
      continue;
    }
    canStart = line.trim() === '' || closesBlock.test(line);
  }
  return definitions;
}

/** The labels the document defines, as the fast path reads its definitions. */
export function referenceLabels(text: string): Set<string> {
  return new Set(referenceDefinitions(text).keys());
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

/**
 * Parse one item of a list (text[start, end)) alone, as blocks.ts's listItemPieces cut it: its lines
 * less `indent` spaces (as many as each has), with the reference definitions it uses; the offsets
 * of its segments are mapped back to the file line by line.
 */
function parseItem(text: string, start: number, end: number, indent: number, definitions: Map<string, string>, segments: Segment[], attention: boolean): void {
  // Per line of the parsed text: where it starts there, where in the file, and how many spaces went.
  const parsedStarts: number[] = [];
  const fileStarts: number[] = [];
  const removed: number[] = [];
  const kept: string[] = [];
  let fileAt = start;
  let parsedAt = 0;
  for (const line of text.slice(start, end).split('\n')) {
    const cut = Math.min(indent, /^ */.exec(line)![0].length);
    parsedStarts.push(parsedAt);
    fileStarts.push(fileAt);
    removed.push(cut);
    kept.push(line.slice(cut));
    fileAt += line.length + 1;
    parsedAt += line.length - cut + 1;
  }
  const source = kept.join('\n');
  const toFile = (offset: number): number => {
    let low = 0;
    let high = parsedStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (parsedStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return fileStarts[low]! + removed[low]! + (offset - parsedStarts[low]!);
  };
  const used = definitions.size > 0 ? definitionsUsedBy(source, definitions) : '';
  const own: Segment[] = [];
  parseInto(used ? `${source}\n\n${used}` : source, 0, own, { atFileStart: start === 0, limit: source.length, attention });
  for (const segment of own) {
    for (const token of segment.tokens) {
      token.start = toFile(token.start);
      token.end = toFile(token.end);
    }
    segment.start = segment.tokens[0]!.start;
    segment.end = segment.tokens[segment.tokens.length - 1]!.end;
    segments.push(segment);
  }
}

/**
 * Parse `source` (which sits at `base` in the file) and add its prose segments. Each prose block is
 * bridged to nlcst on its own slice of the source, since mdast-util-to-nlcst indexes lines from the
 * start of the file it is given on every call (quadratic over a large table otherwise).
 */
function parseInto(source: string, base: number, segments: Segment[], { atFileStart = base === 0, limit = source.length, attention = true }: ParseSpan = {}): void {
  const own = cachedSegments(`${atFileStart ? 'F' : 'I'}${attention ? '' : 'A'}${source}`, base, () => {
    const parser = processorFor(gfmTrigger.test(source), atFileStart, attention);
    const parsed: Segment[] = [];
    walk(parser.parse(new VFile(source)) as Root, source, 0, parsed);
    return parsed;
  });
  // Reference definitions appended after `limit` only resolve links: what they hold is not this block's prose.
  for (const segment of own) if (segment.start < base + limit) segments.push(segment);
}

interface ParseSpan {
  /** The source is the start of the file, where front matter may be (default: at offset 0). */
  atFileStart?: boolean;
  /** Where the block's own text ends in the source (reference definitions may follow). */
  limit?: number;
  /** Read emphasis and strikethrough (default true; false for a block with too many delimiter runs). */
  attention?: boolean;
}

/**
 * Add the prose segments of a tree parsed from `source`, which sits at `base` in the file. The tree
 * is walked with an explicit stack (no recursion on deep trees). With a filter, a prose block that
 * cannot match is not bridged to sentences.
 */
function walk(tree: Root, source: string, base: number, segments: Segment[], filter?: BlockFilter, deadline?: number): void {
  const stack: Array<{ node: Nodes; inQuote: boolean }> = [{ node: tree, inQuote: false }];
  while (stack.length > 0) {
    const { node, inQuote } = stack.pop()!;
    if (skipped.has(node.type)) continue;
    if (proseBlocks.has(node.type)) {
      checkDeadline(deadline);
      const place = node.position;
      if (!filter || (place && filter(source.slice(place.start.offset, place.end.offset)))) readProseBlock(source, node as Parents, inQuote, segments, base);
      continue;
    }
    if ('children' in node) {
      const quote = inQuote || node.type === 'blockquote';
      // Pushed in reverse so that blocks are read in document order.
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as RootContent, inQuote: quote });
    }
  }
}

function readProseBlock(source: string, node: Parents, inQuote: boolean, segments: Segment[], base: number): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const slice = source.slice(start, end);
  if (end - start > hugeBlock) {
    // mdast-util-to-nlcst spreads a block's words into one call and overflows the stack on
    // huge blocks; read such a block's source as plain text instead.
    readAsPlainText(slice, inQuote, segments, base + start);
    return;
  }
  // toNlcst ignores table cells as roots; present a cell to it as a paragraph.
  const block = shiftOffsets(node.type === 'tableCell' ? { ...node, type: 'paragraph' as const } : node, -start);
  const nlcst = toNlcst(block as Parents, new VFile(slice), plainParser);
  sentencesToSegments(slice, nlcst, inQuote, segments, base + start);
}

/**
 * A copy of a (small, inline) subtree whose offsets are moved by `delta`; lines and columns are not
 * used. A link that shows its own address (an autolink, a bare URL) is not prose: it becomes code,
 * which the sentence keeps as a hard break, as the fast path's word scan blanks such addresses.
 */
function shiftOffsets<T extends Nodes>(node: T, delta: number): T {
  if (node.type === 'link' && showsItsAddress(node)) {
    return shiftOffsets({ type: 'inlineCode', value: node.url, position: node.position } as Nodes as T, delta);
  }
  const copy = { ...node } as T & { children?: Nodes[] };
  if (node.position) {
    const { start, end } = node.position;
    copy.position = {
      start: { ...start, offset: start.offset === undefined ? undefined : start.offset + delta },
      end: { ...end, offset: end.offset === undefined ? undefined : end.offset + delta },
    };
  }
  if ('children' in node) copy.children = (node.children as Nodes[]).map((child) => shiftOffsets(child, delta));
  return copy;
}

/** Is the link's text its address ("https://example.org/x", "www.example.org", "a@b.org")? */
function showsItsAddress(link: Link): boolean {
  if (link.children.length !== 1 || link.children[0]!.type !== 'text') return false;
  const text = link.children[0].value;
  return text === link.url || link.url.endsWith(text) && /^(?:[a-z][a-z0-9+.-]*:|www\.)/i.test(link.url);
}

/**
 * Did the tree's parser read front matter as Markdown (it was not told to expect any)? Then the
 * tree is not used: front matter is data, not prose.
 */
function frontMatterMisread(text: string, tree: Root): boolean {
  if (!/^(?:---|\+\+\+)[ \t]*\r?\n/.test(text)) return false;
  const first = tree.children[0]?.type as string | undefined;
  return first !== 'yaml' && first !== 'toml';
}

/**
 * Is the tree what GFM makes of the text? Yes if it has a node only GFM makes, or if the text holds
 * nothing GFM reads differently. Otherwise (a CommonMark tree of text with a table, say) what GFM
 * reads differently is parsed here, as the command line parses it, so that an editor shows the same
 * findings.
 */
function readsAsGfm(text: string, tree: Root): boolean {
  if (!gfmTrigger.test(text)) return true;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (gfmOnly.has(node.type) || (node.type === 'listItem' && typeof node.checked === 'boolean')) return true;
    // A link that opens with neither `[` nor `<` is a literal autolink: only GFM makes those.
    const start = node.position?.start.offset;
    if (node.type === 'link' && start !== undefined && text[start] !== '[' && text[start] !== '<') return true;
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return false;
}
