/**
 * Inline suppressions, ESLint's words with our prefix, in the file's own comment syntax:
 *   valuelint-disable [ids] [-- reason]        until a matching valuelint-enable or the end of file
 *   valuelint-enable [ids]
 *   valuelint-disable-next-line [ids] [-- reason]   the line after the comment ends
 *   valuelint-disable-line [ids] [-- reason]        the line the comment starts on
 * ids are rule ids or categories, separated by commas or spaces; none means every rule.
 */
import { LineIndex } from '../engine/positions.js';
import { allRules } from '../registry.js';
import { closest } from '../config/errors.js';
import { commentsOf, commentSyntaxOf } from './comments.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or categories; empty means all rules. */
  ids: string[];
  justification: string;
  /** Offsets of the comment that holds it. */
  start: number;
  end: number;
  line: number;
  column: number;
  /** The line a line directive covers. */
  targetLine: number;
}

export interface DirectiveProblem {
  message: string;
  line: number;
  column: number;
}

const directivePattern = /^\s*valuelint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;
// Computed per call: a rule pack loaded by the config adds ids after start.
const knownIdsOf = () => [...new Set([...allRules.map((r) => r.id), ...allRules.map((r) => r.category)])];

/** Every directive of a file, in order, and one problem per unknown rule or category named. */
export function directivesOf(text: string, filePath: string): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  // Most files hold no directive; finding comments may mean parsing the whole file.
  if (!text.includes('valuelint-')) return { directives, problems };
  const comments = commentsOf(text, commentSyntaxOf(filePath));
  if (comments.length === 0) return { directives, problems };
  const lines = new LineIndex(text);
  const knownIds = knownIdsOf();
  for (const comment of comments) {
    const match = directivePattern.exec(comment.body);
    if (!match) continue;
    const kind = match[1] as DirectiveKind;
    const [list = '', ...reason] = match[2]!.split(/\s-{2,}(?:\s|$)/);
    const ids = list.split(/[\s,]+/).filter(Boolean);
    const { line, column } = lines.locate(comment.start);
    const endLine = lines.locate(comment.end).line;
    for (const id of ids) {
      if (knownIds.includes(id)) continue;
      const suggestion = closest(id, knownIds);
      problems.push({ line, column, message: `Unknown rule or category "${id}" in valuelint-${kind} directive${suggestion ? `; did you mean "${suggestion}"?` : '.'}` });
    }
    const known = ids.filter((id) => knownIds.includes(id));
    // A list of only unknown names must not turn into "every rule".
    if (ids.length > 0 && known.length === 0) continue;
    directives.push({
      kind,
      ids: known,
      justification: reason.join(' -- ').trim(),
      start: comment.start,
      end: comment.end,
      line,
      column,
      targetLine: kind === 'disable-next-line' ? endLine + 1 : line,
    });
  }
  return { directives, problems };
}
