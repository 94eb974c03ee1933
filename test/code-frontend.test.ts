/**
 * The code front-end: names split into words at exact offsets, values bound to their keys,
 * prose inside code, structural tags, module specifiers ignored, parse errors reported once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSegments } from '../src/engine/lint.js';
import type { Segment } from '../src/engine/tokens.js';
import { splitName } from '../src/frontends/code-words.js';
import { segmentsOf } from '../src/frontends/index.js';
import { defineRule, WORK } from '../src/rule.js';
import { findText, lintText } from '../src/index.js';
import { projectRoot } from './helpers.js';

const fixture = (name: string) => readFileSync(join(projectRoot, 'fixtures', 'code', name), 'utf8');
const read = (text: string, filePath = 'plan.ts') => segmentsOf(text, 'code', { filePath }).segments;
const words = (segment: Segment) => segment.tokens.filter((t) => t.kind !== 'punct').map((t) => t.lower);
const codeSegments = (text: string) => read(text).filter((s) => s.source === 'code');
const segmentWith = (segments: Segment[], word: string) => segments.find((s) => words(s).includes(word));

/** A throwaway rule with code patterns, to see what rules will see. */
function testRule(id: string, patterns: string[], otherSenses: string[] = []) {
  return defineRule({
    id,
    description: 'test',
    severity: 'error',
    message: 'test',
    citation: { work: WORK, section: '§2.1', title: 't', passages: ['p'] },
    explanation: 'test',
    patterns: patterns.map((match) => ({ match, in: 'code' as const })),
    otherSenses,
    examples: { invalid: [], valid: [] },
  });
}

describe('names', () => {
  it.each([
    ['hoursPerShift', ['hours', 'Per', 'Shift']],
    ['daily_quota', ['daily', 'quota']],
    ['LaborVoucher', ['Labor', 'Voucher']],
    ['MAX_HOURS_PER_WEEK', ['MAX', 'HOURS', 'PER', 'WEEK']],
    ['time-log', ['time', 'log']],
    ['KPIsPerMonth', ['KPIs', 'Per', 'Month']],
    ['HTTPServer', ['HTTP', 'Server']],
    ['shift2Hours', ['shift', '2', 'Hours']],
    ['ÉquipeCentrale', ['Équipe', 'Centrale']],
  ])('splits %s', (name, expected) => {
    const tokens = splitName(name, 10);
    expect(tokens.map((t) => t.text)).toEqual(expected);
    for (const t of tokens) expect(name.slice(t.start - 10, t.end - 10)).toBe(t.text);
    expect(tokens.slice(1).every((t) => t.joined)).toBe(true);
  });

  it('keeps exact offsets for every word of every code segment of a fixture', () => {
    for (const file of ['plan.config.ts', 'clean.config.ts', 'harmful-plan.ts']) {
      const text = fixture(file);
      for (const segment of read(text, file)) {
        for (const token of segment.tokens.filter((t) => t.kind !== 'punct')) {
          expect(text.slice(token.start, token.end)).toBe(token.text);
        }
      }
    }
  });

  it('reads declarations of every kind', () => {
    const text = [
      'interface TimeLogEntry { memberName: string }',
      'type LaborVoucher = number;',
      'enum Post { Cashier = "till" }',
      'class Depot { stockLevel = 3; recordHours(workedHours: number) {} }',
      'function payWages() {}',
    ].join('\n');
    const all = codeSegments(text).flatMap(words);
    for (const w of ['time', 'member', 'labor', 'voucher', 'post', 'cashier', 'till', 'depot', 'stock', 'record', 'worked', 'pay', 'wages']) {
      expect(all).toContain(w);
    }
  });
});

describe('values bound to keys', () => {
  it('puts a number after the words of its key', () => {
    const text = 'export default { bakery: { dailyQuota: 400, hoursPerShift: 8 } };';
    expect(words(segmentWith(codeSegments(text), 'quota')!)).toEqual(['daily', 'quota', '400']);
    expect(words(segmentWith(codeSegments(text), 'shift')!)).toEqual(['hours', 'per', 'shift', '8']);
  });

  it('puts a short string after its key, a list with breaks between items', () => {
    const segments = codeSegments("const plan = { authority: 'central-committee', routes: ['north', 'south'] };");
    expect(words(segmentWith(segments, 'authority')!)).toEqual(['authority', 'central', 'committee']);
    const routes = segmentWith(segments, 'routes')!;
    expect(routes.tokens.map((t) => t.text)).toEqual(['routes', 'north', ',', 'south']);
  });

  it('binds a literal assigned to a property', () => {
    const segments = codeSegments("plan.distribution.authority = 'central-committee';");
    expect(words(segmentWith(segments, 'authority')!)).toEqual(['authority', 'central', 'committee']);
  });
});

