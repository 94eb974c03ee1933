/**
 * SARIF 2.1.0 for GitHub code scanning: one run; tool.driver lists every rule (id, short and full
 * description with the cited passage, help text and Markdown, helpUri to docs/rules/<id>.md,
 * default level); results carry ruleId, ruleIndex, level, message, a location relative to
 * %SRCROOT% (sarif-locations.ts) with the matched words as snippet and the lines around them as
 * contextRegion when the text is at hand, and the finding's fingerprint. Suppressed findings are
 * omitted (GitHub ignores SARIF suppressions); messages without a rule (unreadable files, directive
 * problems) become tool notifications. `automationDetails.id` is `valuelint/`: code scanning keeps
 * an id already in the log over upload-sarif's `category`, so action.yml rewrites it per category.
 */
import { citedSections } from '../rule.js';
import { allRules } from '../registry.js';
import { ruleUrl } from '../result.js';
import type { LintMessage, LintResult, Rule } from '../types.js';
import { artifactLocation, clampedRegion, srcRoot, srcRootUri } from './sarif-locations.js';
import { SourceLines } from './source-lines.js';
import type { FormatContext } from './stylish.js';

const informationUri = 'https://github.com/valuelint/valuelint';
/** GitHub rejects descriptions over 1024 characters. */
const maxDescription = 1024;
/** Snippets longer than this are left out (a minified one-line file would repeat itself per finding). */
const maxSnippet = 2000;
export const automationId = 'valuelint/';

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

function snippet(text: string) {
  return text.length > 0 && text.length <= maxSnippet ? { snippet: { text } } : {};
}

/** The region, with the matched words as its snippet, and the lines around it (one either side). */
function regions(m: LintMessage, source: string | undefined, lines: SourceLines | undefined) {
  const region = clampedRegion(m);
  if (source === undefined || lines === undefined) return { region };
  const matched = m.offset !== undefined && m.endOffset !== undefined && m.endOffset <= source.length ? source.slice(m.offset, m.endOffset) : '';
  const endLine = Math.min(region.endLine ?? region.startLine, lines.count);
  const around = { startLine: Math.max(1, region.startLine - 1), endLine: Math.min(lines.count, endLine + 1) };
  const contextText = lines.slice(around.startLine, around.endLine);
  return {
    region: { ...region, ...snippet(matched) },
    ...(contextText.length <= maxSnippet && region.startLine <= lines.count ? { contextRegion: { ...around, ...snippet(contextText) } } : {}),
  };
}

export function formatSarif(results: readonly LintResult[], context: FormatContext): string {
  const rules = context.rules ?? allRules;
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  let fatal = false;
  for (const result of results) {
    const artifact = artifactLocation(context.cwd, result.filePath);
    const lines = result.source === undefined ? undefined : new SourceLines(result.source);
    for (const m of result.messages) {
      const location = { physicalLocation: { artifactLocation: artifact, ...regions(m, result.source, lines) } };
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
            fullName: context.toolVersion ? `valuelint ${context.toolVersion}` : 'valuelint',
            ...(context.toolVersion ? { semanticVersion: context.toolVersion, version: context.toolVersion } : {}),
            informationUri,
            rules: rules.map(describeRule),
          },
        },
        automationDetails: { id: automationId },
        originalUriBaseIds: { [srcRoot]: { uri: srcRootUri(context.cwd) } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: !fatal, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
