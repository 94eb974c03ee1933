/** valuelint's public API. */
export { lintText, findText, activeRules, ruleUrl, type LintOptions } from './linter.js';
export { allRules, ruleById } from './registry.js';
export { defineRule, categories, WORK } from './rule.js';
export { supportedExtensions, kindOfPath, type FileKind } from './frontends/index.js';
export type * from './types.js';
