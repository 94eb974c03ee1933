/**
 * The fast path's stage 2 reads a Markdown block's raw words less the inline spans that give no
 * prose words: code spans, HTML comments and tags, autolinks, link and image targets, reference
 * labels, footnote marks, bare web addresses (GFM links them; read as code, see markdown.ts) and
 * entities. Each is replaced by spaces, so the words around it stay as far apart as when parsed.
 *
 * A span is blanked only where the parser surely reads it as that span: words blanked that the
 * parser keeps could hide a finding, and words kept that the parser drops could push a pattern's
 * elements out of its gaps, so in doubt a block is read as the parser reads it. Links follow
 * CommonMark's bracket matching (6.3): a `]` closes the nearest open `[`, a link deactivates the
 * `[`s before it, and a reference label or footnote mark is blanked only when the document
 * defines it (`labels`, the fast path's own list of definitions). A code span is blanked on one
 * line, or across the lines of one paragraph; a comment spanning lines only if it opens a line (an
 * HTML block, which may interrupt a paragraph) and closes before a blank or fence line. Constructs
 * are taken left to right, as CommonMark takes code spans and HTML (whichever starts first wins),
 * and backslash escapes are honoured.
 *
 * Hand-written rather than a regular expression: an alternation with lazy scans for `-->` or a
 * closing backtick run rescans to the end of the text from every unclosed opener, which is
 * quadratic in runs of `<!--` or backticks; here each closer is searched for once.
 */

