/**
 * Write a file so readers never see half of it: a temporary file beside it, then a rename. A
 * temporary file still there when the process gets SIGINT or SIGTERM is removed before the
 * process ends as the signal would have ended it.
 */
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const temporaries = new Set<string>();
const signals = ['SIGINT', 'SIGTERM'] as const;

function removeTemporariesAndExit(signal: NodeJS.Signals): void {
  for (const file of temporaries) rmSync(file, { force: true });
  temporaries.clear();
  for (const s of signals) process.removeListener(s, removeTemporariesAndExit);
  // Die of the signal, as without a handler (exit status 128 + n for the shell and CI).
  process.kill(process.pid, signal);
}

function track(file: string): void {
  if (temporaries.size === 0) for (const s of signals) process.on(s, removeTemporariesAndExit);
  temporaries.add(file);
}

function untrack(file: string): void {
  temporaries.delete(file);
  if (temporaries.size === 0) for (const s of signals) process.removeListener(s, removeTemporariesAndExit);
}

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  track(temporary);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
}
