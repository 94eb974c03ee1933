import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'centralization/higher-body',
  description: 'Flags committees, boards, councils and elected or delegated bodies that decide, allocate or govern for the people doing the activity.',
  severity: 'error',
  message: 'This puts decisions in a body above the people doing the activity',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      'the formation of higher bodies for distribution, even if the latter are democratically elected',
    ],
  },
  explanation:
    'A standing body that approves, allocates or reviews for everyone else separates deciding from doing: ' +
    'the people who make and use things wait on a centre that weighs their needs against one another. ' +
    'The essay names such bodies as the counterrevolutionary way of handling goods, and stresses that ' +
    'being elected does not change what they are.',
  suggestion: 'Let the people who do the activity decide it where it happens, each time, without a standing body above them.',
  patterns: [
    {
      match: 'central|steering|executive|coordinating|governing|management|managing|supervisory|oversight|distribution|allocation|allocations|technical|elected|national|regional|federal|standing|advisory|administrative committee|board|council|bureau|commission|secretariat|body',
      note: 'a named standing body',
      confidence: 'high',
    },
    { match: 'board of =directors|=trustees|=governors|=management|=stewards', confidence: 'high' },
    { match: 'board|boards =member|=members|=meeting|=meetings|=approval|=seat|=seats|=chair|=vote', note: 'the board as an institution' },
    { match: 'steering|coordinating|governing|ruling|representative|elected|delegated|appointed|executive body|group|panel|team|organ|circle', confidence: 'high' },
    { match: 'decision making body|group|panel|organ', confidence: 'high' },
    { match: 'co ordinating body|group|committee|council|board', confidence: 'high' },
    { match: '@centralization-body ..4 @centralization-govern', note: 'a body that decides, approves, reviews' },
    {
      match: '@centralization-govern|@centralization-dispatch|approved|decided|allocated|distributed|reviewed|elected|appointed|vetted ..2 by|from the|a|an|our|its|their? ..2 @centralization-body',
      note: 'decided by the (garden) committee',
    },
    { match: 'approval|consent|decision|say|permission|blessing|ahead|authorisation|authorization|okay|mandate of|from|by the|a|an|our|its? ..2 @centralization-body', note: 'the approval of the (finance) committee' },
    { match: 'say|sign so|off of|from|by the|a|an|our|its? ..2 @centralization-body', note: 'the say-so of, sign-off from' },
    { match: 'rest|rests|lie|lies|sit|sits|stay|stays with the|a|an|our|its ..2 @centralization-body', note: 'decisions rest with the council' },
    { match: 'up to the|a|an|our|its ..2 @centralization-body', note: 'it is up to the board' },
    { match: 'final|last say|word ..4 @centralization-body' },
    { match: '@centralization-body ..4 final|last say|word' },
    {
      match: '@centralization-matter ..6 go|goes|sent|referred|submitted|brought|passed|forwarded|put|escalated|made to the|a|an|our|its ..2 @centralization-body',
      note: 'requests go to the committee',
    },
    { match: 'apply|applies|appeal|appeals|petition|petitions|submit|submits|refer|refers to the|a|an|our|its ..2 @centralization-body' },
    { match: 'orders|instructions|directions|directives|guidance|mandate from the|a|an|our|its? ..2 @centralization-body', note: 'taking orders from a committee' },
    { match: 'elect|appoint|nominate|choose|form|forms|formed|set ..4 @centralization-body|panel|delegates|representatives' },
    { match: 'panel|body|group|circle|trustees which|that|who ..2 @centralization-govern|@centralization-dispatch ..2 out?', note: 'a panel that hands out the fund' },
    { match: 'a|each|one|the|our|every =delegate from|of|for', note: 'a delegate sent to a body' },
    { match: 'send|sends|elect|elects|choose|chooses|appoint|appoints ..2 =delegate|=delegates|representative|representatives to' },
    { match: '@centralization-body which|that|who @centralization-govern|share|shares|hand|hands|give|gives', note: 'a body, which decides' },
    { match: 'delegate|delegates|representative|representatives ..6 decide|allocate|distribute|approve|vote|govern|manage' },
    { match: 'politburo|presidium|directorate|junta|spokescouncil', confidence: 'high' },
    { match: 'body which|that governs|represents|decides|manages|runs|allocates', confidence: 'high' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'committee|presidium|politburo|secretariat|directorate|delegates|delegation|trustee|trustees|subcommittee', in: 'code', confidence: 'high' },
    { match: 'approval|approver|approvers|approved|decided|allocated ..2 board|council|committee|trustees|panel', in: 'code', confidence: 'high', note: 'purchaseApproval: \'trustees\'' },
    { match: 'central|coordinating|elected|executive|steering council|board|body|committee|bureau', in: 'code', confidence: 'high', note: '\'central-committee\'' },
    { match: 'council', in: 'code', confidence: 'medium' },
    { match: 'board ..2 @allocate|decide|decides|approval|approve', in: 'code', confidence: 'high' },
  ],
  otherSenses: [
    'committee|board|council room|rooms|chamber|meeting room',
    'notice|bulletin|message|chess|cutting|chopping|draft|draughts|circuit|dash|white|black|card|sounding|ironing|diving|skirting|floor board',
    'board game|games|room|walk|walks|up|ed',
    'on|across|aboard the? board',
    'board the? bus|train|plane|ship|boat|ferry|flight',
    'council tax|house|housing|estate|flat|flats|home|homes|worker|workers',
    'city|county|town|borough|district|parish|local council',
    'executive summary|function|functions|file|files|permission|permissions|bit',
    'commission on|for sale|sales|fee|fees|rate|rates',
    'body of text|work|evidence|research|knowledge|literature|water|the document|the text',
    'core team|teams',
    'trello|kanban|project|projects|github|jira|miro|issue|task|scrum|agile|story board|boards',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'worker|workers council|assembly',
    'message|dash|key|board game|circuit|breadboard board',
  ],
  examples: {
    invalid: [
      'A central committee will decide which kitchens get the flour each week.',
      'The board of directors approves every purchase over fifty euros.',
      'Delegates from each street will meet to allocate the donated tools.',
      '## Governance\n\nThe steering group is elected every spring and sets the priorities for all teams.',
      'All requests for materials are approved by the council.',
      '- The coordinating body reviews each working group\'s plans once a month.',
      { text: 'An elected panel of five decides who gets a plot in the garden.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const plan = { distribution: { authority: \'central-committee\' } };', kind: 'ts' },
      { text: 'export const approvals = { allocatedBy: \'steering-committee\' };', kind: 'ts' },
    ],
    valid: [
      'We refuse to set up a central committee; each kitchen decides for itself.',
      'There is no board and there are no delegates.',
      'Put the rota on the notice board by the door.',
      'The committee room upstairs is free for the choir on Thursdays.',
      'Bring a chess board and some snacks to the social evening.',
      '> The council decides everything, as the old constitution put it.',
      'The old co-op had a board of directors that approved purchases.',
      'Should a committee decide who gets the flour?',
      'Every household pays council tax to the city, not to us.',
      'Whoever turns up on the day decides together what to cook.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const ui = { keyboardLayout: "qwerty" };', kind: 'ts' },
      { text: 'export const game = { boardSize: 19 };', kind: 'ts' },
    ],
  },
});
