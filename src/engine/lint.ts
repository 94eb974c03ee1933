/**
 * The engine: segments in, findings out. It knows nothing of files, configuration or output formats.
 * Each rule's patterns are matched over a segment's words; a match counts only when none of its
 * words is negated, quoted, attributed to others or to the past, and it is not another sense.
 */
import type { Confidence, Finding, PatternSpec, Rule } from '../types.js';
import { analyseContext, proposingClauses } from './context.js';
import { compilePattern, matchPattern, toWordStream, type CompiledPattern } from './patterns.js';
import type { Segment, Token } from './tokens.js';

export interface EngineOptions {
  /** Report matches inside quotations and blockquotes too. Default false. */
  includeQuoted?: boolean;
}

interface CompiledRule {
  rule: Rule;
  patterns: Array<{ spec: PatternSpec; compiled: CompiledPattern }>;
  otherSenses: CompiledPattern[];
}

const compiledRules = new WeakMap<Rule, CompiledRule>();

export function compileRule(rule: Rule): CompiledRule {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    compiled = {
      rule,
      patterns: rule.patterns.map((spec) => ({ spec, compiled: compilePattern(spec.match) })),
      otherSenses: (rule.otherSenses ?? []).map((s) => compilePattern(s)),
    };
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

const confidenceRank: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** Lint analysed segments of one file. `text` is the whole file, for context strings. */
/**
 * Which patterns can start at a word: every pattern whose first element lists its words, indexed by
 * those words, so a segment touches only the patterns whose first word it contains. Patterns that
 * start with a number, any word or a prefix are tried everywhere.
 */
interface FirstWordIndex {
  compiled: CompiledRule[];
  byWord: Map<string, number[]>;
  scanEverywhere: ReadonlySet<number>;
  /** Pattern number → [rule, pattern] */
  keys: Array<[number, number]>;
}

const firstWordIndexes = new Map<string, FirstWordIndex>();

function firstWordIndexFor(rules: readonly Rule[]): FirstWordIndex {
  const key = rules.map((r) => r.id).join(',');
  const cached = firstWordIndexes.get(key);
  if (cached && cached.compiled.every((c, i) => c.rule === rules[i])) return cached;
  const index: FirstWordIndex = { compiled: rules.map(compileRule), byWord: new Map(), scanEverywhere: new Set(), keys: [] };
  index.compiled.forEach((entry, r) => entry.patterns.forEach(({ compiled: pattern }, p) => {
    const n = index.keys.push([r, p]) - 1;
    if (!pattern.firstWords) {
      (index.scanEverywhere as Set<number>).add(n);
      return;
    }
    for (const word of pattern.firstWords) {
      const list = index.byWord.get(word);
      if (list) list.push(n);
      else index.byWord.set(word, [n]);
    }
  }));
  firstWordIndexes.set(key, index);
  return index;
}

/** For one segment: pattern number → the ascending positions where its first word stands. */
function startsOf(index: FirstWordIndex, stream: ReturnType<typeof toWordStream>): Map<number, number[]> {
  const starts = new Map<number, number[]>();
  stream.tokens.forEach((token, position) => {
    for (const lemma of token.lemmas) {
      for (const n of index.byWord.get(lemma) ?? []) {
        const list = starts.get(n);
        if (!list) starts.set(n, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  });
  return starts;
}

export function lintSegments(text: string, segments: readonly Segment[], rules: readonly Rule[], options: EngineOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const index = firstWordIndexFor(rules);
  const compiled = index.compiled;
  let n = 0;
  const patternNumbers = compiled.map((entry) => entry.patterns.map(() => n++));
  for (const segment of segments) {
    analyseContext(segment);
    if (segment.mood !== 'proposal') continue;
    const stream = toWordStream(segment.tokens);
    if (stream.tokens.length === 0) continue;
    const starts = startsOf(index, stream);
    const senseSpans = new Map<CompiledRule, SpanIndex>();
    let proposing: ReadonlySet<number> | undefined;
    compiled.forEach((entry, r) => {
      const ruleFindings: Finding[] = [];
      entry.patterns.forEach(({ spec, compiled: pattern }, p) => {
        if (spec.in && spec.in !== segment.source) return;
        const number = patternNumbers[r]![p]!;
        const from = index.scanEverywhere.has(number) ? undefined : starts.get(number);
        if (!from && !index.scanEverywhere.has(number)) return;
        for (const match of matchPattern(pattern, stream, from)) {
          const matched = match.indices.map((i) => stream.tokens[i]!);
          if (!counts(matched, options)) continue;
          const first = matched[0]!;
          const last = matched[matched.length - 1]!;
          if (entry.otherSenses.length > 0) {
            let spans = senseSpans.get(entry);
            if (!spans) {
              spans = indexSpans(entry.otherSenses.flatMap((sense) =>
                matchPattern(sense, stream).map((m) => [stream.tokens[m.indices[0]!]!.start, stream.tokens[m.indices[m.indices.length - 1]!]!.end] as [number, number])));
              senseSpans.set(entry, spans);
            }
            if (overlapsAny(spans, first.start, last.end)) continue;
          }
          ruleFindings.push({
            ruleId: entry.rule.id,
            line: 0,
            column: 0,
            endLine: 0,
            endColumn: 0,
            offset: first.start,
            endOffset: last.end,
            actual: text.slice(first.start, last.end),
            context: text.slice(segment.start, segment.end),
            confidence: confidenceOf(spec, segment, first, proposing ??= proposingClauses(segment)),
          });
        }
      });
      for (const finding of mergeOverlapping(ruleFindings)) findings.push(finding);
    });
  }
  return findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
}

function counts(matched: readonly Token[], options: EngineOptions): boolean {
  for (const token of matched) {
    if (token.negated || token.attributed) return false;
    if (token.quoted && !options.includeQuoted) return false;
  }
  return true;
}

function confidenceOf(spec: PatternSpec, segment: Segment, first: Token, proposing: ReadonlySet<number>): Confidence {
  const base = spec.confidence ?? 'medium';
  if (base === 'medium' && segment.source === 'prose' && proposing.has(first.clause)) return 'high';
  return base;
}

/** Spans sorted by start, with the running maximum of their ends, for logarithmic overlap tests. */
interface SpanIndex {
  starts: number[];
  maxEnds: number[];
}

function indexSpans(spans: Array<[number, number]>): SpanIndex {
  spans.sort((x, y) => x[0] - y[0]);
  const maxEnds: number[] = [];
  let max = -1;
  for (const [, e] of spans) maxEnds.push((max = Math.max(max, e)));
  return { starts: spans.map(([s]) => s), maxEnds };
}

/** Does [start, end) overlap any indexed span? */
function overlapsAny(index: SpanIndex, start: number, end: number): boolean {
  // The last span starting before `end`; some span up to it must end after `start`.
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index.starts[mid]! < end) low = mid + 1;
    else high = mid;
  }
  return low > 0 && index.maxEnds[low - 1]! > start;
}

/** One finding per place: overlapping matches of the same rule keep the widest, most confident. */
function mergeOverlapping(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  const out: Finding[] = [];
  for (const finding of findings) {
    const previous = out[out.length - 1];
    if (previous && finding.offset < previous.endOffset) {
      if (confidenceRank[finding.confidence] > confidenceRank[previous.confidence]) previous.confidence = finding.confidence;
      continue;
    }
    out.push(finding);
  }
  return out;
}
