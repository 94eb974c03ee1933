/**
 * Citation checks under TAXONOMY's "Citation rules": a passage is verbatim in its work if it is
 * equal after collapsing white space, reading a line-end hyphen either as nothing or as a real
 * hyphen, and taking typographic quotes and apostrophes as plain ones. Nothing else may differ.
 */
import { createHash } from 'node:crypto';

const plainQuotes = (s: string) => s.replace(/[“”„‟]/g, '"').replace(/[‘’‚‛]/g, "'");
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The work's text normalised; what `textHash` is the sha256 of. */
export function normaliseWork(text: string): string {
  return collapse(plainQuotes(text));
}

export function workHash(text: string): string {
  return `sha256:${createHash('sha256').update(normaliseWork(text)).digest('hex')}`;
}

/** The work normalised with each line-end hyphen kept as a \u0000 marker, read either way. */
export function markWork(text: string): string {
  return collapse(plainQuotes(text).replace(/-[ \t]*\r?\n\s*/g, '\u0000'));
}

/** Is the passage verbatim in the marked work (see markWork)? */
export function isVerbatimIn(passage: string, marked: string): boolean {
  const target = collapse(plainQuotes(passage));
  if (target.length === 0) return false;
  for (let start = marked.indexOf(target[0]!); start !== -1; start = marked.indexOf(target[0]!, start + 1)) {
    if (compareFrom(marked, start, target, 0)) return true;
  }
  return false;
}

function compareFrom(marked: string, i: number, target: string, j: number): boolean {
  while (j < target.length) {
    if (i >= marked.length) return false;
    if (marked[i] === '\u0000') {
      if (target[j] === '-' && compareFrom(marked, i + 1, target, j + 1)) return true;
      i++;
      continue;
    }
    if (marked[i] !== target[j]) return false;
    i++;
    j++;
  }
  return true;
}

/** Where a misquote goes wrong: the longest prefix of the passage found verbatim, for the message. */
export function firstDifference(passage: string, marked: string): string {
  const words = collapse(plainQuotes(passage)).split(' ');
  let n = 0;
  while (n < words.length && isVerbatimIn(words.slice(0, n + 1).join(' '), marked)) n++;
  return words[n] ?? '';
}
