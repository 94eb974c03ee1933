/** A data error in a catalogue file, reported as `file:line:column: message` (1-based). */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Thrown when a catalogue (bundled or a rule pack) does not load; carries every problem found. */
export class CatalogueError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'CatalogueError';
  }
}
