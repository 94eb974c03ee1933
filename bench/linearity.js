#!/usr/bin/env node
/**
 * No super-linear paths: adversarial inputs linted at two sizes, one the double of the other, and
 * the CPU-time ratio printed (linear work doubles, quadratic work quadruples). Besides endless
 * words and sentences, the shapes of issue 19.3: comment openers (Markdown, MDX, text), emphasis
 * runs around a trigger, many findings in the HTML report, many directives with many findings. A benchmark, not a
 * test: timings belong here, where a busy machine shows as noise in a report, not as a red build.
 * Run by `npm run bench`; alone: `node bench/linearity.js [--json] [--only <words of a case's name>]`
 * (after `npm run build`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist', 'src');
const api = path.join(dist, 'index.js');
/** Above this ratio the input is reported as super-linear (2 is linear, 4 quadratic; issue 19 asks 2.5). */
export const linearLimit = 2.5;

/** Inputs with nothing to match, timed at 0.5 MB and 1 MB. */
const sparse = {
  'one letter': 'a',
  spaces: ' ',
  hyphens: '-',
  'straight quotes': '"',
  'opening curly quotes': '“a ',
  'nested brackets': '(',
  'square brackets': '[',
  dots: '. ',
};
/** Inputs where every word is a trigger (one endless sentence), timed at 128 KB and 256 KB. */
const dense = {
  'triggers and negators': 'nobody logs hours, ',
  'repeated phrase without breaks': 'members log their hours and ',
};
/**
 * Issue 19.3: comment openers, in every front-end that reads Markdown or text: alone (sparse, 512 KB
 * and 1 MB), and around a trigger (dense, 128 KB and 256 KB), opening the file (an HTML block to its
 * end in Markdown) or after a word (inline, never closed).
 */
const comments = { 'comment openers': '<!--' };
const commentsAroundTriggers = { 'comment openers around triggers': '<!-- wage ', 'comment openers after triggers': 'wage <!-- ' };
/**
 * Issue 19.3: emphasis runs around a trigger (micromark's attention resolution); 128 KB and 256 KB.
 * A function builds the whole input: one paragraph of runs with one trigger at its end.
 */
const emphasis = {
  'emphasis closers, then a trigger': (size) => `${repeatTo('*a ', size - 5)} wage`,
  'stars and underscores, then a trigger': (size) => `${repeatTo('*_', size - 5)} wage`,
  'emphasis closers around triggers': '*a wage ',
  'stars and underscores around triggers': '*_*_*_ wage ',
  'underscore runs around triggers': '___ wage ',
  'underscores around triggers': '_a wage ',
  'strong words': '**members** ',
  'strong trigger words': '**members** log hours ',
  'emphasis after words': 'a* wage ',
  'strikethrough runs': '~~a~~ wage ',
};

function repeatTo(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * The garbage collector, so that no run pays for the garbage of the one before it (the flag can
 * be set at run time; `gc` is then defined in new contexts).
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

function cpuMs(run) {
  collectGarbage();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The least CPU time of five runs at each size, the two sizes taken in turn: the other sessions on
 * a shared machine only ever add time, and they add it to both sizes alike.
 */
function bestOfPairs(small, large) {
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let k = 0; k < 5; k++) {
    smallMs = Math.min(smallMs, cpuMs(small));
    largeMs = Math.min(largeMs, cpuMs(large));
  }
  return { smallMs, largeMs };
}

/**
 * Every case: a name, the file kind or stage it runs through, its size at 1× (`kb`, or a count of
 * findings and directives), and `prepare(times)`, which builds the input at that multiple and
 * returns the work to time.
 */
async function cases() {
  const { findText, lintText } = await import(pathToFileURL(api).href);
  const { lintDocument } = await import(pathToFileURL(path.join(dist, 'linter.js')).href);
  const { formatters } = await import(pathToFileURL(path.join(dist, 'formatters', 'index.js')).href);
  const texts = (units, size, files) => Object.entries(units).flatMap(([name, unit]) => files.map((filePath) => ({
    input: name, file: filePath, kb: size / 1024,
    prepare: (times) => {
      const text = typeof unit === 'function' ? unit(times * size) : repeatTo(unit, times * size);
      return () => findText(text, { filePath });
    },
  })));
  const flagged = 'Members log their hours.';
  const findingsCount = 2000;
  return [
    ...texts(sparse, 512 * 1024, ['a.md', 'a.txt']),
    ...texts(dense, 128 * 1024, ['a.md', 'a.txt']),
    ...texts(comments, 512 * 1024, ['a.md', 'a.txt', 'a.mdx']),
    ...texts(commentsAroundTriggers, 128 * 1024, ['a.md', 'a.txt', 'a.mdx']),
    ...texts(emphasis, 128 * 1024, ['a.md']),
    {
      // The report marks every finding in the file's text: once over the text, not once per finding.
      input: `${findingsCount} findings in one file`, file: 'html report', count: findingsCount,
      prepare: (times) => {
        const source = `${flagged}\n\n`.repeat(times * findingsCount);
        const results = [{ ...lintText(source, { filePath: 'plan.md' }), source }];
        return () => formatters.html(results, { cwd: root, color: false });
      },
    },
    {
      // Every paragraph a finding and a directive: disable-line on odd ones, enable on even ones.
      input: `${findingsCount} directives and findings`, file: 'a.md', count: findingsCount,
      prepare: (times) => {
        const paragraphs = Array.from({ length: times * findingsCount }, (_, i) =>
          `${flagged} <!-- valuelint-${i % 2 ? 'disable-line' : 'enable'} accounting/time-measurement -->`);
        const text = `${paragraphs.join('\n\n')}\n`;
        return () => lintDocument(text, { filePath: 'a.md', reportUnusedDisableDirectives: 'warn' });
      },
    },
  ];
}

/** Every case, or those whose name holds `only`. */
export async function measureLinearity({ only } = {}) {
  const rows = [];
  for (const { prepare, ...row } of await cases()) {
    if (only && !row.input.includes(only)) continue;
    const small = prepare(1);
    const large = prepare(2);
    small(); // warm caches and the JIT
    const { smallMs, largeMs } = bestOfPairs(small, large);
    const ratio = largeMs / smallMs;
    // Under a tenth of a second the ratio is timer noise; a quadratic path at these sizes takes far longer.
    rows.push({ ...row, smallMs, largeMs, ratio, linear: largeMs < 100 || ratio <= linearLimit });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(api)) {
    process.stderr.write('valuelint is not built: run "npm run build" first.\n');
    process.exit(2);
  }
  const only = process.argv.indexOf('--only');
  const rows = await measureLinearity(only === -1 ? {} : { only: process.argv[only + 1] });
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else {
    for (const r of rows) {
      const size = r.kb === undefined ? `${r.count} ×` : `${r.kb} KB`;
      console.log(`${`${r.input} (${r.file})`.padEnd(52)} ${size.padStart(7)} ${r.smallMs.toFixed(0).padStart(6)} ms  ×2 ${r.largeMs.toFixed(0).padStart(6)} ms  ratio ${r.ratio.toFixed(2)}${r.linear ? '' : '  SUPER-LINEAR'}`);
    }
  }
}
