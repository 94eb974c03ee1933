/**
 * `valuelint pattern '<pattern>' '<text>'`: try a pattern on a text. Prints what each variant of
 * the pattern matches, segment by segment, and for each match whether valuelint would report it or
 * which context mark (negated, attributed to others or the past, quoted, a question) drops it.
 * Problems in the pattern are printed like catalogue errors (`pattern:1:column: message`), exit 2.
 */
import { checkPattern } from '../catalogue/pattern-check.js';
import { analyseContext } from '../engine/context.js';
import { compilePattern, expandPhrases, matchPattern, toWordStream } from '../engine/patterns.js';
import { LineIndex } from '../engine/positions.js';
import type { Token } from '../engine/tokens.js';
import { segmentsOf } from '../frontends/index.js';
import { wordClasses } from '../lexicon/classes.js';

export function patternCommand(pattern: string, text: string): { out: string; err: string; code: number } {
  const problems = checkPattern(pattern, new Set(Object.keys(wordClasses)), { strictForms: false });
  if (problems.length > 0) {
    return { out: '', err: problems.map((p) => `pattern:1:${p.offset + 1}: ${p.message}\n`).join(''), code: 2 };
  }
  const variants = expandPhrases(pattern).map((source) => ({ source, compiled: compilePattern(source) }));
  const lines: string[] = [`pattern ${pattern}${variants.length > 1 ? ` (${variants.length} variants)` : ''}`];
  const index = new LineIndex(text);
  let reported = 0;
  let matched = 0;
  for (const segment of segmentsOf(text, 'markdown').segments) {
    const stream = toWordStream(segment.tokens);
    const found = variants.flatMap((v) => matchPattern(v.compiled, stream).map((m) => ({ variant: v.source, tokens: m.indices.map((i) => stream.tokens[i]!) })));
    if (found.length === 0) continue;
    analyseContext(segment);
    lines.push('', `“${text.slice(segment.start, segment.end).replace(/\s+/g, ' ')}”${segment.mood === 'proposal' ? '' : ` (${segment.mood})`}`);
    for (const { variant, tokens } of found) {
      matched++;
      const first = tokens[0]!;
      const last = tokens[tokens.length - 1]!;
      const at = index.locate(first.start);
      const why = dropped(tokens, segment.mood);
      if (!why) reported++;
      const shown = text.slice(segment.start, first.start) + '[' + text.slice(first.start, last.end) + ']' + text.slice(last.end, segment.end);
      lines.push(`  ${at.line}:${at.column} ${shown.replace(/\s+/g, ' ')}`);
      lines.push(`    ${why ? `not reported: ${why}` : 'reported'}${variants.length > 1 ? ` (variant: ${variant})` : ''}`);
    }
  }
  if (matched === 0) lines.push('', 'no match');
  lines.push('', `${matched} match${matched === 1 ? '' : 'es'}, ${reported} reported`);
  return { out: `${lines.join('\n')}\n`, err: '', code: 0 };
}

function dropped(tokens: readonly Token[], mood: string): string | undefined {
  if (mood === 'question') return 'the sentence is a question';
  if (mood === 'past') return 'the sentence tells of the past';
  for (const token of tokens) {
    if (token.negated) return `“${token.text}” is negated`;
    if (token.attributed) return `“${token.text}” is attributed to others`;
    if (token.quoted) return `“${token.text}” is quoted (--include-quoted reports it)`;
  }
  return undefined;
}
