/**
 * A lint result as LSP diagnostics: the CLI's messages, one for one, with the rule id as `code`,
 * its docs page as `codeDescription`, and the exact range from the engine's offsets (JavaScript
 * strings and LSP positions both count UTF-16 code units, so an offset maps without conversion).
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintMessage, LintResult } from '../types.js';

/** What a diagnostic carries for code actions and hover: which message of the stored result it is. */
export interface DiagnosticData {
  ruleId: string | null;
  /** Index into the stored result's messages. */
  index: number;
}

export function rangeOf(document: TextDocument, message: LintMessage): Range {
  if (message.offset !== undefined && message.endOffset !== undefined) {
    return { start: document.positionAt(message.offset), end: document.positionAt(message.endOffset) };
  }
  // Fatal and directive messages carry 1-based line and column only; a fatal one spans its line.
  const start = { line: message.line - 1, character: message.column - 1 };
  if (message.endLine !== undefined && message.endColumn !== undefined) return { start, end: { line: message.endLine - 1, character: message.endColumn - 1 } };
  const nextLine = document.offsetAt({ line: start.line + 1, character: 0 });
  const lineEnd = document.positionAt(Math.max(document.offsetAt(start), nextLine - 1));
  return { start, end: lineEnd.line === start.line ? lineEnd : start };
}

export function toDiagnostic(document: TextDocument, message: LintMessage, index: number): Diagnostic {
  const data: DiagnosticData = { ruleId: message.ruleId, index };
  return {
    range: rangeOf(document, message),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    ...(message.url ? { codeDescription: { href: message.url } } : {}),
    source: 'valuelint',
    message: message.suggestion ? `${message.message} Suggestion: ${message.suggestion}` : message.message,
    data,
  };
}

export function diagnosticsOf(document: TextDocument, result: LintResult): Diagnostic[] {
  const diagnostics = result.messages.map((message, index) => toDiagnostic(document, message, index));
  // A plan in another language gets no findings: say so once, as information, not as a problem.
  if (result.language) {
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'valuelint',
      message: `This text is not in English (${result.language}); valuelint reads plans as English, so no findings here means little.`,
    });
  }
  return diagnostics;
}
