/**
 * The `valuelint` command. `run` takes argv and streams and returns the exit code; only bin/
 * sets process.exitCode. Exit codes: 0 nothing fails, 1 findings fail (errors, or warnings over
 * --max-warnings), 2 usage, configuration or read errors (one line each, never a stack trace).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { supportedExtensions } from '../frontends/index.js';
import { formatters } from '../formatters/index.js';
import { lintText, resultOf, type LintOptions } from '../linter.js';
import { allRules, ruleById } from '../registry.js';
import type { LintMessage, LintResult } from '../types.js';
import { explainRule, listRules } from './rules-command.js';
import { expandArguments } from './files.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export const version = '0.1.0';

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number (-1 for no limit)');
  return n;
}

/** A message for a file that could not be linted (ESLint's fatal shape). */
export function fatalMessage(text: string): LintMessage {
  return { ruleId: null, severity: 2, fatal: true, message: text, line: 1, column: 1 };
}

async function lintPath(file: string, options: LintOptions): Promise<LintResult> {
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.includes(0)) return resultOf(file, [fatalMessage('Binary file (contains a NUL byte); not linted.')]);
    text = bytes.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const reason = code === 'ENOENT' ? 'file disappeared before it could be read'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'EISDIR' ? 'is a directory' : `could not be read (${code})`;
    return resultOf(file, [fatalMessage(`Could not read file: ${reason}.`)]);
  }
  return lintText(text, { ...options, filePath: file });
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('valuelint')
    .description('Lint the plans of collectives for value logic; every finding cites the essay that grounds it.')
    .version(version, '-v, --version')
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
    })
    .exitOverride()
    .showHelpAfterError(false);

  program
    .argument('[patterns...]', 'files, directories or globs to lint (directories: .md .markdown .mdx .txt)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('--stdin', 'lint text read from standard input')
    .option('--stdin-filename <path>', 'file name to use for standard input (picks the front-end)')
    .option('--quiet', 'report errors only, not warnings')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount, -1)
    .option('--include-quoted', 'also report matches inside quotations and blockquotes')
    .option('--no-ignore', 'do not honour .gitignore and .valuelintignore')
    .option('--no-color', 'never colour the output')
    .option('--project <tsconfig>', 'read TypeScript/JavaScript plans with the types of this project (tsconfig.json)')
    .action(async (patterns: string[], opts) => {
      exitCode = await lintCommand(patterns, opts, io);
    });

  program
    .command('rules')
    .description('list every rule with its description and cited section')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts: { format: string }) => {
      io.stdout(listRules(allRules, opts.format === 'json' ? 'json' : 'text'));
    });

  program
    .command('explain')
    .argument('<rule>', 'rule id, e.g. accounting/time-measurement')
    .description('print a rule: what it flags, why, and the passages it cites')
    .action((id: string) => {
      const rule = ruleById.get(id);
      if (!rule) {
        io.stderr(`valuelint: unknown rule "${id}". Run "valuelint rules" for the list.\n`);
        exitCode = 2;
        return;
      }
      io.stdout(explainRule(rule));
    });

  try {
    await program.parseAsync(['node', 'valuelint', ...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    io.stderr(`valuelint: ${(error as Error).message}\n`);
    return 2;
  }
  return exitCode;
}

interface LintCommandOptions {
  format: string;
  stdin?: boolean;
  stdinFilename?: string;
  quiet?: boolean;
  maxWarnings: number;
  includeQuoted?: boolean;
  ignore: boolean;
  color: boolean;
  project?: string;
}

async function lintCommand(patterns: string[], opts: LintCommandOptions, io: CliIo): Promise<number> {
  const lintOptions: LintOptions = { includeQuoted: opts.includeQuoted ?? false, ...(opts.project ? { project: path.resolve(io.cwd, opts.project) } : {}) };
  const results: LintResult[] = [];
  let usageProblem = false;

  if (opts.stdin) {
    if (patterns.length > 0) {
      io.stderr('valuelint: --stdin takes no file arguments.\n');
      return 2;
    }
    const text = await io.readStdin();
    const filePath = opts.stdinFilename ?? '<stdin>';
    results.push(lintText(text, { ...lintOptions, filePath, ...(opts.stdinFilename ? {} : { kind: 'markdown' as const }) }));
  } else {
    if (patterns.length === 0) {
      io.stderr('valuelint: no files given. Usage: valuelint [options] <files, directories or globs...> (see --help).\n');
      return 2;
    }
    const expansion = await expandArguments(patterns, supportedExtensions, { cwd: io.cwd, ignore: opts.ignore });
    for (const problem of expansion.problems) io.stderr(`valuelint: ${problem}\n`);
    usageProblem = expansion.problems.length > 0;
    for (const file of expansion.files) results.push(await lintPath(file, lintOptions));
  }

  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const shown = opts.quiet ? results.map((r) => resultOf(r.filePath, r.messages.filter((m) => m.severity === 2))) : results;
  const color = opts.color && io.isTTY && !io.env.NO_COLOR && opts.format === 'stylish';
  const output = formatters[opts.format]!(shown, { cwd: io.cwd, color });
  if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);

  const tooManyWarnings = opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
  if (tooManyWarnings) io.stderr(`valuelint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
  if (usageProblem) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}
