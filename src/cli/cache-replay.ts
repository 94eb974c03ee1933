/**
 * What a replayed cache entry may hold. A cache file is data from disk, and in CI the disk is the
 * pull request's: an entry is replayed only if every message has the shape valuelint itself
 * writes (a known rule with its own category and the severity this file's options give it, or a
 * rule-less message; whole-number positions; text fields as text). Counts are never replayed:
 * the caller recounts them from the messages (resultOf). See docs/security.md.
 */
import type { DocumentOptions } from '../linter.js';
import { ruleById } from '../registry.js';
import type { LintMessage } from '../types.js';

const textFields = ['message', 'actual', 'suggestion', 'url', 'confidence'] as const;
const confidences = new Set(['low', 'medium', 'high']);

function isPosition(value: unknown, optional: boolean): boolean {
  return value === undefined ? optional : Number.isSafeInteger(value) && (value as number) >= 0;
}

/** One message as valuelint writes it, for a file linted with `options`. */
export function isReplayableMessage(value: unknown, options: DocumentOptions): value is LintMessage {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const m = value as Record<string, unknown>;
  if (m.severity !== 1 && m.severity !== 2) return false;
  if (typeof m.message !== 'string') return false;
  for (const field of textFields) if (m[field] !== undefined && typeof m[field] !== 'string') return false;
  if (m.confidence !== undefined && !confidences.has(m.confidence as string)) return false;
  if (!isPosition(m.line, false) || !isPosition(m.column, false)) return false;
  for (const field of ['endLine', 'endColumn', 'offset', 'endOffset']) if (!isPosition(m[field], true)) return false;
  if (m.fatal !== undefined && m.fatal !== true) return false;
  if (m.ruleId === null) return m.category === undefined;
  const rule = typeof m.ruleId === 'string' ? ruleById.get(m.ruleId) : undefined;
  if (!rule || m.category !== rule.category || m.fatal !== undefined) return false;
  const setting = options.ruleSeverities?.[rule.id] ?? rule.severity;
  return setting !== 'off' && m.severity === (setting === 'error' ? 2 : 1) && (m.message as string).startsWith(rule.message);
}

export function areReplayableMessages(value: unknown, options: DocumentOptions): value is LintMessage[] {
  return Array.isArray(value) && value.every((m) => isReplayableMessage(m, options));
}
