/** "did you mean" for a misspelt name: the closest known name within a small edit distance. */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    // A name that is a candidate with a bit more or less ("warning" for "warn") counts as one edit.
    const d = candidate.length > 2 && (name.startsWith(candidate) || candidate.startsWith(name)) ? 1 : distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function didYouMean(name: string, known: Iterable<string>): string {
  const hit = closest(name, known);
  return hit ? ` (did you mean "${hit}"?)` : '';
}

/** Levenshtein distance; names here are short, so the quadratic table is fine. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}
