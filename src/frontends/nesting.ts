/**
 * The nesting guard of the code and data front-ends. Their parsers and the readers here recurse
 * per level, so a hostile file nested thousands deep would overflow the stack: it is refused with
 * one fatal message instead. Brackets are counted in the text before parsing; nesting without
 * brackets (YAML `a: b: c:` chains, `!!!x`, `a ? b : c ? …`, `A<B<…>>`, JSX, operator chains) is
 * measured on the parsed tree, walked with a stack of its own.
 */
import type { FrontEndResult } from './index.js';

/** Levels of nesting beyond which a file is not read; hand-written plans stay far below it. */
export const maxNesting = 256;

/** The fatal message for a file nested deeper than maxNesting (at the first too-deep place). */
export function tooDeep(offset: number): NonNullable<FrontEndResult['fatal']> {
  return { message: `nested more than ${maxNesting} levels deep; not read`, offset };
}

/**
 * Where brackets `[{(` outside string literals first nest deeper than maxNesting, or -1; one
 * linear scan. With `blockIndent`, a line's indentation (two columns a level) and its leading
 * `- ` markers count too (YAML block nesting).
 */
export function deepNestingOffset(text: string, blockIndent: boolean): number {
  let depth = 0;
  let quote = 0;
  let lineDepth = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      lineDepth = 0;
      if (quote !== 96) quote = 0; // only template literals span lines
      continue;
    }
    if (quote) {
      if (c === 92) i++; // backslash escape
      else if (c === quote) quote = 0;
      continue;
    }
    if (blockIndent && lineStart) {
      if (c === 32 || c === 45 /* - */) {
        lineDepth += c === 45 ? 2 : 1;
        if (lineDepth / 2 > maxNesting) return i;
        continue;
      }
      lineStart = false;
    }
    if (c === 34 || c === 39 || c === 96) quote = c;
    else if (c === 91 || c === 123 || c === 40) {
      if (++depth > maxNesting) return i;
    } else if ((c === 93 || c === 125 || c === 41) && depth > 0) depth--;
  }
  return -1;
}

/**
 * The first node of a tree nested more than `limit` levels deep, or undefined; iterative, so
 * that measuring a hostile tree cannot overflow the stack. `levels` says how many levels a node
 * adds (0 for the nodes that only hold others).
 */
export function firstTooDeep<T>(root: T, childrenOf: (node: T) => readonly T[], levels: (node: T) => number, limit: number): T | undefined {
  const stack: Array<[T, number]> = [[root, levels(root)]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > limit) return node;
    for (const child of childrenOf(node)) stack.push([child, depth + levels(child)]);
  }
  return undefined;
}
