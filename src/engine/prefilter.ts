/**
 * The fast path's trigger index. Most blocks of a real document cannot match any rule: a pattern
 * needs a word for each of its required elements, so a block whose words do not cover every
 * required element of at least one pattern is skipped before any parsing.
 *
 * The index maps each word form to the (pattern, element) pairs it satisfies; a block is scanned
 * once, linearly, and its distinct words looked up. The check is conservative: an element it cannot
 * enumerate (any word, a front-end tag) counts as satisfied, so skipping never loses a finding.
 */
import type { Rule } from '../types.js';
import { compileRule } from './lint.js';
import type { Alternative, CompiledPattern, Element } from './patterns.js';
import { isNumberToken, lemmasOf, normalize } from './tokens.js';

interface IndexedPattern {
  /** Number of required elements that must be seen in a block. */
  needed: number;
}

export interface TriggerIndex {
  patterns: IndexedPattern[];
  /** word (lemma or exact form) → [patternIndex, elementIndex] pairs */
  byWord: Map<string, Array<[number, number]>>;
  /** prefix → pairs (for `pre*` alternatives) */
  byPrefix: Array<[string, number, number]>;
  /** pairs satisfied by any number */
  byNumber: Array<[number, number]>;
  /** patterns that are always candidates (every required element unenumerable) */
  alwaysCandidate: boolean;
  /** Per pattern, the bit mask of all its required elements; and a scratch mask per pattern. */
  needed: Int32Array;
  seen: Int32Array;
  /** word → flattened [pattern, element, …] pairs it satisfies */
  wordCache: Map<string, readonly number[]>;
}

/** Can this alternative be enumerated as words? */
function enumerable(alt: Alternative): boolean {
  return alt.base !== undefined || alt.exact !== undefined || alt.prefix !== undefined || alt.wordClass !== undefined || alt.number === true;
}

function requiredElements(pattern: CompiledPattern): Array<Extract<Element, { kind: 'word' }>> {
  return pattern.elements.filter((e): e is Extract<Element, { kind: 'word' }> =>
    e.kind === 'word' && !e.optional && e.alternatives.every(enumerable));
}

export function buildTriggerIndex(rules: readonly Rule[]): TriggerIndex {
  const index: TriggerIndex = {
    patterns: [], byWord: new Map(), byPrefix: [], byNumber: [], alwaysCandidate: false,
    needed: new Int32Array(0), seen: new Int32Array(0), wordCache: new Map(),
  };
  const add = (word: string, pair: [number, number]) => {
    const list = index.byWord.get(word);
    if (list) list.push(pair);
    else index.byWord.set(word, [pair]);
  };
  for (const compiled of rules.map(compileRule)) {
    for (const { spec, compiled: pattern } of compiled.patterns) {
      // The index serves the prose front-ends; code patterns and structural tags never match prose.
      if (spec.in === 'code' || pattern.tags.length > 0) continue;
      const p = index.patterns.length;
      // At most 31 elements fit a mask; a longer pattern keeps its first 31 (still a sound filter).
      const elements = requiredElements(pattern).slice(0, 31);
      index.patterns.push({ needed: elements.length });
      if (elements.length === 0) index.alwaysCandidate = true;
      elements.forEach((element, e) => {
        const pair: [number, number] = [p, e];
        for (const alt of element.alternatives) {
          if (alt.base !== undefined) add(alt.base, pair);
          if (alt.exact !== undefined) add(alt.exact, pair);
          if (alt.prefix !== undefined) index.byPrefix.push([alt.prefix, p, e]);
          if (alt.number) index.byNumber.push(pair);
          if (alt.wordClass) {
            for (const w of alt.wordClass) add(w, pair);
            for (const w of alt.exactClass ?? []) add(w, pair);
          }
        }
      });
    }
  }
  index.needed = Int32Array.from(index.patterns, (p) => (p.needed === 31 ? -1 >>> 1 : (1 << p.needed) - 1));
  index.seen = new Int32Array(index.patterns.length);
  return index;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[$€£%&]/gu;
const cacheLimit = 100_000;

/** Every (pattern, element) a word form satisfies, computed once per distinct word. */
function pairsOf(index: TriggerIndex, lower: string): readonly number[] {
  let pairs = index.wordCache.get(lower);
  if (pairs) return pairs;
  const out: number[] = [];
  const isNumber = /^[0-9]/.test(lower) || isNumberToken({ kind: 'word', lower });
  if (isNumber) for (const [p, e] of index.byNumber) out.push(p, e);
  for (const form of lemmasOf(lower)) {
    const found = index.byWord.get(form);
    if (found) for (const [p, e] of found) out.push(p, e);
  }
  for (const [prefix, p, e] of index.byPrefix) if (lower.startsWith(prefix)) out.push(p, e);
  if (index.wordCache.size > cacheLimit) index.wordCache.clear();
  index.wordCache.set(lower, (pairs = out));
  return pairs;
}

/** Does any pattern have all its required elements among the words of `text`? */
export function mayMatch(index: TriggerIndex, text: string): boolean {
  if (index.alwaysCandidate) return true;
  // Bit e of seen[p]: element e of pattern p has a word in the block. Reset only what was touched.
  const { seen, needed } = index;
  const touched: number[] = [];
  const distinct = new Set<string>();
  let found = false;
  for (const m of text.matchAll(wordPattern)) {
    const lower = normalize(m[0]);
    if (distinct.has(lower)) continue;
    distinct.add(lower);
    const pairs = pairsOf(index, lower);
    for (let k = 0; k < pairs.length; k += 2) {
      const p = pairs[k]!;
      if (seen[p] === 0) touched.push(p);
      seen[p]! |= 1 << pairs[k + 1]!;
      if (seen[p] === needed[p]) {
        found = true;
        break;
      }
    }
    if (found) break;
  }
  for (const p of touched) seen[p] = 0;
  return found;
}
