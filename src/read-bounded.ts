/**
 * Read a small file (a config, a baseline) without trusting its size: the size is checked on the
 * open handle and reading stops one byte past the limit, so a huge or growing file, or a pipe that
 * never ends, cannot fill memory. Only regular files are read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
  }
}

export function readBounded(file: string, limit: number): string {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!stats.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    if (stats.size > limit) throw new TooLargeError(limit);
    // In chunks, counting: the file may grow after the stat.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) throw new TooLargeError(limit);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
