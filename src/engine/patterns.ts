/**
 * The pattern language rules are written in, compiled once and matched over a segment's words.
 *
 *   word          the word in any inflection (`hour` matches "hours"; write base forms)
 *   a|b|c         any of the alternatives (one word each)
 *   (a b|c d)     any of the phrases; `(...)?` the phrase is optional. No nesting.
 *   =word         exactly this word, no inflection
 *   pre*          any word starting with `pre`
 *   @class        a word of a class in src/lexicon/classes.ts; `@num` any number, `@any` any word
 *   ..N           up to N words in between (not across a clause break)
 *   x?            the element is optional
 *   #tag          the segment carries this structural tag (code and data only); matches no word
 *
 * Elements written next to each other must be next to each other in the text (hyphens, slashes
 * and apostrophes between them are fine, commas are not). Matching is linear in the segment for a
 * fixed pattern: gaps are bounded and there is no nesting.
 *
 * Tags are facts of structure that no word carries, set by the code and data front-ends:
 *   #assignment-map   an object or map from people to fixed posts or days (or the reverse)
 *   #rate             a quantity divided by time or by people (output per hour, per member)
 *   #per-member-sum   a running total kept per person (`totals[member] += hours`)
 *   #multiply         two named quantities multiplied (`hours * rate`, `qty * unitPrice`)
 * A `#tag` may stand anywhere in a pattern; it is a condition on the segment. A pattern of tags only
 * matches the segment once, from its first word to its last.
 */
import { wordClasses } from '../lexicon/classes.js';
import { isNumberToken, lemmasOf, type Token } from './tokens.js';

export interface Alternative {
  exact?: string;
  base?: string;
  prefix?: string;
  wordClass?: ReadonlySet<string>;
  exactClass?: ReadonlySet<string>;
  number?: boolean;
  any?: boolean;
}

/** A word element: its alternatives as written, and merged into sets for matching. */
export interface WordElement {
  kind: 'word';
  alternatives: Alternative[];
  optional: boolean;
  /** Base forms and class lemmas: matched against a token's lemmas. */
  lemmas: ReadonlySet<string>;
  /** Exact forms (`=word`, exact class entries): matched against a token's lower-case form. */
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
  number: boolean;
  any: boolean;
}

export type Element = WordElement | { kind: 'gap'; max: number };

export interface CompiledPattern {
  source: string;
  elements: Element[];
  /** `#tag`s the segment must carry. */
  tags: readonly string[];
  /** Lemmas or exact words one of which the first required word must be; for indexing. */
  firstWords: ReadonlySet<string> | undefined;
}

const compiledClasses = new Map<string, { lemmas: Set<string>; exact: Set<string> }>();

function compileClass(name: string): { lemmas: Set<string>; exact: Set<string> } {
  const cached = compiledClasses.get(name);
  if (cached) return cached;
  const entries = wordClasses[name];
  if (!entries) throw new Error(`Unknown word class @${name}`);
  const lemmas = new Set<string>();
  const exact = new Set<string>();
  for (const entry of entries) {
    if (entry.startsWith('=')) exact.add(entry.slice(1));
    else lemmas.add(entry);
  }
  const compiled = { lemmas, exact };
  compiledClasses.set(name, compiled);
  return compiled;
}

