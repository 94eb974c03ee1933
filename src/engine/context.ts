/**
 * Context analysis of one segment: clauses, quotation, negation and rejection scope, attribution
 * to others or to the past, questions. It marks tokens; rules then ignore matches on marked tokens.
 *
 * The analysis is by design, from the lexicons in src/lexicon/context.ts, never by sentence:
 * - a forward negator ("no", "not", "never", "without") covers the rest of its clause; inside a
 *   subject's relative clause ("tenants who don't pay rent lose …") it ends at the main verb;
 *   with "without" after it ("nobody borrows without a deposit") it makes a requirement;
 * - a phrase negator ("rather than", "instead of") covers the few words after it, and an "or" conjunct;
 * - a rejecting verb ("we refuse", "abolish") covers its object; a passive rejecting participle
 *   ("prices are abolished") covers its subject; as a noun ("per drop") or in a later step of a
 *   staged plan ("later we will drop the fee") it negates nothing;
 * - an elliptic negated clause ("; we will not", "we don't use it any more") covers the clauses
 *   before it, when "we", "I" or no subject speaks in it;
 * - hedges ("not necessarily", "no more than", "nobody else", "does not apply to") are not negation;
 * - a reporting verb with another subject ("critics argue that") attributes what follows;
 * - a clause in the past tense ("the old board set the prices"), in a sentence with no present or
 *   future, is a narrative, not a plan; a past inside an embedded question or relative ("notes how
 *   long they stayed") is not the clause's tense;
 * - quotations longer than a term, or introduced as speech, are quoted, unless our own text or
 *   voice adopts them ("as our charter puts it").
 */
import {
  ambiguousPastForms,
  auxiliaries,
  clauseBreaks,
  clauseConjunctions,
  embeddingWords,
  endorsingVerbs,
  formerMarkers,
  forwardNegators,
  laterMarkers,
  negatedPredicates,
  notNegating,
  ownTexts,
  ownVoices,
  pastForms,
  pastMarkers,
  phraseNegators,
  presentMarkers,
  proposalMarkers,
  quotePairs,
  rejectingParticiples,
  rejectingVerbs,
  relativeEmbeddingWords,
  reportingVerbs,
  speechCues,
} from '../lexicon/context.js';
import { isNumberToken, type Segment, type Token } from './tokens.js';

const forwardSet = new Set(forwardNegators);
const rejectingVerbSet = new Set(rejectingVerbs);
const rejectingParticipleSet = new Set(rejectingParticiples);
const reportingSet = new Set(reportingVerbs);
const ownVoiceSet = new Set(ownVoices);
const pastFormSet = new Set(pastForms);
const presentSet = new Set(presentMarkers);
const proposalSet = new Set(proposalMarkers.filter((m) => !m.includes(' ')));
const speechCueSet = new Set(speechCues);
const breakSet = new Set(clauseBreaks);
const conjunctionSet = new Set(clauseConjunctions.filter((c) => !c.includes(' ')));
/**
 * Multi-word phrases by their first word, in list order: each word of a sentence is tried only
 * against the phrases it can start, not against every phrase of every list.
 */
type PhraseIndex = ReadonlyMap<string, readonly string[][]>;

function indexPhrases(list: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of list) {
    const words = phrase.split(' ');
    const bucket = index.get(words[0]!);
    if (bucket) bucket.push(words);
    else index.set(words[0]!, [words]);
  }
  return index;
}

/** The phrases of the index that start at word w (a position in `lowers`), in list order. */
function phrasesAt(index: PhraseIndex, lowers: readonly string[], w: number): string[][] {
  const bucket = index.get(lowers[w]!);
  return bucket ? bucket.filter((phrase) => phrase.every((word, k) => lowers[w + k] === word)) : [];
}

const hedgePhrases = indexPhrases(notNegating);
const phraseNegatorPhrases = indexPhrases(phraseNegators);
const pastMarkerPhrases = indexPhrases(pastMarkers);
const laterPhrases = indexPhrases(laterMarkers);
const ambiguousPastSet = new Set(ambiguousPastForms);
const formerSet = new Set(formerMarkers);
const embeddingSet = new Set(embeddingWords);
const relativeEmbeddingSet = new Set(relativeEmbeddingWords);
const ownTextSet = new Set(ownTexts);
const endorsingSet = new Set(endorsingVerbs);
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', "'s", "'re"]);
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'each', 'every', 'any', 'its', 'their', 'our', 'his', 'her']);
const particles = new Set(['off', 'by', 'in', 'up', 'out', 'over', 'down', 'back']);
/** Before a rejecting verb, these make it a noun: "per drop", "the most drops", "three stops". */
const nounMarkers = new Set([...determiners, 'per', 'most', 'more', 'many', 'few', 'fewer', 'several']);
/** After one, these make it a noun too: "end of April", "drop point"; and a time or date after "start and end". */
const nounFollowers = new Set(['of', 'point', 'points']);
const timeWords = new Set(['time', 'times', 'date', 'dates']);
const prepositions = new Set(['of', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'from', 'into', 'about', 'after', 'before',
  'during', 'per', 'over', 'under', 'up', 'out', 'off']);
