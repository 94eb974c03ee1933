/**
 * SARIF 2.1.0 for GitHub code scanning: one run; tool.driver lists every rule (id, short and full
 * description with the cited passage, help text and Markdown, helpUri to docs/rules/<id>.md,
 * default level); results carry ruleId, ruleIndex, level, message, a repo-relative location and
 * the finding's fingerprint. Suppressed findings are omitted (GitHub ignores SARIF suppressions);
 * messages without a rule (unreadable files, directive problems) become tool notifications.
 */
import { citedSections } from '../rule.js';
import { allRules } from '../registry.js';
import { ruleUrl } from '../result.js';
import type { LintMessage, LintResult, Rule } from '../types.js';
import { relativePath } from './paths.js';
import type { FormatContext } from './stylish.js';

const informationUri = 'https://github.com/valuelint/valuelint';
/** GitHub rejects descriptions over 1024 characters. */
const maxDescription = 1024;

function clip(text: string): string {
  return text.length <= maxDescription ? text : `${text.slice(0, maxDescription - 1)}…`;
}

function levelOf(severity: number | string): 'error' | 'warning' {
  return severity === 2 || severity === 'error' ? 'error' : 'warning';
}

function citationText(rule: Rule): string {
  return citedSections(rule).map(({ section, title, passages }) => `${section} “${title}”: ${passages.map((p) => `“${p}”`).join(' ')}`).join(' ');
}

function describeRule(rule: Rule) {
  const source = `Source: ${rule.citation.work}, ${citationText(rule)}`;
  const instead = rule.suggestion ? `\n\nInstead: ${rule.suggestion}` : '';
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: clip(rule.description) },
    fullDescription: { text: clip(citationText(rule)) },
    help: {
      text: `${rule.explanation}${instead}\n\n${source}`,
      markdown: [
        rule.explanation,
        ...(rule.suggestion ? ['', `**Instead:** ${rule.suggestion}`] : []),
        '',
        `**Source:** ${rule.citation.work}`,
        ...citedSections(rule).flatMap((s) => ['', `${s.section} “${s.title}”`, '', ...s.passages.map((p) => `> ${p}`)]),
        '',
        `[Rule documentation](${ruleUrl(rule)})`,
      ].join('\n'),
    },
    helpUri: ruleUrl(rule),
    defaultConfiguration: { level: levelOf(rule.severity) },
    properties: { tags: ['value-logic', rule.category], category: rule.category },
  };
}

function region(m: LintMessage) {
  return {
    startLine: m.line,
    startColumn: m.column,
    ...(m.endLine !== undefined ? { endLine: m.endLine } : {}),
    ...(m.endColumn !== undefined ? { endColumn: m.endColumn } : {}),
  };
}

export function formatSarif(results: readonly LintResult[], context: FormatContext): string {
  const rules = context.rules ?? allRules;
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  let fatal = false;
  for (const result of results) {
    const uri = encodeURI(relativePath(context.cwd, result.filePath));
    for (const m of result.messages) {
      const location = { physicalLocation: { artifactLocation: { uri }, region: region(m) } };
      const index = m.ruleId ? ruleIndex.get(m.ruleId) : undefined;
      if (m.ruleId === null || index === undefined) {
        fatal ||= Boolean(m.fatal);
        notifications.push({ level: levelOf(m.severity), message: { text: m.message }, locations: [location] });
        continue;
      }
      const fingerprint = (m as { fingerprint?: string }).fingerprint;
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex: index,
        level: levelOf(m.severity),
        message: { text: m.message },
        locations: [location],
        ...(fingerprint ? { partialFingerprints: { 'valuelint/v1': fingerprint } } : {}),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'valuelint',
            ...(context.toolVersion ? { semanticVersion: context.toolVersion, version: context.toolVersion } : {}),
            informationUri,
            rules: rules.map(describeRule),
          },
        },
        invocations: [{ executionSuccessful: !fatal, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