function compileAlternative(text: string, source: string): Alternative {
  if (text === '@num') return { number: true };
  if (text === '@any') return { any: true };
  if (text.startsWith('@')) {
    const cls = compileClass(text.slice(1));
    return { wordClass: cls.lemmas, exactClass: cls.exact };
  }
  if (text.startsWith('=')) return { exact: text.slice(1) };
  if (text.endsWith('*') && text.length > 1) return { prefix: text.slice(0, -1) };
  if (!/^[\p{L}\p{N}'$€£%&-]+$/u.test(text)) throw new Error(`Bad word "${text}" in pattern "${source}"`);
  return { base: text };
}

/** A word of a pattern as written, with its offset in the pattern string. */
export interface PatternPart {
  offset: number;
  text: string;
}

/** Phrase groups multiply out; past this many variants a pattern is refused (matching stays linear). */
export const maxVariants = 64;

/**
 * A pattern's variants: each phrase group `(a b|c d)` replaced by one of its phrases (or by nothing
 * when written `(...)?`), as lists of words with their offsets. The grammar is docs/patterns.md.
 */
export function patternVariants(source: string): { variants: PatternPart[][]; errors: Array<{ offset: number; message: string }> } {
  const errors: Array<{ offset: number; message: string }> = [];
  // Each position: a fixed word, or a group's options (each a list of words).
  const positions: PatternPart[][][] = [];
  let i = 0;
  const wordAt = (from: number, stop: RegExp) => {
    let j = from;
    while (j < source.length && !stop.test(source[j]!)) j++;
    return j;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === ')') { errors.push({ offset: i, message: 'a ")" without "("' }); i++; continue; }
    if (c !== '(') {
      const end = wordAt(i, /[\s()]/);
      if (source[end] === '(') errors.push({ offset: end, message: 'a phrase group "(" must stand apart from the word before it' });
      positions.push([[{ offset: i, text: source.slice(i, end) }]]);
      i = end;
      continue;
    }
    const open = i;
    const close = source.indexOf(')', open);
    const nested = source.indexOf('(', open + 1);
    if (close === -1) { errors.push({ offset: open, message: 'a "(" without ")"' }); break; }
    if (nested !== -1 && nested < close) { errors.push({ offset: nested, message: 'phrase groups do not nest' }); }
    const options: PatternPart[][] = [];
    let start = open + 1;
    for (const phrase of source.slice(open + 1, close).split('|')) {
      const words = [...phrase.matchAll(/\S+/g)].map((m) => ({ offset: start + m.index, text: m[0] }));
      if (words.length === 0) errors.push({ offset: start, message: 'empty phrase in a group (a | with nothing on one side)' });
      options.push(words);
      start += phrase.length + 1;
    }
    i = close + 1;
    if (source[i] === '?') { options.push([]); i++; }
    else if (i < source.length && !/\s/.test(source[i]!)) errors.push({ offset: i, message: 'a phrase group ")" must stand apart from the word after it' });
    if (options.length === 1) errors.push({ offset: open, message: 'a phrase group needs two or more phrases: write the words without ( )' });
    positions.push(options);
  }
  let variants: PatternPart[][] = [[]];
  for (const options of positions) {
    variants = variants.flatMap((v) => options.map((o) => [...v, ...o]));
    if (variants.length > maxVariants) {
      errors.push({ offset: 0, message: `phrase groups give more than ${maxVariants} variants: split the pattern` });
      return { variants: [], errors };
    }
  }
  return { variants, errors };
}

/** A pattern's variants as strings, each compiled on its own (see patternVariants). */
export function expandPhrases(source: string): string[] {
  if (!source.includes('(')) return [source];
  const { variants, errors } = patternVariants(source);
  if (errors.length > 0) throw new Error(`${errors[0]!.message} in pattern "${source}"`);
  return variants.map((v) => v.map((p) => p.text).join(' '));
}

/** Tag names: lower-case words joined by hyphens. */
const tagName = /^#[a-z]+(?:-[a-z]+)*$/;

export function compilePattern(source: string): CompiledPattern {
  const elements: Element[] = [];
  const tags: string[] = [];
  for (const part of source.trim().split(/\s+/)) {
    if (part.startsWith('#')) {
      if (!tagName.test(part)) throw new Error(`Bad tag "${part}" in pattern "${source}"`);
      tags.push(part.slice(1));
      continue;
    }
    const gap = /^\.\.(\d+)$/.exec(part);
    if (gap) {
      elements.push({ kind: 'gap', max: Number(gap[1]) });
      continue;
    }
    const optional = part.endsWith('?') && part.length > 1;
    const body = optional ? part.slice(0, -1) : part;
    elements.push(wordElement(body.toLowerCase().split('|').map((alt) => compileAlternative(alt, source)), optional));
  }
  if (elements[0]?.kind === 'gap' || elements[elements.length - 1]?.kind === 'gap') {
    throw new Error(`Pattern "${source}" may not start or end with a gap`);
  }
  const firstRequired = elements.find((e) => e.kind === 'word' && !e.optional);
  if (!firstRequired || firstRequired.kind !== 'word') {
    if (tags.length > 0 && elements.length === 0) return { source, elements, tags, firstWords: undefined };
    throw new Error(`Pattern "${source}" has no required word`);
  }
  // Only words can be listed: a first word that may be a prefix, a number or any word is not indexed.
  const leadingOptional = elements[0] !== firstRequired;
  const listable = !firstRequired.any && !firstRequired.number && firstRequired.prefixes.length === 0;
  const firstWords = !leadingOptional && listable ? new Set([...firstRequired.lemmas, ...firstRequired.exact]) : undefined;
  return { source, elements, tags, firstWords };
}

function wordElement(alternatives: Alternative[], optional: boolean): WordElement {
  const lemmas = new Set<string>();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of alternatives) {
    if (alt.base !== undefined) lemmas.add(alt.base);
    if (alt.exact !== undefined) exact.add(alt.exact);
    if (alt.prefix !== undefined) prefixes.push(alt.prefix);
    for (const lemma of alt.wordClass ?? []) lemmas.add(lemma);
    for (const form of alt.exactClass ?? []) exact.add(form);
  }
  return {
    kind: 'word', alternatives, optional, lemmas, exact, prefixes,
    number: alternatives.some((a) => a.number), any: alternatives.some((a) => a.any),
  };
}

