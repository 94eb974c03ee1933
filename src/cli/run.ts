/**
 * The `valuelint` command. `run` takes argv and streams and returns the exit code; only bin/
 * sets process.exitCode. Exit codes: 0 nothing fails, 1 findings fail (errors, or warnings over
 * --max-warnings), 2 usage, configuration or read errors (one line each, never a stack trace).
 */
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError, didYouMean } from '../config/errors.js';
import { ConfigResolver, type ConfigMode } from '../config/resolve.js';
import { supportedExtensions } from '../frontends/kinds.js';
import { formatters } from '../formatters/index.js';
import type { DocumentOptions } from '../linter.js';
import { documentOptionsOf } from '../document-options.js';
import { atLeastConfidence, fatalMessage, resultOf } from '../result.js';
import { allRules, ruleById } from '../registry.js';
import { BaselineError } from '../suppressions/baseline.js';
import type { Confidence, LintMessage, LintResult, SeverityName } from '../types.js';
import { explainRule, listRules } from './rules-command.js';
import { CatalogueError } from '../catalogue/problems.js';
import { initCommand } from './init-command.js';
import { patternCommand } from './pattern-command.js';
import { expandArguments, readUntrusted } from './files.js';
import { GitError } from './git.js';
import { gate, type GateOptions } from './gate.js';
import { parseShard } from './shard.js';
import { cacheFileOf } from './cache.js';
import { OutputFileError, reportTarget, writeReport, type ProtectedFiles } from './output-file.js';
import { lintJobs, parseConcurrency, type LintJob } from './workers.js';
import { progressFor } from './progress.js';
import { defaultMaxFileSize, defaultMaxFileTime, formatSize, parseMilliseconds, parseSize } from './limits.js';
import { printableLine } from '../printable.js';
import { RunStats, statsText } from './stats.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of standard input, or its first bytes once more than `limit` bytes came (the rest unread). */
  readStdin: (limit?: number) => Promise<string>;
  cwd: string;
  isTTY: boolean;
  /** Standard error is a terminal (for the progress bar); default: as standard output. */
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
}

export const version = '0.1.0';

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number (-1 for no limit)');
  return n;
}

/** The unfiltered standard error of a run's io, for the progress bar's carriage returns. */
const progressStderr = new WeakMap<CliIo, (text: string) => void>();

/** Formats that show the linted text itself get it in `LintResult.source`. */
const formatsWithSource = new Set(['html', 'sarif']);

/** What lintPath needs for one file: its options, its size and time limits, and whether to keep its text. */
export type PathOptions = DocumentOptions & { keepSource?: boolean; maxFileSize?: number; maxFileTime?: number };

/**
 * The linter, imported when the first file needs linting: the parsers it loads take a good part of
 * a second, which a run that replays every file from the cache, or lists rules, does not pay. The
 * per-file path is the one the language server and the ESLint plugin share (src/lint-source.ts).
 */
let linter: Promise<typeof import('../lint-source.js')> | undefined;
const loadLinter = () => (linter ??= import('../lint-source.js'));

/** Read and lint one file (also what a worker thread runs, see workers-thread.ts). */
export async function lintPath(file: string, pathOptions: PathOptions): Promise<LintResult> {
  const { keepSource = false, maxFileSize = defaultMaxFileSize, ...options } = pathOptions;
  const read = await readUntrusted(file, maxFileSize);
  if ('problem' in read) return resultOf(file, [fatalMessage(read.problem)]);
  const result = (await loadLinter()).lintSource(read.text, { ...options, filePath: file, maxFileSize });
  return keepSource ? { ...result, source: read.text } : result;
}

