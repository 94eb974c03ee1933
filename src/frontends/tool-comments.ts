/**
 * Comments that speak to a tool, not to a reader: suppression directives (valuelint's own, which
 * name rule ids and categories such as `accounting`, and would otherwise be flagged as prose),
 * compiler and linter pragmas, editor folding marks and schema hints. The code and data
 * front-ends read every other comment as prose.
 */
const toolComment = /^\s*(?:valuelint-|eslint|@ts-|prettier-ignore|istanbul |c8 |biome-ignore|#region|#endregion|yaml-language-server:|yamllint |jshint|global |noinspection )/;

/** Whether a comment body (its text without `//`, `/*` or `#`) is addressed to a tool. */
export function isToolComment(body: string): boolean {
  return toolComment.test(body);
}

/**
 * Plain text has no comments: there a directive is a line that holds only the directive in
 * brackets, `[valuelint-disable-next-line accounting/wage -- reason]`. Such a line is not prose.
 */
export const bracketDirectiveLine = /^[ \t]*\[(valuelint-[^\]\r\n]*)\][ \t]*$/gm;

/** The text with its bracketed directive lines blanked (offsets kept). */
export function withoutDirectiveLines(text: string): string {
  if (!text.includes('[valuelint-')) return text;
  return text.replace(bracketDirectiveLine, (line) => ' '.repeat(line.length));
}
