/** The front-ends: a file's text in, segments out (which front-end reads a file: kinds.ts). */
import type { FileKind } from './kinds.js';
export { codeExtensions, fileKinds, isToolingFile, kindOfPath, supportedExtensions, type FileKind } from './kinds.js';
export type { BlockFilter } from './markdown.js';
import type { Root as MdastRoot } from 'mdast';
import type { Segment } from '../engine/tokens.js';
import { codeToSegments } from './code.js';
import { dataToSegments } from './data.js';
import { markdownToSegments, type BlockFilter } from './markdown.js';
import { readMdx } from './mdx.js';
import { textToSegments } from './text.js';

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
  /** Stop past this `performance.now()` time (checked per block; src/engine/deadline.ts). */
  deadline?: number | undefined;
}

/** Segments of a text. `filter` enables the prose fast path: only blocks that pass it are parsed. */
export function segmentsOf(text: string, kind: FileKind, options: FrontEndOptions = {}, filter?: BlockFilter): FrontEndResult {
  switch (kind) {
    case 'markdown': {
      if (!options.filePath?.toLowerCase().endsWith('.mdx')) return { segments: markdownToSegments(text, filter, options.mdast, options.deadline) };
      const { prose, fatal } = readMdx(text);
      return { segments: markdownToSegments(prose, filter, undefined, options.deadline), fatal };
    }
    case 'text':
      return { segments: textToSegments(text, filter, options.deadline) };
    case 'code':
      return codeToSegments(text, options.filePath ?? 'plan.ts', { project: options.project });
    case 'data':
      return dataToSegments(text);
  }
}
