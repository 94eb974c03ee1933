/** Plain-text front-end: parse-english (retext-english's parser) splits paragraphs and sentences. */
import { ParseEnglish } from 'parse-english';
import { checkDeadline } from '../engine/deadline.js';
import type { Segment } from '../engine/tokens.js';
import { textBlocks } from './blocks.js';
import type { BlockFilter } from './markdown.js';
import { sentencesToSegments } from './nlcst.js';
import { withoutDirectiveLines } from './tool-comments.js';

const parser = new ParseEnglish();

/** Segments of a text. With a `filter`, only paragraphs that pass it are parsed (the fast path). */
export function textToSegments(source: string, filter?: BlockFilter, deadline?: number): Segment[] {
  const segments: Segment[] = [];
  const text = withoutDirectiveLines(source);
  // Each paragraph (lines up to a blank line) is parsed alone, with or without the fast path's
  // filter: parse-latin lets what follows a blank line change where the sentences before it end
  // ("price <!--" then a paragraph splits after "!"), so parsing the whole text at once would make
  // the fast path, which must skip paragraphs, differ from the full analysis.
  for (const block of textBlocks(text)) {
    checkDeadline(deadline);
    const blockText = text.slice(block.start, block.end);
    if (!filter || filter(blockText)) sentencesToSegments(blockText, parser.parse(blockText), false, segments, block.start);
  }
  return segments;
}
