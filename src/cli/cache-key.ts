/**
 * What a cached result depends on besides the file's bytes: the tool (version, rule ids, the rules
 * with their word classes, the context lexicon) and the file's own options (config severities,
 * flags). Any change gives a different hash, so stale results are never replayed.
 */
import { createHash } from 'node:crypto';
import { wordClasses } from '../lexicon/classes.js';
import * as contextLexicon from '../lexicon/context.js';
import type { DocumentOptions } from '../linter.js';
import { allRules } from '../registry.js';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with sorted keys and sets as sorted arrays: equal values give equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Set) return [...(v as Set<unknown>)].map(String).sort();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

let rulesHash: string | undefined;

/**
 * Hash of the tool: version, every rule (its patterns as written), the word classes the patterns
 * expand to, and the context lexicon: together they fix what the patterns compile to.
 */
export function toolFingerprint(version: string): string {
  rulesHash ??= sha256(stableJson({ rules: allRules, classes: wordClasses, context: contextLexicon }));
  return sha256(stableJson({ version, ids: allRules.map((r) => r.id), rules: rulesHash }));
}

/** Hash of the options one file is linted with (its resolved config and the CLI flags). */
export function optionsHash(options: DocumentOptions): string {
  return sha256(stableJson(options));
}
