/**
 * `--shard i/n` for CI matrices: a file belongs to shard (hash of its path relative to the working
 * directory) mod n, so every file lands in exactly one shard and the split never depends on the
 * order or number of other files.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. 2/4');
  return { index, count };
}

export function inShard(file: string, shard: Shard, cwd: string): boolean {
  const relative = path.relative(cwd, file).split(path.sep).join('/');
  const hash = createHash('sha1').update(relative).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}
