/** Positions are exact: the reported range is the matched words, in every front-end and line ending. */
import { describe, expect, it } from 'vitest';
import { findText } from '../src/index.js';

function check(text: string, filePath: string) {
  const findings = findText(text, { filePath });
  expect(findings.length).toBeGreaterThan(0);
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of findings) {
    expect(text.slice(f.offset, f.endOffset)).toBe(f.actual);
    if (f.line === f.endLine) expect(lines[f.line - 1]!.slice(f.column - 1, f.endColumn - 1)).toBe(f.actual);
  }
  return findings;
}

describe('positions', () => {
  it('are exact in Markdown with emphasis, links and lists', () => {
    const found = check('# Plan\n\n- Each volunteer **logs their hours** in [the book](https://x.org/log-hours).\n', 'p.md');
    expect(found[0]).toMatchObject({ line: 3, column: 20, endLine: 3, endColumn: 36 });
  });
  it('are exact with CRLF and lone CR line ends', () => {
    check('Intro.\r\n\r\nWe log hours daily.\r\n', 'p.md');
    check('Intro.\r\rWe log hours daily.\r', 'p.txt');
  });
  it('are exact in plain text and after a BOM', () => {
    const found = check('\uFEFFFirst line.\nSecond: drivers clock in at six.\n', 'p.txt');
    expect(found[0]).toMatchObject({ line: 2, column: 17 });
  });
  it('never come from code, front matter or link targets', () => {
    expect(findText('---\nnote: we log hours\n---\n\n`log hours` and [x](https://a.org/we-log-hours)\n\n```\nwe log hours\n```\n', { filePath: 'p.md' })).toEqual([]);
  });
});
