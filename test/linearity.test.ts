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

const inputs: Record<string, string> = {
  'one letter': 'a',
  'spaces': ' ',
  'hyphens': '-',
  'straight quotes': '"',
  'opening curly quotes': '“a ',
  'nested brackets': '(',
  'square brackets': '[',
  'triggers and negators': 'nobody logs hours, ',
  'repeated phrase without breaks': 'members log their hours and ',
  'dots': '. ',
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

describe("linear time on adversarial input", { timeout: 180_000 }, () => {
  for (const [name, unit] of Object.entries(inputs)) {
    for (const filePath of ['a.md', 'a.txt']) {
      it(`${name} (${filePath})`, () => {
        const small = repeatTo(unit, half);
        const large = repeatTo(unit, 2 * half);
        findText(small, { filePath }); // warm caches and the JIT
        const ratio = cpuTime(() => findText(large, { filePath })) / cpuTime(() => findText(small, { filePath }));
        expect(ratio).toBeLessThan(3);
      });
    }
  }
});
