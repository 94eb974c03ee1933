/**
 * Context analysis, classes of sentence reported by rule authors: each block is one class, with
 * the near miss that must keep its old reading.
 */
import { describe, expect, it } from 'vitest';
import { analyseContext } from '../src/engine/context.js';
import { textToSegments } from '../src/frontends/text.js';

/** The words of a text that are free (a rule may match them). */
function freeWords(text: string): string[] {
  const out: string[] = [];
  for (const segment of textToSegments(text)) {
    analyseContext(segment);
    if (segment.mood !== 'proposal') continue;
    for (const t of segment.tokens) if (t.kind === 'word' && !t.negated && !t.quoted && !t.attributed) out.push(t.lower);
  }
  return out;
}

describe('an elliptic negated clause', () => {
  it('takes back what came before only when we, I or nobody new is its subject', () => {
    expect(freeWords('We will keep a rota for the stall, though guests cannot join it.')).toContain('rota');
    expect(freeWords('Every household pays a fee; it does not apply to them.')).toContain('fee');
    expect(freeWords('Other kitchens keep a rota, but we do not use it.')).not.toContain('rota');
    expect(freeWords('The old pantry kept a ledger; I will not.')).not.toContain('ledger');
    expect(freeWords('Some stalls weigh every bag, but not any more.')).not.toContain('weigh');
  });
});

describe('a staged plan', () => {
  it('keeps the practice that a later step drops', () => {
    expect(freeWords('Later we will drop the entry fee.')).toEqual(expect.arrayContaining(['drop', 'fee']));
    expect(freeWords('At first members pay a fee, then we will drop it.')).toContain('fee');
    expect(freeWords('Members pay in vouchers until the shop is big enough to drop them.')).toContain('vouchers');
    expect(freeWords('Eventually the assembly will abolish the quota.')).toContain('quota');
    expect(freeWords('For the first year members pay a small fee; later we will not.')).toContain('fee');
  });
  it('still reads a plain rejection as a rejection', () => {
    expect(freeWords('We will drop the entry fee.')).not.toContain('fee');
    expect(freeWords('Members paid a fee, but we dropped it.')).not.toContain('fee');
  });
});

describe('the old practice', () => {
  it('reads "the old X" with a plain past verb as a narrative', () => {
    expect(freeWords('The former board set a quota for each garden; the gardens now decide.')).not.toContain('quota');
    expect(freeWords('The old committee fixed the prices; now each stall chooses.')).not.toContain('prices');
    expect(freeWords('Our previous collective kept a ledger; we share freely.')).not.toContain('ledger');
  });
  it('keeps a present verb after "the old X"', () => {
    expect(freeWords('The old barn holds the seed bank; members sign for each packet.')).toContain('sign');
    expect(freeWords('The old rota sets the shifts.')).toContain('shifts');
  });
});

describe('a subordinate past', () => {
  it('does not make the main clause a narrative', () => {
    expect(freeWords('Each lender records who it went to.')).toContain('records');
    expect(freeWords('The host notes how long they stayed.')).toContain('notes');
    expect(freeWords('The clerk writes down what they took.')).toContain('writes');
    expect(freeWords('Each tool is logged with whoever borrowed it.')).toContain('logged');
  });
  it('does not take a report of results for an embedded clause', () => {
    expect(freeWords('The report shows that we sold 300 loaves.')).not.toContain('loaves');
  });
  it('still reads a past main clause as a narrative', () => {
    expect(freeWords('The clerk wrote down what they took.')).not.toContain('wrote');
    expect(freeWords('When the hall closed, we charged a fee.')).not.toContain('fee');
  });
});

describe('a negation and its "or" conjunct', () => {
  it('covers the second conjunct of a phrase negator', () => {
    expect(freeWords('We use trust instead of timesheets or hour logs.')).not.toContain('logs');
    expect(freeWords('We no longer keep timesheets or log hours.')).not.toContain('hours');
    expect(freeWords('The stipend is paid rather than a wage or a bonus.')).not.toContain('bonus');
    expect(freeWords('We will not keep timesheets or hour logs.')).not.toContain('logs');
  });
  it('still stops at "and" and a new clause', () => {
    expect(freeWords('Swaps use tokens rather than cash and stay small.')).toContain('stay');
  });
});

describe('the noun "drop"', () => {
  it('is not the rejecting verb after per, a, each, the most or a number', () => {
    expect(freeWords('Couriers earn a fixed sum per drop on the route.')).toEqual(expect.arrayContaining(['drop', 'route']));
    expect(freeWords('The driver with the most drops gets a bonus.')).toContain('bonus');
    expect(freeWords('Riders are paid for every drop they make.')).toContain('make');
    expect(freeWords('Three drops a day earn a meal voucher.')).toContain('voucher');
  });
  it('is a noun before of or point, and before a time after "and" ("start and end time", "the drop point")', () => {
    expect(freeWords('Helpers note the start and end time of every visit.')).toEqual(expect.arrayContaining(['time', 'visit']));
    expect(freeWords('Parcels wait at the drop point until noon.')).toContain('noon');
  });
  it('stays a verb after a subject', () => {
    expect(freeWords('The co-op drops the membership fee.')).not.toContain('fee');
    expect(freeWords('We will end the time bank next spring.')).not.toContain('bank');
    expect(freeWords('We will stop time tracking in the garden.')).not.toContain('tracking');
  });
});

