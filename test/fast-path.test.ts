/**
 * The fast path (skip blocks that cannot match before parsing them) must give exactly the findings
 * of the full analysis: over the fixtures, the dev set and a real corpus folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { glob } from 'tinyglobby';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildTriggerIndex, completePatterns } from '../src/engine/prefilter.js';
import { compileRuleSet } from '../src/engine/rule-set.js';
import { listItemPieces, markdownBlocks } from '../src/frontends/blocks.js';
import { defineRule, WORK } from '../src/rule.js';
import { findText, supportedExtensions } from '../src/index.js';
import { hasShared, noteSkippedWithoutShared, projectRoot, readShared, sharedRoot } from './helpers.js';

function same(text: string, filePath: string) {
  const fast = findText(text, { filePath });
  const full = findText(text, { filePath, fastPath: false });
  expect(fast).toEqual(full);
  return full.length;
}

const extensionGlob = `**/*.{${supportedExtensions.map((e) => e.slice(1)).join(',')}}`;

describe('fast path equals full analysis', () => {
  it('on the fixtures', async () => {
    const files = await glob(extensionGlob, { cwd: join(projectRoot, 'fixtures'), absolute: true });
    expect(files.length).toBeGreaterThan(0);
    let findings = 0;
    for (const file of files) findings += same(readFileSync(file, 'utf8'), file);
    expect(findings).toBeGreaterThan(0);
  });

  it('on Markdown that spans blank lines in fences, comments and lists', () => {
    const text = [
      '---', 'title: x', '---', '', 'Members log their hours.', '', '```', 'code', '', 'we log hours in code', '```', '',
      '<!-- a comment', '', 'we log hours in a comment -->', '', '- an item', '', '  that continues: we log hours.', '',
      '    indented code: we log hours', '', '[ref link][r] and we log hours.', '', '[r]: https://example.org', '',
    ].join('\n');
    expect(same(text, 'a.md')).toBeGreaterThan(0);
  });

  it('on lists parsed item by item (nesting, lazy lines, ordered items, code and blank lines in items)', () => {
    const text = [
      '- Rotas are kept as they are.', '  - Each volunteer logs their hours', '    in the shared sheet.', '  - Nothing else.',
      '- The bakers meet on Fridays', 'and members log their hours there.', '',
      '1. First we meet.', '   - Members log their hours.', '2. Then we pay members by the hour.', '',
      '1. Plans:', '   - we keep a ledger of hours', '   2. members log their hours', '',
      '- A list', '  - nested', '      - too deep: members log their hours', '',
      '- Loose items', '', '  with a second paragraph: members log their hours.', '',
      '      indented code after it: members log their hours', '',
      '- Items with a [link][r] to the wage table: we pay a wage.', '- And *emphasis* on hours', '  logged by each member.', '',
      '* Stars', '+ Pluses: each volunteer logs their hours.', '',
      '- A quote inside', '  > members log their hours', '',
      '[r]: https://example.org/wages',
    ].join('\n');
    expect(same(text, 'lists.md')).toBeGreaterThan(4);
    expect(same(text.replace(/\n/g, '\r\n'), 'lists-crlf.md')).toBeGreaterThan(4);
  });

  it('on inline Markdown that the word scan blanks or keeps (links, code, HTML, entities, addresses)', () => {
    const text = [
      'Each volunteer logs **five** hours per week.',
      'Each volunteer logs [five](https://example.org/a_(b) "five hours") hours per week.',
      'Each volunteer logs five [hours][h] per week, see <https://example.org/hours-per-week>.',
      'Each volunteer logs five<!-- not counted --> hours<sup>1</sup> per&nbsp;week.',
      'Each volunteer logs five hours[^n] per week; `hours per week` is the field.',
      'We log hours https://example.org/we-pay-members-by-the-hour and www.example.org/pay-by-the-hour too.',
      'Read [the pay guide]({% page "we pay members by the hour" %}) first.',
      '![members are paid by the hour](pay.png) The image says it.',
      '',
      '[h]: https://example.org/h',
      '[^n]: A note on hours.',
    ].join('\n\n');
    expect(same(text, 'inline.md')).toBeGreaterThan(3);
  });

  it('on the classes a differential fuzz found (front matter, fences, plain text, definitions, list items)', () => {
    for (const [text, filePath] of [
      ['Intro.\n\n---\nMembers log their hours.\n---\n', 'a.md'], // --- ... --- not at offset 0: not front matter
      ['```a`b\nMembers log their hours.\n\nMembers log their hours.\n', 'a.md'], // a backtick in the info string: no fence
      ['Members log `their hours` here.\n\nMembers log <their> hours.\n', 'a.txt'], // no Markdown blanking in text
      ['[1]: we week we -  wage\n', 'a.md'], // the definition appended to its own block
      ['" pay    <!--\n\n\nlogs timesheet timesheet by --> ~~~\n', 'a.md'], // an inline comment cannot span a blank line
      ['each *** ```a`b *** <b> wage week\n``` five not hours logs )', 'a.md'], // a fence interrupts a code span
      [' - each\n  10. x\n\n     1) logs log hours members week\n  - * hours week\n', 'a.md'], // code after a blank line in a list
      ['- a\n  1. b\n1.     - ** per\n        per by per timesheet\n', 'a.md'], // code right after a marker
      ['---\n\n1. we\n      1. log\n - five timesheet\n', 'a.md'], // unclosed front matter
      ['    code\n\n > *\n      1) 1. logs hours\n', 'a.md'], // the block after indented code
      ['members\n\n    members\n\n10. \nquota', 'a.md'], // the block after a block that ends in indented code
      ['[1]:\n[1]: ---\ntimesheet', 'a.md'], // a "definition" inside a paragraph defines nothing
      ['[x][1] members members\n\n1.  [1]: members\n', 'a.md'], // a definition inside a list item does
      ['week\nfive [x][1]\nmembers', 'a.md'], // an undefined reference label is text, not blanked
      ['1.  ---\nfee\n      1.  members\n', 'a.md'], // an item that holds a rule ends the list
      ['1)  </b>\n    1)  |\nwage\n', 'a.md'], // an item that opens HTML
      ['1)  members\n    * 10. \nfee\n', 'a.md'], // a marker right after a marker
      ['log `\nmembers ` by === hours\n', 'a.md'], // a code span across the lines of a paragraph
      ['      ```a`b\nquota `', 'a.md'], // ... but not from indented code
      ['`\n    1)  members\n```a`b fee `', 'a.md'], // ... across lines that only look like blocks
      ['<!--\n--> ```a`b\nwage ```', 'a.md'], // an HTML block runs to the end of the line the comment closes on
      ['1)  <!--\nmembers\nmembers -->\n', 'a.md'], // ... and in an item, takes no lazy lines
      ['--- <!--\n``` -->\n\nprice\n', 'a.md'], // a comment after text is inline: the fence after it counts
    ] as const) same(text, filePath);
  });

  it('on paragraphs with more delimiter runs than emphasis is resolved for (read with it off)', () => {
    const runs = '*a '.repeat(1100);
    const text = [
      'We pay members by the hour.', '',
      `${runs}members log their hours \`each volunteer logs hours\` and **we pay a wage**.`, '',
      `- ${'**bakers** '.repeat(600)}log their hours`, '2. members log their hours', '',
      '    code', '', `${'_'.repeat(3000)} we log hours ~~per week~~`, '',
    ].join('\n');
    expect(same(text, 'runs.md')).toBeGreaterThan(2);
    // A tree that resolved that emphasis is not used: the findings are the command line's.
    const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
    expect(findText(text, { filePath: 'runs.md', mdast: tree })).toEqual(findText(text, { filePath: 'runs.md' }));
  });

  it('on the fixtures, from a tree parsed beforehand (the ESLint plugin reuses its Markdown tree)', async () => {
    // GFM, as @eslint/markdown's markdown/gfm parses; CommonMark, as markdown/commonmark does (a
    // tree that misreads a table or an autolink is not used: the engine parses those blocks itself).
    const gfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
    const commonmark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
    const files = await glob('**/*.md', { cwd: join(projectRoot, 'fixtures'), absolute: true });
    let findings = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const full = findText(text, { filePath: file, fastPath: false });
      for (const parser of [gfm, commonmark]) expect(findText(text, { filePath: file, mdast: parser.parse(text) as Root })).toEqual(full);
      findings += full.length;
    }
    const table = '| Task | Who |\n| --- | --- |\n| baking | Members log their hours |\n\nSee www.example.org/hours for the pay per hour.\n';
    for (const parser of [gfm, commonmark]) {
      expect(findText(table, { filePath: 't.md', mdast: parser.parse(table) as Root })).toEqual(findText(table, { filePath: 't.md' }));
    }
    expect(findings).toBeGreaterThan(0);
    // A tree whose parser did not expect front matter is not used: front matter stays data.
    const text = '---\ntitle: We pay members by the hour\n---\n\nMembers log their hours.\n';
    const plain = unified().use(remarkParse).parse(text) as Root;
    expect(findText(text, { filePath: 'a.md', mdast: plain })).toEqual(findText(text, { filePath: 'a.md' }));
  });

  it.skipIf(!hasShared)('on the dev set', { timeout: 120_000 }, () => {
    const cases = readShared('eval', 'dev.jsonl').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { kind: string; text: string });
    for (const c of cases) same(c.text, c.kind === 'markdown' ? 'case.md' : c.kind === 'ts' ? 'case.ts' : 'case.txt');
  });

  it.skipIf(!hasShared)('on a real corpus folder', { timeout: 180_000 }, async () => {
    const files = await glob('**/*.md', { cwd: join(sharedRoot, 'corpus', 'organizing', 'loomio-coop-handbook'), absolute: true });
    const commonmark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      same(text, file);
      // And from a CommonMark tree, as the ESLint plugin gets it from @eslint/markdown's recommended.
      expect(findText(text, { filePath: file, mdast: commonmark.parse(text) as Root })).toEqual(findText(text, { filePath: file }));
    }
  });

  noteSkippedWithoutShared(it);
});

