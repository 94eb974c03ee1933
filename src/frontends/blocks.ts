/**
 * Linear block splitting for the fast path: cut a document at blank lines into blocks that parse
 * the same on their own as inside the whole document. Aware of what may span blank lines:
 * fenced code, HTML comments and raw-HTML blocks (script/pre/style/textarea), front matter, and
 * indented continuations (which stay with the block above them).
 */
import { markerPrefix } from '../engine/inline-blanks.js';

export interface Block {
  start: number;
  end: number;
  /** Not prose at all (front matter): never parsed. */
  skip?: boolean;
}

/** A fence opener; a backtick fence's info string may not hold a backtick (CommonMark 4.5), or it is no fence. */
const fenceOpen = /^ {0,3}(`{3,}(?![^`]*`)|~{3,})/;
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
  /** The block opens with a comment at the top level: unclosed, it is HTML to the end of the file. */
  let opensWithComment = false;
  const flush = () => {
    // A block that is one fenced code block and nothing else holds no prose.
    if (current) blocks.push(fencedOnly ? { ...current, skip: true } : current);
    current = undefined;
    fencedOnly = false;
    opensWithComment = false;
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
      } else if (closer!.test(line)) {
        closer = undefined;
        opensWithComment = false;
      }
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
    // Only a comment that opens its line starts an HTML block that may run past a blank line; one
    // after text is inline and ends with its paragraph.
    else if (line.startsWith('<!--', markerPrefix(line)) && !line.includes('-->', markerPrefix(line) + 4)) {
      closer = /-->/;
      opensWithComment = current.start === span.start && /^ {0,3}<!--/.test(line);
    }
    else {
      const raw = rawHtmlOpen.exec(line);
      if (raw && !new RegExp(`</${raw[1]}>`, 'i').test(line)) closer = new RegExp(`</${raw[1]}>`, 'i');
    }
  }
  // A comment that never closes, opened at the top level, makes the rest an HTML block: no prose.
  if (closer && opensWithComment) fencedOnly = true;
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
const itemLine = /^( *)([-*+]|(\d{1,9})[.)])( {1,4})\S/;
/** A line that starts with a list marker in any form (also empty items, or code right after the marker). */
const markerLine = /^ *(?:[-*+]|\d{1,9}[.)])(?: |$)/;
/** Lines that open a construct an item piece could cut in two or read differently alone. */
const unsafeLine = /^ *(?:`{3}|~{3}|<|>|\||#)|^ *[-=*_ ]+$/;

interface OpenItem {
  /** The column its content starts at. */
  content: number;
  /** Its marker's kind: the bullet character, or the delimiter of an ordered item. */
  kind: string;
}

/**
 * A list block cut into its items, so that the fast path parses only the items that could hold a
 * finding instead of the whole list (meeting notes are long lists). An item's piece is its first
 * line and the lines after it up to the next item; with its indentation taken off, a piece parses
 * alone as its lines parse in the list. It is cut only where that holds, so the block is read as
 * CommonMark reads it: a stack of the open items, each line's marker taken as an item only in the
 * item (or list) whose content column it reaches, at most 3 columns in; an item that would open a
 * new list under an open paragraph must be a bullet or number 1 (else it is text, and the block
 * is not cut). Only in blocks without blank lines, tabs, fences, HTML, block quotes, tables,
 * headings, lines of rule or underline characters, empty items or code right after a marker:
 * then every line is an item's first line or continues a paragraph.
 * Returns undefined for any other block, which is then parsed whole.
 */
export function listItemPieces(block: string): ListItemPiece[] | undefined {
  if (block.includes('\t') || !itemLine.test(block)) return undefined;
  const pieces: ListItemPiece[] = [];
  const open: OpenItem[] = [];
  let lineStart = 0;
  while (lineStart <= block.length) {
    const newline = block.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? block.length : newline;
    const line = block.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line.trim() === '' || unsafeLine.test(line)) return undefined;
    const item = itemLine.exec(line);
    if (!item && markerLine.test(line)) return undefined;
    if (item) {
      // The item's own first line may open a construct too (`1. ---`, `- # title`, `1) <b>`).
      const content = line.slice(item[0].length - 1);
      if (unsafeLine.test(content) || markerLine.test(content)) return undefined;
      const indent = item[1]!.length;
      const marker = item[2]!;
      const kind = item[3] === undefined ? marker : marker.slice(-1);
      // Close the items this line is not indented into; the last closed is its sibling, if any.
      let sibling: OpenItem | undefined;
      while (open.length > 0 && open[open.length - 1]!.content > indent) sibling = open.pop();
      const parentContent = open.length > 0 ? open[open.length - 1]!.content : 0;
      // Four columns into its container: paragraph text, not an item.
      if (indent - parentContent > 3) return undefined;
      // Not continuing a list of its kind: it opens one under an open paragraph (any line but the first).
      const opensList = sibling?.kind !== kind && pieces.length > 0;
      if (opensList && item[3] !== undefined && Number(item[3]) !== 1) return undefined;
      if (pieces.length > 0) pieces[pieces.length - 1]!.end = lineStart - 1;
      pieces.push({ start: lineStart, end: block.length, indent });
      open.push({ content: indent + marker.length + item[4]!.length, kind });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return pieces.length > 1 ? pieces : undefined;
}
