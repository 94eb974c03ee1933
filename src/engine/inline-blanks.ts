/**
 * The fast path's stage 2 reads a Markdown block's raw words less the inline spans that give no
 * prose words: code spans, HTML comments and tags, autolinks, link and image targets, reference
 * labels, footnote marks, bare web addresses (GFM links them; read as code, see markdown.ts) and
 * entities. Each is replaced by spaces, so the words around it stay as far apart as when parsed.
 *
 * Sound, not exact: a span is blanked only where the parser surely reads it as that span, and
 * where in doubt the text is kept (more words can only make the block parse, never lose a
 * finding). So a code span is blanked only if it closes on its own line; a comment spanning lines
 * only if it opens a line (an HTML block, which may interrupt a paragraph) and closes before a
 * blank or fence line. Constructs are taken left to right, as CommonMark takes code spans and HTML
 * (whichever starts first wins), and backslash escapes are honoured.
 *
 * Hand-written rather than a regular expression: an alternation with lazy scans for `-->` or a
 * closing backtick run rescans to the end of the text from every unclosed opener, which is
 * quadratic in runs of `<!--` or backticks; here each closer is searched for once.
 */

const linkTarget = /\]\(\s*(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/y;
const referenceLabel = /\]\[[^\]\n]*\]/y;
const footnoteMark = /\[\^[^\]\n]*\]/y;
/** An open or closing HTML tag as CommonMark defines one (6.6), on one line. */
const htmlTag = /<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^'\n]*'|"[^"\n]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>/y;
/** A URI autolink (CommonMark 6.5); e-mail autolinks are kept as words (stricter grammar, rare). */
const autolink = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y;
const bareAddress = /(?:https?:\/\/|www\.)[^\s<>]*/y;
const entity = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/y;
const asciiPunctuation = /[!-/:-@[-`{-~]/;
const fenceLine = /^ {0,3}(?:`{3,}|~{3,})/;

export function blankNonProse(block: string): string {
  const out = block.split('');
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
      if (close !== -1 && close <= lineEnds[line]!) {
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
      const end = stickyEnd(linkTarget, block, i) ?? stickyEnd(referenceLabel, block, i);
      if (end !== undefined) {
        blank(i, end);
        i = end;
        continue;
      }
    } else if (c === 91 /* [ */) {
      const end = stickyEnd(footnoteMark, block, i);
      if (end !== undefined) {
        blank(i, end);
        i = end;
        continue;
      }
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
 * spaces before it), on a later line with no blank or fence line between. -1 when none.
 */
function commentEnd(block: string, start: number, lineEnds: number[], line: number, nextClose: (from: number) => number): number {
  const close = nextClose(start + 4);
  if (close === -1) return -1;
  // `<!-->` and `<!--->` close at once (CommonMark 0.31).
  if (block.startsWith('>', start + 4)) return start + 5;
  if (block.startsWith('->', start + 4)) return start + 6;
  if (close <= lineEnds[line]!) return close + 3;
  const lineStart = line === 0 ? 0 : lineEnds[line - 1]! + 1;
  if (!/^ {0,3}$/.test(block.slice(lineStart, start))) return -1;
  for (let l = line + 1; l < lineEnds.length; l++) {
    const from = lineEnds[l - 1]! + 1;
    if (close <= lineEnds[l]!) return close + 3;
    const text = block.slice(from, lineEnds[l]!);
    if (text.trim() === '' || fenceLine.test(text)) return -1;
  }
  return -1;
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
