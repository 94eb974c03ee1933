/**
 * Command-line globs with many wildcards in one name (`*a*b*c*.md`) make picomatch's regular
 * expression backtrack: 0.8 s at three and 37 s at four against a 200-character file name
 * (issue 19.13). A file name segment with three or more `*` is therefore matched here instead,
 * with the classic linear wildcard algorithm (O(name × pattern), no backtracking blow-up):
 * the walker gets `*` in its place and the names it finds are filtered. Such a segment may hold
 * only literal characters, `*` and `?`; with classes, braces or escapes it is refused (one line),
 * and so is a heavy segment that is not the last one.
 */

export const heavyWildcards = 3;

export type GlobPlan = { pattern: string; nameFilter?: (name: string) => boolean } | { problem: string };

/** `?` any one character, `*` any run; the star is revisited from its last match only (linear). */
export function wildcardMatch(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

export function planGlob(pattern: string): GlobPlan {
  const segments = pattern.split('/');
  const heavy = segments.map((s) => s !== '**' && (s.match(/\*/g)?.length ?? 0) >= heavyWildcards);
  if (!heavy.includes(true)) return { pattern };
  const last = segments.length - 1;
  const name = segments[last]!;
  if (heavy.indexOf(true) !== last || /[[\]{}()!+@\\]/.test(name)) {
    return { problem: `The pattern "${pattern}" is too complex: a name part with ${heavyWildcards} or more "*" may hold only "*", "?" and plain characters, in the file name only.` };
  }
  // Never a dot file, as the walker's own `*` (dot: false).
  return { pattern: [...segments.slice(0, last), '*'].join('/'), nameFilter: (file) => !file.startsWith('.') && wildcardMatch(name, file) };
}
