/**
 * Words that shape the context a match sits in: negation, rejection, reported speech, tense and modality.
 * Data only; src/engine/context.ts reads it. Entries are lower-case surface forms unless noted.
 */

/** Negate what follows them in the same clause ("no one tracks hours", "never rank"). */
export const forwardNegators: readonly string[] = [
  'not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without',
  'cannot', 'nowhere', 'noone', 'non', 'zero',
  "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "isn't",
  "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "mustn't", "needn't", 'dont',
  'doesnt', 'wont', 'cant', 'isnt', 'arent',
];

/**
 * Negate only the phrase right after them ("points rather than money" negates money, not points).
 * Multi-word entries are matched as a sequence.
 */
export const phraseNegators: readonly string[] = [
  'rather than', 'instead of', 'in place of', 'free of', 'free from', 'no longer', 'anti', 'against',
  'away with', 'rid of', 'beyond', 'not a', 'not an', 'not the', 'stewards not',
];

/** Verbs of rejection that negate their object, in any inflection ("we refuse a central committee"). */
export const rejectingVerbs: readonly string[] = [
  'refuse', 'reject', 'abolish', 'ban', 'forbid', 'prohibit', 'avoid', 'eliminate', 'scrap',
  'drop', 'oppose', 'resist', 'abandon', 'end', 'stop', 'quit', 'remove', 'dismantle', 'replace',
  'cancel', 'decline', 'retire', 'ditch', 'undo', 'outlaw', 'discontinue', 'skip', 'forgo',
  'renounce', 'overturn', 'prevent',
];

/**
 * Participles of rejection that negate the subject before them when passive
 * ("prices are abolished", "the rota was scrapped").
 */
export const rejectingParticiples: readonly string[] = [
  'abolished', 'banned', 'forbidden', 'prohibited', 'eliminated', 'scrapped', 'dropped',
  'abandoned', 'ended', 'stopped', 'removed', 'dismantled', 'cancelled', 'canceled', 'retired',
  'ditched', 'discontinued', 'outlawed', 'unnecessary', 'gone', 'optional', 'voluntary', 'archived',
  'declined', 'refused', 'rejected', 'dismissed', 'waived',
];

/** Hedges that look like negation but keep the practice ("not necessarily", "not only"). */
export const notNegating: readonly string[] = [
  'not necessarily', 'not only', 'not just', 'not merely', 'not always', 'not all', 'not least',
  'not yet', 'no matter', 'no less', 'no more than', 'not more than', 'no later than',
  'not later than', 'no fewer than', 'not less than', 'no sooner', 'no earlier than', 'without delay',
  'not exceed', 'not to exceed', 'not optional', 'not voluntary', 'no show', 'zero tolerance',
  'not be tolerated', 'not tolerated', 'not tolerate', "won't tolerate", "won't be tolerated",
  'measured against', 'reviewed against', 'compared against', 'checked against', 'assessed against',
  'benchmarked against', 'judged against', 'evaluated against', 'tracked against', 'measure against',
  'review against', 'compare against', 'check against', 'assess against', 'track against',
  // Exclusivity, a decision, an exemption, an enforcement: the practice stays.
  'nobody else', 'no one else', 'noone else', 'yes or no', 'not apply to', "doesn't apply to",
  "don't apply to", "won't apply to", 'without exception', 'without fail',
  // Booking to an account ("recorded against each member"), denying an identity, not a practice.
  'recorded against', 'logged against', 'booked against', 'charged against', 'counted against',
  'entered against', 'debited against', 'credited against', 'offset against', 'set against',
  'record against', 'log against', 'book against', 'charge against', 'count against',
  'not the same', "isn't the same", "aren't the same", 'not quite the same',
];

/** Verbs that report someone else's words or views: what follows is attributed, not proposed. */
export const reportingVerbs: readonly string[] = [
  'argue', 'claim', 'say', 'said', 'says', 'insist', 'contend', 'warn', 'complain', 'suggest',
  'believe', 'think', 'fear', 'worry', 'allege', 'assert', 'maintain', 'found', 'report', 'write',
  'wrote', 'tell', 'told', 'ask', 'asked', 'propose', 'reckon', 'object', 'note', 'predict',
];

/** Subjects whose reported views are the author's own (so not attributed away). */
export const ownVoices: readonly string[] = ['we', 'i', 'us', 'our', 'my'];

/** Markers that a clause speaks of the past or of another time. */
export const pastMarkers: readonly string[] = [
  'ago', 'formerly', 'previously', 'once upon', 'used to', 'back then', 'at the time', 'in the past',
  'last year', 'last month', 'last week', 'last spring', 'last summer', 'last autumn', 'last fall',
  'last winter', 'historically', 'until recently', 'in those days',
];

/** Finite past-tense verbs (irregular and common). "-ed" forms are recognised by rule. */
export const pastForms: readonly string[] = [
  'was', 'were', 'had', 'did', 'went', 'came', 'bought', 'sold', 'took', 'gave', 'ran', 'began',
  'became', 'got', 'knew', 'thought', 'brought', 'felt', 'met', 'stood', 'won', 'lost', 'saw',
  'used', 'tried', 'provided', 'decided', 'started', 'worked', 'lived', 'happened', 'wanted',
  'wrote', 'spoke', 'drove', 'chose', 'grew', 'ate', 'fell', 'rode', 'threw', 'drew', 'broke', 'wore',
];

