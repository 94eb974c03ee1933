import type { LintResult } from '../types.js';

/**
 * A per-file time budget (`--max-file-time`). Linting is synchronous, so no timer can interrupt
 * it: the engine's loops look at the clock between blocks and segments and stop by throwing.
 * One step between two looks is bounded by the other cuts (block size, nesting, emphasis runs).
 */
export class TimeLimitExceeded extends Error {
  constructor() {
    super('time limit exceeded');
    this.name = 'TimeLimitExceeded';
  }
}

/** Throws TimeLimitExceeded once `deadline` (a `performance.now()` time) has passed. */
export function checkDeadline(deadline: number | undefined): void {
  if (deadline !== undefined && performance.now() > deadline) throw new TimeLimitExceeded();
}

const stoppedPrefix = 'Took longer than the time limit';

/** The fatal message of a file stopped at its time limit. */
export function timeLimitProblem(maxFileTime: number): string {
  return `${stoppedPrefix} (--max-file-time is ${maxFileTime} ms); not linted.`;
}

/** Did this result stop at the time limit? Such a result says more of the machine's load than of the file. */
export function stoppedAtTimeLimit(result: LintResult): boolean {
  return result.messages.some((m) => m.fatal === true && m.ruleId === null && m.message.startsWith(stoppedPrefix));
}