/** Words that open an object: a verb followed by one is likely the main verb ("… lose their vote"). */
const objectOpeners = new Set([...determiners, 'a', 'all', 'some', 'them', 'us', 'him', 'me', 'everyone', 'nothing']);
/** Negators that are a subject or its determiner ("no auditor", "nobody"), not an adverb ("never"). */
const nominalNegators = new Set(['no', 'none', 'nobody', 'nothing', 'noone', 'neither']);
/** Subjects whose elliptic negation takes back the clauses before ("…; we will not"). */
const ellipticSubjects = new Set(['we', 'i']);
/** Words before an elliptic negator that are not its subject ("but still not", "but do not"). */
const linkWords = new Set(['and', 'or', 'nor', 'do', 'does', 'did', 'still', 'just', 'simply', 'really', 'also', 'certainly',
  'now', 'here', 'again', 'definitely', 'probably', 'already', 'sadly', 'thankfully']);
const pronounSubjects = new Set(['we', 'they', 'he', 'she', 'i', 'you', 'who', 'it']);
const backReferences = new Set(['it', 'them', 'so', 'more', 'longer']);
/** "this", "that": a back-reference only as the clause's last word ("we won't do that"), not as a relative. */
const demonstratives = new Set(['this', 'that', 'these', 'those']);
const relativeOpeners = new Set(['who', 'which', 'that', 'whom', 'whose', 'where']);
const subjectPronouns = new Set(['we', 'they', 'i', 'you']);
const minimumWords = new Set(['fewer', 'less']);
const conditionOpeners = new Set(['if', 'unless', 'when', 'whenever']);
const violationVerbs = new Set(['violate', 'breach', 'break', 'ignore', 'disregard', 'contravene', 'circumvent', 'bypass', 'skip', 'miss', 'exceed', 'overstay', 'overspend']);
const capWords = new Set(['exceed', 'exceeds', 'beyond', 'maximum', 'max', 'limit', 'cap']);
const contrastWords = new Set(['unlike', 'except', 'apart', 'whereas', 'while', 'but']);
const secondPredicate = new Set(['only', 'also', 'then', 'instead', 'must', 'will', 'may', 'can', 'should', 'shall', 'needs', 'requires']);
const deonticModals = new Set(['may', 'must', 'shall', 'cannot', 'can', 'ca', 'mus', 'sha']);
const auxiliarySet = new Set(auxiliaries);
const negatedPredicateSet = new Set(negatedPredicates);
const openingQuotes = new Map(quotePairs.map(([open, close]) => [open, close]));

const strongReporting = ['argue', 'claim', 'say', 'insist', 'contend', 'allege', 'believe', 'think', 'fear', 'worry', 'warn'];

/** A number that counts things ("two shifts"), not a frequency adverb ("twice"). */
const isCardinal = (t: Token) => isNumberToken(t) && t.lower !== 'once' && t.lower !== 'twice';

/** Words only (no punctuation), keeping their index into the full token list. */
function wordIndices(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'punct') out.push(i);
  });
  return out;
}

/** Number the clauses of a segment. */
function assignClauses(tokens: Token[]): void {
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A hyphen with space on both sides is a dash ("no profit is taken out - returns are re-invested").
    const spacedHyphen = token.kind === 'punct' && token.text === '-' && !token.joined && tokens[i + 1] !== undefined && !tokens[i + 1]!.joined;
    if (token.kind === 'punct' && (breakSet.has(token.text) || spacedHyphen)) {
      // A dot inside a number or abbreviation does not end a clause.
      const inside = token.text === '.' && tokens[i + 1]?.joined;
      if (!inside) clause++;
      token.clause = clause;
      continue;
    }
    if (token.kind === 'word' && conjunctionSet.has(token.lower) && i > 0) clause++;
    token.clause = clause;
  }
}

/** Index of the first element of sorted `list` greater than `value`, or -1. */
function firstAfter(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low < list.length ? list[low]! : -1;
}

/** "as our charter puts it", "we follow the rule": words before a quotation that make it the author's own. */
function adoptedBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 12), i).filter((t) => t.kind === 'word');
  if (before.some((t) => forwardSet.has(t.lower) || t.lower.endsWith("n't"))) return false;
  return before.some((t, k) => {
    const near = before.slice(k + 1, k + 3);
    if (t.lower === 'our' || t.lower === 'my') return near.some((n) => ownTextSet.has(n.lower));
    if (t.lower === 'we' || t.lower === 'i') return near.some((n) => n.lemmas.some((l) => endorsingSet.has(l)));
    return false;
  });
}

