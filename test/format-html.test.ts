/** The HTML report as text: untrusted content escaped, findings marked at their offsets, nothing external. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../src/formatters/html.js';
import { markedText } from '../src/formatters/html-marks.js';
import { lintDocument } from '../src/linter.js';
import type { LintResult } from '../src/types.js';

const hostile = 'Our plan <script>alert(1)</script> & "more": every volunteer logs their hours in the sheet. <img src=x onerror=alert(2)>\n';

function reportOf(text: string, filePath = '/repo/plan <b>.md'): { html: string; result: LintResult } {
  const result = { ...lintDocument(text, { filePath }), source: text };
  return { html: formatHtml([result], { cwd: '/repo', color: false }), result };
}

describe('HTML report', () => {
  it('escapes the linted text and the file name', () => {
    const { html, result } = reportOf(hostile);
    expect(result.messages.length).toBeGreaterThan(0);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
    expect(html).toContain('plan &lt;b&gt;.md');
  });

  it('marks each finding with its rule, category, confidence and id', () => {
    const { html, result } = reportOf(hostile);
    const finding = result.messages[0]!;
    const mark = new RegExp(`<mark id="f1-1" data-finding="f1-1" class="cat-${finding.category}" data-rule="${finding.ruleId}" data-category="${finding.category}" data-confidence="${finding.confidence}"[^>]*>${finding.actual}</mark>`);
    expect(html).toMatch(mark);
    expect(html).toContain('id="note-f1-1"');
    expect(html).toContain(finding.citation!.section);
  });

  it('loads nothing: no external scripts, styles, fonts or images', () => {
    const { html } = reportOf(hostile);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b|<script\s+src|url\(/i);
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
  });

  it('reads without the text of a file (only notes)', () => {
    const { result } = reportOf(hostile);
    const { source: _dropped, ...withoutSource } = result;
    const html = formatHtml([withoutSource], { cwd: '/repo', color: false });
    expect(html).not.toContain('<mark');
    expect(html).toContain('The text of this file is not part of the report.');
    expect(html).toContain('id="note-f1-1"');
  });

  it('at scale: files by number of findings, most first, and clean files listed once, collapsed', () => {
    const sentence = 'Every volunteer logs their hours in the sheet.\n';
    const results: LintResult[] = [];
    for (const [name, copies] of [['a.md', 9], ['b.md', 10], ['c.md', 2]] as const) {
      const text = sentence.repeat(copies).split('\n').join('\n\n');
      results.push({ ...lintDocument(text, { filePath: `/repo/${name}` }), source: text });
    }
    for (let i = 0; i < 200; i++) results.push({ ...lintDocument('The garden is open.\n', { filePath: `/repo/clean-${i}.md` }), source: 'The garden is open.\n' });
    const html = formatHtml(results, { cwd: '/repo', color: false });
    // 10 before 9: by number, not by the text of the count.
    const order = ['b.md', 'a.md', 'c.md'].map((name) => html.indexOf(`<tr><td><a href="#doc-${results.findIndex((r) => r.filePath === `/repo/${name}`) + 1}">`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(html.match(/<section class="document"/g)).toHaveLength(3);
    expect(html).toContain('<a href="#clean">200 files without findings</a>');
    expect(html).toMatch(/<section class="document clean" id="clean"[^>]*><details><summary><h2 id="clean-heading">200 files without findings<\/h2><\/summary><ul><li id="doc-4">clean-0.md<\/li>/);
    // Each clean file costs its name in the list, the index and the table, not a section with its text.
    const oneClean = formatHtml(results.slice(0, 4), { cwd: '/repo', color: false }).length;
    expect((html.length - oneClean) / 199).toBeLessThan(200);
  });
});

describe('markedText', () => {
  const span = (id: string, offset: number, endOffset: number) => ({ id, offset, endOffset, attributes: {} });

  it('nests a finding inside another without splitting it', () => {
    const html = markedText('keep a ledger of hours', [span('a', 5, 22), span('b', 7, 13)]);
    expect(html).toBe('keep <mark id="a" data-finding="a">a <mark id="b" data-finding="b">ledger</mark> of hours</mark>');
  });

  it('splits a crossing finding into fragments that together read its words', () => {
    const text = 'members must log their hours';
    const html = markedText(text, [span('a', 8, 16), span('b', 13, 28)]);
    expect(html).toBe('members <mark id="a" data-finding="a">must <mark id="b" data-finding="b">log</mark></mark>'
      + '<mark data-finding="b"> their hours</mark>');
  });

  it('ignores offsets outside the text and escapes every piece', () => {
    expect(markedText('a<b', [span('x', 2, 9)])).toBe('a&lt;b');
  });

  /** The marks as first written: every piece of text looks at every finding. */
  function reference(text: string, spans: ReturnType<typeof span>[]): string {
    const valid = spans.filter((s) => s.offset >= 0 && s.endOffset > s.offset && s.endOffset <= text.length)
      .sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
    const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.offset, s.endOffset])])].sort((a, b) => a - b);
    const opened = new Set<string>();
    const stack: typeof valid = [];
    let html = '';
    for (let i = 0; i + 1 < cuts.length; i++) {
      const covering = valid.filter((s) => s.offset <= cuts[i]! && s.endOffset >= cuts[i + 1]!);
      const keep = stack.findIndex((s) => !covering.includes(s));
      if (keep >= 0) while (stack.length > keep) [stack.pop(), (html += '</mark>')];
      for (const s of covering.filter((c) => !stack.includes(c))) {
        html += `<mark${opened.has(s.id) ? '' : ` id="${s.id}"`} data-finding="${s.id}">`;
        opened.add(s.id);
        stack.push(s);
      }
      html += text.slice(cuts[i], cuts[i + 1]);
    }
    return html + '</mark>'.repeat(stack.length);
  }

  it('gives what looking at every finding for every piece gives, on nested and crossing findings (issue 19.3)', () => {
    const text = 'abcdefghij'.repeat(30);
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: -2, max: 305 }), fc.integer({ min: 0, max: 40 })), { maxLength: 40 }), (pairs) => {
      const spans = pairs.map(([offset, length], i) => span(`f${i}`, offset, offset + length));
      expect(markedText(text, spans)).toBe(reference(text, spans));
    }), { seed: 19_003, numRuns: 500 });
  });

  it('reads each finding a logarithmic number of times, not once per piece of text', () => {
    let reads = 0;
    const count = 2000;
    const spans = Array.from({ length: count }, (_, i) => new Proxy(span(`f${i}`, 10 * i, 10 * i + 5), { get: (target, key) => (reads++, target[key as keyof typeof target]) }));
    markedText('members log their hours. '.repeat(count * 10 / 25), spans);
    expect(reads).toBeLessThan(100 * count);
  });
});
