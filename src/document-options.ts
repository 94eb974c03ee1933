/**
 * What a resolved configuration means for one document's lint: the options every adapter (the
 * CLI, the ESLint plugin, the language server) passes to `lintDocument`, so that the same file
 * gives the same findings and suppressions in each. Imports no parser.
 */
import type { ResolvedConfig } from './config/resolve.js';
import type { DocumentOptions } from './linter.js';

export function documentOptionsOf(config: ResolvedConfig): DocumentOptions {
  return {
    ruleSeverities: config.ruleSeverities,
    includeQuoted: config.includeQuoted,
    inlineConfig: true,
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives,
  };
}
