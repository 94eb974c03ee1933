/**
 * The files a bench corpus holds, and the temporary copies the bench needs of them (scaled copies,
 * one concatenated file, a copy ESLint can hold a config for). Files are read, copied and
 * concatenated as bytes only; nothing in a corpus is ever run or imported.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const neverEntered = new Set(['node_modules', '.git']);

/** Files under `dir` with one of `extensions`, sorted; `quick` keeps every tenth. */
export function listFiles(dir, extensions, { quick = false } = {}) {
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || neverEntered.has(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && extensions.includes(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  walk(dir);
  files.sort();
  return quick ? files.filter((_, i) => i % 10 === 0) : files;
}

export const totalBytes = (files) => files.reduce((sum, f) => sum + statSync(f).size, 0);

/** Copy `files` (kept relative to `base`) into `target`, `times` times over (copy-0, copy-1, ...). */
export function copyFiles(files, base, target, times = 1) {
  const copied = [];
  for (let i = 0; i < times; i++) {
    for (const file of files) {
      const destination = path.join(target, times > 1 ? `copy-${i}` : '', path.relative(base, file));
      mkdirSync(path.dirname(destination), { recursive: true });
      copyFileSync(file, destination);
      copied.push(destination);
    }
  }
  return copied;
}

/** One file of whole documents from `files`, at least `minBytes` long (cycling if needed). */
export function concatenate(files, target, minBytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < minBytes; i = (i + 1) % files.length) {
    const bytes = readFileSync(files[i]);
    parts.push(bytes, Buffer.from('\n\n'));
    size += bytes.length + 2;
  }
  writeFileSync(target, Buffer.concat(parts));
  return size;
}
