/**
 * One ESLint rule per valuelint rule. The ESLint rule matches nothing itself: it asks for the
 * file's findings (once per file, see findings.ts: the CLI's lint, config and directives) and
 * reports its own, with the positions, message and citation the CLI gives for the same text. The
 * severity is ESLint's: a rule that a .valuelintrc turns off is not reported, but a rule ESLint runs
 * is reported at the severity ESLint's config gives it.
 */
import type { AST, Rule as EslintRule } from 'eslint';
import type { Root as MdastRoot } from 'mdast';
import { kindOfPath, type FileKind } from '../frontends/kinds.js';
import { quotedWords, ruleUrl } from '../result.js';
import type { Confidence, LintMessage, Rule } from '../types.js';
import { analysisFor, type Analysis, type AnalysisRequest } from './findings.js';

export interface RuleOptions {
  includeQuoted?: boolean;
  minConfidence?: Confidence;
}

/** Languages the rules declare (ESLint refuses a rule in a config block of any other language). */
export const ruleLanguages = ['js/js', 'markdown/commonmark', 'markdown/gfm', 'valuelint/commonmark', 'valuelint/gfm'];

const messageId = 'valueLogic';
const failureId = 'analysisFailed';
const directiveId = 'directiveProblem';

/**
 * The CLI's message, with the rule's suggestion appended when it has one. ESLint suggestions must
 * carry an automatic fix, and no rewrite of a plan is honest to apply mechanically, so the
 * suggestion travels in the message text, where editors show it, instead.
 */
function messageTemplate(rule: Rule): string {
  const base = `${rule.message} (“{{actual}}”; ${rule.citation.section})`;
  return rule.suggestion ? `${base} Suggestion: {{suggestion}}` : base;
}

/** A finding's place in ESLint's terms: the engine's columns are 1-based, each language states where its own start. */
function findingLoc(finding: LintMessage, columnStart: 0 | 1): AST.SourceLocation {
  return {
    start: { line: finding.line, column: finding.column - 1 + columnStart },
    end: { line: finding.endLine ?? finding.line, column: (finding.endColumn ?? finding.column) - 1 + columnStart },
  };
}

/**
 * The visitors every valuelint ESLint rule uses: the file's analysis (once per file and option set,
 * see findings.ts), handed to `report` with the column base of the language ESLint parsed it with.
 */
function visitors(context: EslintRule.RuleContext, options: Pick<AnalysisRequest, 'includeQuoted' | 'minConfidence'>, report: (analysis: Analysis, columnStart: 0 | 1) => void): EslintRule.RuleListener {
  const analyse = (kind: FileKind | undefined, mdast?: MdastRoot) =>
    analysisFor(context.sourceCode, {
      text: context.sourceCode.text,
      filePath: context.filename,
      cwd: context.cwd,
      includeQuoted: options.includeQuoted,
      ...(options.minConfidence ? { minConfidence: options.minConfidence } : {}),
      ...(kind ? { kind } : {}),
      ...(mdast ? { mdast } : {}),
    });
  return {
    // ESLint's JavaScript language (espree, or typescript-eslint's parser): 0-based columns.
    // Only files the engine has a front-end for are analysed; others would be misread as prose.
    Program() {
      if (kindOfPath(context.filename) === undefined) return;
      report(analyse(undefined), 0);
    },
    // @eslint/markdown's languages: 1-based columns (TOOLCHAIN §2a). The user's config chose
    // Markdown for this file, whatever its extension.
    // Its tree is the engine's own kind (mdast, from the same micromark), so it is not parsed again.
    root() {
      report(analyse('markdown', context.sourceCode.ast as unknown as MdastRoot), 1);
    },
  };
}

export function toEslintRule(rule: Rule): EslintRule.RuleModule {
  return {
    meta: {
      type: 'suggestion',
      docs: {
        description: rule.description,
        url: ruleUrl(rule),
        recommended: true,
      },
      messages: {
        [messageId]: messageTemplate(rule),
        [failureId]: 'valuelint could not analyse this file: {{reason}}',
        [directiveId]: 'valuelint: {{message}}',
      },
      schema: [
        {
          type: 'object',
          properties: {
            includeQuoted: {
              type: 'boolean',
              description: 'Also report matches inside quotations and blockquotes.',
            },
            minConfidence: {
              enum: ['low', 'medium', 'high'],
              description: 'Report only findings of at least this confidence (default: the minConfidence of the file\'s .valuelintrc, else low).',
            },
          },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ includeQuoted: false }],
      languages: ruleLanguages,
    },
    create(context) {
      const [options] = context.options as [RuleOptions];
      const report = (analysis: Analysis, columnStart: 0 | 1) => {
        if (!analysis.fileProblemsReported) {
          analysis.fileProblemsReported = true;
          for (const problem of analysis.fileProblems) {
            const at = { line: problem.line, column: problem.column - 1 + columnStart };
            if (problem.fatal) context.report({ messageId: failureId, data: { reason: problem.message }, loc: at });
            else context.report({ messageId: directiveId, data: { message: problem.message }, loc: at });
          }
        }
        for (const finding of analysis.findings) {
          if (finding.ruleId !== rule.id) continue;
          context.report({
            messageId,
            data: { actual: quotedWords(finding.actual ?? ''), ...(rule.suggestion ? { suggestion: rule.suggestion } : {}) },
            loc: findingLoc(finding, columnStart),
          });
        }
      };
      return visitors(context, { includeQuoted: options.includeQuoted ?? false, minConfidence: options.minConfidence }, report);
    },
  };
}

/** The id of the one ESLint rule that reports the rules of a config's rule packs. */
export const packRuleId = 'rule-packs';

/**
 * A collective's own rules (rulePacks in a .valuelintrc) are loaded with the config, per file, after
 * ESLint has fixed the plugin's rule list; so one ESLint rule, `valuelint/rule-packs`, reports
 * every finding of a rule that is not bundled, with that rule's own message and id in the text.
 */
export function packRulesEslintRule(bundled: ReadonlySet<string>): EslintRule.RuleModule {
  return {
    meta: {
      type: 'suggestion',
      docs: { description: 'Findings of the rules in the rule packs that the file\'s .valuelintrc names.', recommended: true },
      messages: { [messageId]: '{{message}} [{{ruleId}}]' },
      schema: [],
      languages: ruleLanguages,
    },
    create(context) {
      const report = (analysis: Analysis, columnStart: 0 | 1) => {
        for (const finding of analysis.findings) {
          if (!finding.ruleId || bundled.has(finding.ruleId)) continue;
          const message = finding.suggestion ? `${finding.message} Suggestion: ${finding.suggestion}` : finding.message;
          context.report({ messageId, data: { message, ruleId: finding.ruleId }, loc: findingLoc(finding, columnStart) });
        }
      };
      return visitors(context, { includeQuoted: false }, report);
    },
  };
}
