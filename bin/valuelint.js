#!/usr/bin/env node
// The valuelint executable: runs the compiled CLI and sets the exit code. Nothing else may exit.
import { run } from '../dist/src/cli/run.js';

// Counts while reading and stops one byte past `limit`: endless input cannot fill memory.
const readStdin = async (limit = Infinity) => {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks).subarray(0, Math.min(size, limit + 1)).toString('utf8');
};

// `valuelint . | head`: once the reader has gone, the rest of the report has nowhere to go. Say
// nothing (no stack trace) and let the run end with its own exit code.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.stdout.destroy();
  else throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  });
} catch (error) {
  // Last line of defence: one line, no stack trace.
  process.stderr.write(`valuelint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
