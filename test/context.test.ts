/**
 * Context analysis: which words a rule may not match because they are negated, quoted, or
 * attributed to others or to the past. Tested on words, independently of any rule.
 */
import { describe, expect, it } from 'vitest';
import { analyseContext } from '../src/engine/context.js';
import { textToSegments } from '../src/frontends/text.js';
import { markdownToSegments } from '../src/frontends/markdown.js';

/** The words of a text that are free (a rule may match them). */
function freeWords(text: string, markdown = false): string[] {
  const segments = markdown ? markdownToSegments(text) : textToSegments(text);
  const out: string[] = [];
  for (const segment of segments) {
    analyseContext(segment);
    if (segment.mood !== 'proposal') continue;
    for (const t of segment.tokens) if (t.kind === 'word' && !t.negated && !t.quoted && !t.attributed) out.push(t.lower);
  }
  return out;
}

describe('negation', () => {
  it('covers the rest of the clause after a forward negator', () => {
    expect(freeWords('Nobody counts the hours here.')).not.toContain('hours');
    expect(freeWords('We will never rank the cooks.')).not.toContain('rank');
    expect(freeWords('Bring food without any quota.')).not.toContain('quota');
  });
  it('stops at a clause break', () => {
    const free = freeWords('Nobody is paid, but drivers log their miles.');
    expect(free).not.toContain('paid');
    expect(free).toContain('log');
  });
  it('limits a phrase negator to its phrase', () => {
    const free = freeWords('Swaps use tokens rather than cash and stay small.');
    expect(free).not.toContain('cash');
    expect(free).toContain('tokens');
  });
  it('negates the object of a rejecting verb and the subject of a rejecting participle', () => {
    expect(freeWords('We refuse a coordinating board.')).not.toContain('board');
    expect(freeWords('Membership fees are abolished.')).not.toContain('fees');
  });
  it('does not take the noun "end" or a particle verb for rejection', () => {
    expect(freeWords('At the end of the day everyone logs hours.')).toContain('hours');
    expect(freeWords('Members drop off the crates at the depot.')).toContain('depot');
  });
  it('lets an elliptic clause negate what came before it', () => {
    expect(freeWords('The last collective kept a ledger; we will not.')).not.toContain('ledger');
    expect(freeWords('Sign-up sheets exist, but we do not use them.')).not.toContain('sheets');
  });
  it('ends a negation in a subject phrase where the main verb phrase begins', () => {
    expect(freeWords('Bikes not returned within a week will be charged a fee.')).toContain('charged');
    expect(freeWords('Tenants who do not attend will lose their vote.')).toContain('lose');
  });
  it('lets "is not required" deny its subject', () => {
    expect(freeWords('A first-aid course is not required for helpers.')).not.toContain('course');
  });
  it('reads "a zero balance" as a quantity and enforcement phrases as enforcement', () => {
    expect(freeWords('Every newcomer starts with a zero balance.')).toContain('balance');
    expect(freeWords('Shouting will not be tolerated in the kitchen.')).toContain('tolerated');
    expect(freeWords('Attendance is not optional.')).toContain('attendance');
  });
  it('keeps a fronted purpose phrase to itself', () => {
    expect(freeWords('To stop hoarding, tins are capped at three a family.')).toContain('capped');
  });
  it('reads a final demonstrative as a back-reference, not a relative "that"', () => {
    expect(freeWords('Seeds go into fixed categories and we refuse anything that does not fit.')).toContain('categories');
    expect(freeWords('The old kitchen kept score; we will not do that.')).not.toContain('score');
  });
  it('understands a rejection cut short and a minimum made of two negatives', () => {
    expect(freeWords('The print shop next door pays its printers a wage; we decided not to.')).not.toContain('wage');
    expect(freeWords('The repair café cannot open with fewer than three fixers.')).toContain('fixers');
  });
  it('does not let a contrasting relative clause take back its sentence', () => {
    expect(freeWords('We will note which flats have a key and which do not.')).toContain('note');
  });
  it('lets "is not what we want" deny its subject', () => {
    expect(freeWords('A points system is not what we want.')).not.toContain('points');
  });
  it('does not treat hedges as negation', () => {
    expect(freeWords('Credits are not necessarily earned by the hour.')).toContain('hour');
    expect(freeWords('Shifts last no more than four hours.')).toContain('hours');
  });
});