describe('prose inside code', () => {
  it('reads comments, long strings, templates and JSX text as prose at exact offsets', () => {
    const text = [
      '// Every member logs their hours here.',
      '/**',
      ' * Volunteers clock in at the depot.',
      ' */',
      "export const about = { description: 'Drivers sign the attendance sheet each day' };",
      'export const note = `We count the ${kind} hours of every member`;',
      'export const View = () => <p>Bakers keep a timesheet</p>;',
    ].join('\n');
    const prose = segmentsOf(text, 'code', { filePath: 'plan.tsx' }).segments.filter((s) => s.source === 'prose');
    expect(prose.map((s) => text.slice(s.start, s.end))).toEqual([
      'Every member logs their hours here.',
      'Volunteers clock in at the depot.',
      'Drivers sign the attendance sheet each day',
      'We count the ${kind} hours of every member',
      'Bakers keep a timesheet',
    ]);
  });

  it('maps words of strings with escapes back to their source characters', () => {
    const text = "const note = 'Members don\\'t\\tskip the \\u0074imesheet';";
    const prose = read(text).find((s) => s.source === 'prose')!;
    const timesheet = prose.tokens.find((t) => t.lower === 'timesheet')!;
    expect(text.slice(timesheet.start, timesheet.end)).toBe('\\u0074imesheet');
    const skip = prose.tokens.find((t) => t.lower === 'skip')!;
    expect(text.slice(skip.start, skip.end)).toBe('skip');
  });

  it('flags value logic in a description field and in a comment', () => {
    const text = "// Members log their hours every week.\nexport const plan = { description: 'Every volunteer logs their hours in the book.' };\n";
    const findings = findText(text, { filePath: 'plan.ts', only: ['accounting/time-measurement'] });
    expect(findings.map((f) => f.actual)).toEqual(['log their hours', 'logs their hours']);
    for (const f of findings) expect(text.slice(f.offset, f.endOffset)).toBe(f.actual);
  });
});

describe('module specifiers and other non-plan text', () => {
  it('never reads import paths, require or dynamic import arguments', () => {
    const text = [
      "import standard from 'standard';",
      "import { x } from './central-committee/time-sheet.js';",
      "export * from 'ledger-tools';",
      "const y = require('quota-lib');",
      "const z = await import('payroll');",
      "type T = import('wage-types').Wage;",
    ].join('\n');
    const all = read(text).flatMap(words);
    for (const w of ['standard', 'central', 'committee', 'sheet', 'ledger', 'quota', 'payroll', 'wage']) expect(all).not.toContain(w);
  });
});

