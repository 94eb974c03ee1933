/**
 * The fast path: which blocks of a document could hold a finding, decided before any parsing.
 * Most blocks of a real document cannot match any rule, and parsing is what costs.
 *
 * Two conservative stages, each linear in the block:
 * 1. Trigger words. A pattern needs a word for each of its required elements, all within the few
 *    words a match of it can span; the index maps each word form to the (pattern, element) pairs it
 *    satisfies, and a block in which no pattern has all its elements near each other is skipped.
 *    An element the index cannot enumerate (any word, a front-end tag) counts as satisfied.
 * 2. The patterns themselves, over the block's raw words. The words the prose front-ends give a
 *    sentence are the words of its source, in order, less the non-prose inline spans this stage
 *    blanks out first (code spans, link targets, HTML, entities, footnote marks). Matching them
 *    with every punctuation mark soft and every word in one clause can only match more than
 *    matching the parsed sentences, so a block with no match there has no finding.
 * test/fast-path.test.ts proves the findings equal those of parsing everything.
 */
import { blankNonProse } from './inline-blanks.js';
import { toWordStream, type WordStream } from './patterns.js';
import type { CompiledPattern, WordElement } from './patterns.js';
import { candidatePatterns, type CompiledRuleSet } from './rule-set.js';
import { isNumberToken, lemmasOf, normalize, tokenizePlain, wordSource } from './tokens.js';

export interface TriggerIndex {
  /** word (lemma or exact form) → [pattern, element] pairs, patterns numbered as in the rule set */
  byWord: Map<string, Array<[number, number]>>;
  /** prefix → pairs (for `pre*` alternatives) */
  byPrefix: Array<[string, number, number]>;
  /** pairs satisfied by any number */
  byNumber: Array<[number, number]>;
  /** prose patterns none of whose required elements can be enumerated: always candidates */
  always: number[];
  /** Per pattern: the bit mask of its indexed required elements, how many there are, and how many words a match can reach back. */
  needed: Int32Array;
  elementCount: Int32Array;
  reach: Int32Array;
  /** word as written → flattened [pattern, element, …] pairs it satisfies */
  wordCache: Map<string, readonly number[]>;
  /**
   * Scratch state of one scan, stamped with the scan's number so nothing needs clearing: per
   * pattern the elements seen and whether it is complete; per (pattern, element) the last word
   * position it was seen at.
   */
  scan: number;
  maskScan: Int32Array;
  mask: Int32Array;
  completeScan: Int32Array;
  lastSeen: Int32Array;
}

/** Words a match may span beyond its pattern's own reach: a number restated in brackets ("five (5)"). */
const reachSlack = 2;

/** The required elements the index can enumerate: all but optional ones and `@any`. */
function requiredElements(pattern: CompiledPattern): WordElement[] {
  return pattern.elements.filter((e): e is WordElement => e.kind === 'word' && !e.optional && !e.any);
}

export function buildTriggerIndex(set: CompiledRuleSet): TriggerIndex {
  const count = set.patterns.length;
  const index: TriggerIndex = {
    byWord: new Map(), byPrefix: [], byNumber: [], always: [],
    needed: new Int32Array(count), elementCount: new Int32Array(count), reach: new Int32Array(count), wordCache: new Map(),
    scan: 0, maskScan: new Int32Array(count), mask: new Int32Array(count), completeScan: new Int32Array(count), lastSeen: new Int32Array(count * 32),
  };
  const add = (word: string, pair: [number, number]) => {
    const list = index.byWord.get(word);
    if (list) list.push(pair);
    else index.byWord.set(word, [pair]);
  };
  set.patterns.forEach(({ spec, compiled: pattern }, p) => {
    // The index serves the prose front-ends; code patterns and structural tags never match prose.
    if (spec.in === 'code' || pattern.tags.length > 0) return;
    // At most 31 elements fit a mask; a longer pattern keeps its first 31 (still a sound filter).
    const elements = requiredElements(pattern).slice(0, 31);
    if (elements.length === 0) index.always.push(p);
    index.needed[p] = elements.length === 31 ? -1 >>> 1 : (1 << elements.length) - 1;
    index.elementCount[p] = elements.length;
    // A match spans at most one word per word element and `max` words per gap.
    index.reach[p] = pattern.elements.reduce((sum, e) => sum + (e.kind === 'gap' ? e.max : 1), 0) - 1 + reachSlack;
    elements.forEach((element, e) => {
      const pair: [number, number] = [p, e];
      for (const word of element.lemmas) add(word, pair);
      for (const word of element.exact) add(word, pair);
      for (const prefix of element.prefixes) index.byPrefix.push([prefix, p, e]);
      if (element.number) index.byNumber.push(pair);
    });
  });
  return index;
}

