/**
 * lintText: one file's text in, an ESLint-shaped result out. This is the API the CLI, the ESLint
 * plugin and the tests call; it applies rule settings (which rules run, at what severity) but
 * decides no exit code and touches no file.
 */
import type { Root as MdastRoot } from 'mdast';
import { checkDeadline } from './engine/deadline.js';
import { nonEnglishLanguage } from './engine/language.js';
import { lintSegments, type EngineOptions } from './engine/lint.js';
import { LineIndex } from './engine/positions.js';
import { blockMayMatch } from './engine/prefilter.js';
import { compileRuleSet } from './engine/rule-set.js';
import { didYouMean } from './config/errors.js';
import { fileKinds, kindOfPath, segmentsOf, type FileKind } from './frontends/index.js';
import { referenceLabels } from './frontends/markdown.js';
import { useRulePacks } from './catalogue/packs.js';
import { allRules, ruleById } from './registry.js';
import { failureMessage, quotedWords, resultOf, ruleUrl } from './result.js';
import { applyDirectives } from './suppressions/apply.js';
import { directivesOf } from './suppressions/directives.js';
import { withFingerprints } from './suppressions/fingerprint.js';
import type { Finding, LintMessage, LintResult, Rule, SeverityName } from './types.js';

export { quotedWords, resultOf, ruleUrl } from './result.js';

export interface LintOptions extends EngineOptions {
  /** Path the text came from; picks the front-end and is echoed in the result. */
  filePath?: string;
  /** Front-end to use when the path does not say. Default: from the path, else markdown. */
  kind?: FileKind;
  /** Severity per rule id; a rule not named runs at its default severity. */
  ruleSeverities?: Record<string, SeverityName>;
  /** Only these rules (ids); default all. */
  only?: readonly string[];
  /**
   * Skip blocks that cannot match any active rule before parsing them (default true). The
   * findings are the same either way (test/fast-path.test.ts); false analyses everything.
   */
  fastPath?: boolean;
  /** tsconfig.json: read code with its types (see src/frontends/code-project.ts). */
  project?: string;
  /** The Markdown tree of this very text when the caller has parsed it already (the ESLint plugin). */
  mdast?: MdastRoot;
  /** Lint with these rules instead of the registry's (rule packs under test, `valuelint pattern`). */
  rules?: readonly Rule[];
  /** Name, on each message, the rule file and the pattern that fired (`explain`). */
  explain?: boolean;
  /** Rule-pack folders (absolute) whose rules join the registry first (from the config's rulePacks). */
  rulePacks?: readonly string[];
}

/** The engine's findings for a text, and the first syntax error if the file did not fully parse. */
export interface TextAnalysis {
  findings: Finding[];
  fatal?: { message: string; line: number; column: number } | undefined;
}

