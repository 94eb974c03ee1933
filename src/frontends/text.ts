/** Plain-text front-end: retext-english splits paragraphs and sentences with exact positions. */
import { ParseEnglish } from 'parse-english';
import { VFile } from 'vfile';
import type { Segment } from '../engine/tokens.js';
import { sentencesToSegments } from './nlcst.js';

const parser = new ParseEnglish();

export function textToSegments(text: string): Segment[] {
  const file = new VFile(text);
  const root = parser.parse(String(file));
  const segments: Segment[] = [];
  sentencesToSegments(text, root, false, segments);
  return segments;
}
