/** A configuration problem: always one line naming the file and the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    problem: string,
  ) {
    super(key ? `${file}: ${key}: ${problem}` : `${file}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Edit distance, for "did you mean" on keys and values. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest candidate within a third of the word's length (at least one edit), or undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Also accept a bare rule name for its full id ("time-measurement" → "accounting/time-measurement").
  const byName = candidates.find((c) => c.endsWith(`/${word}`));
  if (byName) return byName;
  if (bestDistance <= Math.max(1, Math.floor(word.length / 3))) return best;
  // "warning" for "warn": one is the start of the other.
  const lower = word.toLowerCase();
  return candidates.find((c) => c.length > 2 && (lower.startsWith(c.toLowerCase()) || c.toLowerCase().startsWith(lower)));
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const suggestion = closest(word, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}
