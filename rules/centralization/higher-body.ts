import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'centralization/higher-body',
  description: 'Flags committees, boards, councils and elected or delegated bodies that decide, allocate or govern for the people doing the activity (a bare mention of a body\'s name is not enough).',
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
    // A body's name alone ("the Steering Committee" in a heading, a bio, an attendance list) puts no
    // body in force: the body must decide, approve, allocate, assign or direct, or be formed. Only a
    // name that states that function stands alone.
    {
      match: 'central|distribution|allocation|allocations|allocating|distributing|governing|supervisory|oversight|elected|delegated|appointed committee|board|council|bureau|commission|secretariat|body',
      note: 'a name that says what the body does: a distribution committee, an elected council',
      confidence: 'high',
    },
    { match: 'board of =directors|=trustees|=governors|=management|=stewards ..6 @centralization-body-act', confidence: 'high' },
    { match: 'board|boards|committee|council =approval|=approvals|=vote|=votes|=decision|=decisions|=sign-off', note: 'a body\'s approval or vote' },
    { match: 'governing|ruling|elected|delegated|appointed body|group|panel|organ|circle', confidence: 'high' },
    { match: 'representative body|organ', confidence: 'high' },
    { match: '@centralization-body ..4 sign|signs|signed off', note: 'the board signs off on each purchase' },
    { match: 'allocation|allocations|allocating|grant|grants|funding panel|group|circle', note: 'a panel that allocates; not a distribution panel, which is electrical' },
    { match: 'representative|representatives|delegate|delegates ..1 elected|chosen|nominated|sent|appointed ..2 by|from each|every|all ..2 @centralization-locality', note: 'delegates sent by each block to a body' },
    { match: 'decision making body|group|panel|organ', confidence: 'high' },
    {
      match: '@centralization-body ..4 @centralization-body-act',
      note: 'a body that decides, approves, allocates, reviews: not "a member running for the committee"',
    },
    {
      match: 'steering|coordinating|co-ordinating|executive|central|standing|management|representative|core body|group|panel|circle|team|committee|board|council|bureau|commission|secretariat ..4 @centralization-body-act',
      note: 'a named group that decides: the steering group sets, the coordinating body reviews',
    },
    { match: '@centralization-body ..4 make|makes|take|takes ..2 decision|decisions|call|calls', note: 'the council makes the decisions' },
    { match: '@centralization-body ..3 has|have|holds|hold|controls|control ..3 budget|budgets|fund|funds|purse|power|powers|authority|veto', note: 'the board holds the budget' },
    {
      match: '@centralization-body ..3 responsibility|responsibilities|role|remit|mandate|power|powers|duty|duties|job|task is|are|include|includes ..3 @centralization-body-act|delegation|decision|decisions|allocation|distribution|approval|oversight',
      note: 'the council\'s main duty is allocation',
    },
    { match: '@centralization-body ..4 decision making|decision-making', note: 'the council\'s decision-making' },
    { match: 'power|powers|authority|responsibility|responsibilities|role|mandate|remit of the|a|an|our|its? ..3 @centralization-body ..3 is|are|include|includes to? @centralization-body-act|@centralization-dispatch', note: 'the committee\'s role is to allocate' },
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
    { match: 'elect|appoint|nominate|choose|form|forms|formed|set|establish|establishes|create|creates|convene|convenes|constitute ..4 @centralization-body|panel|delegates|representatives', note: 'a body being formed' },
    { match: 'elected|appointed|nominated|delegated|co-opted to|onto the|a|an|our|its ..2 @centralization-body', note: 'elected to the council' },
    { match: 'panel|body|group|circle|trustees which|that|who ..2 @centralization-body-act|@centralization-dispatch ..2 out?', note: 'a panel that hands out the fund' },
    { match: 'a|each|one|the|our|every =delegate from|of|for', note: 'a delegate sent to a body' },
    { match: 'send|sends|elect|elects|choose|chooses|appoint|appoints ..2 =delegate|=delegates|representative|representatives to' },
    { match: '@centralization-body which|that|who @centralization-body-act|share|shares|hand|hands|give|gives', note: 'a body, which decides' },
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
      'A council of seven signs off on every repair to the flats.',
      'A grants panel chooses which projects receive the donations.',
      'Delegates chosen by every street meet to share out the firewood.',
      'A central committee will decide which kitchens get the flour each week.',
      'The board of directors approves every purchase over fifty euros.',
      'Delegates from each street will meet to allocate the donated tools.',
      '## Governance\n\nThe steering group is elected every spring and sets the priorities for all teams.',
      'All requests for materials are approved by the council.',
      '- The coordinating body reviews each working group\'s plans once a month.',
      { text: 'An elected panel of five decides who gets a plot in the garden.', kind: 'txt' },
      'The executive committee reviews every grant before any money leaves the account.',
      'We will set up a standing committee to share out the rooms.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const plan = { distribution: { authority: \'central-committee\' } };', kind: 'ts' },
      { text: 'export const approvals = { allocatedBy: \'steering-committee\' };', kind: 'ts' },
    ],
    valid: [
      'Everyone who helped signs off on the final draft.',
      'The distribution panel in the basement needs a new fuse.',
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
      'Minutes of the steering committee, with the list of who came.',
      'I have sat on the steering group for two years and enjoyed it.',
      'A committee member running for a second term wrote this statement.',
      'Board meeting, Thursday at seven, in the back room of the cafe.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const ui = { keyboardLayout: "qwerty" };', kind: 'ts' },
      { text: 'export const game = { boardSize: 19 };', kind: 'ts' },
    ],
  },
});
