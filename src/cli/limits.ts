/**
 * Limits that keep one hostile file from stalling a CI run: files above --max-file-size are
 * reported as fatal without being read into memory or parsed, and a file that takes longer than
 * --max-file-time is stopped and reported as fatal; the run goes on with the other files.
 */
import { InvalidArgumentError } from 'commander';

/** 10 MB: far above any plan written by hand, well below what stalls the parsers. */
export const defaultMaxFileSize = 10 * 1024 * 1024;

/**
 * 5 s, wall-clock: a plan written by hand (tens of kilobytes) takes a fraction of a second, and
 * 1 MB of the fixtures' prose, a finding every 100 bytes, about 5 s; a file built to be slow is
 * stopped before it holds up the run. Checked between blocks and sentences (src/engine/deadline.ts).
 */
export const defaultMaxFileTime = 5000;

/** `--max-file-time` values: whole milliseconds; 0 is no limit. */
export function parseMilliseconds(value: string): number {
  const ms = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(ms)) throw new InvalidArgumentError('expected a whole number of milliseconds (0: no limit)');
  return ms;
}

const units: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `--max-file-size` values: bytes (`5000`) or a size with a unit (`512kb`, `10mb`, `1.5MB`). */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(value);
  const unit = match && units[match[2]!.toLowerCase()];
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new InvalidArgumentError('expected a size in bytes, or with kb, mb or gb (e.g. 10mb)');
  return bytes;
}

/** A file size for messages: `20.0 MB`, `512 KB`, `900 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
