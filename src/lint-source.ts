/**
 * Lint one file's text as the CLI does after reading it: the size and binary guards, then
 * `lintDocument` (findings, inline suppressions, fingerprints), and any failure of the engine
 * turned into that file's one fatal message. The CLI (after reading from disk), the language
 * server (an editor's unsaved buffer) and the ESLint plugin (ESLint's text) all call this.
 */
import { TimeLimitExceeded, timeLimitProblem } from './engine/deadline.js';
import { lintDocument, type DocumentOptions } from './linter.js';
import { failureMessage, fatalMessage, resultOf } from './result.js';
import type { LintResult } from './types.js';

/** 10 MB: far above any plan written by hand, well below what stalls the parsers. */
export const defaultMaxFileSize = 10 * 1024 * 1024;

export type SourceOptions = DocumentOptions & {
  filePath: string;
  maxFileSize?: number;
  /** Milliseconds one file may take (--max-file-time); 0 or none: no limit. */
  maxFileTime?: number;
};

/** A file size for messages: `20.0 MB`, `512 KB`, `900 bytes` (as src/cli/limits.ts). */
function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Why a text already in memory is not linted, in the words the CLI uses for a file; or undefined. */
export function sourceProblem(text: string, maxFileSize = defaultMaxFileSize): string | undefined {
  // Bytes as on disk; a string's length is a lower bound, so most texts skip the count.
  const size = text.length * 3 > maxFileSize ? Buffer.byteLength(text) : text.length;
  if (size > maxFileSize) return `File too large (${formatSize(size)}; --max-file-size is ${formatSize(maxFileSize)}); not linted.`;
  if (text.includes('\0')) return 'Binary file (contains a NUL byte); not linted.';
  return undefined;
}

/** code-project.ts throws plain Errors for an unreadable or invalid tsconfig. */
export function isProjectError(error: unknown): boolean {
  return error instanceof Error && /^(?:Cannot read|Invalid) project /.test(error.message);
}

/** One file's result; throws only for a broken --project (which is not about this file). */
export function lintSource(text: string, options: SourceOptions): LintResult {
  const { maxFileSize, maxFileTime, ...documentOptions } = options;
  const problem = sourceProblem(text, maxFileSize);
  if (problem) return resultOf(options.filePath, [fatalMessage(problem)]);
  try {
    return lintDocument(text, maxFileTime ? { ...documentOptions, deadline: performance.now() + maxFileTime } : documentOptions);
  } catch (error) {
    if (isProjectError(error)) throw error;
    // What was found before the limit is dropped: a partial result would pass files it never read.
    if (error instanceof TimeLimitExceeded) return resultOf(options.filePath, [fatalMessage(timeLimitProblem(maxFileTime!))]);
    // One file's failure must not stop the run or print a stack: it becomes that file's fatal message.
    return resultOf(options.filePath, [failureMessage(error)]);
  }
}
