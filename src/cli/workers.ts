/**
 * Linting the selected files: replayed from the cache when unchanged (src/cli/cache.ts), the rest
 * in this thread or on worker threads (`--concurrency`). Results come back in the order of the
 * files whatever order the workers finish in, so output is the same as a serial run. Only
 * LintResults are kept: every parse tree is dropped when its file is done.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InvalidArgumentError } from 'commander';
import type { DocumentOptions } from '../linter.js';
import { stoppedAtTimeLimit } from '../engine/deadline.js';
import { resultOf } from '../result.js';
import type { LintResult } from '../types.js';
import { LintCache, type CacheProbe } from './cache.js';
import { toolFingerprint } from './cache-key.js';

/** One file and the options its config resolved to (plain data: it crosses to a worker). */
export interface LintJob {
  file: string;
  options: DocumentOptions;
}

/** Reads and lints one file; never throws for an unreadable file (it gives a fatal result). */
export type LintFile = (file: string, options: DocumentOptions) => Promise<LintResult>;

export interface LintJobsSettings {
  /** Worker threads; 1 lints in this thread. */
  concurrency: number;
  /** Cache file (`--cache`), with the tool version that keys it. */
  cache?: { file: string; version: string };
  /** Told when the cache cannot be written (the run goes on). */
  warn: (line: string) => void;
  /** Called once per file as its result arrives (progress). */
  onDone?: () => void;
  /** Told how long each file that was not replayed took (--stats); replayed files are counted. */
  onTimed?: (file: string, ms: number) => void;
  onReplayed?: () => void;
}

/** `--concurrency auto|N`: auto is one thread per available core but one for the main thread. */
export function parseConcurrency(value: string): number {
  if (value === 'auto') return Math.max(1, availableParallelism() - 1);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected 'auto' or a whole number of at least 1");
  return n;
}

export async function lintJobs(jobs: readonly LintJob[], settings: LintJobsSettings, lintFile: LintFile): Promise<LintResult[]> {
  const results: LintResult[] = new Array<LintResult>(jobs.length);
  const cache = settings.cache && await LintCache.open(settings.cache.file, toolFingerprint(settings.cache.version));
  const pending: Array<{ index: number; probe?: CacheProbe | undefined }> = [];
  for (const [index, job] of jobs.entries()) {
    const found = cache && await cache.lookup(job.file, job.options);
    if (found && 'result' in found) {
      results[index] = found.result;
      settings.onReplayed?.();
      settings.onDone?.();
    } else pending.push({ index, probe: found?.probe });
  }
  const done = (k: number, result: LintResult): void => {
    const { index, probe } = pending[k]!;
    results[index] = result;
    // A file stopped at the time limit is linted again next time: the stop says more of the machine than of the file.
    if (cache && probe && !stoppedAtTimeLimit(result)) cache.record(probe, result);
    settings.onDone?.();
  };
  if (cache?.rejected) settings.warn(`${cache.rejected} cache entr${cache.rejected === 1 ? 'y was' : 'ies were'} not valuelint's results; linted again`);
  const todo = pending.map((p) => jobs[p.index]!);
  if (settings.concurrency > 1 && todo.length > 1) await lintOnWorkers(todo, Math.min(settings.concurrency, todo.length), done, settings.onTimed);
  else {
    for (const [k, job] of todo.entries()) {
      const started = performance.now();
      const result = await lintFile(job.file, job.options);
      settings.onTimed?.(job.file, performance.now() - started);
      done(k, result);
    }
  }
  if (cache) {
    await cache.save().catch((error: NodeJS.ErrnoException) => {
      settings.warn(`cannot write the cache ${cache.file}: ${error.code ?? error.message}`);
    });
  }
  return results;
}

/** The worker script, always from dist/ (under vitest this module runs from src/). */
function workerUrl(): URL {
  const inDist = import.meta.url.endsWith('.js');
  return new URL(inDist ? './workers-thread.js' : '../../dist/src/cli/workers-thread.js', import.meta.url);
}

/** Messages between this thread and a worker. */
export type WorkerRequest = { id: number; file: string; options: DocumentOptions };
export type WorkerReply = { id: number; result: LintResult } | { id: number; error: string };

/**
 * The main thread's JavaScript stack: V8's --stack-size (984 KB on 64-bit unless set), while a worker
 * gets 4 MB by default. A worker is given the main thread's limit, so that a file nested near the
 * limit gives the same result in both modes (V8 keeps 192 KB of a thread's stack as a margin).
 */
export function mainStackKb(execArgv: readonly string[] = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]): number {
  let kb = 984;
  for (const arg of execArgv) {
    const match = /^--stack[-_]size=(\d+)$/.exec(arg);
    if (match) kb = Number(match[1]);
  }
  return kb;
}

const workerStackMb = (mainStackKb() + 192) / 1024;

/** A file whose worker died while linting it: fatal for that file alone. */
function deadWorkerResult(file: string, reason: string): LintResult {
  return resultOf(file, [{ ruleId: null, severity: 2, fatal: true, message: `Could not lint file: the worker linting it stopped (${reason}).`, line: 1, column: 1 }]);
}

/**
 * Lint on a pool of worker threads. A worker that dies (a crash, running out of memory) gives its
 * current file a fatal message and is replaced; the run goes on. Only a failure that is not about
 * one file (a broken --project, sent back as an error reply) stops it.
 */
function lintOnWorkers(jobs: readonly LintJob[], threads: number, done: (k: number, result: LintResult) => void, onTimed?: (file: string, ms: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const live = new Set<Worker>();
    let next = 0;
    let finished = 0;
    let stopped = false;
    const stop = (error?: Error): void => {
      if (stopped) return;
      stopped = true;
      for (const worker of live) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const sentAt = new Map<number, number>();
    const finish = (id: number, result: LintResult): void => {
      onTimed?.(jobs[id]!.file, performance.now() - (sentAt.get(id) ?? performance.now()));
      done(id, result);
      if (++finished === jobs.length) stop();
    };
    const start = (): void => {
      if (stopped || next >= jobs.length) return;
      const worker = new Worker(workerUrl(), { resourceLimits: { stackSizeMb: workerStackMb } });
      live.add(worker);
      let current: number | undefined;
      let death: string | undefined;
      const feed = (): void => {
        if (next >= jobs.length) {
          current = undefined;
          return;
        }
        current = next++;
        sentAt.set(current, performance.now());
        const request: WorkerRequest = { id: current, file: jobs[current]!.file, options: jobs[current]!.options };
        worker.postMessage(request);
      };
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return stop(new Error(reply.error));
        current = undefined;
        finish(reply.id, reply.result);
        if (!stopped) feed();
      });
      worker.on('error', (error) => {
        death = error.message.replace(/\s+/g, ' ').trim();
      });
      worker.on('exit', (code) => {
        live.delete(worker);
        if (stopped) return;
        if (current !== undefined) {
          const id = current;
          current = undefined;
          finish(id, deadWorkerResult(jobs[id]!.file, death ?? `exit code ${code}`));
        }
        start();
      });
      feed();
    };
    for (let t = 0; t < threads; t++) start();
  });
}
