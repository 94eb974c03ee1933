/**
 * One lint per linted file, shared by every valuelint ESLint rule. ESLint calls each of the ~25
 * rules on the same SourceCode; the first one lints the text, the others read the cache. The lint
 * is the CLI's own per-file path (src/lint-source.ts) with the CLI's config cascade (.valuelintrc
 * files, nearest last) and its valuelint-disable directives, so the editor and CI agree. The cache
 * is keyed by the SourceCode object, so it lives exactly as long as ESLint's lint of that file, and
 * by `includeQuoted`, the one rule option that changes what the engine finds.
 */
import path from 'node:path';
import type { Root as MdastRoot } from 'mdast';
import { ConfigError } from '../config/errors.js';
import { ConfigResolver } from '../config/resolve.js';
import { documentOptionsOf } from '../document-options.js';
import type { FileKind } from '../frontends/index.js';
import { lintSource } from '../lint-source.js';
import { fatalMessage, meetsConfidence } from '../result.js';
import type { Confidence, LintMessage } from '../types.js';

export interface AnalysisRequest {
  text: string;
  filePath: string;
  /** ESLint's working directory: where a relative file name is resolved from. */
  cwd: string;
  /** The front-end; for code files the engine picks it from `filePath`. */
  kind?: FileKind;
  includeQuoted: boolean;
  /** The rules' `minConfidence` option; without it, the file's config decides (as in the CLI). */
  minConfidence?: Confidence | undefined;
  /** The Markdown tree ESLint's Markdown language parsed from `text`: reused, not parsed again. */
  mdast?: MdastRoot;
}

/**
 * The findings (after inline suppressions), and the problems of the file as a whole: it could not
 * be linted, its config is broken, a directive names no rule. Those are reported once per file
 * (`fileProblemsReported`), by whichever rule runs first, never as a stack trace in the editor.
 */
export interface Analysis {
  findings: readonly LintMessage[];
  fileProblems: readonly LintMessage[];
  fileProblemsReported?: boolean;
}

const cache = new WeakMap<object, Map<string, Analysis>>();

/** Every rule's findings for the file behind `sourceCode`, computed once per option set. */
export function analysisFor(sourceCode: object, request: AnalysisRequest): Analysis {
  let byOption = cache.get(sourceCode);
  if (!byOption) {
    byOption = new Map();
    cache.set(sourceCode, byOption);
  }
  const key = `${request.includeQuoted} ${request.minConfidence ?? ''}`;
  let analysis = byOption.get(key);
  if (!analysis) {
    analysis = analyse(request);
    byOption.set(key, analysis);
  }
  return analysis;
}

function analyse(request: AnalysisRequest): Analysis {
  const file = path.resolve(request.cwd, request.filePath);
  let config;
  try {
    // A resolver per file: an editor's ESLint server runs for hours, and a config edit must apply.
    config = new ConfigResolver({ kind: 'cascade' }, request.cwd).forFile(file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { findings: [], fileProblems: [fatalMessage(`Configuration error: ${error.message}`)] };
  }
  // ignorePatterns in a .valuelintrc: the CLI does not lint the file, so neither does the plugin.
  if (config.ignored) return { findings: [], fileProblems: [] };
  const result = lintSource(request.text, {
    ...documentOptionsOf(config),
    includeQuoted: request.includeQuoted || config.includeQuoted,
    filePath: file,
    ...(request.kind ? { kind: request.kind } : {}),
    ...(request.mdast ? { mdast: request.mdast } : {}),
  });
  const level = request.minConfidence ?? config.minConfidence ?? 'low';
  const findings = result.messages.filter((m) => m.ruleId !== null && meetsConfidence(m, level));
  // ESLint's own parser reports a syntax error; the engine's copy of it would say it twice.
  const fileProblems = result.messages.filter((m) => m.ruleId === null && !m.message.startsWith('Parsing error:'));
  return { findings, fileProblems };
}
