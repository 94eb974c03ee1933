/** Inline suppressions: Markdown, code and YAML comment forms, scopes, reasons, unused ones. */
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { lintDocument, type DocumentOptions } from '../src/linter.js';
import { disableEdits } from '../src/lsp/disable-comment.js';
import { allRules, ruleById } from '../src/registry.js';
import { commentsOf } from '../src/suppressions/comments.js';
import { applyDirectives, type GateMessage } from '../src/suppressions/apply.js';
import type { Directive } from '../src/suppressions/directives.js';
import type { LintMessage } from '../src/types.js';
import { flagged } from './fixtures/run-cli.js';

const id = 'accounting/time-measurement';
const only: DocumentOptions = { ruleSeverities: Object.fromEntries(allRules.filter((r) => r.id !== id).map((r) => [r.id, 'off' as const])) };

function lint(text: string, filePath = 'plan.md', options: DocumentOptions = {}) {
  const result = lintDocument(text, { ...only, ...options, filePath });
  const lines = (ms: GateMessage[]) => ms.filter((m) => m.ruleId === id).map((m) => m.line);
  return { result, reported: lines(result.messages), suppressed: lines(result.suppressedMessages as GateMessage[]) };
}

describe('Markdown directives', () => {
  it('disable-next-line covers the next line only, and keeps the reason', () => {
    const { result, reported, suppressed } = lint(`<!-- valuelint-disable-next-line ${id} -- agreed at the assembly -->\n${flagged.hours}\n${flagged.clock}\n`);
    expect(suppressed).toEqual([2]);
    expect(reported).toEqual([3]);
    expect((result.suppressedMessages[0] as GateMessage).suppressions).toEqual([{ kind: 'directive', justification: 'agreed at the assembly' }]);
  });
  it('disable … enable covers a range; a category name covers its rules', () => {
    const text = `${flagged.hours}\n\n<!-- valuelint-disable accounting -->\n\n${flagged.clock}\n\n<!-- valuelint-enable accounting -->\n\n${flagged.register}\n`;
    const { reported, suppressed } = lint(text);
    expect(reported).toEqual([1, 9]);
    expect(suppressed).toEqual([5]);
  });
  it('disable without names covers every rule until the end', () => {
    expect(lint(`${flagged.hours}\n\n<!-- valuelint-disable -->\n\n${flagged.clock}\n`).reported).toEqual([1]);
  });
  it('ignores directives inside fenced and inline code', () => {
    const text = `\`\`\`html\n<!-- valuelint-disable -->\n\`\`\`\n\nUse \`<!-- valuelint-disable -->\` to silence a file.\n\n${flagged.hours}\n`;
    expect(lint(text).reported).toEqual([7]);
  });
  it('reports an unknown rule name with a suggestion, and does not disable everything', () => {
    const { result, reported } = lint(`<!-- valuelint-disable-next-line accounting/time-measurment -->\n${flagged.hours}\n`);
    expect(reported).toEqual([2]);
    expect(result.messages.find((m) => m.ruleId === null)?.message)
      .toBe(`Unknown rule or category "accounting/time-measurment" in valuelint-disable-next-line directive; did you mean "${id}"?`);
  });
  it('reports unused directives in ESLint\'s words when asked', () => {
    const text = `<!-- valuelint-disable-next-line ${id} -->\nNothing to see.\n\n<!-- valuelint-disable -->\n`;
    const quiet = lint(text).result.messages.filter((m) => m.ruleId === null);
    expect(quiet).toEqual([]);
    const loud = lint(text, 'plan.md', { reportUnusedDisableDirectives: 'warn' }).result.messages.filter((m) => m.ruleId === null);
    expect(loud.map((m) => [m.line, m.severity, m.message])).toEqual([
      [1, 1, `Unused valuelint-disable directive (no problems were reported from '${id}').`],
      [4, 1, 'Unused valuelint-disable directive (no problems were reported).'],
    ]);
  });
  it('can be switched off (--no-inline-config)', () => {
    expect(lint(`<!-- valuelint-disable -->\n${flagged.hours}\n`, 'plan.md', { inlineConfig: false }).reported).toEqual([2]);
  });
});

