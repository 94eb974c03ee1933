/** Which front-end reads which file: by extension. */
export type { BlockFilter } from './markdown.js';
import type { Root as MdastRoot } from 'mdast';
import type { Segment } from '../engine/tokens.js';
import { codeExtensions, codeToSegments } from './code.js';
import { dataToSegments } from './data.js';
import { markdownToSegments, type BlockFilter } from './markdown.js';
import { textToSegments } from './text.js';

export type FileKind = 'markdown' | 'text' | 'code' | 'data';

/** What a front-end gives: the segments it could read and, if the file did not parse, the first error. */
export interface FrontEndResult {
  segments: Segment[];
  /** The first syntax error: the file was read as far as it parses. */
  fatal?: { message: string; offset: number } | undefined;
}

export interface FrontEndOptions {
  /** The file's path: picks the script kind of code (.tsx, .js…) and types it in a project. */
  filePath?: string | undefined;
  /** tsconfig.json for type-aware reading of code. */
  project?: string | undefined;
  /** Markdown already parsed from this very text (by ESLint's Markdown language): not parsed again. */
  mdast?: MdastRoot | undefined;
}

const kindsByExtension: Record<string, FileKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  ...Object.fromEntries(codeExtensions.map((e) => [e, 'code' as const])),
  '.json': 'data',
  '.yaml': 'data',
  '.yml': 'data',
};

export const supportedExtensions: readonly string[] = Object.keys(kindsByExtension);

export function kindOfPath(filePath: string): FileKind | undefined {
  const match = /\.[^./\\]+$/.exec(filePath.toLowerCase());
  return match ? kindsByExtension[match[0]] : undefined;
}

/**
 * Files with a supported extension that are not plans: package manifests, lock files, compiler
 * configs. Directory and glob expansion skips them; a file named explicitly is still linted.
 */
export function isToolingFile(filePath: string): boolean {
  const name = filePath.split(/[\\/]/).pop()!.toLowerCase();
  return /^(?:package\.json|package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.ya?ml|yarn\.lock|composer\.(?:json|lock)|(?:ts|js)config(?:\..*)?\.json|deno\.lock)$/.test(name);
}

/** Segments of a text. `filter` enables the prose fast path: only blocks that pass it are parsed. */
export function segmentsOf(text: string, kind: FileKind, options: FrontEndOptions = {}, filter?: BlockFilter): FrontEndResult {
  switch (kind) {
    case 'markdown':
      return { segments: markdownToSegments(text, filter, options.mdast) };
    case 'text':
      return { segments: textToSegments(text, filter) };
    case 'code':
      return codeToSegments(text, options.filePath ?? 'plan.ts', { project: options.project });
    case 'data':
      return dataToSegments(text);
  }
}
