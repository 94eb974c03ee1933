/**
 * valuelint's own outputs are not plans (issue 18.8): a JSON report written with `-o` inside the
 * tree, a baseline or a cache would otherwise be linted by the next run, its quoted findings
 * becoming new findings. When directories and globs are expanded, this run's output file,
 * baseline and cache are skipped, and so is any JSON file whose first bytes show it is a
 * valuelint report (json or sarif format), baseline or cache, and any .txt file that starts as a
 * stylish report does. A file named explicitly is linted.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const signatures = [
  /^\s*\[\s*\{\s*"filePath"\s*:/, // -f json
  /"driver"\s*:\s*\{\s*"name"\s*:\s*"valuelint"/, // -f sarif
  /^\s*\{\s*"version"\s*:\s*1\s*,\s*"tool"\s*:\s*"valuelint"/, // a baseline
  /^\s*\{\s*"format"\s*:\s*"valuelint-cache\//, // a cache
];
/** -f stylish written to a .txt: a blank line, a file name, then an indented finding. */
const stylish = /^\n[^\n]+\n {2}\d+:\d+ +(?:error|warning) {2}/;

/** Whether a .json or .sarif file starts as a valuelint output does (reads at most 4 KB). */
export function looksLikeOwnOutput(file: string): boolean {
  const json = /\.(?:json|sarif)$/i.test(file);
  if (!json && !/\.txt$/i.test(file)) return false;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(4096);
    const text = head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0));
    return json ? signatures.some((s) => s.test(text)) : stylish.test(text);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
