/**
 * A catalogue YAML file parsed with positions kept, so that every later check can point at the
 * line and column of the value it refuses. Tags, anchors and aliases are refused: catalogue files
 * are plain data (and an alias bomb must not expand).
 */
import { isAlias, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from './problems.js';

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlFile {
  file: string;
  value: unknown;
  /** Problems found while parsing; the value is undefined when there are any. */
  problems: Problem[];
  /** Position of the value at a path (of its key when `key`), or of the nearest existing parent. */
  at(path: YamlPath, options?: { key?: boolean; offset?: number }): { line: number; column: number };
  /** 1 for a quoted scalar (its content starts after the quote), else 0. */
  quoteWidth(path: YamlPath): number;
}

export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false });
  const problems: Problem[] = [];
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of [...doc.errors, ...doc.warnings]) {
    problems.push({ file, ...pos(error.pos[0]), message: error.message.split('\n')[0]! });
  }
  if (problems.length === 0) {
    visit(doc, (_key, node) => {
      if (isAlias(node)) {
        problems.push({ file, ...pos(node.range?.[0] ?? 0), message: `aliases are not allowed in catalogue files (*${node.source})` });
      } else if (isNode(node)) {
        // The node's range starts at its value; the anchor or tag is written just before it.
        const start = node.range?.[0] ?? 0;
        if (node.anchor) problems.push({ file, ...pos(Math.max(0, text.lastIndexOf(`&${node.anchor}`, start))), message: `anchors are not allowed in catalogue files (&${node.anchor})` });
        if (node.tag) problems.push({ file, ...pos(/!\S*\s*$/.exec(text.slice(0, start))?.index ?? start), message: `tags are not allowed in catalogue files (${node.tag})` });
      }
    });
  }
  const find = (path: YamlPath): { node: Node; key?: Node } | undefined => {
    let node: unknown = doc.contents;
    let key: Node | undefined;
    for (const step of path) {
      if (!isNode(node)) return undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
        if (!pair) return undefined;
        key = pair.key as Node;
        node = pair.value;
      } else if ('items' in node && Array.isArray((node as { items: unknown[] }).items)) {
        node = (node as { items: unknown[] }).items[step as number];
        key = undefined;
      } else return undefined;
    }
    return isNode(node) ? { node, ...(key ? { key } : {}) } : undefined;
  };
  const at: YamlFile['at'] = (path, { key = false, offset = 0 } = {}) => {
    for (let n = path.length; n >= 0; n--) {
      const found = find(path.slice(0, n));
      if (!found) continue;
      const node = key && n === path.length && found.key ? found.key : found.node;
      return pos((node.range?.[0] ?? 0) + (n === path.length ? offset : 0));
    }
    return { line: 1, column: 1 };
  };
  const quoteWidth = (path: YamlPath) => {
    const found = find(path);
    return found && isScalar(found.node) && (found.node.type === 'QUOTE_DOUBLE' || found.node.type === 'QUOTE_SINGLE') ? 1 : 0;
  };
  return { file, value: problems.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : undefined, problems, at, quoteWidth };
}

export type { Document };
