/** Paths as reports show them: relative to the working directory, with '/' separators. */
import path from 'node:path';

export function relativePath(cwd: string, filePath: string): string {
  if (!path.isAbsolute(filePath)) return filePath.split(path.sep).join('/');
  return (path.relative(cwd, filePath) || filePath).split(path.sep).join('/');
}
