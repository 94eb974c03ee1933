/**
 * Reading the concrete syntax tree of the `yaml` package (`new Parser().parse(text)`), which it
 * builds without recursion and which keeps every token's offset: the front-end measures its
 * nesting and takes its comments as prose, the suppressions take their directives from them.
 */
import { firstTooDeep } from './nesting.js';

/** The parts of a CST token (or of an array of them) that are objects: items, keys, values, `start`/`end` lists. */
function cstChildren(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (!value || typeof value !== 'object') return [];
  return Object.values(value).filter((v) => v !== null && typeof v === 'object');
}

/** A level of nesting in YAML: a block map or sequence, or a flow collection (`a: b: c:` nests maps on one line). */
function isCollection(token: unknown): boolean {
  const type = (token as { type?: unknown } | null)?.type;
  return type === 'block-map' || type === 'block-seq' || type === 'flow-collection';
}

/** The offset of the first collection nested more than `limit` deep (`: : :`, `? ? ?`, `- - -`…), or -1. */
export function deepCollectionOffset(cst: readonly unknown[], limit: number): number {
  const token = firstTooDeep<unknown>(cst, cstChildren, (t) => (isCollection(t) ? 1 : 0), limit);
  return token === undefined ? -1 : (token as { offset: number }).offset;
}

/** `# comments` of a YAML file with their offsets, from its concrete syntax tree. */
export function yamlComments(cst: readonly unknown[]): Array<{ offset: number; source: string }> {
  const comments: Array<{ offset: number; source: string }> = [];
  const stack: unknown[] = [cst];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    const token = value as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      comments.push({ offset: token.offset, source: token.source });
    } else for (const child of cstChildren(value)) stack.push(child);
  }
  return comments.sort((a, b) => a.offset - b.offset);
}
