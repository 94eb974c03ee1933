/**
 * A progress bar on standard error while many files are linted. Only for a person watching: it
 * stays silent off a terminal, in CI (env CI set), with --quiet, and for a handful of files.
 */
export interface ProgressIo {
  stderr: (text: string) => void;
  /** Standard error is a terminal. */
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
}

export interface Progress {
  /** One more file done. */
  tick: () => void;
  /** Erase the bar before the report is printed. */
  done: () => void;
}

/** Fewer files than this finish before a bar would help. */
export const progressThreshold = 20;
const width = 30;

const silent: Progress = { tick: () => {}, done: () => {} };

export function progressFor(total: number, io: ProgressIo, quiet: boolean): Progress {
  if (total <= progressThreshold || !io.stderrIsTTY || io.env.CI || quiet) return silent;
  let done = 0;
  let drawn = -1;
  const draw = () => {
    const filled = Math.round((done / total) * width);
    // Redraw only when the bar or the count would change visibly (every file on small runs).
    if (filled === drawn && done !== total && done % 10 !== 0) return;
    drawn = filled;
    io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
  };
  draw();
  return {
    tick: () => { done++; draw(); },
    done: () => io.stderr('\r\x1b[2K'),
  };
}
