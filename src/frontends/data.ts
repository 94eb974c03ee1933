/**
 * Data front-end: plans kept as JSON or YAML (`plan.json`, `plan.yaml`), read with the `yaml`
 * package (JSON is read as YAML's flow style), keeping every node's source range.
 * Keys read as names; a number or short string value joins its key's segment (`dailyQuota: 400`,
 * `authority: central-committee`); long strings and comments are prose; a mapping that fixes
 * people to posts tags its key `#assignment-map`. Aliases are never expanded.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Parser, parseAllDocuments, type Node, type Scalar } from 'yaml';
import { makeSegment, makeToken, type Segment, type Token } from '../engine/tokens.js';
import { isAssignmentMap, type EntryValue } from './code-structure.js';
import { cookString, isProse, proseSegments, separator, uncooked, valueTokens, type CookedText } from './code-words.js';
import type { FrontEndResult } from './index.js';
import { isToolComment } from './tool-comments.js';

/** Aliases are not resolved here; the cap guards any later conversion of the document. */
const parseOptions = { prettyErrors: false, maxAliasCount: 100, uniqueKeys: false } as const;

/**
 * Nesting (brackets, and block sequences or indentation in YAML) beyond which a file is not parsed:
 * the parsers and the readers here recurse per level, and a hostile file nested thousands deep
 * would overflow the stack. Hand-written plans stay far below it.
 */
export const maxNesting = 256;

/** The fatal message for a file nested deeper than maxNesting (at the first too-deep bracket or line). */
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

export function dataToSegments(text: string): FrontEndResult {
  const deep = deepNestingOffset(text, true);
  if (deep !== -1) return { segments: [], fatal: tooDeep(deep) };
  const reader = new DataReader(text);
  let fatal: FrontEndResult['fatal'];
  for (const doc of parseAllDocuments(text, parseOptions)) {
    if (doc.contents) reader.node(doc.contents as Node, []);
    const error = doc.errors[0];
    if (error && !fatal) fatal = { message: error.message, offset: error.pos[0] };
  }
  reader.comments();
  reader.segments.sort((a, b) => a.start - b.start);
  return fatal ? { segments: reader.segments, fatal } : { segments: reader.segments };
}

class DataReader {
  readonly segments: Segment[] = [];

  constructor(private readonly text: string) {}

  private push(tokens: Token[], tags: readonly string[] = []): void {
    if (tokens.some((t) => t.kind === 'word')) this.segments.push(makeSegment(tokens, 'code', false, tags));
  }

  /** A scalar's text with a map to the file: quotes dropped, escapes of double quotes cooked. */
  private cooked(scalar: Scalar): CookedText | undefined {
    if (!scalar.range) return undefined;
    const [start, end] = scalar.range;
    const raw = this.text.slice(start, end);
    if (scalar.type === 'QUOTE_DOUBLE') return cookString(raw.slice(1, -1), start + 1);
    if (scalar.type === 'QUOTE_SINGLE') return uncooked(raw.slice(1, -1), start + 1);
    if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
      // The header (`|`, `>-`) is syntax; the text starts on the next line.
      const body = raw.indexOf('\n') + 1;
      return uncooked(raw.slice(body), start + body);
    }
    return uncooked(raw, start);
  }

  /** The words of a scalar bound to a key, or undefined when it is prose, a flag or empty. */
  private valueOf(scalar: Scalar): Token[] | undefined {
    if (!scalar.range) return undefined;
    if (typeof scalar.value === 'number' || typeof scalar.value === 'bigint') {
      const [start, end] = scalar.range;
      return [makeToken(this.text.slice(start, end), start, 'number', false)];
    }
    if (typeof scalar.value !== 'string') return undefined;
    const cooked = this.cooked(scalar);
    return cooked && !isProse(scalar.value) ? valueTokens(cooked) : undefined;
  }

  /** A scalar on its own: prose when it reads as sentences, else a value segment. */
  private scalar(scalar: Scalar): void {
    if (typeof scalar.value !== 'string') return;
    const cooked = this.cooked(scalar);
    if (!cooked) return;
    if (isProse(scalar.value)) this.segments.push(...proseSegments(cooked));
    else this.push(valueTokens(cooked));
  }

  node(node: Node, keyTokens: Token[]): void {
    if (isScalar(node)) {
      const value = keyTokens.length > 0 ? this.valueOf(node) : undefined;
      if (value) return this.push([...keyTokens, ...value]);
      this.push(keyTokens);
      return this.scalar(node);
    }
    if (isSeq(node)) {
      const values = node.items.map((item) => (isScalar(item) ? this.valueOf(item) : undefined));
      if (keyTokens.length > 0 && values.length > 0 && values.every((v) => v !== undefined)) {
        const tokens = values.flatMap((v, i) => (i === 0 ? v! : [separator(v![0]!.start), ...v!]));
        return this.push([...keyTokens, ...tokens]);
      }
      this.push(keyTokens);
      for (const item of node.items) if (item && !isAlias(item)) this.node(item as Node, []);
      return;
    }
    if (isMap(node)) {
      this.push(keyTokens, this.fixesPeopleToPosts(node.items) ? ['assignment-map'] : []);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? this.keyTokens(pair.key) : [];
        if (pair.value && !isAlias(pair.value)) this.node(pair.value as Node, key);
        else this.push(key);
      }
      return;
    }
    this.push(keyTokens);
  }

  private keyTokens(key: Scalar): Token[] {
    const cooked = this.cooked(key);
    return cooked ? valueTokens(cooked) : [];
  }

  private fixesPeopleToPosts(items: readonly unknown[]): boolean {
    const entries: Array<[string, EntryValue]> = [];
    for (const pair of items) {
      if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'string') return false;
      const value = pair.value;
      if (isScalar(value) && typeof value.value === 'string') entries.push([pair.key.value, value.value]);
      else if (isSeq(value) && value.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
        entries.push([pair.key.value, value.items.map((i) => String((i as Scalar).value))]);
      } else return false;
    }
    return isAssignmentMap(entries);
  }

  /** `# comments` from the concrete syntax tree, which keeps their offsets. */
  comments(): void {
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      const token = value as { type?: unknown; offset?: unknown; source?: unknown };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        if (isToolComment(token.source.slice(1))) return;
        this.segments.push(...proseSegments(uncooked(token.source.slice(1), token.offset + 1)));
        return;
      }
      for (const child of Object.values(value)) walk(child);
    };
    for (const cst of new Parser().parse(this.text)) walk(cst);
  }
}