describe('comment syntaxes', () => {
  it('finds // and block comments in code, not text inside strings or templates', () => {
    const code = [
      'const a = "// valuelint-disable";',
      "const b = `x ${'}'} // valuelint-disable`;",
      '// valuelint-disable-next-line accounting -- reviewed',
      '/* valuelint-enable */ const c = 1;',
    ].join('\n');
    expect(commentsOf(code, 'c').map((c) => c.body.trim())).toEqual(['valuelint-disable-next-line accounting -- reviewed', 'valuelint-enable']);
  });
  it('finds # comments in YAML, not # inside quoted scalars or words', () => {
    const yaml = 'title: "Plan # 2"\nchannel: room#5\n# valuelint-disable-next-line accounting\nsteps: 3 # valuelint-disable-line\n';
    expect(commentsOf(yaml, 'hash').map((c) => c.body.trim())).toEqual(['valuelint-disable-next-line accounting', 'valuelint-disable-line']);
  });
  it('takes YAML directives from comments only: a # line inside a block scalar is text', () => {
    const yaml = [
      'notes: |',
      '  # valuelint-disable-next-line',
      `  ${flagged.hours}`,
      '  # valuelint-disable',
      '# valuelint-disable-next-line -- a real comment',
      `rule: ${flagged.hours}`,
      `other: ${flagged.hours}`,
    ].join('\n');
    expect(commentsOf(yaml, 'hash').map((c) => [c.body, yaml.slice(c.start, c.end)])).toEqual([
      [' valuelint-disable-next-line -- a real comment', '# valuelint-disable-next-line -- a real comment'],
    ]);
    const { reported, suppressed } = lint(`${yaml}\n`, 'plan.yaml');
    expect({ reported, suppressed }).toEqual({ reported: [3, 7], suppressed: [6] });
  });
  it('applies code directives to findings by line', () => {
    // Linted as Markdown text, but with the code comment syntax of a .ts path: the directive maths is the same.
    const { result } = lint('// valuelint-disable-next-line accounting -- legacy field\nx\n', 'plan.ts', { reportUnusedDisableDirectives: 'error' });
    expect(result.messages.map((m) => m.message)).toEqual(["Unused valuelint-disable directive (no problems were reported from 'accounting')."]);
  });
});

describe('directive comments are not prose (issue 18.3)', () => {
  // Every rule on: the rule ids and categories a directive names ("accounting") must not be read as words.
  const all = (text: string, filePath: string) => lintDocument(text, { filePath }).messages;
  it('in TypeScript', () => {
    const text = `// valuelint-disable-next-line ${id} -- legacy export\nexport const total = 3;\n/* valuelint-disable accounting */\n`;
    expect(all(text, 'plan.ts')).toEqual([]);
  });
  it('in YAML', () => {
    const text = `# valuelint-disable-next-line ${id}, accounting -- old rota\nsize: 3\n`;
    expect(all(text, 'plan.yaml')).toEqual([]);
  });
  it('while the other comments still are', () => {
    expect(all(`# ${flagged.hours}\nsize: 3\n`, 'plan.yaml').map((m) => m.ruleId)).toContain(id);
  });
});

describe('plain-text directives: a line holding only the directive in brackets', () => {
  it('disable-next-line covers the next line, keeps the reason, and is not itself prose', () => {
    const { result, reported, suppressed } = lint(`${flagged.hours}\n[valuelint-disable-next-line ${id} -- quoted from the old rota]\n${flagged.hours}\n`, 'plan.txt');
    expect([reported, suppressed]).toEqual([[1], [3]]);
    expect((result.suppressedMessages[0] as GateMessage).suppressions).toEqual([{ kind: 'directive', justification: 'quoted from the old rota' }]);
    expect(lintDocument(`[valuelint-disable-next-line accounting]\nThe garden is open.\n`, { filePath: 'plan.txt', reportUnusedDisableDirectives: 'off' }).messages).toEqual([]);
  });
  it('disable … enable covers a range, with any indentation around the brackets', () => {
    const text = `  [valuelint-disable accounting]  \n${flagged.hours}\n[valuelint-enable accounting]\n${flagged.clock}\n`;
    expect(lint(text, 'plan.txt')).toMatchObject({ reported: [4], suppressed: [2] });
  });
  it('brackets inside a sentence are text, not a directive', () => {
    expect(lint(`See [valuelint-disable] in the docs.\n${flagged.hours}\n`, 'plan.txt').reported).toEqual([2]);
  });
  it('an unknown rule name is reported with a suggestion', () => {
    const { result } = lint(`[valuelint-disable-next-line accounting/time-measurment]\n${flagged.hours}\n`, 'plan.txt');
    expect(result.messages.find((m) => m.ruleId === null)).toMatchObject({ line: 1, column: 1 });
  });
  it('is what the language server\'s quick fix inserts, and applied, suppresses the finding', () => {
    const text = `The garden opens at nine.\n${flagged.hours}\n`;
    const document = TextDocument.create('file:///plan.txt', 'plaintext', 1, text);
    const edits = disableEdits(document, 'plan.txt', id, text.indexOf(flagged.hours))!;
    const applied = TextDocument.applyEdits(document, edits);
    expect(applied).toBe(`The garden opens at nine.\n[valuelint-disable-next-line ${id} -- reason]\n${flagged.hours}\n`);
    expect(lint(applied, 'plan.txt')).toMatchObject({ reported: [], suppressed: [3] });
  });
});

