/**
 * A lint worker (`--concurrency`): lints the files it is sent, reading each itself, with the same
 * function as a serial run, and sends back the LintResult (plain data) or one line of error.
 */
import { parentPort } from 'node:worker_threads';
import { lintPath } from './run.js';
import type { WorkerReply, WorkerRequest } from './workers.js';

const port = parentPort;
if (!port) throw new Error('workers-thread.js runs only as a worker thread');

port.on('message', (request: WorkerRequest) => {
  lintPath(request.file, request.options).then(
    (result): WorkerReply => ({ id: request.id, result }),
    (error: unknown): WorkerReply => ({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  ).then((reply) => port.postMessage(reply));
});
