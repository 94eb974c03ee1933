/**
 * The engine: segments in, findings out. It knows nothing of files, configuration or output formats.
 * Each rule's patterns are matched over a segment's words; a match counts only when none of its
 * words is negated, quoted, attributed to others or to the past, and it is not another sense.
 */
import type { Confidence, Finding, PatternSpec, Rule } from '../types.js';
import { analyseContext, proposingClauses } from './context.js';
import { checkDeadline } from './deadline.js';
import { matchPattern, toWordStream } from './patterns.js';
import { buildTriggerIndex, completePatternsOfStream } from './prefilter.js';
import { candidatePatterns, compileRuleSet, type CompiledRule } from './rule-set.js';
import type { Segment, Token } from './tokens.js';

export interface EngineOptions {
  /** Report matches inside quotations and blockquotes too. Default false. */
  includeQuoted?: boolean;
  /** A `performance.now()` time past which linting stops with TimeLimitExceeded (src/engine/deadline.ts). */
  deadline?: number;
}

const confidenceRank: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/**
 * Lint the segments of one file. `text` is the whole file, for context strings. A segment is
 * matched once before its context is analysed (every word in one clause, so only more matches,
 * never fewer): a segment no pattern can match, most of them, skips the analysis.
 */
export function lintSegments(text: string, segments: readonly Segment[], rules: readonly Rule[], options: EngineOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const set = compileRuleSet(rules);
  for (const segment of segments) {
    checkDeadline(options.deadline);
    const stream = toWordStream(segment.tokens);
    if (stream.tokens.length === 0) continue;
    // Prose: only the patterns whose words all stand near each other in the sentence are tried.
    let only: number[] | undefined;
    if (segment.source === 'prose') {
      only = completePatternsOfStream((set.triggers ??= buildTriggerIndex(set)), stream).sort((a, b) => a - b);
      if (only.length === 0) continue;
    }
    const candidates = candidatePatterns(set, stream, segment.source, only ? { only } : {});
    if (candidates.length === 0) continue;
    analyseContext(segment);
    if (segment.mood !== 'proposal') continue;
    const senseSpans = new Map<CompiledRule, SpanIndex>();
    let proposing: ReadonlySet<number> | undefined;
    const byRule = new Map<number, Finding[]>();
    for (const { number, from } of candidates) {
      const { rule: r, spec, compiled: pattern } = set.patterns[number]!;
      const entry = set.rules[r]!;
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
        let ruleFindings = byRule.get(r);
        if (!ruleFindings) byRule.set(r, (ruleFindings = []));
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
          pattern: spec.match,
          ...(spec.line ? { patternLine: spec.line } : {}),
        });
      }
    }
    for (const ruleFindings of byRule.values()) for (const finding of mergeOverlapping(ruleFindings)) findings.push(finding);
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
