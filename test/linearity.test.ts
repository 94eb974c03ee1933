/**
 * No super-linear paths: each adversarial input is linted at 0.5 MB and at 1 MB and the time ratio
 * compared (a ratio, not a wall-clock limit). Linear work doubles; quadratic work quadruples.
 */
import { describe, expect, it } from 'vitest';
import { findText } from '../src/index.js';

const half = 512 * 1024;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Inputs with nothing to match are timed at 0.5 MB and 1 MB. */
const inputs: Record<string, string> = {
  'one letter': 'a',
  'spaces': ' ',
  'hyphens': '-',
  'straight quotes': '"',
  'opening curly quotes': '“a ',
  'nested brackets': '(',
  'square brackets': '[',
  'dots': '. ',
};

/**
 * Inputs where every word is a trigger make every rule work on every word (one endless sentence):
 * timed at a quarter of the size, so the suite stays quick; the ratio shows the shape just as well.
 */
const denseInputs: Record<string, string> = {
  'triggers and negators': 'nobody logs hours, ',
  'repeated phrase without breaks': 'members log their hours and ',
};

function cpuTime(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

describe("linear time on adversarial input", { timeout: 300_000 }, () => {
  const cases = [
    ...Object.entries(inputs).map(([name, unit]) => [name, unit, half] as const),
    ...Object.entries(denseInputs).map(([name, unit]) => [name, unit, half / 4] as const),
  ];
  for (const [name, unit, size] of cases) {
    for (const filePath of ['a.md', 'a.txt']) {
      it(`${name} (${filePath}, ${size / 1024} KB vs ${size / 512} KB)`, () => {
        const small = repeatTo(unit, size);
        const large = repeatTo(unit, 2 * size);
        findText(small, { filePath }); // warm caches and the JIT
        const largeTime = cpuTime(() => findText(large, { filePath }));
        const ratio = largeTime / cpuTime(() => findText(small, { filePath }));
        // Below a quarter second the ratio is timer noise; a quadratic path on 1 MB takes far longer.
        // Linear work doubles (2), quadratic work quadruples (4); 3.6 leaves room for a busy machine.
        if (largeTime > 250_000) expect(ratio).toBeLessThan(3.6);
      });
    }
  }
});