describe('a double negative with "without"', () => {
  it('makes a requirement of what follows "without"', () => {
    expect(freeWords('Nobody can borrow the van without a deposit.')).toContain('deposit');
    expect(freeWords('We never open the pantry without a sign-in sheet.')).toContain('sheet');
    expect(freeWords('No one works a shift without clocking in.')).toContain('clocking');
  });
  it('leaves a lone "without" and a separate conjunct negating', () => {
    expect(freeWords('We share food without any quota.')).not.toContain('quota');
    expect(freeWords('Nobody keeps a ledger, and we live without prices.')).not.toContain('prices');
  });
});

describe('a negation inside a subject relative clause', () => {
  it('ends where the main verb starts, with or without an auxiliary', () => {
    expect(freeWords('Tenants who do not pay rent lose their room.')).toContain('lose');
    expect(freeWords("Members who don't attend meetings forfeit their vote.")).toContain('forfeit');
    expect(freeWords('Volunteers who never sign the sheet pay a fine.')).toContain('fine');
  });
  it('ends a rejecting verb in a relative clause the same way', () => {
    expect(freeWords('Members who skip a shift owe the pantry an extra one.')).toContain('owe');
    expect(freeWords('Volunteers who skip two shifts will pay a fine.')).toContain('fine');
  });
  it('keeps the negation of the relative clause itself', () => {
    expect(freeWords("Members who don't pay rent lose their room.")).not.toContain('rent');
    expect(freeWords('A library that does not charge readers a fee or a deposit for lending books.')).not.toContain('deposit');
    expect(freeWords('On a motion that no treasurer be appointed, every member votes.')).not.toContain('appointed');
  });
});

describe('words that look negative but are not negation', () => {
  it('reads "nobody else" as exclusivity', () => {
    const free = freeWords('Ana keeps the keys and nobody else touches them.');
    expect(free).toEqual(expect.arrayContaining(['keys', 'nobody', 'else', 'touches']));
  });
  it('reads "says yes or no" as a decision, not a reply reported', () => {
    expect(freeWords('The chair says yes or no to each request.')).toEqual(expect.arrayContaining(['yes', 'request']));
  });
  it('reads "does not apply to" as an exemption that keeps its subject', () => {
    expect(freeWords('The late fee does not apply to children.')).toContain('fee');
    expect(freeWords('The late fee does not apply to children.')).toContain('apply');
  });
  it('still reads "say no to" as a rejection', () => {
    expect(freeWords('We say no to quotas.')).not.toContain('quotas');
  });
});

describe('reporting verbs of activity', () => {
  it('does not attribute a report to a body or an explanation of the practice', () => {
    expect(freeWords('The treasurer reports progress to the assembly each month.')).toContain('assembly');
    expect(freeWords('Each team reports its hours to the council.')).toContain('hours');
    expect(freeWords('The handbook explains how volunteers log their hours.')).toContain('hours');
    expect(freeWords('The coordinator explains the rota to each newcomer.')).toContain('rota');
  });
  it('lets the group\'s own text speak for it', () => {
    expect(freeWords('The handbook says that each member cooks once a month.')).toContain('cooks');
    expect(freeWords("The landlord's rules say that tenants pay a cleaning levy.")).not.toContain('levy');
  });
  it('still attributes a view that someone else argues', () => {
    expect(freeWords('Some neighbours claim that the pantry needs a ration.')).not.toContain('ration');
  });
});

describe('a quotation the author adopts', () => {
  it('is the author\'s own words when it comes from our own text or we endorse it', () => {
    expect(freeWords('In the words of our bylaws, "each household gives one evening a week".')).toContain('evening');
    expect(freeWords('We follow the rule "first come, first served, two bags each" at the stall.')).toContain('bags');
  });
  it('stays quoted when someone else says it or we reject it', () => {
    expect(freeWords('The landlord wrote "each tenant pays a cleaning levy" on the notice.')).not.toContain('levy');
    expect(freeWords('We do not follow the motto "every member earns their keep" any more.')).not.toContain('earns');
  });
});

describe('"against" and "the same as" in accounts', () => {
  it('reads "recorded against" as booking, not opposition', () => {
    expect(freeWords('Every loan is recorded against the borrower.')).toContain('borrower');
    expect(freeWords('Hours are logged against each project.')).toContain('project');
  });
  it('reads "not the same as" as denying an identity, not a practice', () => {
    const free = freeWords('A credit is not the same as a debt, but it is still booked against each member.');
    expect(free).toEqual(expect.arrayContaining(['credit', 'member']));
  });
  it('still reads "against" as opposition elsewhere', () => {
    expect(freeWords('We campaign against wages for carers.')).not.toContain('wages');
  });
});

describe('a negation or rejection inside a subject phrase', () => {
  it('ends at the main verb after a relative "that" in mid-clause', () => {
    expect(freeWords('A parcel that fits none of the sizes is sent back.')).toContain('sent');
  });
  it('ends at the main verb after a gerund subject', () => {
    expect(freeWords('Skipping a shift twice means a fine.')).toContain('fine');
    expect(freeWords('Cancelling a booking late will cost a point.')).toContain('point');
  });
  it('keeps a complement clause negated', () => {
    expect(freeWords('We agreed that nobody will pay a fee.')).not.toContain('fee');
    expect(freeWords('We are dropping the fee.')).not.toContain('fee');
  });
});

describe('a participle after "be"', () => {
  it('is not a past narrative', () => {
    expect(freeWords('Each shift lasts eight (8) hours, to be worked between six and two.')).toContain('worked');
    expect(freeWords('Tools (once used) must be returned clean.')).toContain('tools');
  });
});
