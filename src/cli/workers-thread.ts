/**
 * A lint worker (`--concurrency`): lints the files it is sent, reading each itself, with the same
 * function as a serial run, and sends back the LintResult (plain data) or one line of error.
 */
import { parentPort } from 'node:worker_threads';
import { lintPath } from './run.js';
import type { WorkerReply, WorkerRequest } from './workers.js';

const port = parentPort;
if (!port) throw new Error('workers-thread.js runs only as a worker thread');

/**
 * For tests only: a worker given a file whose path matches this regular expression dies at once, as a
 * native crash or an out-of-memory abort would end it, so that recovery can be tested
 * deterministically (test/cli-concurrency.test.ts).
 */
const dieOn = process.env.VALUELINT_TEST_WORKER_DIES_ON ? new RegExp(process.env.VALUELINT_TEST_WORKER_DIES_ON) : undefined;

port.on('message', (request: WorkerRequest) => {
  if (dieOn?.test(request.file)) process.exit(70);
  lintPath(request.file, request.options).then(
    (result): WorkerReply => ({ id: request.id, result }),
    (error: unknown): WorkerReply => ({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  ).then((reply) => port.postMessage(reply));
});
