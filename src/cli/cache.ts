/**
 * The result cache (`--cache`): a file whose bytes and options are unchanged since the last run, under
 * the same tool fingerprint (src/cli/cache-key.ts), gets its recorded result back without analysis.
 * A cache file that is corrupt, foreign, unreadable or from another tool version is ignored and
 * rewritten. docs/cache.md says what invalidates an entry.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentOptions } from '../linter.js';
import { resultOf } from '../result.js';
import type { LintResult } from '../types.js';
import { optionsHash, sha256 } from './cache-key.js';
import { areReplayableMessages } from './cache-replay.js';
import { writeFileAtomic } from './write-atomic.js';

export const defaultCacheName = '.valuelintcache';
/** Outside the checked-in tree, where other tools keep theirs: a pull request cannot commit it by accident. */
export const defaultCacheDirectory = path.join('node_modules', '.cache', 'valuelint');
const format = 'valuelint-cache/1';

type StoredResult = Omit<LintResult, 'filePath'>;

interface CacheEntry {
  content: string;
  options: string;
  result: StoredResult;
}

interface CacheData {
  format: typeof format;
  fingerprint: string;
  files: Record<string, CacheEntry>;
}

/**
 * `--cache-location`: a directory (existing, or written with a trailing slash) holds `.valuelintcache`.
 * Default: node_modules/.cache/valuelint/.valuelintcache under the working directory.
 */
export function cacheFileOf(location: string | undefined, cwd: string): string {
  if (!location) return path.join(cwd, defaultCacheDirectory, defaultCacheName);
  const resolved = path.resolve(cwd, location);
  const isDirectory = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isDirectory ? path.join(resolved, defaultCacheName) : resolved;
}

function isCacheData(value: unknown, fingerprint: string): value is CacheData {
  if (!value || typeof value !== 'object') return false;
  const data = value as Partial<CacheData>;
  return data.format === format && data.fingerprint === fingerprint && !!data.files && typeof data.files === 'object' && !Array.isArray(data.files);
}

function isEntry(value: unknown): value is CacheEntry {
  const entry = value as Partial<CacheEntry> | undefined;
  return typeof entry?.content === 'string' && typeof entry.options === 'string' && Array.isArray(entry.result?.messages) && Array.isArray(entry.result.suppressedMessages);
}

/** A file to lint, with the hashes that key it once looked up. */
export interface CacheProbe {
  key: string;
  content: string;
  options: string;
}

export class LintCache {
  private readonly previous: Record<string, CacheEntry>;
  private readonly current = new Map<string, CacheEntry>();
  /** Entries whose bytes and options matched but whose messages were not valuelint's: re-linted. */
  rejected = 0;

  private constructor(
    readonly file: string,
    private readonly fingerprint: string,
    files: Record<string, CacheEntry>,
  ) {
    this.previous = files;
  }

  /** Open the cache file; anything but a valid cache of this tool fingerprint starts empty. */
  static async open(file: string, fingerprint: string): Promise<LintCache> {
    let files: Record<string, CacheEntry> = {};
    try {
      const data: unknown = JSON.parse(await readFile(file, 'utf8'));
      if (isCacheData(data, fingerprint)) files = data.files;
    } catch {
      // Missing, unreadable or corrupt: start afresh; save() rewrites it.
    }
    return new LintCache(file, fingerprint, files);
  }

  /**
   * The recorded result of a file if its bytes and options are unchanged, else the probe to record
   * its new result with. A file that cannot be read is neither replayed nor recorded.
   */
  async lookup(filePath: string, options: DocumentOptions): Promise<{ result: LintResult } | { probe: CacheProbe } | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(filePath);
    } catch {
      return undefined;
    }
    const probe: CacheProbe = { key: path.resolve(filePath), content: sha256(bytes), options: optionsHash(options) };
    const entry = this.previous[probe.key];
    if (isEntry(entry) && entry.content === probe.content && entry.options === probe.options) {
      const { messages, suppressedMessages } = structuredClone(entry.result);
      if (areReplayableMessages(messages, options) && areReplayableMessages(suppressedMessages, options)) {
        this.current.set(probe.key, entry);
        // Counts are recomputed from the messages: a forged errorCount of 0 cannot pass the gate.
        const result = resultOf(filePath, messages, suppressedMessages);
        // The text a report shows (HTML) is the file's own, never the cache's.
        return { result: typeof entry.result.source === 'string' ? { ...result, source: bytes.toString('utf8') } : result };
      }
      this.rejected++;
    }
    return { probe };
  }

  record(probe: CacheProbe, result: LintResult): void {
    const { filePath: _filePath, ...stored } = result;
    this.current.set(probe.key, { content: probe.content, options: probe.options, result: stored });
  }

  /** Write the entries of this run and those of earlier runs whose files still exist (atomically). */
  async save(): Promise<void> {
    const files: Record<string, CacheEntry> = {};
    for (const [key, entry] of Object.entries(this.previous)) if (!this.current.has(key) && isEntry(entry) && existsSync(key)) files[key] = entry;
    for (const [key, entry] of this.current) files[key] = entry;
    const data: CacheData = { format, fingerprint: this.fingerprint, files };
    await writeFileAtomic(this.file, `${JSON.stringify(data)}\n`);
  }
}
