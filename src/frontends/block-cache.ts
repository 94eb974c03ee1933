/**
 * A small cache of parsed blocks. An editor lints the same document again after every change, and
 * a change touches one block: the others come back with the same text, so their segments need not
 * be parsed again. Segments are kept as parsed at offset 0, never handed out: each use gets a copy
 * shifted to where the block is now (context analysis marks tokens, and list items remap them).
 * Bounded by the characters of the blocks it holds, least recently used first out.
 */
import type { Segment } from '../engine/tokens.js';

/** Blocks longer than this are not kept: large blocks are rare and would crowd out the rest. */
const maxBlock = 32 * 1024;
/** About two plans of 2,000 lines: the document being edited and one beside it. */
const maxCharacters = 512 * 1024;

const entries = new Map<string, Segment[]>();
let characters = 0;

function copyAt(segments: readonly Segment[], base: number): Segment[] {
  return segments.map((s) => ({
    ...s,
    start: s.start + base,
    end: s.end + base,
    tokens: s.tokens.map((t) => ({ ...t, start: t.start + base, end: t.end + base })),
  }));
}

/** The segments of `key`'s block at `base`, from the cache or from `parse` (which parses it at offset 0). */
export function cachedSegments(key: string, base: number, parse: () => Segment[]): Segment[] {
  if (key.length > maxBlock) return copyAt(parse(), base);
  let segments = entries.get(key);
  if (segments) {
    // Most recently used last.
    entries.delete(key);
    entries.set(key, segments);
  } else {
    segments = parse();
    entries.set(key, segments);
    characters += key.length;
    for (const [oldest] of entries) {
      if (characters <= maxCharacters) break;
      characters -= oldest.length;
      entries.delete(oldest);
    }
  }
  return copyAt(segments, base);
}

/** Empties the cache (tests compare cached and fresh results). */
export function clearBlockCache(): void {
  entries.clear();
  characters = 0;
}