export function activeRules(options: LintOptions = {}): Array<{ rule: Rule; severity: 1 | 2 }> {
  const out: Array<{ rule: Rule; severity: 1 | 2 }> = [];
  if (options.rulePacks?.length) useRulePacks(options.rulePacks);
  for (const rule of options.rules ?? allRules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = options.ruleSeverities?.[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    out.push({ rule, severity: setting === 'error' ? 2 : 1 });
  }
  return out;
}

/** Raw findings of the engine for a text, with positions. */
export function findText(text: string, options: LintOptions = {}): Finding[] {
  return analyseText(text, options).findings;
}

/**
 * The front-end to read a text with: `kind` when given, else by the path, else Markdown. A `kind`
 * the API does not know is the caller's mistake, said in one line before any front-end runs.
 */
function kindOf(options: LintOptions): FileKind {
  const { kind } = options;
  if (kind === undefined) return (options.filePath ? kindOfPath(options.filePath) : undefined) ?? 'markdown';
  if ((fileKinds as readonly unknown[]).includes(kind)) return kind;
  const given = typeof kind === 'string' ? `"${kind}"` : kind === null ? '(null)' : `(${/^[aeiou]/.test(typeof kind) ? 'an' : 'a'} ${typeof kind})`;
  const expected = fileKinds.map((k) => `"${k}"`);
  const suggestion = typeof kind === 'string' ? didYouMean(kind, fileKinds) : '';
  throw new Error(`Invalid option kind ${given}: expected ${expected.slice(0, -1).join(', ')} or ${expected.at(-1)}${suggestion || '.'}`);
}

/** Findings with positions, and the front-end's syntax error (a file is linted as far as it parses). */
export function analyseText(text: string, options: LintOptions = {}): TextAnalysis {
  const kind = kindOf(options);
  const rules = activeRules(options).map((a) => a.rule);
  const set = compileRuleSet(rules);
  const markdown = kind === 'markdown';
  let labels: Set<string> | undefined;
  const filter = options.fastPath === false ? undefined : (block: string, plain = false) =>
    blockMayMatch(set, block, { markdown: markdown && !plain, labels: markdown && !plain ? (labels ??= referenceLabels(text)) : undefined });
  const read = segmentsOf(text, kind, { filePath: options.filePath, project: options.project, mdast: options.mdast, deadline: options.deadline }, filter);
  const findings = lintSegments(text, read.segments, rules, options);
  const lines = new LineIndex(text);
  for (const finding of findings) {
    const start = lines.locate(finding.offset);
    const end = lines.locate(finding.endOffset);
    finding.line = start.line;
    finding.column = start.column;
    finding.endLine = end.line;
    finding.endColumn = end.column;
  }
  return { findings, fatal: read.fatal && { message: read.fatal.message, ...lines.locate(read.fatal.offset) } };
}

export function toMessage(finding: Finding, severity: 1 | 2, rules?: readonly Rule[], explain = false): LintMessage {
  const rule = rules?.find((r) => r.id === finding.ruleId) ?? ruleById.get(finding.ruleId)!;
  return {
    ruleId: finding.ruleId,
    severity,
    message: `${rule.message} (“${quotedWords(finding.actual)}”; ${rule.citation.section})`,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    category: rule.category,
    confidence: finding.confidence,
    actual: finding.actual,
    ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
    citation: rule.citation,
    url: ruleUrl(rule),
    offset: finding.offset,
    endOffset: finding.endOffset,
    ...(explain ? { explain: { ...(rule.file ? { file: rule.file } : {}), ...(finding.patternLine ? { line: finding.patternLine } : {}), ...(finding.pattern ? { pattern: finding.pattern } : {}) } } : {}),
  };
}

/** Lint one text and return an ESLint-shaped result. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const severities = new Map(activeRules(options).map((a) => [a.rule.id, a.severity]));
  let analysis: TextAnalysis;
  try {
    analysis = analyseText(text, options);
  } catch (error) {
    // Out of stack on nesting no front-end guard foresaw: the text's one fatal message, never a throw.
    if (error instanceof RangeError) return resultOf(options.filePath ?? '<text>', [failureMessage(error)]);
    throw error;
  }
  const { findings, fatal } = analysis;
  const messages = findings.map((f) => toMessage(f, severities.get(f.ruleId)!, options.rules, options.explain));
  // A syntax error is reported once, ESLint's way: fatal, no rule, where the parser stopped.
  if (fatal) {
    messages.push({ ruleId: null, severity: 2, fatal: true, message: `Parsing error: ${fatal.message}`, line: fatal.line, column: fatal.column });
    messages.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  return resultOf(options.filePath ?? '<text>', messages);
}

export interface DocumentOptions extends LintOptions {
  /** Honour valuelint-disable/enable comments. Default true. */
  inlineConfig?: boolean;
  /** Report directives that suppressed nothing, at this severity. Default 'off'. */
  reportUnusedDisableDirectives?: SeverityName;
}

/**
 * Lint a whole document as the CI gate does: `lintText`, then inline suppressions (moved to
 * `suppressedMessages`), directive problems and unused directives (ruleId null), and a stable
 * fingerprint on every finding.
 */
export function lintDocument(text: string, options: DocumentOptions = {}): LintResult {
  const result = lintText(text, options);
  checkDeadline(options.deadline);
  const filePath = options.filePath ?? '<text>';
  const kind = kindOf(options);
  const fingerprinted = withFingerprints(text, result.messages, kind === 'code' || kind === 'data' ? 'line' : 'sentence');
  if (options.inlineConfig === false) return withLanguage(resultOf(filePath, fingerprinted, result.suppressedMessages), text, kind);
  const { directives, problems } = directivesOf(text, filePath);
  const applied = applyDirectives(fingerprinted, directives, options.reportUnusedDisableDirectives ?? 'off');
  const directiveProblems: LintMessage[] = problems.map((p) => ({ ruleId: null, severity: 2, message: p.message, line: p.line, column: p.column }));
  const messages = [...applied.messages, ...directiveProblems, ...applied.unused].sort((a, b) => a.line - b.line || a.column - b.column);
  return withLanguage(resultOf(filePath, messages, [...result.suppressedMessages, ...applied.suppressedMessages]), text, kind);
}

/** Prose that is clearly not English is marked on its result, which the CLI and editors then say. */
function withLanguage(result: LintResult, text: string, kind: FileKind): LintResult {
  if (kind !== 'markdown' && kind !== 'text') return result;
  const language = nonEnglishLanguage(text);
  return language ? { ...result, language } : result;
}
