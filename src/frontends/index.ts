/** Which front-end reads which file: by extension. */
import type { Segment } from '../engine/tokens.js';
import { markdownToSegments } from './markdown.js';
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

export function segmentsOf(text: string, kind: FileKind): Segment[] {
  switch (kind) {
    case 'markdown':
      return markdownToSegments(text);
    case 'text':
      return textToSegments(text);
  }
}