/**
 * Past forms that equal their participle or, after a plural subject, their present ("set", "kept").
 * Read as past, like any "-ed" form, only right after a subject that is itself in the past
 * ("the old committee set the prices").
 */
export const ambiguousPastForms: readonly string[] = [
  'set', 'kept', 'paid', 'made', 'held', 'put', 'cut', 'let', 'sent', 'spent', 'built', 'told', 'fed',
  'led', 'left', 'read', 'split',
];

/** Adjectives that put the subject they qualify in the past ("the old rota", "our former board"). */
export const formerMarkers: readonly string[] = ['old', 'former', 'previous'];

/**
 * Words that open a question or free relative inside a clause ("notes how long they stayed",
 * "records who it went to"): a past verb after them is subordinate, not the clause's own tense.
 * The relatives (who, which) need a subject of their own between them and the verb; "that" is
 * left out, as after a verb it opens a report ("the report shows that we sold 300").
 */
export const embeddingWords: readonly string[] = ['what', 'whatever', 'whoever', 'whichever', 'how', 'why', 'whether', 'where'];
export const relativeEmbeddingWords: readonly string[] = ['who', 'whom', 'which'];

/**
 * Auxiliaries and modals. A negation that began in a subject's relative or participle phrase
 * ("orders not collected in time are charged", "volunteers who can't come will owe") ends where
 * the main verb phrase starts with one of these.
 */
export const auxiliaries: readonly string[] = [
  'is', 'are', 'was', 'were', 'will', 'shall', 'must', 'should', 'can', 'may', 'might', 'would',
  'could', 'has', 'have', 'had', 'gets', 'get', "'ll",
];

/** Predicates after "is not" that negate the subject ("training is not required"). */
export const negatedPredicates: readonly string[] = [
  'required', 'mandatory', 'compulsory', 'obligatory', 'needed', 'necessary', 'expected', 'tracked',
  'recorded', 'logged', 'counted', 'measured', 'kept', 'used', 'charged', 'paid', 'sold', 'allowed',
  'enforced', 'assigned', 'limited', 'rationed', 'fixed', 'owned', 'offered', 'given',
  'asked', 'checked', 'monitored', 'ranked', 'rated', 'graded', 'scheduled', 'standardised',
  'standardized', 'centralised', 'centralized', 'a', 'an', 'the', 'part', 'any', 'what',
];

/**
 * A later step in a staged plan ("later we will drop the fee", "then we abolish it", "until … drop
 * them"): what it drops is still in force until then, so the rejecting verb there negates nothing.
 * Multi-word entries are matched as a sequence.
 */
export const laterMarkers: readonly string[] = [
  'later', 'eventually', 'ultimately', 'someday', 'afterwards', 'afterward', 'then', 'once', 'until',
  'gradually', 'in time', 'over time', 'one day', 'in the long run', 'in future', 'in the future',
  'next year', 'by then', 'at that point', 'when',
];

/** Words that put a clause in the present or future, or make it a proposal. */
export const presentMarkers: readonly string[] = [
  'is', 'are', 'am', 'will', "'ll", 'shall', 'must', 'should', 'can', 'may', 'might', 'would',
  'do', 'does', 'has', 'have', 'now', 'currently', 'today', 'going', 'need',
  'needs', 'let', "let's", 'please', 'always', 'usually',
];

/** Proposal and obligation verbs: evidence that the text puts something in force. */
export const proposalMarkers: readonly string[] = [
  'will', "'ll", 'shall', 'must', 'should', 'need', 'needs', 'required', 'require', 'requires',
  'propose', 'proposes', 'plan', 'plans', 'aim', 'aims', 'going', 'has to', 'have to', 'is to',
  'are to', 'agree', 'agrees', 'let', "let's", 'may',
];

/** Quotation marks, opening and closing. Straight quotes open and close themselves. */
export const quotePairs: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'], ['“', '”'], ['„', '“'], ['«', '»'], ['‘', '’'], ["'", "'"], ['‹', '›'],
];

/** Words after which a quotation is somebody's speech or a distanced term ("so-called"). */
export const speechCues: readonly string[] = [
  'said', 'says', 'say', 'asked', 'told', 'wrote', 'argued', 'argue', 'claimed', 'claims',
  'so-called', 'called', 'replied', 'shouted', 'insisted', 'added', 'joked',
];

/**
 * A quotation is the author's own when the words before it name the group's own text ("as our
 * charter puts it") or an own voice endorsing it ("we follow the rule …"), with no negation.
 */
export const ownTexts: readonly string[] = [
  'charter', 'bylaws', 'laws', 'constitution', 'rule', 'rules', 'policy', 'policies', 'agreement',
  'handbook', 'principles', 'motto', 'slogan', 'statutes', 'guidelines', 'code', 'manifesto',
  'statement', 'pledge', 'values', 'agreements',
];
export const endorsingVerbs: readonly string[] = [
  'agree', 'adopt', 'endorse', 'follow', 'hold', 'uphold', 'apply', 'keep', 'live', 'stand', 'go',
  'share', 'embrace',
];

/** Clause-ending punctuation: scopes stop here. */
export const clauseBreaks: readonly string[] = [';', ':', '.', '!', '?', '—', '–', '(', ')', '…'];

/** Conjunctions that open a new clause and end a negation's scope. */
export const clauseConjunctions: readonly string[] = [
  'but', 'because', 'so', 'while', 'whereas', 'although', 'though', 'yet', 'unless', 'until',
  'then', 'however', 'and then', 'which', 'who', 'where', 'when', 'if', 'since',
];