export async function run(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Every line on standard error may quote a config, a file name or a file: one printable line each.
  // Only the progress bar draws on the terminal with control characters (see progressStderr).
  const io: CliIo = { ...rawIo, stderr: (text) => rawIo.stderr(printableLine(text)) };
  progressStderr.set(io, rawIo.stderr);
  let exitCode = 0;
  const program = new Command('valuelint')
    .description('Lint the plans of collectives for value logic; every finding cites the essay that grounds it.')
    .version(version, '-v, --version')
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // One line per usage error: commander's "(Did you mean …?)" joins the message.
      outputError: (s, write) => write(`valuelint: ${s.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()}\n`),
    })
    .exitOverride()
    // `valuelint rules --format json`: options after a command name are that command's.
    .enablePositionalOptions()
    .showHelpAfterError(false);

  program
    .argument('[patterns...]', `files, directories or globs to lint (directories: ${supportedExtensions.join(' ')})`)
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to this file (atomically) instead of standard output')
    .option('-c, --config <file>', 'use this configuration file instead of looking for .valuelintrc files')
    .option('--no-config-lookup', 'use no configuration file at all')
    .option('--stdin', 'lint text read from standard input')
    .option('--stdin-filename <path>', 'file name to use for standard input (picks the front-end and the config)')
    .option('--quiet', 'report errors only, not warnings')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount, -1)
    .option('--include-quoted', 'also report matches inside quotations and blockquotes')
    .addOption(new Option('--min-confidence <level>', 'report only findings of at least this confidence').choices(['low', 'medium', 'high']))
    .option('--no-inline-config', 'ignore valuelint-disable/enable comments')
    .option('--report-unused-disable-directives', 'report disable directives that suppressed nothing, as errors')
    .addOption(new Option('--report-unused-disable-directives-severity <level>', 'report unused disable directives at this severity').choices(['off', 'warn', 'error']))
    .option('--baseline <file>', 'accept the findings recorded in this file; only new findings fail')
    .option('--update-baseline', 'record every current finding in the --baseline file, then report')
    .option('--changed-since <rev>', 'lint only files changed since this git revision (and untracked files)')
    .option('--shard <i/n>', 'lint only the i-th of n deterministic parts of the files (CI matrices)', parseShard)
    .option('--no-ignore', 'do not honour .gitignore, .valuelintignore or ignorePatterns')
    .option('--color', 'colour the output even when it is not a terminal (also FORCE_COLOR=1)')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .option('--print-config <file>', 'print the settings that apply to this file, and the config files they come from; lint nothing')
    .option('--stats', 'print on standard error: files, findings per rule, and time per front-end')
    .option('--debug', 'print on standard error which config files apply to each file, and what is skipped')
    .option('--project <tsconfig>', 'read TypeScript/JavaScript plans with the types of this project (tsconfig.json)')
    .option('--concurrency <n>', "lint files on n worker threads; 'auto': one per core but one; 1 lints in this thread", parseConcurrency, 1)
    .option('--cache', 'replay the results of files unchanged since the last run (see docs/cache.md)')
    .option('--cache-location <path>', 'cache file, or a directory to hold .valuelintcache (default: .valuelintcache here)')
    .option('--max-file-size <size>', 'report larger files as fatal instead of reading them (bytes, or e.g. 512kb, 10mb)', parseSize, defaultMaxFileSize)
    .option('--max-file-time <ms>', 'stop linting a file after this many milliseconds and report it as fatal (0: no limit)', parseMilliseconds, defaultMaxFileTime)
    .option('--explain', 'name, on each finding, the rule file and the pattern that fired (JSON output: "explain"; replays no cache)')
    .option('--follow-symlinks', 'follow symbolic links when expanding directories and globs (even out of them)')
    .action(async (patterns: string[], opts: LintCommandOptions) => {
      exitCode = await lintCommand(patterns, opts, io);
    });

  program
    .command('rules')
    .description('list every rule with its description and cited section')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts: { format: string }) => {
      if ((exitCode = loadPacksHere(io)) === 0) io.stdout(listRules(allRules, opts.format === 'json' ? 'json' : 'text'));
    });

  program
    .command('explain')
    .argument('<rule>', 'rule id, e.g. accounting/time-measurement')
    .description('print a rule: what it flags, why, and the passages it cites')
    .action((id: string) => {
      if ((exitCode = loadPacksHere(io)) !== 0) return;
      const rule = ruleById.get(id);
      if (!rule) {
        io.stderr(`valuelint: unknown rule "${id}"${didYouMean(id, allRules.map((r) => r.id)) || '.'} Run "valuelint rules" for the list.\n`);
        exitCode = 2;
        return;
      }
      io.stdout(explainRule(rule));
    });

  program
    .command('init')
    .description('write a starter .valuelintrc.yaml here (and, with --rule-pack, a starter pack of your own rules)')
    .option('--rule-pack <dir>', 'also write a rule pack in <dir> with one rule citing a local document, and name it in the config')
    .action((opts: { rulePack?: string }) => {
      const done = initCommand(io.cwd, opts.rulePack);
      io.stdout(done.out);
      io.stderr(done.err);
      exitCode = done.code;
    });

  program
    .command('pattern')
    .argument('<pattern>', "a pattern, e.g. 'track|log ..3 @labour-time' (docs/patterns.md)")
    .argument('<text>', 'the text to try it on (Markdown)')
    .description('show what a pattern matches in a text, and which matches context drops')
    .action((pattern: string, text: string) => {
      if ((exitCode = loadPacksHere(io)) !== 0) return;
      const done = patternCommand(pattern, text);
      io.stdout(done.out);
      io.stderr(done.err);
      exitCode = done.code;
    });

  program
    .command('lsp')
    .description('run the language server over standard input and output (see docs/editor.md)')
    .option('--stdio', 'talk the Language Server Protocol on standard input and output (the default)')
    .action(async () => (await import('../lsp/main.js')).serveStdio());

  try {
    await program.parseAsync(['node', 'valuelint', ...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    io.stderr(`valuelint: ${(error as Error).message}\n`);
    return 2;
  }
  return exitCode;
}

interface LintCommandOptions extends GateOptions {
  format: string;
  outputFile?: string;
  config?: string;
  configLookup: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  quiet?: boolean;
  maxWarnings: number;
  includeQuoted?: boolean;
  minConfidence?: Confidence;
  inlineConfig: boolean;
  reportUnusedDisableDirectives?: boolean;
  reportUnusedDisableDirectivesSeverity?: SeverityName;
  ignore: boolean;
  color?: boolean;
  printConfig?: string;
  stats?: boolean;
  debug?: boolean;
  project?: string;
  concurrency: number;
  cache?: boolean;
  cacheLocation?: string;
  maxFileSize: number;
  maxFileTime: number;
  followSymlinks?: boolean;
  explain?: boolean;
}

/** Problems that stop a run: one line each, exit 2. */
const usageErrors = [ConfigError, BaselineError, GitError, OutputFileError];

/** Rule packs of the config that applies here, for `rules`, `explain` and `pattern`; 2 on a bad config or pack. */
function loadPacksHere(io: CliIo): number {
  try {
    new ConfigResolver({ kind: 'cascade' }, io.cwd).forFile(path.join(io.cwd, '.valuelint'));
    return 0;
  } catch (error) {
    if (error instanceof CatalogueError) io.stderr(`${error.message}\n`);
    else if (error instanceof ConfigError) io.stderr(`valuelint: ${error.message}\n`);
    else throw error;
    return 2;
  }
}

async function lintCommand(patterns: string[], opts: LintCommandOptions, io: CliIo): Promise<number> {
  try {
    return await lintFiles(patterns, opts, io);
  } catch (error) {
    // A rule pack's data errors: one `file:line:column: message` line each.
    if (error instanceof CatalogueError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (!usageErrors.some((kind) => error instanceof kind)) throw error;
    io.stderr(`valuelint: ${(error as Error).message}\n`);
    return 2;
  }
}

/** Colour for stylish: --color / --no-color, else FORCE_COLOR, else NO_COLOR, else a terminal. */
function useColor(opts: LintCommandOptions, io: CliIo): boolean {
  if (opts.format !== 'stylish') return false;
  if (opts.color !== undefined) return opts.color;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (io.env.NO_COLOR) return false;
  return io.isTTY && !opts.outputFile;
}

/** `--print-config <file>`: what applies to that file, as JSON, with the files it comes from. */
function printConfig(file: string, opts: LintCommandOptions, configs: ConfigResolver, io: CliIo): void {
  const absolute = path.resolve(io.cwd, file);
  const config = configs.forFile(absolute);
  const rules = Object.fromEntries(allRules.map((r) => [r.id, config.ruleSeverities[r.id] ?? r.severity]));
  const shown = {
    file: path.relative(io.cwd, absolute) || absolute,
    configFiles: config.sources.map((s) => path.relative(io.cwd, s) || s),
    ignored: config.ignored,
    includeQuoted: Boolean(opts.includeQuoted) || config.includeQuoted,
    reportUnusedDisableDirectives: opts.reportUnusedDisableDirectivesSeverity ?? (opts.reportUnusedDisableDirectives ? 'error' : config.reportUnusedDisableDirectives),
    minConfidence: opts.minConfidence ?? config.minConfidence ?? 'low',
    inlineConfig: opts.inlineConfig,
    rules,
  };
  io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
}

/** A config from above the working directory applies silently unless someone says so. */
function describeSources(file: string, sources: readonly string[], cwd: string): string {
  const shown = sources.map((s) => path.relative(cwd, s) || s);
  return `config for ${path.relative(cwd, file) || file}: ${shown.length ? shown.join(', ') : '(none)'}`;
}

async function lintFiles(patterns: string[], opts: LintCommandOptions, io: CliIo): Promise<number> {
  const problems = opts.printConfig ? undefined : checkOptions(patterns, opts);
  if (problems) {
    io.stderr(`valuelint: ${problems}\n`);
    return 2;
  }
  const mode: ConfigMode = opts.config ? { kind: 'file', file: opts.config } : opts.configLookup ? { kind: 'cascade' } : { kind: 'none' };
  const configs = new ConfigResolver(mode, io.cwd);
  if (opts.printConfig) {
    printConfig(opts.printConfig, opts, configs, io);
    return 0;
  }
  const debug = (line: string): void => {
    if (opts.debug) io.stderr(`valuelint: debug: ${line}\n`);
  };
  const started = performance.now();
  const runStats = new RunStats();
  const documentOptions = (file: string): DocumentOptions => {
    const config = configs.forFile(file);
    const unused = opts.reportUnusedDisableDirectivesSeverity ?? (opts.reportUnusedDisableDirectives ? 'error' : config.reportUnusedDisableDirectives);
    return {
      ...documentOptionsOf(config),
      includeQuoted: opts.includeQuoted || config.includeQuoted,
      inlineConfig: opts.inlineConfig,
      reportUnusedDisableDirectives: unused,
      ...(config.rulePacks.length > 0 ? { rulePacks: config.rulePacks } : {}),
      ...(opts.explain ? { explain: true } : {}),
      ...(opts.project ? { project: path.resolve(io.cwd, opts.project) } : {}),
    };
  };
  let results: LintResult[] = [];
  let usageProblem = false;
  const keepSource = formatsWithSource.has(opts.format);
  const cacheFile = opts.cache && !opts.project ? cacheFileOf(opts.cacheLocation, io.cwd) : undefined;
  /** What the report must never overwrite: every file this run reads. */
  const protectedFiles = (inputs: readonly string[]): ProtectedFiles => [
    ...inputs.map((file) => ({ file, what: 'a linted file' })),
    ...[...new Set(inputs.flatMap((file) => configs.forFile(file).sources))].map((file) => ({ file, what: 'a configuration file' })),
    ...(opts.config ? [{ file: path.resolve(io.cwd, opts.config), what: 'the configuration file' }] : []),
    ...(opts.baseline ? [{ file: path.resolve(io.cwd, opts.baseline), what: 'the baseline' }] : []),
    ...(cacheFile ? [{ file: cacheFile, what: 'the cache' }] : []),
  ];
  let target: ReturnType<typeof reportTarget> | undefined;

  if (opts.stdin) {
    const text = await io.readStdin(opts.maxFileSize);
    const filePath = opts.stdinFilename ? path.resolve(io.cwd, opts.stdinFilename) : '<stdin>';
    const options = documentOptions(opts.stdinFilename ? filePath : path.join(io.cwd, '<stdin>'));
    if (opts.outputFile) target = reportTarget(opts.outputFile, io.cwd, protectedFiles(opts.stdinFilename ? [filePath] : []));
    const size = Buffer.byteLength(text);
    const result = size > opts.maxFileSize
      ? resultOf(filePath, [fatalMessage(`Standard input too large (more than ${formatSize(opts.maxFileSize)}, the --max-file-size); not linted.`)])
      // As a file's text (src/lint-source.ts): binary and time guards, one fatal message on failure.
      : (await loadLinter()).lintSource(text, { ...options, filePath, maxFileSize: Infinity, maxFileTime: opts.maxFileTime, ...(opts.stdinFilename ? {} : { kind: 'markdown' as const }) });
    results.push(keepSource ? { ...result, source: text } : result);
  } else {
    const args = patterns.length === 0 && opts.changedSince ? ['.'] : patterns;
    // The report's own file is not skipped: an existing plan named by -o must be found and refused.
    const ownOutputs = [opts.baseline, cacheFile].filter((f): f is string => f !== undefined);
    const expansion = await expandArguments(args, supportedExtensions, { cwd: io.cwd, ignore: opts.ignore, followSymlinks: opts.followSymlinks === true, ownOutputs });
    for (const problem of expansion.problems) io.stderr(`valuelint: ${problem}\n`);
    usageProblem = expansion.problems.length > 0;
    // A file named explicitly but ignored is not linted; it gets a warning, as in ESLint.
    const ignoredHere = (file: string) => opts.ignore && (configs.forFile(file).ignored || (expansion.explicit.has(file) && expansion.isIgnored(file)));
    for (const file of expansion.files) {
      if (expansion.explicit.has(file) && ignoredHere(file)) io.stderr(`valuelint: warning: File ignored because of a matching ignore pattern: ${path.relative(io.cwd, file) || file}; use --no-ignore to lint it.\n`);
    }
    const selected = (await gate.select(expansion.files, opts, io.cwd)).filter((file) => !ignoredHere(file));
    if (opts.debug) for (const file of selected) debug(describeSources(file, configs.forFile(file).sources, io.cwd));
    if (opts.outputFile) target = reportTarget(opts.outputFile, io.cwd, protectedFiles(selected));
    const jobs: LintJob[] = selected.map((file) => ({ file, options: { ...documentOptions(file), maxFileSize: opts.maxFileSize, maxFileTime: opts.maxFileTime, ...(keepSource ? { keepSource } : {}) } }));
    // With --project a file's findings depend on other files' types: the cache is not used.
    const cache = cacheFile && !opts.explain ? { file: cacheFile, version } : undefined;
    const warn = (line: string): void => io.stderr(`valuelint: ${line}\n`);
    const progress = progressFor(selected.length, { stderr: progressStderr.get(io) ?? io.stderr, stderrIsTTY: io.stderrIsTTY ?? io.isTTY, env: io.env }, Boolean(opts.quiet));
    results = await lintJobs(jobs, { concurrency: opts.concurrency, warn, onDone: () => progress.tick(), ...(opts.stats ? { onTimed: (f: string, ms: number) => runStats.timed(f, ms), onReplayed: () => void runStats.cached++ } : {}), ...(cache ? { cache } : {}) }, lintPath);
    progress.done();
  }

  const notEnglish = results.filter((r) => r.language);
  if (notEnglish.length > 0 && !opts.quiet) io.stderr(`valuelint: ${notEnglishNotice(notEnglish, io.cwd)}\n`);
  results = await gate.baseline(results, opts, io);
  // --min-confidence, else the file's config (minConfidence).
  const minConfidenceOf = (file: string): Confidence | undefined => opts.minConfidence
    ?? configs.forFile(file === '<stdin>' ? path.join(io.cwd, '<stdin>') : path.resolve(io.cwd, file)).minConfidence;
  results = results.map((r) => {
    const level = minConfidenceOf(r.filePath);
    return level ? atLeastConfidence(r, level) : r;
  });
  if (opts.stats) for (const line of statsText(results, performance.now() - started, runStats)) io.stderr(`${line}\n`);

  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const shown = opts.quiet ? results.map((r) => ({ ...resultOf(r.filePath, r.messages.filter((m) => m.severity === 2), r.suppressedMessages), ...(r.source === undefined ? {} : { source: r.source }) })) : results;
  const color = useColor(opts, io);
  const output = formatters[opts.format]!(shown, { cwd: io.cwd, color, rules: allRules, toolVersion: version });
  const text = output && !output.endsWith('\n') ? `${output}\n` : output;
  if (target) {
    try {
      await writeReport(target, text);
    } catch (error) {
      io.stderr(`valuelint: cannot write ${opts.outputFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 2;
    }
  } else if (text) io.stdout(text);

  const tooManyWarnings = opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
  if (tooManyWarnings) io.stderr(`valuelint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
  if (usageProblem) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** One line for the files whose prose is clearly not English: their results say little (issue 18.9). */
function notEnglishNotice(results: readonly LintResult[], cwd: string): string {
  const named = results.slice(0, 3).map((r) => `${r.filePath === '<stdin>' ? r.filePath : path.relative(cwd, r.filePath) || r.filePath} (${r.language})`);
  const more = results.length > 3 ? ` and ${results.length - 3} more` : '';
  return `note: ${named.join(', ')}${more} ${results.length === 1 ? 'is' : 'are'} not in English; plans are read as English, so no findings there means little.`;
}

/** Flag combinations that make no sense: one line, or undefined when fine. */
function checkOptions(patterns: string[], opts: LintCommandOptions): string | undefined {
  if (opts.stdin && patterns.length > 0) return '--stdin takes no file arguments.';
  if (opts.stdin && (opts.changedSince || opts.shard)) return '--changed-since and --shard select files; they do not go with --stdin.';
  if (!opts.stdin && patterns.length === 0 && !opts.changedSince) return 'no files given. Usage: valuelint [options] <files, directories or globs...> (see --help).';
  if (opts.updateBaseline && !opts.baseline) return '--update-baseline needs --baseline <file>.';
  if (opts.config && !opts.configLookup) return '--config and --no-config-lookup contradict each other.';
  return undefined;
}
