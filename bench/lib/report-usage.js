// Preload (node --import) used when /usr/bin/time is missing: at exit, write this process's own
// resource usage (peak RSS, CPU) where the bench asked for it.
import { writeFileSync } from 'node:fs';

const target = process.env.VALUELINT_BENCH_USAGE_FILE;
if (target) {
  delete process.env.VALUELINT_BENCH_USAGE_FILE;
  process.on('exit', () => writeFileSync(target, JSON.stringify(process.resourceUsage())));
}