describe('structural tags', () => {
  const tagsOf = (text: string) => read(text).flatMap((s) => s.tags.map((tag) => `${tag}:${words(s).join(' ')}`));

  it('tags maps of people to posts or days, in both directions', () => {
    expect(tagsOf("export const rota = { monday: 'Ana', tuesday: 'Ben', friday: 'Ana' };")).toEqual(['assignment-map:rota']);
    expect(tagsOf("const posts = new Map([['Ana', 'till'], ['Ben', 'door']]);")).toEqual(['assignment-map:posts']);
    expect(tagsOf("const shifts = { Ana: ['monday', 'friday'], Ben: ['tuesday'] };")).toEqual(['assignment-map:shifts']);
  });

  it('does not tag other maps', () => {
    expect(tagsOf("const theme = { primary: '#333', standard: '#fff' };")).toEqual([]);
    expect(tagsOf("const labels = { monday: 'Mon', tuesday: 'Tue' };")).toEqual([]);
    expect(tagsOf("const names = { ana: 'Ana' };")).toEqual([]);
  });

  it('tags rates, per-person totals and multiplied quantities', () => {
    expect(tagsOf('const r = loavesBaked / hoursWorked;')).toEqual(['rate:loaves baked hours worked']);
    expect(tagsOf('const share = total / members.length;')).toEqual(['rate:total members length']);
    expect(tagsOf('member.tokens += task.points;')).toEqual(['per-member-sum:member tokens task points']);
    expect(tagsOf('totals[entry.volunteer] = (totals[entry.volunteer] ?? 0) + entry.hours;')[0]).toMatch(/^per-member-sum:/);
    expect(tagsOf('hoursByPerson.set(person, (hoursByPerson.get(person) ?? 0) + h);')[0]).toMatch(/^per-member-sum:/);
    expect(tagsOf('const pay = hours * hourlyRate;')).toEqual(['multiply:hours hourly rate']);
  });

  it('does not tag unit conversions, array maths or counters', () => {
    expect(tagsOf('const minutes = (end - start) / 60000;')).toEqual([]);
    expect(tagsOf('const mid = xs.length / 2; const half = width / height;')).toEqual([]);
    expect(tagsOf('count += 1; i++; totals[key] += 1;')).toEqual([]);
  });

  it('lets patterns test tags with #tag', () => {
    const rate = testRule('quantification/productivity', ['#rate @product']);
    const rota = testRule('centralization/permanent-assignment', ['#assignment-map']);
    const text = "const perHour = loavesBaked / hoursWorked;\nconst bytesPerSecond = bytes / seconds;\nexport const rota = { monday: 'Ana', tuesday: 'Ben' };\n";
    const findings = lintSegments(text, read(text), [rate, rota]);
    expect(findings.map((f) => `${f.ruleId} ${f.actual}`)).toEqual([
      'quantification/productivity loaves',
      'centralization/permanent-assignment rota',
    ]);
  });
});

describe('code negatives', () => {
  it('reports nothing on a config with timeouts, retries, tokens, counts and values', () => {
    expect(findText(fixture('clean.config.ts'), { filePath: 'clean.config.ts' })).toEqual([]);
  });

  it('gives rules the words that tell other senses apart', () => {
    const exchange = testRule('accounting/exchange', ['#per-member-sum token|point|credit', 'token|point|credit earn*'], ['max|auth|access|bearer|csrf|refresh token']);
    const text = fixture('clean.config.ts') + '\nconst headers = (authToken: string) => ({ Authorization: `Bearer ${authToken}` });\n';
    expect(lintSegments(text, read(text), [exchange])).toEqual([]);
    const earning = 'member.tokens += task.points;\nconst tokensEarned = 3;\n';
    expect(lintSegments(earning, read(earning), [exchange]).map((f) => f.actual)).toEqual(['tokens', 'points', 'tokensEarned']);
  });
});

describe('parse errors', () => {
  it('lints a broken file as far as it parses and reports the error once, fatal', () => {
    const text = fixture('broken-plan.ts');
    const result = lintText(text, { filePath: 'broken-plan.ts' });
    const fatal = result.messages.filter((m) => m.fatal);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true, line: 4, column: 3 });
    expect(fatal[0]!.message).toMatch(/^Parsing error: ',' expected/);
    expect(result.fatalErrorCount).toBe(1);
    expect(result.messages.some((m) => m.ruleId === 'accounting/time-measurement')).toBe(true);
  });

  it('reports no error for a file that parses', () => {
    expect(lintText(fixture('plan.config.ts'), { filePath: 'plan.config.ts' }).fatalErrorCount).toBe(0);
  });

  it('reports TypeScript-only syntax in a JavaScript file, which the parser alone accepts', () => {
    const text = 'const shiftMinutes: number = 30;\n';
    const inJavaScript = lintText(text, { filePath: 'plan.js' }).messages.filter((m) => m.fatal);
    expect(inJavaScript).toHaveLength(1);
    expect(inJavaScript[0]!.message).toMatch(/^Parsing error: Type annotations can only be used in TypeScript files/);
    expect(lintText(text, { filePath: 'plan.ts' }).fatalErrorCount).toBe(0);
    expect(lintText('const plan = { shifts: ;\n', { filePath: 'plan.tsx' }).fatalErrorCount).toBe(1);
  });
});
