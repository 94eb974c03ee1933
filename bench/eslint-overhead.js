#!/usr/bin/env node
// What valuelint adds to ESLint: lints a 2,000-line Markdown plan with @eslint/markdown's recommended
// config alone (CommonMark), with it set to GFM (for comparison: valuelint reads plans as GFM and
// parses itself what a CommonMark tree misreads), and with valuelint's recommended config on top,
// alternating, and prints the medians and the differences. Two plans: a generated one, dense with value logic (every other sentence is flagged),
// and, when ../shared/corpus is beside the project, a real one (the first 2,000 lines of the
// organizing corpus's Markdown files, in path order). Two settings:
//   warm  one long-lived ESLint per config, as in an editor (the ESLint server keeps running);
//         wall time, and CPU time, which a busy machine distorts less;
//   cold  a fresh Node process per run, as `npx eslint` in CI (includes loading the plugins).
// Target (issue 4): warm overhead under 200 ms. Timings on a busy machine are not comparable:
// the load average is printed with them.
//
//   npm run bench                  (builds first)
//   node bench/eslint-overhead.js [--runs N] [--lines N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const runs = option('--runs', 9);
const lineCount = option('--lines', 2000);

/** Our own sentences: plans with value logic, near misses, and neutral prose, in Markdown blocks. */
const sentences = [
  'Every volunteer logs their hours in the shared spreadsheet.',
  'The garden group meets on Thursdays by the shed.',
  'Drivers clock in at the depot before the first round.',
  'Nobody keeps timesheets; people come when they can.',
  'The oven takes about an hour to heat up in winter.',
  'We keep an attendance register for each work day.',
  'Bring jars if you have them, and take what you need.',
  'A shift is four hours per week for each member.',
  'Sign in with your account to edit the shared map.',
  'Whoever is around on Saturday fixes the bikes that are waiting.',
];

function generatePlan(lines) {
  const out = ['---', 'title: Generated plan', '---', ''];
  let i = 0;
  while (out.length < lines) {
    const section = Math.floor(i / 12);
    if (i % 12 === 0) out.push(`## Part ${section + 1}`, '');
    const sentence = sentences[i % sentences.length];
    if (i % 12 === 5) out.push(`- ${sentence}`, `- ${sentences[(i + 3) % sentences.length]}`, '');
    else if (i % 12 === 9) out.push('| Task | Notes |', '| --- | --- |', `| baking | ${sentence} |`, '');
    else if (i % 12 === 11) out.push(`> ${sentence}`, '');
    else out.push(`${sentence} ${sentences[(i + 7) % sentences.length]}`, '');
    i++;
  }
  return `${out.slice(0, lines).join('\n')}\n`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'valuelint-bench-'));
const planPath = join(dir, 'plan.md');
writeFileSync(planPath, generatePlan(lineCount));

