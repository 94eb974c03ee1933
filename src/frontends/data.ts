/**
 * Data front-end: plans kept as JSON or YAML (`plan.json`, `plan.yaml`), read with the `yaml`
 * package (JSON is read as YAML's flow style), keeping every node's source range.
 * Keys read as names; a number or short string value joins its key's segment (`dailyQuota: 400`,
 * `authority: central-committee`); long strings and comments are prose; a mapping that fixes
 * people to posts tags its key `#assignment-map`. Aliases are never expanded.
 */
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, type Node, type Scalar } from 'yaml';
import { makeSegment, makeToken, type Segment, type Token } from '../engine/tokens.js';
import { isAssignmentMap, type EntryValue } from './code-structure.js';
import { cookString, isProse, proseSegments, separator, uncooked, valueTokens, type CookedText } from './code-words.js';
import type { FrontEndResult } from './index.js';
import { deepNestingOffset, maxNesting, tooDeep } from './nesting.js';
import { isToolComment } from './tool-comments.js';
import { deepCollectionOffset, yamlComments } from './yaml-cst.js';

/** Aliases are not resolved here; the cap guards any later conversion of the document. */
const parseOptions = { prettyErrors: false, maxAliasCount: 100, uniqueKeys: false } as const;

export function dataToSegments(text: string): FrontEndResult {
  const deep = deepNestingOffset(text, true);
  if (deep !== -1) return { segments: [], fatal: tooDeep(deep) };
  // The concrete syntax tree is built without recursion; composing it into documents is not.
  const cst = Array.from(new Parser().parse(text));
  const deepCollection = deepCollectionOffset(cst, maxNesting);
  if (deepCollection !== -1) return { segments: [], fatal: tooDeep(deepCollection) };
  const reader = new DataReader(text);
  let fatal: FrontEndResult['fatal'];
  for (const doc of new Composer(parseOptions).compose(cst, true, text.length)) {
    if (doc.contents) reader.node(doc.contents as Node, []);
    const error = doc.errors[0];
    if (error && !fatal) fatal = { message: error.message, offset: error.pos[0] };
  }
  reader.comments(cst);
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

  /** `# comments` as prose (those addressed to a tool excepted), from the concrete syntax tree, which keeps their offsets. */
  comments(cst: readonly unknown[]): void {
    for (const { offset, source } of yamlComments(cst)) {
      if (isToolComment(source.slice(1))) continue;
      this.segments.push(...proseSegments(uncooked(source.slice(1), offset + 1)));
    }
  }
}
