/**
 * One engine run per linted file, shared by every valuelint ESLint rule. ESLint calls each of the
 * ~25 rules on the same SourceCode; the first one analyses the text, the others read the cache.
 * The cache is keyed by the SourceCode object, so it lives exactly as long as ESLint's lint of
 * that file, and by `includeQuoted`, the one option that changes what the engine finds.
 */
import type { Root as MdastRoot } from 'mdast';
import type { FileKind } from '../frontends/index.js';
import { findText } from '../linter.js';
import type { Finding } from '../types.js';

export interface AnalysisRequest {
  text: string;
  filePath: string;
  /** The front-end; for code files the engine picks it from `filePath`. */
  kind?: FileKind;
  includeQuoted: boolean;
  /** The Markdown tree ESLint's Markdown language parsed from `text`: reused, not parsed again. */
  mdast?: MdastRoot;
}

/**
 * The engine's findings, or why it failed. A failure is reported once per file (`failureReported`),
 * not once per rule, and never as a stack trace in the editor.
 */
export interface Analysis {
  findings: readonly Finding[];
  failure?: string;
  failureReported?: boolean;
}

const cache = new WeakMap<object, Map<boolean, Analysis>>();

/** Every rule's findings for the file behind `sourceCode`, computed once per option set. */
export function analysisFor(sourceCode: object, request: AnalysisRequest): Analysis {
  let byOption = cache.get(sourceCode);
  if (!byOption) {
    byOption = new Map();
    cache.set(sourceCode, byOption);
  }
  let analysis = byOption.get(request.includeQuoted);
  if (!analysis) {
    analysis = analyse(request);
    byOption.set(request.includeQuoted, analysis);
  }
  return analysis;
}

function analyse(request: AnalysisRequest): Analysis {
  try {
    return {
      findings: findText(request.text, {
        filePath: request.filePath,
        includeQuoted: request.includeQuoted,
        ...(request.kind ? { kind: request.kind } : {}),
        ...(request.mdast ? { mdast: request.mdast } : {}),
      }),
    };
  } catch (error) {
    return { findings: [], failure: error instanceof Error ? error.message : String(error) };
  }
}
