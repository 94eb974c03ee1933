/** Output formats by name. Formatters only adapt results to text; they decide nothing. */
import type { LintResult } from '../types.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish, type FormatContext } from './stylish.js';

export type { FormatContext } from './stylish.js';
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: (results) => formatJson(results),
  sarif: formatSarif,
  github: formatGithub,
  checkstyle: formatCheckstyle,
  junit: formatJunit,
  html: formatHtml,
};
