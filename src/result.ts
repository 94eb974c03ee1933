/**
 * The plain parts of a result that every adapter needs (the CLI, the formatters, the ESLint plugin):
 * no parser is loaded by importing them, so a cached run replays results without any.
 */
import type { Confidence, LintMessage, LintResult, Rule } from './types.js';

/** The matched words as a message quotes them: on one line. */
export function quotedWords(actual: string): string {
  return actual.replace(/\s+/g, ' ');
}

/** Documentation URL of a rule. */
export function ruleUrl(rule: Rule): string {
  if (rule.url) return rule.url;
  return `https://github.com/valuelint/valuelint/blob/main/${rule.docsPath}`;
}

/** A message for a file that could not be linted (ESLint's fatal shape). */
export function fatalMessage(text: string): LintMessage {
  return { ruleId: null, severity: 2, fatal: true, message: text, line: 1, column: 1 };
}

/**
 * The fatal message for a file whose linting threw, on one line. A RangeError is the stack or a
 * string running out on a hostile text (nesting no guard foresaw), anything else a bug.
 */
export function failureMessage(error: unknown): LintMessage {
  const reason = error instanceof RangeError ? 'nested too deeply or too large to read' : 'internal error';
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return fatalMessage(`Could not lint file: ${reason} (${detail}).`);
}

export function resultOf(filePath: string, messages: LintMessage[], suppressed: LintMessage[] = []): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else warningCount++;
    if (m.fatal) fatalErrorCount++;
  }
  return {
    filePath,
    messages,
    suppressedMessages: suppressed,
    errorCount,
    warningCount,
    fatalErrorCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

const confidenceRank: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** Whether a message is kept at `level`: findings of at least that confidence, and messages without one (fatal, directive). */
export function meetsConfidence(message: LintMessage, level: Confidence): boolean {
  return !message.confidence || confidenceRank[message.confidence] >= confidenceRank[level];
}

/**
 * A result less the findings below `level` (`minConfidence` in a config, `--min-confidence`, the
 * ESLint rules' option): one function, so the CLI, the editor and ESLint agree.
 */
export function atLeastConfidence(result: LintResult, level: Confidence): LintResult {
  if (level === 'low') return result;
  const kept = resultOf(result.filePath, result.messages.filter((m) => meetsConfidence(m, level)), result.suppressedMessages);
  return { ...kept, ...(result.source === undefined ? {} : { source: result.source }), ...(result.language ? { language: result.language } : {}) };
}
