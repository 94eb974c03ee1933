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