describe('markdownBlocks', () => {
  const blocksOf = (text: string) => markdownBlocks(text).map((b) => (b.skip ? '(skip)' : text.slice(b.start, b.end)));
  it('keeps fences, comments and indented continuations whole, and skips front matter', () => {
    expect(blocksOf('---\na: 1\n---\n\npara one\n\n```\nx\n\ny\n```\n\n<!-- a\n\nb -->\n\n- item\n\n  more\n')).toEqual([
      '(skip)', 'para one', '(skip)', '<!-- a\n\nb -->', '- item\n\n  more',
    ]);
  });
  it('handles CRLF line ends', () => {
    expect(blocksOf('one\r\ntwo\r\n\r\nthree')).toEqual(['one\r\ntwo', 'three']);
  });
});

describe('list blocks cut into items (fast path)', () => {
  const cut = (block: string) => listItemPieces(block)?.map((p) => [block.slice(p.start, p.end), p.indent]);
  it('cuts at bullets and at items numbered 1, with each piece\'s indentation', () => {
    expect(cut('- a\n  - b\n    more b\n- c')).toEqual([['- a', 0], ['  - b\n    more b', 2], ['- c', 0]]);
    expect(cut('1. a\n2. b\n   1. c')).toEqual([['1. a', 0], ['2. b', 0], ['   1. c', 3]]);
  });
  it('keeps a later-numbered item with the piece before it, unless that piece is deeper', () => {
    expect(cut('- a\n  2. b')).toBeUndefined(); // one piece only: nothing to cut
    expect(cut('1. a\n   - b\n2. c')).toEqual([['1. a', 0], ['   - b', 3], ['2. c', 0]]);
  });
  it('does not cut what could read differently alone', () => {
    for (const block of [
      '    - code, not a list\n- a', '- a\n      - too deep to be an item', '- a\n  ```\n  - b\n  ```', '- a\n  > - b',
      '- a\n<div>\n- b', '- a\n\t- b', '- a\n---\n- b', '- a\n# b\n- c', '- a\n| b | c |\n- d', 'text\n- a\n- b',
    ]) expect(cut(block), block).toBeUndefined();
  });
});

describe('the trigger index (fast path, stage 1)', () => {
  const rule = defineRule({
    id: 'accounting/test-reach',
    description: 'test',
    message: 'test',
    explanation: 'test',
    citation: { work: WORK, section: '§1', title: 'test', passages: ['test'] },
    patterns: [{ match: 'ledger ..8 entry' }],
    examples: { invalid: [], valid: [] },
  } as unknown as Parameters<typeof defineRule>[0]);
  const set = compileRuleSet([rule]);
  const index = buildTriggerIndex(set);
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it('keeps a block whose trigger words are within a match’s reach, in either order', () => {
    expect(completePatterns(index, `the ledger ${words(8)} entry`)).toEqual([0]);
    expect(completePatterns(index, `entry ${words(3)} ledger`)).toEqual([0]);
  });
  it('drops a block whose trigger words stand further apart than any match can span', () => {
    expect(completePatterns(index, `the ledger ${words(20)} entry`)).toEqual([]);
    expect(completePatterns(index, 'the ledger alone')).toEqual([]);
  });
});
