/**
 * The keyword approach a user could build from valuelint's catalogue: every literal word or phrase
 * that the rules' patterns spell out, without classes, gaps, context or senses. It feeds the peers
 * that only know keywords (grep, textlint-rule-prh, ESLint id-denylist), so that they search for
 * the same things valuelint does.
 */

/** At most this many phrases from one run of alternatives (`a|b c|d e|f` multiplies). */
const maxPhrasesPerRun = 200;

/** A literal element (`word`, `a|b`, `=exact`) gives its words; anything else breaks the phrase. */
function literalWords(part) {
  if (part.startsWith('#') || part.startsWith('..') || part.endsWith('?')) return undefined;
  const words = part.toLowerCase().split('|').map((alt) => alt.replace(/^=/, ''));
  return words.every((w) => /^[\p{L}\p{N}'-]+$/u.test(w)) ? words : undefined;
}

function expand(run) {
  let phrases = [''];
  for (const words of run) {
    phrases = phrases.flatMap((p) => words.map((w) => (p ? `${p} ${w}` : w)));
    if (phrases.length > maxPhrasesPerRun) return phrases.slice(0, maxPhrasesPerRun);
  }
  return phrases;
}

/**
 * The literal phrases of one pattern: each maximal run of two or more adjacent literal elements,
 * expanded. A lone word counts only when it is the whole pattern (`timesheet|timecard`): inside a
 * longer pattern (`record|keep ..2 attendance`) it is no trigger on its own.
 */
export function phrasesOfPattern(source) {
  const parts = source.trim().split(/\s+/);
  const phrases = [];
  let run = [];
  const flush = () => {
    if (run.length > 1 || (run.length === 1 && parts.length === 1)) phrases.push(...expand(run));
    run = [];
  };
  for (const part of parts) {
    const words = literalWords(part);
    if (words) run.push(words);
    else flush();
  }
  flush();
  return phrases;
}

/**
 * The catalogue's trigger phrases as a keyword user reads them: the "flags" column of each rule in
 * TAXONOMY.md (../shared/source), split at commas, semicolons, dashes, "or" and "and", without
 * quotes, parentheses and leading articles, items of at most four words; and its `backticked`
 * names as identifiers. Mechanical on purpose: no hand-picked keywords.
 */
export function taxonomyLexicon(taxonomy) {
  const phrases = new Set();
  const identifiers = new Set();
  for (const [, flags] of taxonomy.matchAll(/^\| [a-z]+\/[a-z-]+ \| (.*?) \| §/gm)) {
    for (const [, code] of flags.matchAll(/`([^`]+)`/g)) identifiers.add(code.split(':')[0].trim());
    const prose = flags.replace(/`[^`]*`/g, ',').replace(/\([^)]*\)/g, ',').replace(/["“”]/g, '');
    for (const item of prose.split(/[,;—]|\bor\b|\band\b/)) {
      const phrase = item.trim().toLowerCase().replace(/^(?:a|an|the)\s+/, '');
      if (phrase && phrase.split(/\s+/).length <= 4) phrases.add(phrase);
    }
  }
  return { phrases: [...phrases].sort(), identifiers: [...new Set([...identifiers, ...identifierNames([...phrases])])].sort() };
}

/**
 * Every distinct literal phrase of every rule's patterns, sorted: the fallback without TAXONOMY.md.
 * Alternatives multiply, so it runs to thousands of phrases, more than a keyword user would write.
 */
export function catalogueLexicon(rules) {
  const phrases = new Set();
  for (const rule of rules) {
    for (const pattern of rule.patterns) for (const p of phrasesOfPattern(pattern.match)) phrases.add(p);
  }
  return [...phrases].sort();
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A phrase as a word-bounded regular expression source (used case-insensitively): space or hyphen
 * between words, and a plural `s`/`es` allowed on each, so the keywords get the inflections a user would add.
 */
function phraseRegExp(phrase) {
  return `\\b${phrase.split(' ').map((w) => `${escapeRegExp(w)}(e?s)?`).join('[\\s-]+')}\\b`;
}

/** grep -E -i -f: one extended regular expression a line. */
export function grepLexicon(phrases) {
  return `${phrases.map(phraseRegExp).join('\n')}\n`;
}

/** textlint-rule-prh dictionary: one rule a phrase, whose `expected` never equals the text, so every hit is reported. */
export function prhYaml(phrases) {
  const lines = ['version: 1', 'rules:'];
  for (const phrase of phrases) {
    lines.push(`  - expected: ${JSON.stringify(`⚑${phrase}`)}`);
    lines.push(`    pattern: ${JSON.stringify(`/${phraseRegExp(phrase)}/i`)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** ESLint id-denylist names: identifiers cannot hold spaces, so phrases become camelCase (`hoursWorked`). */
export function identifierNames(phrases) {
  const names = new Set();
  for (const phrase of phrases) {
    const words = phrase.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    names.add(words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join(''));
  }
  return [...names].sort();
}