/** A real plan of `lines` lines: the organizing corpus's Markdown files, in path order, cut there. */
function realPlan(lines) {
  const corpus = join(root, '..', 'shared', 'corpus', 'organizing');
  if (!existsSync(corpus)) return undefined;
  const files = readdirSync(corpus, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
  const out = [];
  for (const file of files) {
    if (out.length >= lines) break;
    out.push(...readFileSync(join(corpus, file), 'utf8').split('\n'), '');
  }
  return `${out.slice(0, lines).join('\n')}\n`;
}
const real = realPlan(lineCount);
const realPath = join(dir, 'real.md');
if (real) writeFileSync(realPath, real);

const moduleUrl = (specifier) => import.meta.resolve(specifier);
const eslintUrl = moduleUrl('eslint');
const markdownUrl = moduleUrl('@eslint/markdown');
const valuelintUrl = pathToFileURL(join(root, 'dist', 'src', 'eslint', 'index.js')).href;

// The child script: `warm` builds both configs in one process, lints once with each to load and
// compile everything, then alternates timed lints; `cold <config>` lints once, timed from start.
const runner = join(dir, 'run.mjs');
writeFileSync(runner, `
import { performance } from 'node:perf_hooks';
const { ESLint } = await import(${JSON.stringify(eslintUrl)});
const { default: markdown } = await import(${JSON.stringify(markdownUrl)});
const [setting, config, count, file] = process.argv.slice(2);
async function eslintFor(name) {
  const overrideConfig = [...markdown.configs.recommended];
  if (name === 'markdown-gfm') overrideConfig.push({ files: ['**/*.md'], language: 'markdown/gfm', languageOptions: { frontmatter: 'yaml' } });
  if (name === 'valuelint') {
    const started = performance.now();
    overrideConfig.push(...(await import(${JSON.stringify(valuelintUrl)})).default.configs.recommended);
    loadMs = performance.now() - started;
  }
  return new ESLint({ cwd: ${JSON.stringify(dir)}, overrideConfigFile: true, overrideConfig });
}
async function lint(eslint) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const [result] = await eslint.lintFiles([file]);
  const { user, system } = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (user + system) / 1000, problems: result.messages.length };
}
let loadMs = 0;
if (setting === 'warm') {
  const names = ['markdown', 'markdown-gfm', 'valuelint'];
  const linters = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await eslintFor(name)])));
  const times = Object.fromEntries(names.map((name) => [name, []]));
  const cpu = Object.fromEntries(names.map((name) => [name, []]));
  const problems = {};
  for (const name of names) problems[name] = (await lint(linters[name])).problems;
  for (let i = 0; i < Number(count); i++) for (const name of names) {
    const { ms, cpuMs } = await lint(linters[name]);
    times[name].push(ms);
    cpu[name].push(cpuMs);
  }
  console.log(JSON.stringify({ times, cpu, problems, loadMs }));
} else {
  await lint(await eslintFor(config));
  console.log(JSON.stringify({ loadMs }));
}
`);

function runChild(args, plan = planPath) {
  const child = spawnSync(process.execPath, [runner, ...args, plan], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench run failed: ${child.stderr.trim().split('\n')[0]}`);
  return JSON.parse(child.stdout);
}

const ms = (n) => `${n.toFixed(0).padStart(6)} ms`;

/** Warm medians for one plan: wall and CPU per config, and the two differences that matter. */
function warmTable(label, plan) {
  const warm = runChild(['warm', '-', String(runs)], plan);
  const wall = Object.fromEntries(Object.entries(warm.times).map(([k, v]) => [k, median(v)]));
  const cpu = Object.fromEntries(Object.entries(warm.cpu).map(([k, v]) => [k, median(v)]));
  console.log(`${label}: ${lineCount} lines; ${warm.problems.valuelint} problems with valuelint.`);
  console.log('                           CommonMark        GFM   + valuelint   added by valuelint   (over ESLint reading GFM)');
  for (const [name, t] of [['warm (editor, per lint)', wall], ['warm, CPU time per lint', cpu]]) {
    console.log(`${name.padEnd(24)} ${ms(t.markdown)} ${ms(t['markdown-gfm'])}   ${ms(t.valuelint)}           ${ms(t.valuelint - t.markdown)}           (${ms(t.valuelint - t['markdown-gfm'])})`);
  }
  console.log('');
  return { wall, cpu };
}

try {
  console.log(`Median of ${runs} alternating runs; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores.`);
  console.log('');
  const generated = warmTable('Generated plan (dense: every other sentence is value logic)', planPath);
  const realPlanFigures = real ? warmTable('Real plan (organizing corpus, first 2,000 lines)', realPath) : undefined;

  // Cold: a fresh process per run, alternating configs; time from spawn to exit.
  const cold = { markdown: [], valuelint: [] };
  const loads = [];
  for (let i = 0; i < runs; i++) {
    for (const name of ['markdown', 'valuelint']) {
      const started = performance.now();
      const { loadMs } = runChild(['cold', name, '1']);
      cold[name].push(performance.now() - started);
      if (name === 'valuelint') loads.push(loadMs);
    }
  }
  console.log(`cold (process per run, generated plan): CommonMark ${ms(median(cold.markdown))}, + valuelint ${ms(median(cold.valuelint))}; ` +
    `includes loading valuelint/eslint (median ${median(loads).toFixed(0)} ms; with typescript-eslint when installed).`);
  console.log('');
  // What a user sees: valuelint's recommended config over @eslint/markdown's recommended alone.
  const verdict = (figures, label) => {
    const added = figures.wall.valuelint - figures.wall.markdown;
    return `${label}: ${added.toFixed(0)} ms (${added < 200 ? 'met' : 'NOT met'})`;
  };
  console.log(`Target, warm difference under 200 ms (wall): ${[verdict(generated, 'generated plan'), ...(realPlanFigures ? [verdict(realPlanFigures, 'real plan')] : [])].join('; ')}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
