#!/usr/bin/env node
/**
 * `npm run bench` (builds first, then runs this): times valuelint against the tools a user would
 * pick instead, on the same files, round-robin, and writes the medians to bench/results/.
 * See docs/benchmarks.md for what it runs and how to read it.
 *
 *   node bench/run.js [--runs N] [--quick] [--timeout SECONDS]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { concatenate, copyFiles, listFiles, totalBytes } from './lib/corpus.js';
import { catalogueLexicon, grepLexicon, identifierNames, prhYaml, taxonomyLexicon } from './lib/lexicon.js';
import { measure, rssSource, summarise } from './lib/measure.js';
import { ensurePeer } from './lib/peers.js';
import { linearLimit, measureLinearity } from './linearity.js';
import { printSummary } from './lib/report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusRoot = path.resolve(root, '../shared/corpus');
const valuelintBin = path.join(root, 'bin', 'valuelint.js');
const log = (line) => process.stderr.write(`${line}\n`);
const MiB = 1024 * 1024;
/** Time per MB may grow this much over the 1× figure and still count as flat. */
const flatTolerance = 0.25;
const rssLimitMb = 1024;

function parseArgs(argv) {
  const options = { runs: 3, quick: false, timeout: 600 };
  const count = (name, value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a whole number of 1 or more`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--runs') options.runs = count(arg, argv[++i]);
    else if (arg === '--timeout') options.timeout = count(arg, argv[++i]);
    else throw new Error(`unknown option ${arg} (use --runs N, --quick, --timeout SECONDS)`);
  }
  return options;
}

const valuelint = (args, cwd = root) => ({ command: valuelintBin, args, cwd, node: true });

/** The tools for one corpus, as `{ id, command(files) }`; peers that could not be installed are left out. */
function toolsFor(kind, { peers, lexiconFiles, eslintCopy }) {
  const tools = [
    { id: 'valuelint', run: (files) => valuelint(files) },
    { id: 'grep', run: (files) => ({ command: 'grep', args: ['-E', '-c', '-i', '-f', lexiconFiles.grep, ...files], cwd: root }) },
  ];
  const peer = (id, run) => {
    if (peers[id]?.script) tools.push({ id, run });
  };
  if (kind === 'prose') {
    peer('write-good', (files) => ({ command: peers['write-good'].script, args: files, cwd: root, node: true, okCodes: 'any' }));
    peer('alex', (files) => ({ command: peers.alex.script, args: files, cwd: root, node: true }));
    peer('textlint+prh', (files) => ({
      command: peers['textlint+prh'].script,
      args: ['--config', lexiconFiles.textlintrc, '--rules-base-directory', peers['textlint+prh'].modulesDir, ...files],
      cwd: root,
      node: true,
    }));
  } else {
    // ESLint only lints files under its config's folder: it runs on a copy that holds the generated config.
    peer('eslint', () => ({ command: peers.eslint.script, args: eslintCopy.files.map((f) => path.relative(eslintCopy.dir, f)), cwd: eslintCopy.dir, node: true }));
  }
  return tools;
}

/** Run every tool `runs` times, alternating tools, and summarise; a tool that fails is dropped with one line. */
async function timeRoundRobin(label, tools, { runs, timeout }) {
  const results = new Map(tools.map((t) => [t.id, { runs: [] }]));
  for (let r = 1; r <= runs; r++) {
    for (const tool of tools) {
      const entry = results.get(tool.id);
      if (entry.problem) continue;
      const run = await measure(tool.command, { timeoutSeconds: timeout });
      if (!run.ok) {
        entry.problem = (run.timedOut ? run.stderrTail : `exit ${run.code}: ${run.stderrTail}`).slice(0, 200);
        entry.timedOut = run.timedOut;
        log(`  ${label} ${tool.id}: failed (${entry.problem}); left out.`);
        continue;
      }
      entry.runs.push(run);
      log(`  ${label} run ${r}/${runs} ${tool.id}: ${run.wall.toFixed(2)} s wall, ${run.cpu?.toFixed(2) ?? '?'} s CPU, ${run.rssMb?.toFixed(0) ?? '?'} MiB`);
    }
  }
  return Object.fromEntries([...results].map(([id, entry]) => [id, entry.problem
    ? { problem: entry.problem, timedOut: entry.timedOut }
    : { runs: entry.runs, ...summarise(entry.runs) }]));
}

function withRatios(tools, mb) {
  const own = tools.valuelint;
  for (const [id, tool] of Object.entries(tools)) {
    if (tool.problem) continue;
    tool.mbPerSec = mb / tool.wall;
    if (id !== 'valuelint' && own && !own.problem) {
      tool.ratioWall = own.wall / tool.wall;
      // /usr/bin/time counts CPU in 10 ms steps: grep's may read 0.
      tool.ratioCpu = own.cpu !== undefined && tool.cpu ? own.cpu / tool.cpu : undefined;
    }
  }
  return tools;
}

/** The keyword peers' lexicon: TAXONOMY.md's trigger phrases, or without it every literal phrase of the patterns. */
function lexiconFor(rules) {
  const taxonomy = path.join(root, '..', 'shared', 'source', 'TAXONOMY.md');
  if (existsSync(taxonomy)) return { source: 'TAXONOMY.md "flags" column', ...taxonomyLexicon(readFileSync(taxonomy, 'utf8')) };
  const phrases = catalogueLexicon(rules);
  return { source: 'literal phrases of the rules\' patterns', phrases, identifiers: identifierNames(phrases) };
}

function writeLexiconFiles(work, rules) {
  const { source, phrases, identifiers } = lexiconFor(rules);
  const files = {
    grep: path.join(work, 'lexicon.grep'),
    prh: path.join(work, 'prh.yml'),
    textlintrc: path.join(work, 'textlintrc.json'),
  };
  writeFileSync(files.grep, grepLexicon(phrases));
  writeFileSync(files.prh, prhYaml(phrases));
  writeFileSync(files.textlintrc, JSON.stringify({ rules: { prh: { rulePaths: [files.prh] } } }));
  return { source, phrases, identifiers, files };
}

function prepareEslintCopy(work, files, base, identifiers, eslintPeer) {
  const dir = path.join(work, 'eslint-ts-config');
  const copied = copyFiles(files, base, dir);
  if (eslintPeer?.modulesDir) {
    const parser = pathToFileURL(path.join(eslintPeer.modulesDir, '@typescript-eslint', 'parser', 'dist', 'index.js')).href;
    writeFileSync(path.join(dir, 'eslint.config.mjs'), [
      `import parser from ${JSON.stringify(parser)};`,
      'export default [{',
      "  files: ['**/*.ts', '**/*.mts', '**/*.cts'],",
      '  languageOptions: { parser },',
      `  rules: { 'id-denylist': ['error', ...${JSON.stringify(identifiers)}] },`,
      '}];',
      '',
    ].join('\n'));
  }
  return { dir, files: copied };
}

/** Which optional CLI features exist: another developer is adding --cache and --concurrency. */
function cliFeatures() {
  const help = execFileSync(process.execPath, [valuelintBin, '--help'], { cwd: root, encoding: 'utf8' });
  const concurrencyLine = help.split('\n').find((l) => l.includes('--concurrency')) ?? '';
  return {
    cache: help.includes('--cache'),
    cacheLocation: help.includes('--cache-location'),
    concurrency: help.includes('--concurrency'),
    serialValue: /\boff\b/.test(concurrencyLine) ? 'off' : '1',
  };
}

async function timeCache(work, files, { runs, timeout }, features) {
  const location = path.join(work, 'valuelint-cache');
  const defaultLocation = path.join(root, '.valuelintcache');
  const cacheArgs = features.cacheLocation ? ['--cache', '--cache-location', location] : ['--cache'];
  const cold = [];
  const warm = [];
  for (let r = 1; r <= runs; r++) {
    rmSync(features.cacheLocation ? location : defaultLocation, { recursive: true, force: true });
    for (const [list, name] of [[cold, 'cold'], [warm, 'cached']]) {
      const run = await measure(valuelint([...cacheArgs, ...files]), { timeoutSeconds: timeout });
      if (!run.ok) return { problem: `exit ${run.code}: ${run.stderrTail}` };
      list.push(run);
      log(`  cache run ${r}/${runs} ${name}: ${run.wall.toFixed(2)} s`);
    }
  }
  if (!features.cacheLocation) rmSync(defaultLocation, { recursive: true, force: true });
  const summary = { cold: summarise(cold), cached: summarise(warm) };
  return { ...summary, ratio: summary.cached.wall / summary.cold.wall, target: 0.1 };
}

async function timeConcurrency(files, options, features) {
  const tools = [
    { id: 'serial', command: valuelint(['--concurrency', features.serialValue, ...files]) },
    { id: 'auto', command: valuelint(['--concurrency', 'auto', ...files]) },
  ];
  const result = await timeRoundRobin('concurrency', tools, options);
  if (!result.serial.problem && !result.auto.problem) result.ratio = result.auto.wall / result.serial.wall;
  return result;
}

async function timeScaling(work, files, base, options) {
  const sizes = [];
  for (const times of [1, 2, 4]) {
    const dir = path.join(work, `scale-${times}x`);
    const copied = copyFiles(files, base, dir, times);
    sizes.push({ id: `${times}x`, mb: totalBytes(copied) / MiB, files: copied.length, command: valuelint([dir]) });
  }
  const single = path.join(work, 'single', 'rfcs-concatenated.md');
  mkdirSync(path.dirname(single), { recursive: true });
  const singleBytes = concatenate(files, single, (options.quick ? 1 : 8) * MiB);
  sizes.push({ id: 'single file', mb: singleBytes / MiB, files: 1, command: valuelint([single]) });

  const timed = await timeRoundRobin('scaling', sizes, options);
  const base1 = timed['1x'];
  return sizes.map(({ id, mb, files: count }) => {
    const t = timed[id];
    if (t.problem || base1.problem) {
      // A timed-out run still bounds the time per MB from below.
      const bound = t.timedOut ? ` (over ${(options.timeout / mb).toFixed(1)} s/MB wall)` : '';
      return { id, mb, files: count, problem: `${t.problem ?? base1.problem}${bound}`, flat: false };
    }
    const perMb = { wall: t.wall / mb, cpu: t.cpu === undefined ? undefined : t.cpu / mb };
    const basePerMb = { wall: base1.wall / sizes[0].mb, cpu: base1.cpu === undefined ? undefined : base1.cpu / sizes[0].mb };
    const growth = { wall: perMb.wall / basePerMb.wall - 1, cpu: perMb.cpu === undefined ? undefined : perMb.cpu / basePerMb.cpu - 1 };
    // The machine may be shared: CPU time per MB is the steadier figure, so it decides when known.
    const decisive = growth.cpu ?? growth.wall;
    return { id, mb, files: count, wall: t.wall, cpu: t.cpu, rssMb: t.rssMb, perMb, growth, flat: decisive <= flatTolerance };
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(corpusRoot)) {
    console.log(`No corpus at ${path.relative(root, corpusRoot)} (../shared is absent); nothing to benchmark.`);
    return 0;
  }
  const api = path.join(root, 'dist', 'src', 'index.js');
  if (!existsSync(api)) {
    log('valuelint is not built: run "npm run build" first ("npm run bench" does).');
    return 2;
  }
  const { allRules, supportedExtensions } = await import(pathToFileURL(api).href);
  const work = mkdtempSync(path.join(os.tmpdir(), 'valuelint-bench-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));

  const lexicon = writeLexiconFiles(work, allRules);
  log(`Lexicon: ${lexicon.phrases.length} phrases and ${lexicon.identifiers.length} identifier names, from the ${lexicon.source}.`);
  const peers = {};
  const problems = [];
  for (const id of ['write-good', 'alex', 'textlint+prh', 'eslint']) {
    peers[id] = ensurePeer(id, { root, log });
    if (peers[id].problem) {
      log(peers[id].problem);
      problems.push(peers[id].problem);
    }
  }

  const corpusSpecs = [
    { name: 'rust-rfcs', kind: 'prose' },
    { name: 'organizing', kind: 'prose' },
    { name: 'ts-config', kind: 'code' },
  ];
  const corpora = [];
  let rfcFiles = [];
  for (const spec of corpusSpecs) {
    const dir = path.join(corpusRoot, spec.name);
    if (!existsSync(dir)) {
      log(`${spec.name}: not in ${path.relative(root, corpusRoot)}; skipped.`);
      continue;
    }
    const absolute = listFiles(dir, supportedExtensions, { quick: options.quick });
    const files = absolute.map((f) => path.relative(root, f));
    const mb = totalBytes(absolute) / MiB;
    if (spec.name === 'rust-rfcs') rfcFiles = files;
    const eslintCopy = spec.kind === 'code' ? prepareEslintCopy(work, absolute, dir, lexicon.identifiers, peers.eslint) : undefined;
    log(`${spec.name}: ${files.length} files, ${mb.toFixed(2)} MB`);
    const tools = toolsFor(spec.kind, { peers, lexiconFiles: lexicon.files, eslintCopy });
    const timed = await timeRoundRobin(spec.name, tools.map((t) => ({ id: t.id, command: t.run(files) })), options);
    corpora.push({ name: spec.name, kind: spec.kind, files: files.length, mb, tools: withRatios(timed, mb) });
  }

  const features = cliFeatures();
  const rfcDir = path.join(corpusRoot, 'rust-rfcs');
  let scaling;
  let cache = { available: false };
  let concurrency = { available: false };
  if (rfcFiles.length > 0) {
    log('Scaling: RFC corpus at 1x, 2x, 4x and as one file');
    scaling = await timeScaling(work, rfcFiles.map((f) => path.resolve(root, f)), rfcDir, options);
    if (features.cache) cache = { available: true, ...(await timeCache(work, rfcFiles, options, features)) };
    if (features.concurrency) concurrency = { available: true, ...(await timeConcurrency(rfcFiles, options, features)) };
  }

  let wholeCorpus;
  if (options.quick) wholeCorpus = { skipped: 'not measured with --quick' };
  else {
    log('Whole corpus: peak RSS of one valuelint run over ../shared/corpus/');
    const run = await measure(valuelint([path.relative(root, corpusRoot)]), { timeoutSeconds: options.timeout });
    wholeCorpus = run.ok
      ? { wall: run.wall, cpu: run.cpu, rssMb: run.rssMb, limitMb: rssLimitMb, underLimit: run.rssMb === undefined ? undefined : run.rssMb < rssLimitMb }
      : { problem: run.timedOut ? run.stderrTail : `exit ${run.code}: ${run.stderrTail}` };
  }

  log('Adversarial inputs: time at two sizes (bench/linearity.js)');
  const linearity = { limit: linearLimit, rows: await measureLinearity() };

  const results = {
    date: new Date().toISOString(),
    command: `node bench/run.js ${process.argv.slice(2).join(' ')}`.trim(),
    machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverage: os.loadavg() },
    valuelint: { commit: gitCommit(), rules: allRules.length },
    runs: options.runs,
    quick: options.quick,
    timeoutSeconds: options.timeout,
    rssSource,
    lexicon: { source: lexicon.source, phrases: lexicon.phrases.length, identifiers: lexicon.identifiers.length },
    peers: Object.fromEntries(Object.entries(peers).map(([id, p]) => [id, p.problem ? { problem: p.problem } : p.versions])),
    problems,
    corpora,
    scaling,
    cache,
    concurrency,
    wholeCorpus,
    linearity,
  };
  printSummary(results, (line) => console.log(line));
  const resultsDir = path.join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  // A --quick run never replaces the figures of a full one.
  const suffix = options.quick ? '-quick' : '';
  const names = [`${results.date.replace(/[:.]/g, '-')}${suffix}.json`, `latest${suffix}.json`];
  for (const name of names) writeFileSync(path.join(resultsDir, name), json);
  console.log(`\nWritten: ${names.map((n) => `bench/results/${n}`).join(' and ')}`);
  return 0;
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    log(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