/** Does the token satisfy any alternative of the element? (Sets merged at compile time.) */
function matchesWord(element: WordElement, token: Token): boolean {
  if (element.exact.has(token.lower)) return true;
  for (const lemma of token.lemmas) if (element.lemmas.has(lemma)) return true;
  if (token.kind === 'word') {
    if (element.any) return true;
    for (const prefix of element.prefixes) if (token.lower.startsWith(prefix)) return true;
  }
  return element.number && isNumberToken(token);
}

/**
 * The words a segment exposes to patterns: word, number and symbol tokens, with a flag for a
 * hard break (comma, semicolon, quote...) before each, and its clause.
 */
export interface WordStream {
  tokens: Token[];
  /** hardBefore[i]: punctuation other than hyphen/slash/apostrophe stands between word i-1 and i. */
  hardBefore: boolean[];
  /** Structural tags of the segment (makeSegment stamps them on its tokens). */
  tags: ReadonlySet<string>;
}

const softPunctuation = new Set(['-', '/', "'", '’', '‐', '‑', '_', '.', '&']);

export function toWordStream(tokens: readonly Token[]): WordStream {
  const words: Token[] = [];
  const hardBefore: boolean[] = [];
  const tags = new Set<string>();
  let hard = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.tags) for (const tag of token.tags) tags.add(tag);
    // "forty (40) hours": a number restated in brackets after a number is transparent.
    if (token.text === '(' && isNumberToken(tokens[i + 1] ?? token) && tokens[i + 2]?.text === ')' && words.length > 0 &&
      isNumberToken(words[words.length - 1]!)) {
      i += 2;
      continue;
    }
    if (token.kind === 'punct') {
      // Hyphens, slashes and apostrophes inside a word run are soft; a dot is soft only between
      // two glued parts ("e.g", "1.50"), not after a word before a space ("on. scheduling").
      const soft = softPunctuation.has(token.text) && token.joined && (token.text !== '.' || tokens[i + 1]?.joined === true);
      if (!soft) hard = true;
      continue;
    }
    words.push(token);
    hardBefore.push(hard);
    hard = false;
  }
  return { tokens: words, hardBefore, tags };
}

