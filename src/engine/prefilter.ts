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
  const index: TriggerIndex = { patterns: [], byWord: new Map(), byPrefix: [], byNumber: [], alwaysCandidate: false };
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
      const elements = requiredElements(pattern);
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
  return index;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[$€£%&]/gu;

/** Does any pattern have all its required elements among the words of `text`? */
export function mayMatch(index: TriggerIndex, text: string): boolean {
  if (index.alwaysCandidate) return true;
  const seen = new Map<number, Set<number>>();
  const hit = (p: number, e: number) => {
    let elements = seen.get(p);
    if (!elements) seen.set(p, (elements = new Set()));
    elements.add(e);
    return elements.size === index.patterns[p]!.needed;
  };
  const distinct = new Set<string>();
  for (const m of text.matchAll(wordPattern)) distinct.add(normalize(m[0]));
  for (const lower of distinct) {
    const isNumber = /^[0-9]/.test(lower) || isNumberToken({ kind: 'word', lower });
    if (isNumber) for (const [p, e] of index.byNumber) if (hit(p, e)) return true;
    for (const form of lemmasOf(lower)) {
      const pairs = index.byWord.get(form);
      if (pairs) for (const [p, e] of pairs) if (hit(p, e)) return true;
    }
    for (const [prefix, p, e] of index.byPrefix) if (lower.startsWith(prefix) && hit(p, e)) return true;
  }
  return false;
}
