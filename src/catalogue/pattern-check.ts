/**
 * Load-time checks of a pattern string (the language of docs/patterns.md), each problem with its
 * offset in the pattern so the loader can point at the file's line and column. The engine's
 * compiler (src/engine/patterns.ts) then compiles what passed.
 */
import { patternVariants, type PatternPart } from '../engine/patterns.js';
import { isWordNetWord, lemmasOf } from '../engine/tokens.js';
import { didYouMean } from './did-you-mean.js';

export interface PatternProblem {
  /** Offset of the offending text in the pattern. */
  offset: number;
  message: string;
}

const tagName = /^[a-z]+(?:-[a-z]+)*$/;
const wordText = /^[\p{L}\p{N}'$€£%&-]+$/u;
const builtinClasses = new Set(['num', 'any']);

interface Slot {
  offset: number;
  optional: boolean;
  text: string;
  /** Alternatives with their offsets. */
  alternatives: Array<{ offset: number; text: string }>;
}

/** Problems of one pattern; `classes` are the class names known where the pattern is loaded. */
export function checkPattern(source: string, classes: ReadonlySet<string>, { strictForms = true } = {}): PatternProblem[] {
  const { variants, errors } = patternVariants(source);
  const problems: PatternProblem[] = [...errors];
  const seen = new Set(problems.map((p) => `${p.offset}:${p.message}`));
  for (const parts of variants) {
    for (const problem of checkParts(source, parts, classes, strictForms)) {
      const key = `${problem.offset}:${problem.message}`;
      if (!seen.has(key)) problems.push(problem);
      seen.add(key);
    }
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

function checkParts(source: string, parts: PatternPart[], classes: ReadonlySet<string>, strictForms: boolean): PatternProblem[] {
  const problems: PatternProblem[] = [];
  const elements: Array<{ kind: 'gap' | 'slot' | 'tag'; offset: number; optional?: boolean; slot?: Slot }> = [];
  for (const part of parts) {
    if (part.text.startsWith('#')) {
      if (!tagName.test(part.text.slice(1))) problems.push({ offset: part.offset, message: `bad tag "${part.text}": a tag is # and lower-case words joined by hyphens` });
      elements.push({ kind: 'tag', offset: part.offset });
      continue;
    }
    if (part.text.startsWith('..')) {
      if (!/^\.\.\d+$/.test(part.text)) problems.push({ offset: part.offset, message: `bad gap "${part.text}": write ..N with N a number` });
      elements.push({ kind: 'gap', offset: part.offset });
      continue;
    }
    const optional = part.text.endsWith('?') && part.text.length > 1;
    const body = optional ? part.text.slice(0, -1) : part.text;
    const slot: Slot = { offset: part.offset, optional, text: body, alternatives: [] };
    let at = part.offset;
    for (const alt of body.split('|')) {
      slot.alternatives.push({ offset: at, text: alt });
      at += alt.length + 1;
    }
    elements.push({ kind: 'slot', offset: part.offset, optional, slot });
  }
  const words = elements.filter((e) => e.kind !== 'tag');
  if (words[0]?.kind === 'gap') problems.push({ offset: words[0].offset, message: 'a pattern may not start with a gap (..N)' });
  const last = words[words.length - 1];
  if (last?.kind === 'gap' && words.length > 1) problems.push({ offset: last.offset, message: 'a pattern may not end with a gap (..N)' });
  words.forEach((e, i) => {
    if (e.kind === 'gap' && words[i + 1]?.kind === 'gap') problems.push({ offset: words[i + 1]!.offset, message: 'two gaps in a row: write one ..N' });
  });
  if (elements.length > 0 && !words.some((e) => e.kind === 'slot' && !e.optional) && words.length > 0) {
    problems.push({ offset: elements[0]!.offset, message: 'the pattern has no required word (every word is optional)' });
  }
  if (elements.length === 0) problems.push({ offset: 0, message: 'empty pattern' });
  const slots = elements.filter((e) => e.kind === 'slot').map((e) => e.slot!);
  slots.forEach((slot, i) => {
    const seen = new Map<string, number>();
    for (const alt of slot.alternatives) {
      problems.push(...checkAlternative(alt, classes));
      const key = alt.text.toLowerCase();
      if (key && seen.has(key)) problems.push({ offset: alt.offset, message: `duplicate alternative "${alt.text}"` });
      seen.set(key, alt.offset);
    }
    if (strictForms) problems.push(...checkForms(slot));
    // The one-word-alternative trap: `until then|until that point` reads as until, then|until, that, point.
    if (slot.alternatives.length > 1) {
      const before = slots[i - 1];
      const after = slots[i + 1];
      for (const alt of slot.alternatives) {
        if (!/^[\p{L}]/u.test(alt.text)) continue;
        const same = (n: Slot | undefined) => n !== undefined && !n.optional && n.alternatives.length === 1 && n.alternatives[0]!.text.toLowerCase() === alt.text.toLowerCase();
        if (!same(before) && !same(after)) continue;
        // Split the source at the | before the repeated word: the two phrases it was meant as.
        const hint = same(before) ? `(${source.slice(before!.offset, alt.offset - 1)}|${source.slice(alt.offset).trim()})` : '(a b|c d)';
        problems.push({ offset: alt.offset, message: `"${alt.text}" repeats the word beside it: | separates one-word alternatives; write phrase alternatives as a group, ${hint}` });
      }
    }
  });
  return problems;
}

function checkAlternative(alt: { offset: number; text: string }, classes: ReadonlySet<string>): PatternProblem[] {
  const { offset, text } = alt;
  if (text === '') return [{ offset, message: 'empty alternative (a | with nothing on one side)' }];
  if (text.startsWith('@')) {
    const name = text.slice(1);
    if (builtinClasses.has(name) || classes.has(name)) return [];
    return [{ offset, message: `unknown class "@${name}"${didYouMean(name, [...classes, ...builtinClasses])}` }];
  }
  const body = text.startsWith('=') ? text.slice(1) : text.endsWith('*') ? text.slice(0, -1) : text;
  if (body === '' || !wordText.test(body)) return [{ offset, message: `bad word "${text}" (a word is letters, digits, ' $ € £ % & or -)` }];
  return [];
}

/**
 * A plain word matches its every inflection, so an inflected form beside its base adds nothing,
 * and an inflected form written where the base is meant is refused: "members" matches only
 * "members", never "member", which is rarely what its author meant. Write the base for all its
 * forms, or `=form` for that one form. A word WordNet lists as a word of its own ("data",
 * "working", "hours") is a base, whatever it looks like.
 */
function checkForms(slot: Slot): PatternProblem[] {
  const problems: PatternProblem[] = [];
  const plain = slot.alternatives.filter((a) => /^[a-z][a-z'-]*$/.test(a.text));
  const listed = new Set(plain.map((a) => a.text));
  for (const alt of plain) {
    const bases = lemmasOf(alt.text).filter((l) => l !== alt.text);
    const covering = bases.find((b) => listed.has(b));
    if (covering) problems.push({ offset: alt.offset, message: `redundant inflection "${alt.text}": "${covering}" already matches it` });
    else if (!isWordNetWord(alt.text)) {
      const base = bases.find(isWordNetWord);
      if (base) problems.push({ offset: alt.offset, message: `"${alt.text}" is a form of "${base}": write "${base}" to match all its forms, or "=${alt.text}" for this form only` });
    }
  }
  return problems;
}
