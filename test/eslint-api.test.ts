/**
 * The real ESLint Node API with the recommended config: over the fixtures it must report what the
 * CLI reports (rule, position, message), `eslint-disable` comments must work in Markdown, and
 * .ts/.js files must go through typescript-eslint's and ESLint's own parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import plugin from '../src/eslint/index.js';
import { kindOfPath } from '../src/frontends/index.js';
import { findText, lintText } from '../src/index.js';
import { projectRoot } from './helpers.js';

const codeSupported =
  kindOfPath('plan.ts') !== undefined &&
  findText('// Every volunteer logs their hours in the timesheet.\nconst hoursWorked = 4;\n', { filePath: 'plan.ts' }).length > 0;

const ruleId = 'valuelint/accounting/time-measurement';

function eslintWith(extra: Linter.Config[] = []): ESLint {
  return new ESLint({ cwd: projectRoot, overrideConfigFile: true, overrideConfig: [...plugin.configs.recommended, ...extra] });
}

const comparable = (m: { ruleId: string | null; line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined; message: string }) => ({
  ruleId: m.ruleId,
  line: m.line,
  column: m.column,
  endLine: m.endLine,
  endColumn: m.endColumn,
  message: m.message,
});

/** The CLI's findings for a file, as the ESLint plugin should report them. */
function cliMessages(text: string, filePath: string) {
  return lintText(text, { filePath }).messages.map((m) =>
    comparable({
      ...m,
      ruleId: m.ruleId === null ? null : `valuelint/${m.ruleId}`,
      message: m.suggestion ? `${m.message} Suggestion: ${m.suggestion}` : m.message,
    }));
}

/** Fixture files that both the CLI and the recommended ESLint config lint. */
async function parityFiles(eslint: ESLint): Promise<string[]> {
  const dirs = ['test/fixtures/eslint', 'fixtures'].filter((d) => existsSync(join(projectRoot, d)));
  const files = await glob(dirs.map((d) => `${d}/**/*`), { cwd: projectRoot, absolute: true });
  const linted: string[] = [];
  for (const file of files.sort()) {
    if (kindOfPath(file) === undefined) continue;
    if (await eslint.calculateConfigForFile(file)) linted.push(file);
  }
  return linted;
}

describe('ESLint Node API with configs.recommended', () => {
  it('is exported as valuelint/eslint from the build', async () => {
    const { default: built } = (await import('valuelint/eslint')) as { default: typeof plugin };
    expect(built.meta).toEqual(plugin.meta);
    expect(Object.keys(built.rules)).toEqual(Object.keys(plugin.rules));
    expect(built.configs.recommended.map((c) => c.name)).toEqual(plugin.configs.recommended.map((c) => c.name));
  });

  it('reports exactly what the CLI reports on every fixture', async () => {
    const eslint = eslintWith();
    const files = await parityFiles(eslint);
    expect(files.map((f) => relative(projectRoot, f))).toContain('test/fixtures/eslint/bakery-plan.md');
    const results = await eslint.lintFiles(files);
    let total = 0;
    for (const result of results) {
      const name = relative(projectRoot, result.filePath);
      const cli = cliMessages(readFileSync(result.filePath, 'utf8'), result.filePath);
      const parseError = result.messages.find((m) => m.fatal);
      if (parseError) {
        // ESLint runs no rule on a file its parser rejects; the CLI must reject it on the same line.
        expect.soft(cli.filter((m) => m.ruleId === null).map((m) => m.line), name).toContain(parseError.line);
        continue;
      }
      expect.soft(result.messages.map(comparable), name).toEqual(cli);
      total += cli.length;
    }
    expect(total).toBeGreaterThan(0);
  });

  it('honours eslint-disable-next-line in Markdown', async () => {
    const text = [
      'Every volunteer logs their hours in the book.',
      '',
      `<!-- eslint-disable-next-line ${ruleId} -- kept while the grant lasts -->`,
      'Drivers clock in at the depot.',
      '',
    ].join('\n');
    const [result] = await eslintWith().lintText(text, { filePath: join(projectRoot, 'plan.md') });
    expect(result!.messages.map((m) => [m.ruleId, m.line])).toEqual([[ruleId, 1]]);
    expect(result!.suppressedMessages.map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([
      [ruleId, 4, [{ kind: 'directive', justification: 'kept while the grant lasts' }]],
    ]);
  });

  it('takes the includeQuoted option and rejects unknown ones', async () => {
    const text = '> Members log their hours in the book.\n';
    const filePath = join(projectRoot, 'plan.md');
    const quoted = eslintWith([{ files: ['**/*.md'], rules: { [ruleId]: ['error', { includeQuoted: true }] } }]);
    expect((await quoted.lintText(text, { filePath }))[0]!.messages.map((m) => m.ruleId)).toEqual([ruleId]);
    expect((await eslintWith().lintText(text, { filePath }))[0]!.messages).toEqual([]);
    const typo = eslintWith([{ files: ['**/*.md'], rules: { [ruleId]: ['error', { includeQuote: true }] } }]);
    await expect(typo.lintText(text, { filePath })).rejects.toThrow(/additional properties/);
  });

  it('parses .ts with typescript-eslint and .js with ESLint’s own parser', async () => {
    const eslint = eslintWith();
    const ts = 'interface Shift { hours: number }\nexport const shift: Shift = { hours: 3 };\n';
    const js = 'export const shift = { hours: 3 };\n';
    const [tsResult] = await eslint.lintText(ts, { filePath: join(projectRoot, 'plan.ts') });
    const [jsResult] = await eslint.lintText(js, { filePath: join(projectRoot, 'plan.js') });
    expect(tsResult!.messages.filter((m) => m.fatal)).toEqual([]);
    expect(jsResult!.messages.filter((m) => m.fatal)).toEqual([]);
  });

  it.skipIf(!codeSupported)('reports what the CLI reports on TypeScript and JavaScript', async () => {
    const eslint = eslintWith();
    const code = '// Every volunteer logs their hours in the timesheet.\nexport const hoursWorked = 4;\n';
    for (const name of ['plan.ts', 'plan.js']) {
      const filePath = join(projectRoot, name);
      const [result] = await eslint.lintText(code, { filePath });
      expect(result!.messages.map(comparable), name).toEqual(cliMessages(code, filePath));
      expect(result!.messages.length, name).toBeGreaterThan(0);
    }
  });
});
