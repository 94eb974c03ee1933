/** Which front-end reads which file: by extension. */
export type { BlockFilter } from './markdown.js';
import type { Segment } from '../engine/tokens.js';
import { markdownToSegments, type BlockFilter } from './markdown.js';
import { textToSegments } from './text.js';

export type FileKind = 'markdown' | 'text';

const kindsByExtension: Record<string, FileKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

export const supportedExtensions: readonly string[] = Object.keys(kindsByExtension);

export function kindOfPath(filePath: string): FileKind | undefined {
  const match = /\.[^./\\]+$/.exec(filePath.toLowerCase());
  return match ? kindsByExtension[match[0]] : undefined;
}

/** Segments of a text; `filter` enables the fast path (only blocks that pass it are parsed). */
export function segmentsOf(text: string, kind: FileKind, filter?: BlockFilter): Segment[] {
  switch (kind) {
    case 'markdown':
      return markdownToSegments(text, filter);
    case 'text':
      return textToSegments(text, filter);
  }
}
