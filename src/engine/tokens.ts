/**
 * Tokens and segments: what every front-end produces and every rule reads.
 * A segment is one sentence of prose or one element of code (a name, a key with its value);
 * its tokens carry exact offsets into the linted file.
 */
import { createRequire } from 'node:module';
import type Lemmatizer from 'wink-lemmatizer';
import { numberWords } from '../lexicon/classes.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  /** Surface text as written. */
  text: string;
  /** Lower-case, typographic apostrophes made plain. */
  lower: string;
  /** Base forms the token can stand for (itself, noun and verb lemmas). */
  lemmas: readonly string[];
  kind: TokenKind;
  /** 0-based offsets in the file. */
  start: number;
  end: number;
  /** True when no white space separates this token from the previous one (hyphens, camelCase). */
  joined: boolean;
  /** Index of the clause within the segment; scopes do not cross clauses. */
  clause: number;
  /** Set by context analysis. */
  quoted: boolean;
  negated: boolean;
  attributed: boolean;
  /** Structural tags of the token's segment (see Segment.tags); absent in prose. */
  tags?: readonly string[];
}

export type SegmentSource = 'prose' | 'code';

export interface Segment {
  tokens: Token[];
  /** 0-based offsets in the file. */
  start: number;
  end: number;
  source: SegmentSource;
  /** The whole segment is quoted material (a blockquote). */
  quoted: boolean;
  /** The segment is a question, reported in the past, or otherwise not a proposal. */
  mood: 'proposal' | 'question' | 'past';
  /**
   * Structural facts no word carries, set by the code and data front-ends (`assignment-map`,
   * `rate`, `per-member-sum`, `multiply`); patterns test them with `#tag`.
   */
  tags: readonly string[];
}

const require = createRequire(import.meta.url);
let lemmatizer: typeof Lemmatizer | undefined;
/** WordNet's lemmatizer, loaded on first use: its lexicon takes a third of a second to load, which a cached run need not pay. */
function wordNet(): typeof Lemmatizer {
  return (lemmatizer ??= require('wink-lemmatizer') as typeof Lemmatizer);
}

let wordNetWords: Record<string, unknown> | undefined;
/** Whether WordNet lists the word as a lemma of its own (wink-lexicon's index of WordNet, which the lemmatizer reads). */
export function isWordNetWord(lower: string): boolean {
  wordNetWords ??= require('wink-lexicon/src/wn-words.js') as Record<string, unknown>;
  return Object.hasOwn(wordNetWords, lower);
}

const lemmaCache = new Map<string, readonly string[]>();
/** Two-letter forms WordNet would be asked about but the length guard below skips. */
const shortForms: Record<string, string> = { is: 'be', am: 'be' };

/** Base forms of a lower-case word: the word, its noun lemma, its verb lemma, a plain `-s` strip. */
export function lemmasOf(lower: string): readonly string[] {
  const cached = lemmaCache.get(lower);
  if (cached) return cached;
  const forms = new Set<string>([lower]);
  const short = shortForms[lower];
  if (short) forms.add(short);
  if (/^[a-z][a-z'-]*$/.test(lower) && lower.length > 2) {
    forms.add(wordNet().noun(lower));
    forms.add(wordNet().verb(lower));
    // Possessives: "member's", "members'", "an hour's work".
    if (/'s?$/.test(lower) && lower.length > 3) {
      const bare = lower.replace(/'s?$/, '');
      for (const form of lemmasOf(bare)) forms.add(form);
    }
    // Words WordNet does not know ("timesheets", "KPIs"): take the plural -s off.
    if (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3) forms.add(lower.slice(0, -1));
  }
  const result = [...forms];
  if (lemmaCache.size > 50_000) lemmaCache.clear();
  lemmaCache.set(lower, result);
  return result;
}

const numberWordSet = new Set(numberWords);

/** Normalise a word: lower case, typographic apostrophes and quotes made plain. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[’‘`´]/g, "'");
}

export function isNumberToken(token: Pick<Token, 'kind' | 'lower'>): boolean {
  return token.kind === 'number' || numberWordSet.has(token.lower);
}

/** Make a token from its surface text and offsets. */
export function makeToken(text: string, start: number, kind: TokenKind, joined: boolean): Token {
  const lower = normalize(text);
  const isNumber = kind === 'word' && /^[0-9][0-9.,:/_]*(?:st|nd|rd|th|k|%)?$/i.test(text);
  const finalKind: TokenKind = isNumber ? 'number' : kind;
  return {
    text,
    lower,
    lemmas: finalKind === 'word' ? lemmasOf(lower) : [lower],
    kind: finalKind,
    start,
    end: start + text.length,
    joined,
    clause: 0,
    quoted: false,
    negated: false,
    attributed: false,
  };
}

/** A segment of tokens. Tags are also stamped on its tokens, so a word stream built from them sees them. */
export function makeSegment(tokens: Token[], source: SegmentSource, quoted = false, tags: readonly string[] = []): Segment {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (tags.length > 0) for (const token of tokens) token.tags = tags;
  return {
    tokens,
    start: first ? first.start : 0,
    end: last ? last.end : 0,
    source,
    quoted,
    mood: 'proposal',
    tags,
  };
}

/** A word: letters and digits of any script, with inner apostrophes followed by letters ("member's"). */
export const wordSource = String.raw`[\p{L}\p{N}]+(?:['’][\p{L}]+)*`;
/** A word or one other visible character. */
const plainToken = new RegExp(`(${wordSource})|([^\\s\\p{L}\\p{N}])`, 'gu');
const symbolCharacter = /[$€£%&+=<>#@]/;

/**
 * Split running text into tokens by a plain scan: words (letters, digits, inner apostrophes),
 * punctuation and symbols. Used for code strings and names, and for the words of each nlcst node.
 * `base` is the offset of `text` in the file; `previousEnd`, where the token before it ended (its
 * first token is joined to that one when they touch).
 */
export function tokenizePlain(text: string, base: number, previousEnd = -1): Token[] {
  const tokens: Token[] = [];
  // One expression for every call, run with exec: matchAll would copy it each time, and this runs
  // once per word of every sentence. Nothing called in the loop tokenizes.
  plainToken.lastIndex = 0;
  for (let m = plainToken.exec(text); m !== null; m = plainToken.exec(text)) {
    const start = base + m.index;
    const joined = start === previousEnd;
    if (m[1] !== undefined) tokens.push(makeToken(m[1], start, 'word', joined));
    else tokens.push(makeToken(m[2]!, start, symbolCharacter.test(m[2]!) ? 'symbol' : 'punct', joined));
    previousEnd = start + m[0].length;
  }
  return tokens;
}
