/**
 * Linear block splitting for the fast path: cut a document at blank lines into blocks that parse
 * the same on their own as inside the whole document. Aware of what may span blank lines:
 * fenced code, HTML comments and raw-HTML blocks (script/pre/style/textarea), front matter, and
 * indented continuations (which stay with the block above them).
 */
export interface Block {
  start: number;
  end: number;
  /** Not prose at all (front matter): never parsed. */
  skip?: boolean;
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const rawHtmlOpen = /^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i;

/** Blocks of a Markdown document. */
export function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = lineSpans(text);
  let i = 0;
  // Front matter: a first line of --- or +++ up to the matching closing line.
  if (lines.length > 0 && /^(---|\+\+\+)\s*$/.test(lineText(text, lines[0]!))) {
    const marker = lineText(text, lines[0]!).trim();
    let j = 1;
    while (j < lines.length && lineText(text, lines[j]!).trim() !== marker) j++;
    if (j < lines.length) {
      blocks.push({ start: 0, end: lines[j]!.end, skip: true });
      i = j + 1;
    }
  }
  let current: Block | undefined;
  let closer: RegExp | undefined;
  let fence: string | undefined;
  let fencedOnly = false;
  const flush = () => {
    // A block that is one fenced code block and nothing else holds no prose.
    if (current) blocks.push(fencedOnly ? { ...current, skip: true } : current);
    current = undefined;
    fencedOnly = false;
  };
  for (; i < lines.length; i++) {
    const span = lines[i]!;
    const line = lineText(text, span);
    const blank = line.trim() === '';
    if (fence || closer) {
      current!.end = span.end;
      if (fence) {
        const m = fenceOpen.exec(line);
        if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
      } else if (closer!.test(line)) closer = undefined;
      continue;
    }
    if (blank) {
      flush();
      continue;
    }
    const indented = /^( {2,}|\t)/.test(line);
    if (!current) {
      // An indented line after a blank line belongs to the block before it (list continuation,
      // indented code after a paragraph): reopen that block.
      const previous = blocks[blocks.length - 1];
      if (indented && previous && !previous.skip) {
        blocks.pop();
        current = previous;
      } else current = { start: span.start, end: span.end };
    }
    current.end = span.end;
    const fenceMatch = fenceOpen.exec(line);
    fencedOnly = fenceMatch !== null && current.start === span.start;
    if (fenceMatch) fence = fenceMatch[1];
    else if (/<!--/.test(line) && !/<!--[\s\S]*-->/.test(line.slice(line.indexOf('<!--')))) closer = /-->/;
    else {
      const raw = rawHtmlOpen.exec(line);
      if (raw && !new RegExp(`</${raw[1]}>`, 'i').test(line)) closer = new RegExp(`</${raw[1]}>`, 'i');
    }
  }
  flush();
  return blocks;
}

/** Paragraphs of plain text: runs of non-blank lines. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const span of lineSpans(text)) {
    if (lineText(text, span).trim() === '') {
      if (current) blocks.push(current);
      current = undefined;
      continue;
    }
    if (!current) current = { start: span.start, end: span.end };
    current.end = span.end;
  }
  if (current) blocks.push(current);
  return blocks;
}

interface LineSpan {
  start: number;
  /** End of the line's content (before its line break). */
  end: number;
}

function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code === 10 || code === 13 || code === -1) {
      spans.push({ start, end: i });
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return spans;
}

function lineText(text: string, span: LineSpan): string {
  return text.slice(span.start, span.end);
}

/** One item of a list block, for the fast path (see listItemPieces). */
export interface ListItemPiece {
  /** Offsets of the piece in the block. */
  start: number;
  end: number;
  /** Spaces before its marker, taken off each of its lines (as far as a line has them) to parse it alone. */
  indent: number;
}

/** An item's first line: indentation, a marker, 1–4 spaces, text (5 or more would open code in the item). */
const itemLine = /^( *)([-*+]|\d{1,9}[.)])( {1,4})\S/;
/** Lines that open a construct an item piece could cut in two or read differently alone. */
const unsafeLine = /^ *(?:`{3}|~{3}|<|>|\||#)|^ *[-=*_ ]+$/;

/**
 * A list block cut into its items, so that the fast path parses only the items that could hold a
 * finding instead of the whole list (meeting notes are long lists). An item's piece is its first
 * line and the lines after it up to the next item it is cut at; with its indentation taken off, a
 * piece parses alone as its lines parse in the list. It is cut only where that holds:
 * - at bullets and at ordered items numbered 1, which may interrupt a paragraph; "2." on the line
 *   after a paragraph continues that paragraph, so it stays in the piece before it (and a block
 *   where it would join a piece deeper than itself is not cut at all);
 * - only where an item line is indented at most 3 spaces beyond the content of the item line
 *   before it (4 or more would be code or continuation text in the list);
 * - only in blocks without tabs, fences, HTML, block quotes, tables, headings, or lines of rule or
 *   underline characters (thematic breaks, setext headings).
 * Returns undefined for any other block, which is then parsed whole.
 */
export function listItemPieces(block: string): ListItemPiece[] | undefined {
  if (block.includes('\t') || !itemLine.test(block)) return undefined;
  const pieces: ListItemPiece[] = [];
  let previousContent = -1;
  let lineStart = 0;
  while (lineStart <= block.length) {
    const newline = block.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? block.length : newline;
    const line = block.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (unsafeLine.test(line) && line.trim() !== '') return undefined;
    const item = itemLine.exec(line);
    if (item) {
      const indent = item[1]!.length;
      if (indent > (previousContent === -1 ? 3 : previousContent + 3)) return undefined;
      const cuttable = item[2]!.length === 1 || /^0*1[.)]$/.test(item[2]!);
      if (pieces.length === 0 || cuttable) {
        if (pieces.length > 0) pieces[pieces.length - 1]!.end = lineStart - 1;
        pieces.push({ start: lineStart, end: block.length, indent });
      } else if (indent < pieces[pieces.length - 1]!.indent) {
        // "2." under a shallower list than the piece it would join: an item there, but text
        // continuing the piece's last paragraph if parsed with it.
        return undefined;
      }
      previousContent = indent + item[2]!.length + item[3]!.length;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return pieces.length > 1 ? pieces : undefined;
}
