/**
 * Stable fingerprints of findings, for baselines and SARIF partialFingerprints. A fingerprint
 * hashes the rule id, the sentence around the match and the matched words (both reduced to
 * lower-case letters and digits, so reflowing, re-indenting or moving a paragraph keeps it), and
 * the occurrence index among identical ones in the file. Line numbers are not part of it.
 * Code and data have no sentences: there the unit is the lines the match is on, so deleting or
 * adding a line elsewhere (within the 400 characters a sentence may reach) keeps every fingerprint.
 */
import { createHash } from 'node:crypto';
import type { LintMessage } from '../types.js';
import type { GateMessage } from './apply.js';

const reach = 400;

/** Reduce text to its words, so markup, wrapping and punctuation do not count. */
function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The sentence a match sits in: up to a sentence end or a blank line on each side. */
export function sentenceAround(text: string, offset: number, endOffset: number): string {
  let start = offset;
  const floor = Math.max(0, offset - reach);
  while (start > floor) {
    const before = text.slice(Math.max(floor, start - 80), start);
    if (/[.!?]\s$/.test(before) || /\n[ \t]*\n$/.test(before)) break;
    start--;
  }
  let end = endOffset;
  const ceiling = Math.min(text.length, endOffset + reach);
  while (end < ceiling) {
    if (/[.!?]/.test(text[end]!) && (end + 1 >= text.length || /\s/.test(text[end + 1]!))) break;
    if (text[end] === '\n' && /^[ \t]*\r?\n/.test(text.slice(end + 1, end + 80))) break;
    end++;
  }
  return text.slice(start, end);
}

/** The lines a match is on, whole. */
export function linesAround(text: string, offset: number, endOffset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', endOffset);
  return text.slice(start, newline === -1 ? text.length : newline);
}

/** What a fingerprint's context is: the sentence (prose) or the lines (code and data). */
export type FingerprintUnit = 'sentence' | 'line';

export function fingerprintOf(ruleId: string, sentence: string, actual: string, occurrence: number, unit: FingerprintUnit = 'sentence'): string {
  // Prose keeps the first version's tag, so baselines written before lines were a unit stay valid.
  const version = unit === 'sentence' ? 'v1' : 'v1-line';
  return createHash('sha256').update([version, ruleId, words(sentence), words(actual), String(occurrence)].join('\u0000')).digest('hex').slice(0, 32);
}

/** Fingerprint every message that has a rule and a place (in offset order, for occurrence indices). */
export function withFingerprints<M extends LintMessage>(text: string, messages: readonly M[], unit: FingerprintUnit = 'sentence'): Array<M & GateMessage> {
  const around = unit === 'sentence' ? sentenceAround : linesAround;
  const seen = new Map<string, number>();
  const ordered = [...messages].sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
  const prints = new Map<M, string>();
  for (const m of ordered) {
    if (!m.ruleId || m.offset === undefined || m.endOffset === undefined) continue;
    const sentence = around(text, m.offset, m.endOffset);
    const actual = text.slice(m.offset, m.endOffset);
    const key = `${m.ruleId}\u0000${words(sentence)}\u0000${words(actual)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    prints.set(m, fingerprintOf(m.ruleId, sentence, actual, occurrence, unit));
  }
  return messages.map((m) => (prints.has(m) ? { ...m, fingerprint: prints.get(m)! } : m));
}
