#!/usr/bin/env node
/**
 * No super-linear paths: adversarial inputs linted at two sizes, one the double of the other, and
 * the CPU-time ratio printed (linear work doubles, quadratic work quadruples). A benchmark, not a
 * test: timings belong here, where a busy machine shows as noise in a report, not as a red build.
 * Run by `npm run bench`; alone: `node bench/linearity.js [--json]` (after `npm run build`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const api = path.join(root, 'dist', 'src', 'index.js');
/** Above this ratio the input is reported as super-linear (2 is linear, 4 quadratic). */
export const linearLimit = 3;

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

const repeatTo = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function cpuMs(run) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

export async function measureLinearity() {
  const { findText } = await import(pathToFileURL(api).href);
  const cases = [
    ...Object.entries(sparse).map(([name, unit]) => [name, unit, 512 * 1024]),
    ...Object.entries(dense).map(([name, unit]) => [name, unit, 128 * 1024]),
  ];
  const rows = [];
  for (const [name, unit, size] of cases) {
    for (const filePath of ['a.md', 'a.txt']) {
      const small = repeatTo(unit, size);
      const large = repeatTo(unit, 2 * size);
      findText(small, { filePath }); // warm caches and the JIT
      const smallMs = cpuMs(() => findText(small, { filePath }));
      const largeMs = cpuMs(() => findText(large, { filePath }));
      const ratio = largeMs / smallMs;
      // Under a tenth of a second the ratio is timer noise; a quadratic path at these sizes takes far longer.
      rows.push({ input: name, file: filePath, kb: size / 1024, smallMs, largeMs, ratio, linear: largeMs < 100 || ratio <= linearLimit });
    }
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(api)) {
    process.stderr.write('valuelint is not built: run "npm run build" first.\n');
    process.exit(2);
  }
  const rows = await measureLinearity();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else {
    for (const r of rows) {
      console.log(`${`${r.input} (${r.file})`.padEnd(44)} ${String(r.kb).padStart(4)} KB ${r.smallMs.toFixed(0).padStart(6)} ms  ×2 ${r.largeMs.toFixed(0).padStart(6)} ms  ratio ${r.ratio.toFixed(2)}${r.linear ? '' : '  SUPER-LINEAR'}`);
    }
  }
}
