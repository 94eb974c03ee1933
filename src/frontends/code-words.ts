/**
 * Words inside code and data, with exact file offsets: names split at case and separator changes,
 * string literals cooked with a map back to their source characters, and prose (comments, long
 * strings) handed to the plain-text front-end and shifted back into the file.
 */
import { makeToken, type Segment, type Token } from '../engine/tokens.js';
import { textToSegments } from './text.js';

/**
 * One word of a name: an acronym before a capitalised word (`HTTP` in `HTTPServer`), a plural
 * acronym (`KPIs`), a capitalised or lower-case word, an acronym, or a run of digits.
 */
const namePart = /\p{Lu}{2,}s(?![\p{Ll}])|\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+|[\p{L}\p{M}]+/gu;

/**
 * Split a name (`hoursPerShift`, `daily_quota`, `LABOR_VOUCHER`, `kebab-case`, `shift2Hours`)
 * into word tokens. Words after the first are `joined`: one name, no white space between.
 * `base` is the offset of `name` in the file.
 */
export function splitName(name: string, base: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const m of name.matchAll(namePart)) {
    const start = base + m.index;
    // Parts of one name are joined; words a key separates by spaces ("hours per shift") are not.
    const joined = tokens.length > 0 && !/\s/.test(name.slice(previousEnd - base, m.index));
    tokens.push(makeToken(m[0], start, 'word', joined));
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** A string's cooked text and, for each cooked character, its offset in the file. */
export interface CookedText {
  text: string;
  /** offsets[i] is the file offset of text[i]; offsets[text.length] is the end of the source span. */
  offsets: number[];
}

const simpleEscapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * Cook the raw source of a JavaScript/JSON string body (between its quotes) at `base`, keeping
 * where each character came from: `\n` becomes a line break, `\'` a quote, `\u00e9` an é,
 * a line continuation nothing.
 */
export function cookString(raw: string, base: number): CookedText {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const c = raw[i]!;
    if (c !== '\\' || i + 1 >= raw.length) {
      text += c;
      offsets.push(base + i);
      i++;
      continue;
    }
    const next = raw[i + 1]!;
    const unicode = /^u\{([0-9a-fA-F]+)\}|^u([0-9a-fA-F]{4})|^x([0-9a-fA-F]{2})/.exec(raw.slice(i + 1));
    let cooked: string;
    let length: number;
    if (unicode) {
      cooked = String.fromCodePoint(Number.parseInt(unicode[1] ?? unicode[2] ?? unicode[3]!, 16));
      length = 1 + unicode[0].length;
    } else if (next === '\r' || next === '\n') {
      cooked = '';
      length = next === '\r' && raw[i + 2] === '\n' ? 3 : 2;
    } else {
      cooked = simpleEscapes[next] ?? next;
      length = 2;
    }
    for (const ch of cooked) {
      text += ch;
      offsets.push(base + i);
      // A character outside the BMP takes two code units; both come from the same escape.
      if (ch.length === 2) offsets.push(base + i);
    }
    i += length;
  }
  offsets.push(base + raw.length);
  return { text, offsets };
}

/** Raw text taken as it stands (comments, YAML plain scalars): offsets run one to one. */
export function uncooked(raw: string, base: number): CookedText {
  return { text: raw, offsets: Array.from({ length: raw.length + 1 }, (_, i) => base + i) };
}

/** Move a token from cooked coordinates to file coordinates. */
function relocate(token: Token, offsets: readonly number[]): Token {
  const start = offsets[token.start]!;
  const end = offsets[token.end - 1]! + 1;
  return { ...token, start, end };
}

/** Sentences of prose inside code (a comment, a long string), with file offsets. */
export function proseSegments(cooked: CookedText): Segment[] {
  const segments = textToSegments(cooked.text);
  for (const segment of segments) {
    segment.tokens = segment.tokens.map((t) => relocate(t, cooked.offsets));
    segment.start = segment.tokens[0]?.start ?? segment.start;
    segment.end = segment.tokens[segment.tokens.length - 1]?.end ?? segment.end;
  }
  return segments;
}

/** The words of a short string value (`'central-committee'`, `'at cost'`), with file offsets. */
export function valueTokens(cooked: CookedText): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
  let previousEnd = -1;
  for (const m of cooked.text.matchAll(re)) {
    const word = /[\p{L}\p{N}]/u.test(m[0]);
    const parts = word ? splitName(m[0], m.index) : [makeToken(m[0], m.index, 'punct', m.index === previousEnd)];
    if (parts.length > 0) parts[0] = { ...parts[0]!, joined: m.index === previousEnd };
    tokens.push(...parts.map((t) => relocate(t, cooked.offsets)));
    previousEnd = m.index + m[0].length;
  }
  return tokens;
}

/**
 * A string is prose (linted as sentences) when it reads as running text: three words or more with
 * white space between them. Shorter strings are values (`'central-committee'`, `'Ana'`).
 */
export function isProse(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length >= 3 && /\p{L}\s+\p{L}/u.test(text);
}

/** A stray comma or line break between values, so that patterns do not run across them. */
export function separator(offset: number): Token {
  return makeToken(',', offset, 'punct', false);
}