/** Mark quoted spans that are speech or long quotations (a short adopted term stays the author's). */
function markQuotations(tokens: Token[]): void {
  // Where each quotation mark occurs, so finding a closing mark is a binary search, not a scan.
  const positions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'punct') return;
    const list = positions.get(t.text);
    if (list) list.push(i);
    else positions.set(t.text, [i]);
  });
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.kind !== 'punct' || !openingQuotes.has(open.text)) continue;
    // An opening quote is not glued to a word before it (that would be an apostrophe).
    if (open.joined && i > 0 && tokens[i - 1]!.kind === 'word') continue;
    const j = firstAfter(positions.get(openingQuotes.get(open.text)!) ?? [], i + 1);
    if (j === -1) continue;
    const inner = tokens.slice(i + 1, j);
    const wordCount = inner.filter((t) => t.kind === 'word').length;
    const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower);
    const after = tokens.slice(j + 1, j + 4).map((t) => t.lower);
    // A word named as a word ("the word 'wage'") is mentioned, not used.
    const mentioned = ['word', 'term', 'phrase', 'expression', 'words', 'terms'].includes(before[before.length - 1] ?? '');
    const cued = mentioned || [...before, ...after].some((w) => speechCueSet.has(w));
    const isSentence = inner.some((t) => t.kind === 'punct' && /[,.!?;]/.test(t.text));
    const adopted = !cued && adoptedBefore(tokens, i);
    if (!adopted && (wordCount >= 4 || cued || isSentence)) for (const t of inner) t.quoted = true;
    i = j;
  }
}

/**
 * Negation in one linear pass: each negator opens a scope (a range of tokens), recorded as it is
 * found and applied once at the end with a running count, so many negators cost no more than one.
 */