describe('negation that leaves a practice in force', () => {
  it('ends at a spaced hyphen, which is a dash', () => {
    const free = freeWords('No surplus is kept back - all returns go to the tool fund.');
    expect(free).not.toContain('surplus');
    expect(free).toContain('returns');
    // A hyphen inside a word joins it.
    expect(freeWords('We keep no sign-up sheet.')).not.toContain('sheet');
  });
  it('takes nothing out of a condition that a main clause follows, when a verb is negated', () => {
    expect(freeWords('If you do not pay the levy, your plot goes to the next household.')).toContain('levy');
    expect(freeWords("Unless a member doesn't attend the work day, the key stays with them.")).toContain('attend');
    // A nominal negation still denies the thing, and our own practice can be supposed away.
    expect(freeWords('If there is no rota, people turn up when they can.')).not.toContain('rota');
    expect(freeWords('If we do not keep a rota, people turn up when they can.')).not.toContain('rota');
    // A condition alone, with nothing after it, is negated as before.
    expect(freeWords('If you do not pay the levy.')).not.toContain('levy');
  });
  it('keeps a prohibition on someone that caps an act or guards a norm', () => {
    expect(freeWords('Tenants may not take more than two crates each week.')).toContain('crates');
    expect(freeWords('Plot holders cannot exceed their water allowance.')).toContain('allowance');
    expect(freeWords('Stewards must not violate the house agreement.')).toContain('agreement');
    // Forbidding the practice itself is a rejection; so is our own "must not" and a passive one.
    expect(freeWords('Volunteers must not log their hours.')).not.toContain('hours');
    expect(freeWords('We must not take more than we need from the fund.')).not.toContain('fund');
    expect(freeWords('Fees may not be charged for more than one visit.')).not.toContain('charged');
  });
  it('ends at a contrast after a comma and at a second predicate after "and"', () => {
    const free = freeWords('Gifts are not taxed, unlike the yearly subscription.');
    expect(free).not.toContain('taxed');
    expect(free).toContain('subscription');
    const second = freeWords('A new circle requires no sign-off and only needs a named treasurer.');
    expect(second).not.toContain('sign');
    expect(second).toContain('treasurer');
    // "and" between two negated objects stays inside the negation.
    expect(freeWords('We charge no fees and keep no ledger.')).not.toContain('fees');
  });
});

describe('quotation', () => {
  it('excludes quoted speech and long quotations', () => {
    expect(freeWords('“Quotas keep us honest,” the treasurer said.')).not.toContain('quotas');
    expect(freeWords('He wrote "every member pays dues monthly" on the board.')).not.toContain('dues');
  });
  it('keeps a short term the author adopts', () => {
    expect(freeWords('We keep a “duty roster” by the door.')).toContain('roster');
  });
  it('excludes blockquotes in Markdown', () => {
    expect(freeWords('Our pantry is open.\n\n> Two tins per family.\n', true)).not.toContain('tins');
  });
});

describe('attribution and time', () => {
  it('attributes what others argue or say', () => {
    expect(freeWords('Some neighbours argue that we need a ration.')).not.toContain('ration');
  });
  it('keeps the own voice', () => {
    expect(freeWords('We believe every member should log hours.')).toContain('hours');
  });
  it('treats a past narrative as not proposed', () => {
    expect(freeWords('In 2018 the bakery paid wages.')).not.toContain('wages');
    expect(freeWords('The old depot closed years ago.')).not.toContain('depot');
  });
  it('keeps the present clause of a mixed sentence', () => {
    const free = freeWords('The orchard now belongs to the members, who bought it last spring.');
    expect(free).toContain('belongs');
    expect(free).not.toContain('bought');
  });
  it('keeps a passive that describes something in force', () => {
    expect(freeWords('This course was designed to prepare new cooks.')).toContain('course');
  });
  it('reads a decade as a time in the past', () => {
    expect(freeWords('In the 1980s the club paid its coaches a salary.')).not.toContain('salary');
  });
  it('keeps a present main clause after a past one', () => {
    expect(freeWords('The first kitchens never kept books, so we keep careful accounts.')).toContain('accounts');
  });
  it('treats a word named as a word as mentioned, not used', () => {
    expect(freeWords("The word 'salary' comes from salt.")).not.toContain('salary');
  });
  it('skips questions', () => {
    expect(freeWords('Should we keep a ledger?')).toEqual([]);
  });
});