describe('applying directives to many findings (issue 19.3)', () => {
  /** The directives as first written: every message replays every block directive before it. */
  function reference(messages: readonly LintMessage[], directives: readonly Directive[]) {
    const covers = (d: Directive, ruleId: string, category: string) => (d.ids.length === 0 ? '*' : d.ids.find((x) => x === ruleId || x === category));
    const lineDirectives = directives.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line');
    const suppressed: Array<[LintMessage, string]> = [];
    const kept: LintMessage[] = [];
    const used = new Map<Directive, Set<string>>();
    for (const message of messages) {
      if (!message.ruleId) {
        kept.push(message);
        continue;
      }
      const category = ruleById.get(message.ruleId)!.category;
      let hit = lineDirectives.find((d) => d.targetLine === message.line && covers(d, message.ruleId!, category));
      let key = hit && covers(hit, message.ruleId, category);
      if (!hit) {
        let all: Directive | undefined;
        const except = new Set<string>();
        const byId = new Map<string, Directive>();
        for (const d of directives) {
          if (d.start > (message.offset ?? Infinity)) continue;
          if (d.kind === 'disable') {
            if (d.ids.length === 0) {
              all = d;
              except.clear();
            }
            for (const x of d.ids) {
              byId.set(x, d);
              except.delete(x);
            }
          } else if (d.kind === 'enable') {
            if (d.ids.length === 0) {
              all = undefined;
              except.clear();
              byId.clear();
            }
            for (const x of d.ids) {
              for (const key of [...byId.keys()]) if (key === x || ruleById.get(key)?.category === x) byId.delete(key);
              if (all) except.add(x);
            }
          }
        }
        key = [message.ruleId, category].find((x) => byId.has(x));
        hit = key ? byId.get(key) : all && !except.has(message.ruleId) && !except.has(category) ? all : undefined;
        key ??= '*';
      }
      if (hit) {
        suppressed.push([message, hit.justification]);
        used.set(hit, (used.get(hit) ?? new Set()).add(key!));
      } else kept.push(message);
    }
    const unused = directives.filter((d) => d.kind !== 'enable' && (d.ids.length === 0 ? !used.has(d) : d.ids.some((x) => !used.get(d)?.has(x))));
    return { kept, suppressed, unused: unused.map((d) => d.line) };
  }

  /** A file of `count` directives and as many findings, from a fixed seed; each directive counts its reads. */
  function generated(count: number) {
    const random = fc.sample(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 8 * count, maxLength: 8 * count }), { numRuns: 1, seed: 19_003 })[0]!;
    let r = 0;
    const pick = <T>(xs: readonly T[]): T => xs[random[r++]! % xs.length]!;
    const names = [...new Set(allRules.slice(0, 6).flatMap((rule) => [rule.id, rule.category]))];
    const kinds = ['disable', 'enable', 'disable-next-line', 'disable-line'] as const;
    let reads = 0;
    const directives: Directive[] = [];
    for (let i = 0; i < count; i++) {
      const kind = pick(kinds);
      const ids = pick([[], [pick(names)], [pick(names), pick(names)]]);
      const start = i * 40;
      const line = i + 1;
      const plain = { kind, ids, justification: `reason ${i}`, start, end: start + 30, line, column: 1, targetLine: kind === 'disable-next-line' ? line + 1 : line };
      directives.push(new Proxy(plain, { get: (target, key) => (reads++, target[key as keyof typeof target]) }));
    }
    const ruleIds = allRules.slice(0, 6).map((rule) => rule.id);
    const messages: LintMessage[] = [];
    for (let i = 0; i < count; i++) {
      const offset = random[r++]! % (count * 40);
      const place = random[r++]! % 20 === 0 ? {} : { offset, endOffset: offset + 5 };
      messages.push({ ruleId: random[r++]! % 25 === 0 ? null : pick(ruleIds), severity: 1, message: `m${i}`, line: Math.floor(offset / 40) + 1, column: 1, ...place });
    }
    return { directives, messages, reads: () => reads };
  }

  it('gives what replaying every directive for every finding gives', () => {
    const { directives, messages } = generated(3000);
    const applied = applyDirectives(messages, directives, 'warn');
    const expected = reference(messages, directives);
    expect(applied.messages).toEqual(expected.kept);
    expect(applied.suppressedMessages.map((m) => [m.message, m.suppressions![0]!.justification])).toEqual(expected.suppressed.map(([m, why]) => [m.message, why]));
    expect(applied.unused.map((m) => m.line)).toEqual(expected.unused);
    expect(expected.suppressed.length).toBeGreaterThan(500);
    expect(expected.kept.length).toBeGreaterThan(500);
  });

  it('reads each directive a logarithmic number of times, not once per finding', () => {
    const { directives, messages, reads } = generated(10_000);
    applyDirectives(messages, directives, 'warn');
    expect(reads()).toBeLessThan(100 * (directives.length + messages.length));
  });
});
