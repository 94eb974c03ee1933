/**
 * A rule set compiled once for matching: every rule's patterns compiled, numbered in one flat
 * list, and indexed by the words they can start with, so that a segment (or a block, on the fast
 * path) touches only the patterns whose first word it contains. The engine, the fast path's
 * trigger index and the cache key all read rules through here.
 */
import type { PatternSpec, Rule } from '../types.js';
import { compilePattern, expandPhrases, matchPattern, type CompiledPattern, type WordStream } from './patterns.js';
import type { TriggerIndex } from './prefilter.js';
import { isNumberToken, type SegmentSource, type Token } from './tokens.js';

export interface CompiledRule {
  rule: Rule;
  patterns: Array<{ spec: PatternSpec; compiled: CompiledPattern }>;
  otherSenses: CompiledPattern[];
}

/** One pattern of the set, with the rule it belongs to. */
export interface IndexedPattern {
  /** Index of the rule in `CompiledRuleSet.rules`. */
  rule: number;
  spec: PatternSpec;
  compiled: CompiledPattern;
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  /** Every pattern of every rule, in rule order; a pattern's number is its index here. */
  patterns: IndexedPattern[];
  /** word (lemma or exact form) → numbers of the patterns whose first required word it can be */
  byFirstWord: Map<string, number[]>;
  /** patterns whose first required word may be any number */
  byNumber: number[];
  /** [prefix, pattern number] for first words written `pre*` */
  byPrefix: Array<[string, number]>;
  /** patterns that may start at any word (`@any` or an optional first word) or hold only tags */
  everywhere: Set<number>;
  /** Token (kind and form) → the patterns it can start; filled as tokens are met. */
  startCache: Map<string, readonly number[]>;
  /** The fast path's index of required words, built on first use (see prefilter.ts). */
  triggers?: TriggerIndex;
}

const compiledRules = new WeakMap<Rule, CompiledRule>();

export function compileRule(rule: Rule): CompiledRule {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    compiled = {
      rule,
      // A phrase group multiplies a pattern into variants, each compiled and indexed on its own.
      patterns: rule.patterns.flatMap((spec) => expandPhrases(spec.match).map((match) => ({ spec, compiled: compilePattern(match) }))),
      otherSenses: (rule.otherSenses ?? []).flatMap((s) => expandPhrases(s).map(compilePattern)),
    };
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

const ruleSets = new Map<string, CompiledRuleSet>();

/** The compiled set for these rules, built once per distinct list of rules. */
export function compileRuleSet(rules: readonly Rule[]): CompiledRuleSet {
  const key = rules.map((r) => r.id).join(',');
  const cached = ruleSets.get(key);
  if (cached && cached.rules.every((c, i) => c.rule === rules[i])) return cached;
  const set: CompiledRuleSet = { rules: rules.map(compileRule), patterns: [], byFirstWord: new Map(), byNumber: [], byPrefix: [], everywhere: new Set(), startCache: new Map() };
  set.rules.forEach((entry, r) => {
    for (const { spec, compiled } of entry.patterns) {
      const n = set.patterns.push({ rule: r, spec, compiled }) - 1;
      const first = compiled.elements[0];
      // Only a required first word can be indexed: an optional one lets the pattern start later.
      if (!first || first.kind !== 'word' || first.optional || first.any) {
        set.everywhere.add(n);
        continue;
      }
      if (first.number) set.byNumber.push(n);
      for (const prefix of first.prefixes) set.byPrefix.push([prefix, n]);
      for (const word of [...first.lemmas, ...first.exact]) {
        const list = set.byFirstWord.get(word);
        if (!list) set.byFirstWord.set(word, [n]);
        else if (list[list.length - 1] !== n) list.push(n);
      }
    }
  });
  if (ruleSets.size > 64) ruleSets.clear();
  ruleSets.set(key, set);
  return set;
}

/**
 * For a word stream: pattern number → the ascending positions where it can start. Patterns in
 * `everywhere` are not listed; they are tried at every position.
 */
export function startsOf(set: CompiledRuleSet, stream: WordStream): Map<number, number[]> {
  const starts = new Map<number, number[]>();
  stream.tokens.forEach((token, position) => {
    for (const n of startingAt(set, token)) {
      const list = starts.get(n);
      if (!list) starts.set(n, [position]);
      else list.push(position);
    }
  });
  return starts;
}

const startCacheLimit = 100_000;

/** The distinct patterns a token can start, ascending; computed once per form and kind. */
function startingAt(set: CompiledRuleSet, token: Token): readonly number[] {
  const key = `${token.kind}:${token.lower}`;
  const cached = set.startCache.get(key);
  if (cached) return cached;
  const found = new Set<number>();
  for (const lemma of token.lemmas) for (const n of set.byFirstWord.get(lemma) ?? []) found.add(n);
  if (isNumberToken(token)) for (const n of set.byNumber) found.add(n);
  if (token.kind === 'word') for (const [prefix, n] of set.byPrefix) if (token.lower.startsWith(prefix)) found.add(n);
  const numbers = [...found].sort((a, b) => a - b);
  if (set.startCache.size > startCacheLimit) set.startCache.clear();
  set.startCache.set(key, numbers);
  return numbers;
}

/** A pattern that may match, and where it may start (undefined: anywhere). */
export interface Candidate {
  number: number;
  from: number[] | undefined;
}

/**
 * The patterns of the set that match a word stream as it stands, in set order: of all, or only of
 * those listed (ascending); with `firstOnly`, at most one. The engine calls it before context
 * analysis, when every word is in one clause, so a segment it returns nothing for cannot match
 * after analysis either.
 */
export function candidatePatterns(
  set: CompiledRuleSet,
  stream: WordStream,
  source: SegmentSource,
  { firstOnly = false, only }: { firstOnly?: boolean; only?: readonly number[] } = {},
): Candidate[] {
  // A short list is tried at every position; the index of first words pays off only for many.
  const starts = only ? undefined : startsOf(set, stream);
  const numbers = only ?? [...starts!.keys(), ...set.everywhere].sort((a, b) => a - b);
  const out: Candidate[] = [];
  for (const number of numbers) {
    const { spec, compiled } = set.patterns[number]!;
    if (spec.in && spec.in !== source) continue;
    const from = starts?.get(number);
    if (starts && !from && !set.everywhere.has(number)) continue;
    if (matchPattern(compiled, stream, from).length === 0) continue;
    out.push({ number, from });
    if (firstOnly) break;
  }
  return out;
}
