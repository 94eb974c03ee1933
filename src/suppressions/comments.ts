/**
 * Comments of a file, by the comment syntax of its kind: HTML comments in Markdown (never inside
 * fenced, indented or inline code, which remark keeps apart), `{/* … *\/}` in MDX, `//` and block
 * comments in code, `#` comments in YAML (from its lexer), and in plain text (which has no
 * comments) a line that holds only a bracketed directive, `[valuelint-disable-next-line …]`. Each
 * comment keeps its body and exact offsets; nothing is executed.
 */
import type { Html, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { Parser } from 'yaml';
import { markdownBlocks } from '../frontends/blocks.js';
import { tooManyHtmlOpeners, withoutAttention } from '../frontends/markdown.js';
import { readMdx } from '../frontends/mdx.js';
import { bracketDirectiveLine } from '../frontends/tool-comments.js';
import { yamlComments } from '../frontends/yaml-cst.js';

export interface Comment {
  /** The comment's text without its delimiters. */
  body: string;
  /** 0-based offsets of the whole comment in the file. */
  start: number;
  end: number;
}

export type CommentSyntax = 'markdown' | 'mdx' | 'c' | 'hash' | 'bracket-line' | 'none';

const syntaxByExtension: Record<string, CommentSyntax> = {
  '.md': 'markdown', '.markdown': 'markdown', '.mdx': 'mdx',
  '.ts': 'c', '.tsx': 'c', '.mts': 'c', '.cts': 'c', '.js': 'c', '.jsx': 'c', '.mjs': 'c', '.cjs': 'c',
  '.yaml': 'hash', '.yml': 'hash',
  '.txt': 'bracket-line', '.text': 'bracket-line',
};

export function commentSyntaxOf(filePath: string): CommentSyntax {
  const extension = /\.[^./\\]+$/.exec(filePath.toLowerCase())?.[0];
  return (extension && syntaxByExtension[extension]) || 'none';
}

export function commentsOf(text: string, syntax: CommentSyntax): Comment[] {
  switch (syntax) {
    case 'markdown':
      return markdownComments(text);
    case 'mdx':
      return readMdx(text).comments;
    case 'c':
      return cComments(text);
    case 'hash':
      return hashComments(text);
    case 'bracket-line':
      return bracketLines(text);
    case 'none':
      return [];
  }
}

// Emphasis off: it cannot hide or make a comment, and resolving a long run of it is quadratic.
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(withoutAttention);
/** For a block that does not start the file: `---` there is never front matter. */
const markdownInside = unified().use(remarkParse).use(remarkGfm).use(withoutAttention);

function markdownComments(text: string): Comment[] {
  if (!text.includes('<!--')) return [];
  if (!tooManyHtmlOpeners(text)) return commentsIn(text, 0, true);
  // A paragraph of thousands of `<!--` costs micromark their square: the blocks are parsed one by
  // one, as the fast path parses them, and such a block's comments are not directives (they can
  // only hide findings, so dropping them reports more, never less).
  const comments: Comment[] = [];
  for (const block of markdownBlocks(text)) {
    const source = text.slice(block.start, block.end);
    if (!block.skip && source.includes('<!--') && !tooManyHtmlOpeners(source)) comments.push(...commentsIn(source, block.start, block.start === 0));
  }
  return comments;
}

function commentsIn(source: string, base: number, atFileStart: boolean): Comment[] {
  const comments: Comment[] = [];
  visit((atFileStart ? markdown : markdownInside).parse(source) as Root, 'html', (node: Html) => {
    const at = node.position?.start.offset;
    if (at === undefined) return;
    for (const m of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
      const start = base + at + m.index;
      comments.push({ body: m[1]!, start, end: start + m[0].length });
    }
  });
  return comments;
}

/**
 * `//` and `/* *\/` comments of JS/TS, skipping strings and template literals (with nested
 * `${}`). A plain scan, not a parser: a regular expression literal holding `//` may be misread,
 * which at worst yields a comment that is not a directive.
 */
function cComments(text: string): Comment[] {
  const comments: Comment[] = [];
  const templateDepths: number[] = [];
  let braces = 0;
  let i = 0;
  const skipString = (quote: string) => {
    for (i++; i < text.length && text[i] !== quote && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    i++;
  };
  const skipTemplate = () => {
    for (i++; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '`') return void i++;
      else if (text[i] === '$' && text[i + 1] === '{') {
        templateDepths.push(braces);
        i += 2;
        return;
      }
    }
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      comments.push({ body: text.slice(i + 2, stop), start: i, end: stop });
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      comments.push({ body: text.slice(i + 2, end === -1 ? stop : end), start: i, end: stop });
      i = stop;
    } else if (c === '"' || c === "'") skipString(c);
    else if (c === '`') skipTemplate();
    else if (c === '{') braces++, i++;
    else if (c === '}') {
      if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === braces) {
        templateDepths.pop();
        i--; // resume the template after its `${…}` as if at its opening backtick
        skipTemplate();
      } else braces--, i++;
    } else i++;
  }
  return comments;
}

/**
 * `#` comments of YAML, as the yaml package's lexer finds them: a `#` line inside a block scalar
 * (`notes: |`) or a quoted scalar is text, not a comment, and cannot be a directive.
 */
function hashComments(text: string): Comment[] {
  return yamlComments(Array.from(new Parser().parse(text))).map(({ offset, source }) => {
    const body = source.slice(1).replace(/\r$/, '');
    return { body, start: offset, end: offset + 1 + body.length };
  });
}

function bracketLines(text: string): Comment[] {
  const comments: Comment[] = [];
  for (const m of text.matchAll(bracketDirectiveLine)) {
    const start = m.index + m[0].indexOf('[');
    comments.push({ body: m[1]!, start, end: start + m[1]!.length + 2 });
  }
  return comments;
}