const linkTarget = /\]\(\s*(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/y;
const referenceLabel = /^\[([^\]\n]*)\]/;
const footnoteMark = /\[\^[^\]\n]*\]/y;
/** An open or closing HTML tag as CommonMark defines one (6.6), on one line. */
const htmlTag = /<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^'\n]*'|"[^"\n]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>/y;
/** A URI autolink (CommonMark 6.5); e-mail autolinks are kept as words (stricter grammar, rare). */
const autolink = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y;
const bareAddress = /(?:https?:\/\/|www\.)[^\s<>]*/y;
const entity = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/y;
const asciiPunctuation = /[!-/:-@[-`{-~]/;
const fenceLine = /^ {0,3}(?:`{3,}|~{3,})/;

/** Normalised as CommonMark matches labels: trimmed, inner whitespace collapsed, case folded. */
export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function blankNonProse(block: string, labels: ReadonlySet<string> = new Set()): string {
  const out = block.split('');
  /** Open brackets, innermost last: where each `[` is, whether it opens an image, and whether a link inside it closed it off. */
  const openers: Array<{ at: number; image: boolean; active: boolean }> = [];
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  const lineEnds = lineEndsOf(block);
  /** Where the next `-->` of the block starts at or after a position; searched forward only. */
  let closeAt = -2;
  const nextClose = (from: number): number => {
    if (closeAt !== -1 && closeAt < from) closeAt = block.indexOf('-->', from);
    return closeAt;
  };
  /** Backtick runs of each length, in order, with a cursor per length: each run is looked at once. */
  const runs = backtickRuns(block);
  const breaks: { next?: Int32Array } = {};
  let line = 0;
  let i = 0;
  while (i < block.length) {
    while (lineEnds[line]! < i) line++;
    const c = block.charCodeAt(i);
    if (c === 92 /* \ */ && asciiPunctuation.test(block[i + 1] ?? '')) {
      i += 2;
      continue;
    }
    if (c === 96 /* ` */) {
      let n = 1;
      while (block.charCodeAt(i + n) === 96) n++;
      const close = runs.next(n, i + n);
      if (close !== -1 && (close <= lineEnds[line]! || spanContinues(block, lineEnds, line, close, breaks))) {
        blank(i, close + n);
        i = close + n;
      } else i += n;
      continue;
    }
    if (c === 60 /* < */) {
      if (block.startsWith('<!--', i)) {
        const end = commentEnd(block, i, lineEnds, line, nextClose);
        if (end !== -1) {
          blank(i, end);
          i = end;
        } else i += 4;
        continue;
      }
      const end = stickyEnd(autolink, block, i) ?? stickyEnd(htmlTag, block, i);
      if (end !== undefined) {
        blank(i, end);
        i = end;
        continue;
      }
    } else if (c === 93 /* ] */) {
      const opener = openers.pop();
      if (opener?.active) {
        const target = stickyEnd(linkTarget, block, i);
        const label = target === undefined ? referenceLabel.exec(block.slice(i + 1, i + 1000)) : null;
        const text = normaliseLabel(block.slice(opener.at + 1, i));
        // `[text][label]` links when label is defined; `[text][]` when text is.
        const reference = label && labels.has(label[1] === '' ? text : normaliseLabel(label[1]!)) ? i + 1 + label[0].length : undefined;
        const end = target ?? reference;
        if (end !== undefined) {
          blank(i, end);
          // A link cannot contain a link: the brackets open before it no longer make one.
          if (!opener.image) for (const outer of openers) outer.active = false;
          i = end;
          continue;
        }
      }
    } else if (c === 91 /* [ */) {
      const end = stickyEnd(footnoteMark, block, i);
      if (end !== undefined && labels.has(normaliseLabel(block.slice(i + 1, end - 1)))) {
        blank(i, end);
        i = end;
        continue;
      }
      openers.push({ at: i, image: block[i - 1] === '!', active: true });
    } else if ((c === 104 /* h */ || c === 119 /* w */) && !/[\p{L}\p{N}_]/u.test(block[i - 1] ?? '')) {
      const end = stickyEnd(bareAddress, block, i);
      if (end !== undefined) {
        blank(i, end);
        i = end;
        continue;
      }
    } else if (c === 38 /* & */) {
      const end = stickyEnd(entity, block, i);
      if (end !== undefined) {
        blank(i, end);
        i = end;
        continue;
      }
    }
    i++;
  }
  return out.join('');
}

/**
 * The end of a comment opening at `start`: on its own line, or, when it opens the line (up to three
 * spaces and any quote or list markers before it), on a later line with no blank or fence line
 * between. A comment that opens a line starts an HTML block, which runs to the end of the line the
 * comment closes on (CommonMark 4.6, kind 2): then that is the end. -1 when none.
 */
function commentEnd(block: string, start: number, lineEnds: number[], line: number, nextClose: (from: number) => number): number {
  const close = nextClose(start + 4);
  if (close === -1) return -1;
  const lineStart = line === 0 ? 0 : lineEnds[line - 1]! + 1;
  const prefix = block.slice(lineStart, start);
  const opensLine = lineStart + markerPrefix(prefix) === start;
  // In an item or a quote, which lines continue the HTML block depends on their indentation and
  // markers: a comment there is blanked only if it closes on its line.
  const contained = opensLine && prefix.trim() !== '';
  // `<!-->` and `<!--->` close at once (CommonMark 0.31).
  const closesAtOnce = block.startsWith('>', start + 4) ? start + 5 : block.startsWith('->', start + 4) ? start + 6 : -1;
  if (closesAtOnce !== -1) return opensLine ? lineEnds[line]! : closesAtOnce;
  if (close <= lineEnds[line]!) return opensLine ? lineEnds[line]! : close + 3;
  if (!opensLine || contained) return -1;
  for (let l = line + 1; l < lineEnds.length; l++) {
    const from = lineEnds[l - 1]! + 1;
    if (close <= lineEnds[l]!) return lineEnds[l]!;
    const text = block.slice(from, lineEnds[l]!);
    if (text.trim() === '' || fenceLine.test(text)) return -1;
  }
  return -1;
}

/**
 * How much of a line's start is quote and list markers, with up to three spaces before each: taken
 * one at a time, since one regular expression for the whole run would backtrack.
 */
export function containerPrefix(line: string): number {
  containerMarker.lastIndex = 0;
  let at = 0;
  while (containerMarker.exec(line) && containerMarker.lastIndex > at) at = containerMarker.lastIndex;
  return at;
}

/** The container markers of a line's start and up to three spaces after them: where its construct starts. */
export function markerPrefix(line: string): number {
  const at = containerPrefix(line);
  // Up to three more spaces before the construct itself.
  const spaces = /^ {0,3}/.exec(line.slice(at))![0].length;
  return at + spaces;
}

/** Lines that end a paragraph or open another block: a code span cannot run across them. */
// At any indentation: inside a list item a line's own indentation says little, and in doubt the
// span's words are kept.
// Only a list item that may interrupt a paragraph: not empty, and numbered 1 if numbered.
const opensNestedBlock = /^[ \t]*(?:[>#|<]|`{3,}(?![^`]*`)|~{3,}|(?:[-*+]|0{0,8}1[.)])[ \t]+\S)|^[ \t]*$|^ *[-=*_ \t]+$/;
/** The same in a block with no list or quote: there a line indented four spaces continues the paragraph. */
const opensTopLevelBlock = /^ {0,3}(?:[>#|<]|`{3,}(?![^`]*`)|~{3,}|(?:[-*+]|0{0,8}1[.)])[ \t]+\S)|^[ \t]*$|^ {0,3}[-=*_][-=*_ \t]*$/;
const anyContainer = /^ {0,3}(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])/m;
/** Quote and list markers opening a line, one at a time. */
const containerMarker = / {0,3}(?:> ?|(?:[-*+]|\d{1,9}[.)])(?: {1,4}|$))/y;

/**
 * Whether a code span opening on `line` and closing at `close` on a later line is one span to the
 * parser: it is inside one paragraph, so when its first line is not a heading or table row and
 * every later line up to the closer's continues that paragraph. `breaks` caches, per line, the
 * first line at or after it that opens a block, so each test is a lookup.
 */
function spanContinues(block: string, lineEnds: number[], line: number, close: number, breaks: { next?: Int32Array }): boolean {
  const start = line === 0 ? 0 : lineEnds[line - 1]! + 1;
  const first = block.slice(start, lineEnds[line]!);
  // The first line must be a paragraph's: not indented code, a heading, a table row, HTML, or a fence.
  if (/^ {4}|\t|\|/.test(first)) return false;
  if (/^(?:[#<]| |`{3,}(?![^`]*`)|~{3})/.test(first.slice(markerPrefix(first)))) return false;
  const next = (breaks.next ??= blockBreaks(block, lineEnds));
  let closeLine = line;
  for (let low = line, high = lineEnds.length - 1; low <= high; ) {
    const mid = (low + high) >> 1;
    if (lineEnds[mid]! < close) low = mid + 1;
    else {
      closeLine = mid;
      high = mid - 1;
    }
  }
  return next[line + 1]! > closeLine;
}

function blockBreaks(block: string, lineEnds: number[]): Int32Array {
  const next = new Int32Array(lineEnds.length + 1).fill(lineEnds.length);
  const opensBlock = anyContainer.test(block) ? opensNestedBlock : opensTopLevelBlock;
  for (let l = lineEnds.length - 1; l >= 0; l--) {
    const from = l === 0 ? 0 : lineEnds[l - 1]! + 1;
    next[l] = opensBlock.test(block.slice(from, lineEnds[l]!)) ? l : next[l + 1]!;
  }
  return next;
}

function stickyEnd(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text) ? pattern.lastIndex : undefined;
}

/** Offsets of each line's end (its `\n`, or the text's length for the last line). */
function lineEndsOf(text: string): number[] {
  const ends: number[] = [];
  let at = text.indexOf('\n');
  while (at !== -1) {
    ends.push(at);
    at = text.indexOf('\n', at + 1);
  }
  ends.push(text.length);
  return ends;
}

/** Backtick runs by length; `next(n, from)` gives the first run of exactly n at or after `from`. */
function backtickRuns(text: string): { next(n: number, from: number): number } {
  const byLength = new Map<number, { starts: number[]; cursor: number }>();
  for (let i = text.indexOf('`'); i !== -1; ) {
    let n = 1;
    while (text.charCodeAt(i + n) === 96) n++;
    let entry = byLength.get(n);
    if (!entry) byLength.set(n, (entry = { starts: [], cursor: 0 }));
    entry.starts.push(i);
    i = text.indexOf('`', i + n);
  }
  return {
    next(n, from) {
      const entry = byLength.get(n);
      if (!entry) return -1;
      while (entry.cursor < entry.starts.length && entry.starts[entry.cursor]! < from) entry.cursor++;
      return entry.cursor < entry.starts.length ? entry.starts[entry.cursor]! : -1;
    },
  };
}
