/**
 * Which front-end reads which file, by extension, and which files are tooling rather than plans.
 * Kept apart from the front-ends themselves so that the CLI can list and select files (and replay
 * cached results) without loading any parser.
 */
export const fileKinds = ['markdown', 'text', 'code', 'data'] as const;
export type FileKind = (typeof fileKinds)[number];

/** Script kind of each code extension, named as in TypeScript's ts.ScriptKind. */
export const scriptKindNames = {
  '.ts': 'TS',
  '.mts': 'TS',
  '.cts': 'TS',
  '.tsx': 'TSX',
  '.js': 'JS',
  '.mjs': 'JS',
  '.cjs': 'JS',
  '.jsx': 'JSX',
} as const;

export const codeExtensions: readonly string[] = Object.keys(scriptKindNames);

const kindsByExtension: Record<string, FileKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  ...Object.fromEntries(codeExtensions.map((e) => [e, 'code' as const])),
  '.json': 'data',
  '.yaml': 'data',
  '.yml': 'data',
};

export const supportedExtensions: readonly string[] = Object.keys(kindsByExtension);

export function kindOfPath(filePath: string): FileKind | undefined {
  const match = /\.[^./\\]+$/.exec(filePath.toLowerCase());
  return match ? kindsByExtension[match[0]] : undefined;
}

/**
 * Files with a supported extension that are not plans: package manifests, lock files, compiler
 * configs. Directory and glob expansion skips them; a file named explicitly is still linted.
 */
export function isToolingFile(filePath: string): boolean {
  const name = filePath.split(/[\\/]/).pop()!.toLowerCase();
  return /^(?:package\.json|package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.ya?ml|yarn\.lock|composer\.(?:json|lock)|(?:ts|js)config(?:\..*)?\.json|deno\.lock)$/.test(name);
}
