/** ESLint's LintResult[] as JSON, with our `citation`, `category`, `confidence` on each message. */
import type { LintResult } from '../types.js';

export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(results);
}
