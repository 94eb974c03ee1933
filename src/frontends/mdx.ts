/**
 * MDX: Markdown with ESM (`import`/`export`), JSX elements and `{expressions}`. remark-mdx finds
 * them; what is not prose (the ESM blocks, the expressions, each element's opening and closing
 * tags with their attributes) is blanked out, offsets kept, and the rest is read as Markdown by
 * the ordinary front-end, fast path included. The prose inside an element (`<Note>…</Note>`) stays.
 * A file that is not valid MDX gets its syntax error, and is read as Markdown as it stands.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml', 'toml']);

export interface MdxReading {
  /** The text with its non-prose MDX blanked (same length, line ends kept). */
  prose: string;
  /** The `{/* … *\/}` comments: where MDX's directives are. */
  comments: Array<{ body: string; start: number; end: number }>;
  /** The first syntax error, if the file is not valid MDX. */
  fatal?: { message: string; offset: number };
}

const nonProse = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const elements = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const comment = /^\s*\/\*([\s\S]*)\*\/\s*$/;

export function readMdx(text: string): MdxReading {
  let tree: Root;
  try {
    tree = mdx.parse(text) as Root;
  } catch (error) {
    const place = (error as { place?: { offset?: number } }).place;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return { prose: text, comments: [], fatal: { message: `${reason.split('\n')[0]} (read as Markdown)`, offset: place?.offset ?? 0 } };
  }
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  const comments: MdxReading['comments'] = [];
  // An explicit stack: JSX nests as deep as the author likes.
  const stack: RootContent[] = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (nonProse.has(node.type)) {
      const value = (node as { value?: string }).value ?? '';
      const body = comment.exec(value);
      if (body && node.type !== 'mdxjsEsm') comments.push({ body: body[1]!, start, end });
      blank(start, end);
      continue;
    }
    const children = 'children' in node ? (node.children as RootContent[]) : [];
    if (elements.has(node.type)) {
      // The tags are what lies outside the children: before the first, after the last, or all of it.
      const first = children[0]?.position?.start.offset;
      const last = children[children.length - 1]?.position?.end.offset;
      if (first === undefined || last === undefined) blank(start, end);
      else {
        blank(start, first);
        blank(last, end);
      }
    }
    // One at a time: spreading a paragraph of a hundred thousand children overflows the call.
    for (const child of children) stack.push(child);
  }
  comments.sort((a, b) => a.start - b.start);
  return { prose: out.join(''), comments };
}