/** The words tokenizePlain makes, and the symbols that are words to the patterns. */
const wordPattern = new RegExp(`${wordSource}|[$€£%&]`, 'gu');
const cacheLimit = 100_000;

/** Every (pattern, element) a word as written satisfies, computed once per distinct spelling. */
function pairsOf(index: TriggerIndex, word: string): readonly number[] {
  let pairs = index.wordCache.get(word);
  if (pairs) return pairs;
  const lower = normalize(word);
  const out: number[] = [];
  const isNumber = /^[0-9]/.test(lower) || isNumberToken({ kind: 'word', lower });
  if (isNumber) for (const [p, e] of index.byNumber) out.push(p, e);
  for (const form of lemmasOf(lower)) {
    const found = index.byWord.get(form);
    if (found) for (const [p, e] of found) out.push(p, e);
  }
  for (const [prefix, p, e] of index.byPrefix) if (lower.startsWith(prefix)) out.push(p, e);
  if (index.wordCache.size > cacheLimit) index.wordCache.clear();
  index.wordCache.set(word, (pairs = out));
  return pairs;
}

/**
 * The prose patterns (numbers in the rule set) that have all their required elements among the
 * words of `text`, within as many words of each other as a match of the pattern can span.
 */
export function completePatterns(index: TriggerIndex, text: string): number[] {
  const scan = beginScan(index);
  let position = 0;
  for (const m of text.matchAll(wordPattern)) see(index, scan, m[0], position++);
  return scan.complete;
}

/** The same for the words of a parsed segment, at their exact positions in its word stream. */
export function completePatternsOfStream(index: TriggerIndex, stream: WordStream): number[] {
  const scan = beginScan(index);
  stream.tokens.forEach((token, position) => see(index, scan, token.text, position));
  return scan.complete;
}

interface Scan {
  stamp: number;
  complete: number[];
}

function beginScan(index: TriggerIndex): Scan {
  if (index.scan === 0x7fffffff) {
    index.scan = 0;
    index.maskScan.fill(0);
    index.completeScan.fill(0);
  }
  return { stamp: ++index.scan, complete: [...index.always] };
}

/** Record a word at a position; a pattern it completes joins `scan.complete`. */
function see(index: TriggerIndex, { stamp, complete }: Scan, word: string, position: number): void {
  const { needed, elementCount, reach, maskScan, mask, completeScan, lastSeen } = index;
  const pairs = pairsOf(index, word);
  for (let k = 0; k < pairs.length; k += 2) {
    const p = pairs[k]!;
    if (completeScan[p] === stamp) continue;
    const base = p * 32;
    lastSeen[base + pairs[k + 1]!] = position;
    const bits = (maskScan[p] === stamp ? mask[p]! : 0) | (1 << pairs[k + 1]!);
    mask[p] = bits;
    maskScan[p] = stamp;
    if (bits !== needed[p]) continue;
    // Every element has been seen; the last sighting of each must be within reach of this word.
    const earliest = position - reach[p]!;
    let near = true;
    for (let e = 0; e < elementCount[p]! && near; e++) near = lastSeen[base + e]! >= earliest;
    if (near) {
      completeScan[p] = stamp;
      complete.push(p);
    }
  }
}


/**
 * Could any prose pattern of the set match in this block? Stage 1, then stage 2 for the patterns
 * stage 1 leaves. `markdown: false` (plain text): nothing is blanked, as the text front-end reads
 * backticks, tags and entities as the words and punctuation they are. `labels`: the reference and
 * footnote labels the Markdown document defines, so that only links that resolve are blanked.
 */
export function blockMayMatch(set: CompiledRuleSet, block: string, { markdown = true, labels }: { markdown?: boolean; labels?: ReadonlySet<string> } = {}): boolean {
  const index = (set.triggers ??= buildTriggerIndex(set));
  const prose = markdown ? blankNonProse(block, labels) : block;
  const complete = completePatterns(index, prose);
  if (complete.length === 0) return false;
  const words = toWordStream(tokenizePlain(prose, 0));
  // Emphasis marks and the like are punctuation here but vanish in parsing: no hard breaks.
  words.hardBefore.fill(false);
  return candidatePatterns(set, words, 'prose', { firstOnly: true, only: complete.sort((a, b) => a - b) }).length > 0;
}
