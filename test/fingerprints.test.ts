/**
 * Baseline fingerprints survive edits elsewhere in the file (issue 18.5): in each bundled sample
 * plan, each line (code, data) or paragraph (prose) that holds no finding is deleted in turn, and
 * every finding must keep its fingerprint. Code and data have no sentences, so there a fingerprint's context is the finding's
 * own lines; in prose it is the sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../src/linter.js';
import type { GateMessage } from '../src/suppressions/apply.js';
import { projectRoot } from './helpers.js';

function prints(text: string, filePath: string): string[] {
  return (lintDocument(text, { filePath }).messages as GateMessage[]).filter((m) => m.fingerprint).map((m) => m.fingerprint!);
}

/** Lines that hold a finding (0-based). */
function findingLines(text: string, filePath: string): Set<number> {
  return new Set(lintDocument(text, { filePath }).messages.flatMap((m) => {
    const lines: number[] = [];
    for (let l = m.line; l <= (m.endLine ?? m.line); l++) lines.push(l - 1);
    return lines;
  }));
}

/** A line of code or data that stands alone: a comment, an entry (`key: value,`), a one-line statement or item. */
const selfContained = /^\s*(?:\/\/.*|#.*|[\w'"]+\??:\s.*[^{[(]\s*|- [^:]+|(?:export )?(?:type|const|let) .*;)$/;

/**
 * Edits unrelated to any finding: in code and data, deleting one self-contained line that holds no
 * finding; in prose, deleting one paragraph that holds none (a line of a paragraph is part of its
 * sentences, so of their fingerprints).
 */
function unrelatedEdits(text: string, filePath: string): Array<[string, string]> {
  const taken = findingLines(text, filePath);
  const lines = text.split('\n');
  const edits: Array<[string, string]> = [];
  if (/\.(md|txt)$/.test(filePath)) {
    const blocks: number[][] = [[]];
    lines.forEach((line, i) => (line.trim() === '' ? blocks.push([]) : blocks[blocks.length - 1]!.push(i)));
    for (const block of blocks) {
      if (block.length === 0 || block.some((i) => taken.has(i))) continue;
      edits.push([`lines ${block[0]! + 1}-${block[block.length - 1]! + 1}`, lines.filter((_, i) => !block.includes(i)).join('\n')]);
    }
  } else {
    lines.forEach((line, i) => {
      if (!taken.has(i) && selfContained.test(line)) edits.push([`line ${i + 1} (${line.trim().slice(0, 40)})`, [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n')]);
    });
  }
  return edits;
}

describe.each([
  ['fixtures/code/harmful-plan.ts'],
  ['fixtures/code/plan.config.ts'],
  ['fixtures/code/plan.yaml'],
  ['fixtures/plans/food-distribution.md'],
])('fingerprints of %s', (file) => {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  it('has findings to fingerprint', () => {
    expect(prints(text, file).length).toBeGreaterThan(2);
  });
  it('survive deleting any unrelated line or paragraph', () => {
    const before = new Set(prints(text, file));
    const edits = unrelatedEdits(text, file);
    expect(edits.length).toBeGreaterThan(0);
    const changed: string[] = [];
    for (const [where, edited] of edits) {
      const lost = prints(edited, file).filter((p) => !before.has(p)).length;
      if (lost > 0) changed.push(`${where}: ${lost} new`);
    }
    expect(changed).toEqual([]);
  });
});