export interface PatternMatch {
  /** Indices into the word stream, in order. */
  indices: number[];
}

/**
 * All non-overlapping matches of a pattern in a word stream, leftmost first. `starts`, when given,
 * lists (ascending) the only positions where the pattern's first word can be (from the engine's
 * first-word index); without it every position is tried.
 */
export function matchPattern(pattern: CompiledPattern, stream: WordStream, starts?: readonly number[]): PatternMatch[] {
  const results: PatternMatch[] = [];
  const { tokens } = stream;
  if (!pattern.tags.every((tag) => stream.tags.has(tag))) return results;
  if (pattern.elements.length === 0) return tokens.length > 0 ? [{ indices: [0, tokens.length - 1] }] : results;
  let from = 0;
  while (from < tokens.length) {
    let found: number[] | undefined;
    for (let k = 0, start = from; starts ? k < starts.length : start < tokens.length; k++, start++) {
      if (starts) {
        start = starts[k]!;
        if (start < from) continue;
      } else if (pattern.firstWords && !tokens[start]!.lemmas.some((l) => pattern.firstWords!.has(l))) continue;
      const indices: number[] = [];
      if (matchFrom(pattern.elements, 0, stream, start, indices, true)) {
        found = indices;
        break;
      }
    }
    if (!found || found.length === 0) break;
    results.push({ indices: found });
    from = found[found.length - 1]! + 1;
  }
  return results;
}

/**
 * Try to match elements[e..] with the next word at stream position `position`.
 * `first` is true until a word has been matched (the first word may sit anywhere).
 */
function matchFrom(
  elements: Element[],
  e: number,
  stream: WordStream,
  position: number,
  out: number[],
  first: boolean,
): boolean {
  if (e === elements.length) return true;
  const element = elements[e]!;
  const { tokens, hardBefore } = stream;
  if (element.kind === 'gap') {
    // Skip 0..max words, staying in the clause of the previous word.
    const clause = out.length > 0 ? tokens[out[out.length - 1]!]!.clause : tokens[position]?.clause;
    for (let skip = 0; skip <= element.max; skip++) {
      const next = position + skip;
      if (next >= tokens.length) return false;
      // The word after a gap may open the next clause ("record … who gave what"), no further.
      const opensNext = tokens[next]!.clause === clause! + 1 && (next === 0 || tokens[next - 1]!.clause === clause);
      if (tokens[next]!.clause !== clause && !opensNext) return false;
      if (matchFromAfterGap(elements, e + 1, stream, next, out)) return true;
      if (opensNext) return false;
    }
    return false;
  }
  if (position < tokens.length) {
    const token = tokens[position]!;
    const adjacent = first || !hardBefore[position];
    if (adjacent && matchesWord(element, token)) {
      out.push(position);
      if (matchFrom(elements, e + 1, stream, position + 1, out, false)) return true;
      out.pop();
    }
  }
  if (element.optional) return matchFrom(elements, e + 1, stream, position, out, first);
  return false;
}

/** After a gap the next word need not be adjacent to the previous one. */
function matchFromAfterGap(elements: Element[], e: number, stream: WordStream, position: number, out: number[]): boolean {
  const element = elements[e];
  if (!element || element.kind !== 'word') return matchFrom(elements, e, stream, position, out, true);
  const token = stream.tokens[position];
  if (token && matchesWord(element, token)) {
    out.push(position);
    if (matchFrom(elements, e + 1, stream, position + 1, out, false)) return true;
    out.pop();
  }
  if (element.optional) return matchFrom(elements, e + 1, stream, position, out, true);
  return false;
}

/** The base forms a pattern word is looked up by (exposed for tests and the trigger index). */
export function baseFormsOf(word: string): readonly string[] {
  return lemmasOf(word.toLowerCase());
}
