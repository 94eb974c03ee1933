/**
 * Time one command: wall clock, CPU (user + system) and peak RSS. Peak RSS and CPU come from
 * `/usr/bin/time -v` when it exists; otherwise Node commands are started with a preload that
 * reports their own `process.resourceUsage()` at exit (other commands then have wall time only).
 * Output goes to /dev/null for every tool alike; stderr is kept in a file to explain a failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const gnuTime = '/usr/bin/time';
export const rssSource = existsSync(gnuTime) ? '/usr/bin/time -v' : 'process.resourceUsage() preload (Node tools only)';
const preload = fileURLToPath(new URL('./report-usage.js', import.meta.url));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'valuelint-bench-measure-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** The process group being timed, killed with the bench on Ctrl-C (it runs detached, see below). */
let running;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (running) process.kill(-running.pid, 'SIGKILL');
    process.exit(130);
  });
}

/** `Maximum resident set size (kbytes): 12345` and friends, from `time -v`. */
function parseGnuTime(text) {
  const number = (label) => {
    const match = new RegExp(`${label}[^:]*:\\s*([\\d.]+)`).exec(text);
    return match ? Number(match[1]) : undefined;
  };
  const rssKb = number('Maximum resident set size');
  const user = number('User time');
  const system = number('System time');
  return { cpu: user !== undefined && system !== undefined ? user + system : undefined, rssMb: rssKb === undefined ? undefined : rssKb / 1024 };
}

function parsePreload(text) {
  const usage = JSON.parse(text);
  return { cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rssMb: usage.maxRSS / 1024 };
}

/**
 * Run `{ command, args, cwd, node }` once (`node: true` runs `command` as a script with this Node).
 * `okCodes` are the exit codes of a finished lint (`'any'` for write-good, whose code is its
 * number of suggestions). A run longer than `timeoutSeconds` is killed.
 * Resolves to `{ wall, cpu, rssMb, code, ok, timedOut, stderrTail }`; seconds and MiB.
 */
export function measure({ command, args, cwd, node = false, okCodes = [0, 1] }, { timeoutSeconds = Infinity } = {}) {
  const usageFile = path.join(scratch, 'usage');
  const stderrFile = path.join(scratch, 'stderr');
  rmSync(usageFile, { force: true });
  let file;
  let argv;
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  const nodeArgs = node ? [command, ...args] : args;
  const target = node ? process.execPath : command;
  if (existsSync(gnuTime)) {
    file = gnuTime;
    argv = ['-v', '-o', usageFile, target, ...nodeArgs];
  } else if (node) {
    file = process.execPath;
    argv = ['--import', preload, ...nodeArgs];
    env.VALUELINT_BENCH_USAGE_FILE = usageFile;
  } else {
    file = target;
    argv = nodeArgs;
  }
  const stderrFd = openSync(stderrFile, 'w');
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    // detached: a timeout kills the whole process group (time, node and anything they started).
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'ignore', stderrFd], detached: true });
    running = child;
    let timedOut = false;
    const timer = Number.isFinite(timeoutSeconds) ? setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, 'SIGKILL');
    }, timeoutSeconds * 1000) : undefined;
    child.on('error', (error) => finish(null, error.message));
    child.on('close', (code) => finish(code));
    function finish(code, spawnError) {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      clearTimeout(timer);
      running = undefined;
      closeSync(stderrFd);
      let usage = { cpu: undefined, rssMb: undefined };
      if (existsSync(usageFile)) {
        const text = readFileSync(usageFile, 'utf8');
        usage = file === gnuTime ? parseGnuTime(text) : parsePreload(text);
      }
      // /usr/bin/time reports the command's own exit status as its own.
      const ok = spawnError === undefined && !timedOut && code !== null && (okCodes === 'any' || okCodes.includes(code));
      const stderrTail = timedOut ? `timed out after ${timeoutSeconds} s`
        : spawnError ?? readFileSync(stderrFile, 'utf8').trim().split('\n').filter((l) => !l.startsWith('Command exited')).pop() ?? '';
      resolve({ wall, ...usage, code, ok, timedOut, stderrTail });
    }
  });
}

export function median(values) {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Medians of a tool's runs. */
export function summarise(runs) {
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    rssMb: Math.max(...runs.map((r) => r.rssMb ?? 0)) || undefined,
  };
}
