/** Shared test helpers. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleExample } from '../src/types.js';
import type { FileKind } from '../src/frontends/index.js';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** ../shared beside the project: present here and in CI, absent in a user's clone. */
export const sharedRoot = join(projectRoot, '..', 'shared');
export const hasShared = existsSync(join(sharedRoot, 'source', 'crisis-activity-and-communization.txt'));
export const sharedSkipReason = 'skipped: ../shared (the essay and labelled sets) is not beside this clone';

export function readShared(...parts: string[]): string {
  return readFileSync(join(sharedRoot, ...parts), 'utf8');
}

const kindToFile: Record<NonNullable<RuleExample['kind']>, { kind?: FileKind; filePath: string }> = {
  md: { kind: 'markdown', filePath: 'example.md' },
  txt: { kind: 'text', filePath: 'example.txt' },
  ts: { filePath: 'example.ts' },
  json: { filePath: 'example.json' },
  yaml: { filePath: 'example.yaml' },
};

export function exampleOf(example: string | RuleExample): { text: string; kind?: FileKind; filePath: string } {
  const e = typeof example === 'string' ? { text: example } : example;
  return { text: e.text, ...kindToFile[e.kind ?? 'md'] };
}

/** Without ../shared, leave one skipped test whose name says why (vitest lists it as skipped). */
export function noteSkippedWithoutShared(it: { skip: (name: string, fn: () => void) => void }): void {
  if (!hasShared) it.skip(sharedSkipReason, () => {});
}