function markNegation(tokens: Token[], code: boolean): void {
  const words = wordIndices(tokens);
  const hedged = new Set<number>();
  /** Where a later-time marker ("later", "then", "until") starts. */
  const laterAt = new Set<number>();
  const lowers = words.map((i) => tokens[i]!.lower);
  for (let w = 0; w < words.length; w++) {
    for (const phrase of phrasesAt(hedgePhrases, lowers, w)) for (let k = 0; k < phrase.length; k++) hedged.add(words[w + k]!);
    if (phrasesAt(laterPhrases, lowers, w).length > 0) laterAt.add(words[w]!);
  }
  const clauseCount = (tokens[tokens.length - 1]?.clause ?? 0) + 1;
  const clauseStart = new Array<number>(clauseCount).fill(-1);
  const clauseEnd = new Array<number>(clauseCount).fill(-1);
  const clauseWords: number[][] = Array.from({ length: clauseCount }, () => []);
  tokens.forEach((t, i) => {
    if (clauseStart[t.clause] === -1) clauseStart[t.clause] = i;
    clauseEnd[t.clause] = i + 1;
  });
  for (const i of words) if (tokens[i]!.kind === 'word') clauseWords[tokens[i]!.clause]!.push(i);
  // Per clause, the last "fewer than" / "less than"; per word, the next auxiliary: O(1) look-ups below.
  const lastMinimum = new Array<number>(clauseCount).fill(-1);
  const nextAuxiliary = new Array<number>(words.length + 1).fill(Infinity);
  for (let w = words.length - 1; w >= 0; w--) {
    const t = tokens[words[w]!]!;
    nextAuxiliary[w] = auxiliarySet.has(t.lower) ? words[w]! : nextAuxiliary[w + 1]!;
    if (minimumWords.has(t.lower) && tokens[words[w + 1] ?? -1]?.lower === 'than' && lastMinimum[t.clause] === -1) lastMinimum[t.clause] = words[w]!;
  }
  // Per token, the next token that is not punctuation, and the next place where a negation's
  // scope breaks off (a comma before a contrast word, "and" before a second predicate), so that
  // each negator finds its end in O(1) however long the clause.
  const nextNonPunct = new Array<number>(tokens.length + 1).fill(Infinity);
  const nextScopeBreak = new Array<number>(tokens.length + 1).fill(Infinity);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const afterIndex = nextNonPunct[k + 1]!;
    const after = tokens[afterIndex];
    const breaks = !!after && ((t.text === ',' && contrastWords.has(after.lower)) || (t.lower === 'and' && secondPredicate.has(after.lower)));
    nextScopeBreak[k] = breaks ? k : nextScopeBreak[k + 1]!;
    nextNonPunct[k] = t.kind !== 'punct' ? k : afterIndex;
  }
  // Per clause, the first "we"/"I", the first of those or a nominal negator ("nobody"), and the
  // last word that caps an act ("exceed", "more than"); per token, the next comma.
  const firstElliptic = new Array<number>(clauseCount).fill(Infinity);
  const firstSubjectNegator = new Array<number>(clauseCount).fill(Infinity);
  const lastCap = new Array<number>(clauseCount).fill(-1);
  for (let c = 0; c < clauseCount; c++) {
    const inClause = clauseWords[c]!;
    for (let n = 0; n < inClause.length; n++) {
      const k = inClause[n]!;
      const lower = tokens[k]!.lower;
      if (ellipticSubjects.has(lower)) firstElliptic[c] = Math.min(firstElliptic[c]!, k);
      if (ellipticSubjects.has(lower) || nominalNegators.has(lower)) firstSubjectNegator[c] = Math.min(firstSubjectNegator[c]!, k);
      const comparative = (lower === 'more' || lower === 'longer' || lower === 'later') && tokens[inClause[n + 1] ?? -1]?.lower === 'than';
      if (capWords.has(lower) || comparative) lastCap[c] = k;
    }
  }
  const nextComma = new Array<number>(tokens.length + 1).fill(Infinity);
  for (let k = tokens.length - 1; k >= 0; k--) nextComma[k] = tokens[k]!.kind === 'punct' && tokens[k]!.text === ',' ? k : nextComma[k + 1]!;
  /** Scopes as [from, to) token ranges. */
  const ranges: Array<[number, number]> = [];
  let negateClausesBefore = 0;
  const wordAt = (w: number) => tokens[words[w] ?? -1];

  /** A later step of a staged plan: a later-time marker before token i in its clause. */
  const firstLater = new Array<number>(clauseCount).fill(Infinity);
  for (const k of laterAt) firstLater[tokens[k]!.clause] = Math.min(firstLater[tokens[k]!.clause]!, k);
  const staged = (i: number) => firstLater[tokens[i]!.clause]! < i;

  /** A short negated clause that points back ("; we will not", "we don't use it") covers the clauses before. */
  const elliptic = (i: number) => {
    const clause = tokens[i]!.clause;
    const inClause = clauseWords[clause]!;
    if (clause === 0 || inClause.length > 7) return;
    // "… and which don't": a relative clause contrasts, it does not take back what came before.
    if (relativeOpeners.has(tokens[clauseStart[clause]!]!.lower)) return;
    // "…, though guests cannot join it": a subject of its own speaks only of itself; "we", "I"
    // or no subject ("but not any more") speak of what came before.
    const subject = inClause.find((k) => k < i && !conjunctionSet.has(tokens[k]!.lower) && !auxiliarySet.has(tokens[k]!.lower) &&
      !linkWords.has(tokens[k]!.lower));
    if (subject !== undefined && !ellipticSubjects.has(tokens[subject]!.lower)) return;
    // "members pay a fee for now; later we will not": what a later step ends is in force until then.
    if (staged(i)) return;
    const after = inClause.filter((k) => k > i).map((k) => tokens[k]!.lower);
    const last = after[after.length - 1];
    // "we have chosen not to": an infinitive cut short refers back too.
    const pointsBack = after.some((x) => backReferences.has(x)) || (last !== undefined && (demonstratives.has(last) || last === 'to'));
    if (after.length === 0 || pointsBack) negateClausesBefore = Math.max(negateClausesBefore, clause);
  };

  /**
   * The main verb after a subject's relative clause with no auxiliary ("tenants who don't pay rent
   * lose their room"): past the relative's verb at `w` and the word after it (its object: "charge
   * users a fee"), the first word that is neither a determiner, a preposition, a gerund nor a word
   * after one of those, "and", "or" or "be", and is followed by an object.
   */
  const mainVerbAfter = (w: number, end: number) => {
    // A subject's relative clause is short: looking further would only find a later verb.
    for (let k = w + 2; k <= w + 12 && (words[k] ?? Infinity) < end; k++) {
      const t = wordAt(k)!;
      const previous = wordAt(k - 1)!;
      const next = wordAt(k + 1);
      if (determiners.has(t.lower) || prepositions.has(t.lower) || isCardinal(t) || t.lower.endsWith('ing')) continue;
      if (t.lower === 'and' || t.lower === 'or' || t.lower === 'nor') continue;
      if (determiners.has(previous.lower) || prepositions.has(previous.lower) || isCardinal(previous)) continue;
      if (previous.lower === 'and' || previous.lower === 'or' || beForms.has(previous.lower) || auxiliarySet.has(previous.lower)) continue;
      if (next && next.clause === t.clause && (objectOpeners.has(next.lower) || isCardinal(next))) return words[k]!;
    }
    return Infinity;
  };

  /**
   * A subject relative opened just before word w, in mid-clause ("a parcel that fits none of …")
   * or opening the clause ("members who skip a shift"): its position, or -1. In mid-clause the
   * relative's verb follows it at once ("that we will not" is a complement, not a relative).
   */
  const subjectRelativeBefore = (w: number) => {
    const clause = wordAt(w)!.clause;
    for (let p = w - 1; p >= Math.max(0, w - 3) && wordAt(p)!.clause === clause; p--) {
      const word = wordAt(p)!.lower;
      if (!relativeOpeners.has(word) || word === 'where') continue;
      // "that no auditor be appointed": the negator is the subject, not the relative's verb phrase.
      if (p + 1 === w && nominalNegators.has(wordAt(w)!.lower)) return -1;
      if (words[p] === clauseStart[clause] || words[p] === clauseWords[clause]![0]) return p;
      const next = wordAt(p + 1)!;
      if (p + 1 < w && !pronounSubjects.has(next.lower) && !determiners.has(next.lower)) return p;
    }
    return -1;
  };

  /** Where a scope opened at word w ends when w sits in a subject's relative clause ("members who skip a shift"). */
  const relativeEnd = (i: number, w: number, verb: number) => {
    const end = clauseEnd[tokens[i]!.clause]!;
    const opener = clauseStart[tokens[i]!.clause]!;
    const inRelative = relativeOpeners.has(tokens[opener]!.lower) && opener !== i;
    const subjectRelative = subjectRelativeBefore(w) !== -1;
    if (!inRelative && !subjectRelative) return end;
    const auxiliary = nextAuxiliary[verb + 1] ?? Infinity;
    return Math.min(end, auxiliary, subjectRelative ? mainVerbAfter(verb, end) : Infinity);
  };

  /** A gerund opening its clause is a subject ("skipping a shift means a fine"): its scope ends at the main verb. */
  const gerundEnd = (i: number, w: number) => {
    const end = clauseEnd[tokens[i]!.clause]!;
    const previous = wordAt(w - 1);
    const opensClause = !previous || previous.clause !== tokens[i]!.clause || conjunctionSet.has(previous.lower) ||
      previous.lower === 'and' || previous.lower === 'or' || tokens[i - 1]?.text === ',';
    if (!tokens[i]!.lower.endsWith('ing') || !opensClause) return end;
    return Math.min(end, nextAuxiliary[w + 1] ?? Infinity, mainVerbAfter(w, end));
  };

  /** From token i to the end of its clause, or to the next auxiliary when i sits in a subject's phrase. */
  const forwardScope = (i: number, w: number) => {
    const clause = tokens[i]!.clause;
    let end = clauseEnd[clause]!;
    const previous = wordAt(w - 1);
    const next = wordAt(w + 1);
    const participlePhrase = !!previous && !auxiliarySet.has(previous.lower) && !!next && /(ed|en|ing)$/.test(next.lower);
    if (participlePhrase) end = Math.min(end, nextAuxiliary[w + 2] ?? Infinity);
    end = Math.min(end, relativeEnd(i, w, w + 1));
    // "not deductible, unlike the yearly fees", "requires no approval and only needs two members":
    // a contrast after a comma, or a second verb phrase after "and", is outside the negation.
    const cut = nextScopeBreak[i + 1]!;
    if (cut < end && nextNonPunct[cut + 1]! < end) end = cut;
    ranges.push([i, end]);
  };

  /**
   * "Nobody can borrow it without a deposit": a negator with "without" after it in the same phrase
   * makes a requirement. Returns that "without", or -1.
   */
  const requirementAfter = (i: number) => {
    if (tokens[i]!.lower === 'without') return -1;
    const end = clauseEnd[tokens[i]!.clause]!;
    let count = 0;
    for (let k = i + 1; k < end && count < 10; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct' && t.text === ',') return -1;
      if (t.kind === 'punct') continue;
      if (t.lower === 'and' || t.lower === 'or') return -1;
      if (t.lower === 'without' && !hedged.has(k)) return k;
      count++;
    }
    return -1;
  };
  const cancelled = new Set<number>();

  /** A deontic "may not", "must not", "shall not", "cannot" binding a subject other than us, in the active voice. */
  const prohibition = (i: number, w: number) => {
    const lower = tokens[i]!.lower;
    const modal = lower === 'cannot' || lower === "can't" || lower === "mustn't" || lower === "shan't"
      ? tokens[i]! : lower === 'not' ? wordAt(w - 1) : undefined;
    if (!modal || !deonticModals.has(modal.lower === 'not' ? '' : modal.lower.replace(/n't$/, ''))) return false;
    const next = wordAt(w + 1);
    if (!next || next.clause !== tokens[i]!.clause || next.lower === 'be' || next.lower === 'been' || auxiliarySet.has(next.lower)) return false;
    const clause = tokens[i]!.clause;
    const inClause = clauseWords[clause]!;
    const firstBefore = inClause[0] !== undefined && tokens[inClause[0]] === modal ? inClause[1] : inClause[0];
    if (firstBefore === undefined || firstBefore >= i) return false;
    if (firstSubjectNegator[clause]! < i) return false;
    // Only where the prohibition is the practice: a cap on the act ("may not borrow more than two")
    // or a norm that must not be broken ("may not violate any policy"). "Volunteers must not log
    // their hours" forbids the practice itself, and stays a negation.
    if (violationVerbs.has(next.lower)) return true;
    return lastCap[clause]! > i;
  };

  /** Token i sits in a condition ("if", "unless", "when", "whenever", "in case") that a main clause follows. */
  const inCondition = (i: number) => {
    const clause = tokens[i]!.clause;
    const opener = tokens[clauseStart[clause]!]!;
    const previous = tokens[clauseStart[clause]! - 1];
    const conditional = conditionOpeners.has(opener.lower) || (opener.lower === 'case' && previous?.lower === 'in');
    if (!conditional) return false;
    // "If we do not keep a rota, …": our own practice, supposed away.
    if (firstElliptic[clause]! < i) return false;
    // The condition ends at its comma ("If you don't pay, you lose the plot") or at a clause break.
    if (nextComma[i + 1]! < clauseEnd[clause]!) return true;
    return clause + 1 < clauseCount && clauseWords[clause + 1]!.length > 0;
  };

  for (let w = 0; w < words.length; w++) {
    const i = words[w]!;
    const token = tokens[i]!;
    if (hedged.has(i) || cancelled.has(i)) continue;

    // "rather than money": the next few words, up to a comma, a conjunction or the clause's end.
    const phrase = phrasesAt(phraseNegatorPhrases, lowers, w)[0];
    if (phrase) {
      const start = words[w + phrase.length - 1]! + 1;
      let count = 0;
      let k = start;
      // "instead of timesheets or hour logs": an "or" (once) starts a second conjunct of the phrase.
      let alternative = false;
      for (; k < tokens.length && count < 5; k++) {
        const t = tokens[k]!;
        if (t.kind === 'punct' && /[,;:.!?()]/.test(t.text)) break;
        if (t.kind === 'word' && (t.lower === 'or' || t.lower === 'nor') && !alternative && count > 0) {
          alternative = true;
          count = 0;
          continue;
        }
        if (t.kind === 'word' && (conjunctionSet.has(t.lower) || t.lower === 'and' || t.lower === 'or')) break;
        if (t.kind === 'word') count++;
      }
      ranges.push([start, k]);
      continue;
    }

    if (forwardSet.has(token.lower) || token.lower.endsWith("n't")) {
      // "If you don't pay the fee, …": a condition before the main clause supposes the practice it
      // names; a negated verb in it takes nothing out of the plan ("if there is no rota" still does).
      if (!nominalNegators.has(token.lower) && token.lower !== 'without' && token.lower !== 'zero' && inCondition(i)) continue;
      // "The board may not issue more than one share", "members cannot borrow the van": a
      // prohibition laid on someone is itself a rule in force ("we must not", "fees may not be
      // charged" still reject).
      if (prohibition(i, w)) continue;
      // "a zero balance", "the zero rate": a quantity, not a negation.
      if (token.lower === 'zero' && determiners.has(wordAt(w - 1)?.lower ?? '')) continue;
      // "cannot open with fewer than five cooks": two negatives make a minimum.
      if (lastMinimum[token.clause]! > i) continue;
      const required = requirementAfter(i);
      if (required !== -1) {
        cancelled.add(required);
        continue;
      }
      forwardScope(i, w);
      // "Training is not required": the predicate denies its subject too.
      const be = [wordAt(w - 1), wordAt(w - 2)].find((t) => t && beForms.has(t.lower));
      const predicate = wordAt(w + 1);
      if (be && predicate && negatedPredicateSet.has(predicate.lower)) ranges.push([clauseStart[token.clause]!, i]);
      elliptic(i);
      continue;
    }

    // In code, "end", "stop", "drop" are names (`endTime`, `dropOff`), not rejections.
    if (code) continue;

    // "later we will drop the fee": the fee stays in force until then.
    const rejectingParticiple = rejectingParticipleSet.has(token.lower);
    const rejectingVerb = token.lemmas.some((l) => rejectingVerbSet.has(l));
    if ((rejectingParticiple || rejectingVerb) && staged(i)) continue;

    if (rejectingParticiple) {
      const passive = [wordAt(w - 1), wordAt(w - 2)].some((t) => t && beForms.has(t.lower));
      const afterDash = i > 0 && tokens[i - 1]!.kind === 'punct' && /[—–-]/.test(tokens[i - 1]!.text);
      // "prices are abolished": the subject, from the start of the clause to here;
      // "[template] — archived": everything before the dash as well.
      if (passive || afterDash) {
        ranges.push([clauseStart[token.clause]!, i + 1]);
        if (afterDash) negateClausesBefore = Math.max(negateClausesBefore, token.clause);
        continue;
      }
    }

    if (rejectingVerb) {
      const previous = wordAt(w - 1);
      const next = wordAt(w + 1);
      // "the end of the shift", "paid per drop", "three stops a day": a noun.
      if (previous && (nounMarkers.has(previous.lower) || isNumberToken(previous))) continue;
      if (next && nounFollowers.has(next.lower)) continue;
      // "start and end time" (but "we will stop time tracking" stays a rejection).
      if (next && timeWords.has(next.lower) && (previous?.lower === 'and' || previous?.lower === 'or')) continue;
      if (next && particles.has(next.lower)) continue; // "drop off", "end up"
      // A fronted purpose phrase ends at its comma: "To stop hoarding, milk is limited…".
      // In a subject's relative clause, at the main verb: "members who skip a shift owe one".
      let end = Math.min(relativeEnd(i, w, w), gerundEnd(i, w));
      const fronted = previous?.lower === 'to' && words[w - 1] === clauseWords[token.clause]![0];
      if (fronted) {
        for (let k = i + 1; k < end; k++) {
          if (tokens[k]!.kind === 'punct' && tokens[k]!.text === ',') {
            end = k;
            break;
          }
        }
      }
      ranges.push([i, end]);
      elliptic(i);
    }
  }
  // Apply the scopes with a running count of open ranges.
  const delta = new Array<number>(tokens.length + 1).fill(0);
  for (const [from, to] of ranges) {
    if (to <= from) continue;
    delta[from]!++;
    delta[to]!--;
  }
  let open = 0;
  tokens.forEach((t, i) => {
    open += delta[i]!;
    if (open > 0 || t.clause < negateClausesBefore) t.negated = true;
  });
}

/** "critics argue that …", "Ana said …": what follows a reporting verb of another subject. */
function markAttribution(tokens: Token[]): void {
  const words = wordIndices(tokens);
  let attributeFrom = Infinity;
  let quotedUpTo = -1;
  // Per clause so far: how many words, and whether the own voice or a proposal marker occurred.
  let clause = -1;
  let subjectWords = 0;
  let ownOrProposal = false;
  let possessive = false;
  for (let w = 0; w < words.length; w++) {
    const i = words[w]!;
    const token = tokens[i]!;
    if (token.clause !== clause) {
      clause = token.clause;
      subjectWords = 0;
      ownOrProposal = false;
      possessive = false;
    }
    // "the chair says yes or no": a decision, not a report of words.
    const answer = ['yes', 'no'].includes(tokens[words[w + 1] ?? -1]?.lower ?? '');
    const reporting = !answer && (reportingSet.has(token.lower) || token.lemmas.some((l) => reportingSet.has(l)));
    if (reporting && subjectWords > 0 && !ownOrProposal) {
      const next = tokens[i + 1];
      const nextWord = tokens[words[w + 1] ?? -1];
      const strong = strongReporting.some((v) => token.lemmas.includes(v));
      const introduces = nextWord?.lower === 'that' || (next?.kind === 'punct' && /[:“"‘']/.test(next.text));
      if (strong || introduces) {
        attributeFrom = Math.min(attributeFrom, i + 1);
        // "'Quotas kill the joy,' Ana said": a speech verb after a quotation attributes it.
        if (subjectWords <= 3) quotedUpTo = Math.max(quotedUpTo, i);
      }
    }
    // "The handbook says …": the group's own text speaks for it (not "the landlord's rules").
    if (/'s?$/.test(token.lower)) possessive = true;
    const ownText = ownTextSet.has(token.lower) && !possessive;
    if (ownVoiceSet.has(token.lower) || proposalSet.has(token.lower) || ownText) ownOrProposal = true;
    subjectWords++;
  }
  // "According to X, …" opening a sentence ("according to rank" inside one is not attribution).
  if (tokens[words[0] ?? -1]?.lower === 'according' && tokens[words[1] ?? -1]?.lower === 'to') attributeFrom = 0;
  tokens.forEach((t, i) => {
    if (i >= attributeFrom || (i < quotedUpTo && t.quoted)) t.attributed = true;
  });
}

/**
 * Clauses that narrate the past: a finite past verb or a past-time marker ("ago", "in 2019",
 * "used to") and no present, future or modal word in the clause. When nothing in the sentence
 * speaks in the present, the whole sentence is a narrative.
 */
function markPastNarrative(tokens: Token[]): void {
  const words = wordIndices(tokens).filter((i) => tokens[i]!.kind !== 'punct');
  const lowers = words.map((i) => tokens[i]!.lower);
  const clauseOf = (w: number) => tokens[words[w]!]!.clause;
  /**
   * "notes how long they stayed", "records who it went to": a verb in a question or relative
   * inside the clause has the tense of that, not of the clause.
   */
  const embedded = (w: number) => {
    for (let p = w - 1; p >= Math.max(0, w - 5) && clauseOf(p) === clauseOf(w); p--) {
      const freeRelative = embeddingSet.has(lowers[p]!) && p > 0 && clauseOf(p - 1) === clauseOf(p);
      const ownSubject = pronounSubjects.has(lowers[p + 1]!) || determiners.has(lowers[p + 1]!);
      const relative = relativeEmbeddingSet.has(lowers[p]!) && w - p >= 2 && ownSubject;
      if (freeRelative || relative) return true;
    }
    return false;
  };
  /** "The old committee set the prices": a verb right after a subject of the past, before its object. */
  const afterFormerSubject = (w: number) => {
    const word = lowers[w]!;
    if (!ambiguousPastSet.has(word) && !/^[a-z]{3,}ed$/.test(word)) return false;
    const next = lowers[w + 1] ?? '';
    if (!objectOpeners.has(next) || next === 'each' || next === 'every') return false;
    for (let p = w - 2; p >= Math.max(1, w - 4) && clauseOf(p) === clauseOf(w); p--) {
      if (formerSet.has(lowers[p]!) && determiners.has(lowers[p - 1]!)) return true;
    }
    return false;
  };
  const pastClauses = new Set<number>();
  const presentClauses = new Set<number>();
  /** Clauses with an explicit time in the past ("last year", "in 2019", "ago"). */
  const markedClauses = new Set<number>();
  for (let w = 0; w < words.length; w++) {
    const token = tokens[words[w]!]!;
    if (presentSet.has(token.lower) || token.lower.endsWith("'ll")) presentClauses.add(token.clause);
    const previous = w > 0 ? lowers[w - 1]! : '';
    const next = w + 1 < words.length ? lowers[w + 1]! : '';
    // "was designed to help": a passive describing something in force, not a narrative.
    const passiveInForce = (token.lower === 'was' || token.lower === 'were') && /ed$/.test(next) && lowers[w + 2] === 'to';
    // "to be worked", "has been used": a participle, not a finite past.
    const participle = ['be', 'been', 'being'].includes(previous);
    const pastForm = pastFormSet.has(token.lower) && !passiveInForce && !participle && !embedded(w);
    const edAfterPronoun = /^[a-z]{3,}ed$/.test(token.lower) && pronounSubjects.has(previous) && !embedded(w);
    const yearMarker = /^(1[89]|20)\d\d$/.test(token.lower) && ['in', 'since', 'during', 'until'].includes(previous);
    // "in the 1970s", "the '80s": a decade is a time in the past.
    const decade = /^(1[89]|20)?\d0s$|^'\d0s$/.test(token.lower) && (previous === 'the' || lowers[w - 2] === 'in');
    const marker = phrasesAt(pastMarkerPhrases, lowers, w).length > 0;
    if (pastForm || edAfterPronoun || yearMarker || decade || marker || afterFormerSubject(w)) pastClauses.add(token.clause);
    if (yearMarker || decade || marker) markedClauses.add(token.clause);
    // "we keep", "they share": a plain verb after a subject pronoun speaks in the present.
    if (subjectPronouns.has(previous) && /^[a-z]+$/.test(token.lower) && !pastFormSet.has(token.lower) && !/ed$/.test(token.lower) &&
      !presentSet.has(token.lower)) presentClauses.add(token.clause);
  }
  if (pastClauses.size === 0) return;
  const wholeSentence = presentClauses.size === 0;
  // A relative clause ("who brought what") belongs to the sentence it qualifies: in a sentence that
  // speaks in the present or future, its past tense is not a narrative.
  const relativeClauses = new Set<number>();
  let previousClause = -1;
  for (const i of words) {
    const t = tokens[i]!;
    if (t.clause !== previousClause && relativeOpeners.has(t.lower)) relativeClauses.add(t.clause);
    previousClause = t.clause;
  }
  for (const t of tokens) {
    const narrative = pastClauses.has(t.clause) && !presentClauses.has(t.clause) &&
      (!relativeClauses.has(t.clause) || markedClauses.has(t.clause));
    if (wholeSentence || narrative) t.attributed = true;
  }
}

/** Analyse a segment in place. */
export function analyseContext(segment: Segment): void {
  const { tokens } = segment;
  assignClauses(tokens);
  const last = [...tokens].reverse().find((t) => t.kind !== 'punct' || t.text !== '"');
  if (segment.source === 'prose' && last?.kind === 'punct' && last.text === '?') segment.mood = 'question';
  markQuotations(tokens);
  markNegation(tokens, segment.source === 'code');
  if (segment.source === 'prose') {
    markAttribution(tokens);
    markPastNarrative(tokens);
  }
  if (segment.quoted) for (const t of tokens) t.quoted = true;
}

/** The clauses of a segment that carry a proposal or obligation marker ("will", "must", "shall"). */
export function proposingClauses(segment: Segment): ReadonlySet<number> {
  const clauses = new Set<number>();
  for (const t of segment.tokens) if (proposalSet.has(t.lower) || t.lower.endsWith("'ll")) clauses.add(t.clause);
  return clauses;
}
