/**
 * SARIF artifact locations and regions. A file inside the working directory gets a relative URI
 * against `%SRCROOT%` (what GitHub code scanning resolves against the checkout), each path segment
 * percent-encoded on its own so `#`, `?`, `%` and spaces stay part of the name and a first segment
 * holding `:` cannot be read as a URI scheme; a file outside it gets an absolute `file:` URI.
 * Regions follow SARIF's rules: lines and columns 1-based, an end never before its start.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage } from '../types.js';

export const srcRoot = '%SRCROOT%';

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** encodeURIComponent leaves only unreserved characters and !'()*, all safe in a path segment. */
function encodeSegments(relative: string): string {
  return relative.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

export function artifactLocation(cwd: string, filePath: string): ArtifactLocation {
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: encodeSegments(relative.split(path.sep).join('/')), uriBaseId: srcRoot };
}

/** The base URI of `%SRCROOT%`: the working directory, ending in '/' as SARIF requires. */
export function srcRootUri(cwd: string): string {
  const href = pathToFileURL(path.resolve(cwd)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Start and end of a message's region, clamped to SARIF's minimums (a BOM once gave column 0). */
export function clampedRegion(m: LintMessage): { startLine: number; startColumn: number; endLine?: number; endColumn?: number } {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  const region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number } = { startLine, startColumn };
  if (m.endLine !== undefined) region.endLine = Math.max(startLine, m.endLine);
  if (m.endColumn !== undefined) {
    const sameLine = (region.endLine ?? startLine) === startLine;
    region.endColumn = Math.max(sameLine ? startColumn : 1, m.endColumn);
  }
  return region;
}
