/**
 * The text edit that turns one finding off where it stands, in the file's own comment syntax
 * (src/suppressions/comments.ts decides which comments count, so this writes only what it reads):
 * a `valuelint-disable-next-line <rule> -- <reason>` comment on the line above, with that line's
 * indentation. Where a line of its own would change what the file means, the comment goes elsewhere:
 * in Markdown, inside a paragraph or list item a comment line would split the block, so the comment
 * ends the line above instead (inline HTML, which ends on the line before the finding all the same);
 * in code, a finding inside a comment of several lines gets a disable/enable pair around that comment.
 */
import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commentsOf, commentSyntaxOf, type CommentSyntax } from '../suppressions/comments.js';

export const reasonPlaceholder = 'reason';

/** One directive in each syntax the CLI reads directives from; a syntax not listed gets no action. */
const commentIn: Partial<Record<CommentSyntax, (directive: string) => string>> = {
  markdown: (d) => `<!-- ${d} -->`,
  mdx: (d) => `{/* ${d} */}`,
  c: (d) => `// ${d}`,
  hash: (d) => `# ${d}`,
  'bracket-line': (d) => `[${d}]`,
};

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

const indentationOf = (text: string) => /^[ \t]*/.exec(text)![0];

/** Markdown lines that end a block, so that a comment line after them starts a block of its own. */
function endsBlock(previous: string): boolean {
  return previous.trim() === '' || /^\s{0,3}(?:#{1,6}(?:\s|$)|```|~~~|[-*_](?:\s*[-*_]){2,}\s*$|<!--.*-->\s*$)/.test(previous);
}

export function disableEdits(document: TextDocument, filePath: string, ruleId: string, offset: number): TextEdit[] | undefined {
  const syntax = commentSyntaxOf(filePath);
  const comment = commentIn[syntax];
  if (!comment) return undefined;
  const line = document.positionAt(offset).line;
  const own = lineText(document, line);
  const indentation = indentationOf(own);
  const insertAbove = (at: number, text: string, indent = indentation): TextEdit => ({
    range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } },
    newText: `${indent}${text}\n`,
  });

  if (syntax === 'markdown' && line > 0) {
    const previous = lineText(document, line - 1);
    if (!endsBlock(previous)) {
      const end = { line: line - 1, character: previous.length };
      return [{ range: { start: end, end }, newText: ` ${comment(`valuelint-disable-next-line ${ruleId} -- ${reasonPlaceholder}`)}` }];
    }
  }
  if (syntax === 'c') {
    const text = document.getText();
    const around = commentsOf(text, syntax).find((c) => c.start <= offset && offset < c.end);
    if (around && document.positionAt(around.start).line < line) {
      const first = document.positionAt(around.start).line;
      const last = document.positionAt(around.end).line;
      const indent = indentationOf(lineText(document, first));
      return [
        insertAbove(first, comment(`valuelint-disable ${ruleId} -- ${reasonPlaceholder}`), indent),
        insertAbove(last + 1, comment(`valuelint-enable ${ruleId}`), indent),
      ];
    }
  }
  return [insertAbove(line, comment(`valuelint-disable-next-line ${ruleId} -- ${reasonPlaceholder}`))];
}
