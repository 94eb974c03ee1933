import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'quantification/headcount',
  description: 'Flags staffing counts: headcounts, FTEs, staffing levels, "we need N volunteers", N people per shift or site.',
  severity: 'error',
  message: 'This counts the people an activity needs',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      'without being subject to any time measurements or any other kind of measurements (income, number of operatives, productive results)',
    ],
  },
  explanation:
    'Fixing how many people a shift, a site or a task needs treats those people as interchangeable units ' +
    'of labour to be supplied, whoever they are and whether they want to come. The essay lists the number ' +
    'of operatives among the measurements that activity beyond value is not subject to.',
  suggestion: 'Say what the activity involves and ask who would like to join, rather than how many bodies it needs.',
  patterns: [
    { match: 'headcount|=fte|=ftes', confidence: 'high' },
    { match: 'head count', confidence: 'high' },
    { match: 'full time equivalent', confidence: 'high' },
    { match: 'staffing level|ratio|requirement|need|plan|target|number|minimum|quota|gap|shortage', confidence: 'high' },
    { match: 'staff|volunteer|worker|crew|adult|child ratio', confidence: 'high', note: 'staff-to-child ratio' },
    { match: 'staff|volunteer|worker|employee|crew size|count|number|level', note: 'staff count; also code names' },
    {
      match: 'need|needs|needed|require|requires|required ..3 @num ..2 @quantification-staff',
      in: 'prose',
      note: 'needs two volunteers; takes four people',
    },
    {
      match: 'have|get|keep|find|put|schedule|roster|assign|staff|book|recruit|hire|employ|enlist|onboard ..2 least|minimum|min @num ..2 @quantification-staff',
      in: 'prose',
      note: 'have at least 3 people there',
    },
    { match: 'recruit|hire|employ|enlist|onboard ..2 @num ..2 more|new|extra|additional? @quantification-staff', note: 'recruit ten new volunteers' },
    { match: 'minimum|maximum|min|max @num @quantification-staff', note: 'minimum three volunteers' },
    { match: 'minimum|maximum|min|max of @num @quantification-staff' },
    {
      match: '@num @quantification-staff ..2 per|each|every|a|on|at ..2 @quantification-site',
      note: 'two volunteers per shift, four per night',
    },
    { match: '@quantification-staff per @quantification-site', note: 'volunteersPerShift' },
    { match: 'staffed|crewed|manned by|with ..1 @num', note: 'staffed by six' },
    { match: 'staffing ..4 @num ..2 per|each|a|@quantification-staff', in: 'prose', note: 'staffing for the warehouse is three per shift' },
    { match: 'crew|staff|workforce of @num', note: 'a crew of five' },
    { match: 'manning level|levels|requirement|requirements|scale|scales', confidence: 'high' },
    { match: 'minimum|maximum crew|staff|staffing|complement|workforce' },
    { match: '@num ..1 @quantification-staff is|are|be? needed|required|necessary|wanted', note: 'two people are needed' },
    { match: '@num full|part time @quantification-staff|role|job|position|post|staff|equivalent' },
    { match: 'count|record|track|tally|log ..3 number of @quantification-staff|attendee|participant|head', note: 'counting heads' },
    { match: 'number of operative|operatives', confidence: 'high' },
    // Frames that generalise: a count of people wanted, lacking, or set for a place or a task.
    {
      match: 'want|wants|wanted|look|looking|unless|until|=take|=takes|short|lack|lacks|lacking|missing|covered|cover|covers|staff|staffs ..3 @num ..2 @quantification-staff',
      in: 'prose',
      note: 'we want a dozen stewards; short four drivers; takes fifteen pairs of hands',
    },
    {
      match: 'each|every|per @any? @quantification-site ..4 @num @quantification-staff',
      in: 'prose',
      note: 'every kitchen slot has its three cooks',
    },
    {
      match: '@num @quantification-staff ..3 on|at|behind|along|outside the? @quantification-site|door|desk|route|entrance|till|bar|stall|hall|floor|site|premise|building|shop',
      in: 'prose',
      note: 'two grown-ups behind the desk; a dozen stewards along the route',
    },
    { match: '@num pair|pairs of hands', note: 'fifteen pairs of hands' },
    { match: 'no|not fewer|less than @num @quantification-staff', in: 'prose', note: 'no fewer than eight strikers' },
    { match: 'min|minimum|max|maximum|required|needed @quantification-staff', in: 'code', note: 'minVolunteers, requiredStaff' },
    { match: 'staffing', in: 'code', note: 'a staffing key holds counts of people' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'headcount|fte|ftes|staffing|manpower', in: 'code', confidence: 'high' },
    { match: 'volunteer|volunteers|cashier|cashiers|stocker|stockers|driver|drivers|cook|cooks|baker|bakers|picker|pickers|packer|packers|staff|helper|helpers|operative|operatives|carer|carers @num', in: 'code', confidence: 'medium', note: 'cashiers: 2' },
    { match: 'min|minimum|max|maximum|required|needed volunteer|volunteers|staff|helper|helpers|driver|drivers|cook|cooks|baker|bakers|people|operative|operatives', in: 'code', confidence: 'high' },
    { match: 'volunteer|volunteers|staff|helper|helpers|people|operative|operatives|worker|workers per|each @period|site|station|shift|kitchen|store', in: 'code', confidence: 'high', note: 'volunteersPerShift' },
    { match: 'volunteer|volunteers|cashier|cashiers|driver|drivers|cook|cooks|baker|bakers|staff|helper|helpers|people|operative|operatives needed|required|wanted', in: 'code', confidence: 'high', note: 'cooksNeeded: names put the count word last too' },
  ],
  otherSenses: ['@num @quantification-not-goods',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'max|min worker|workers thread|pool',
    'max|min|num worker|workers', // a pool of threads in code
    'database|db|jdbc|device|printer driver|drivers',],
  examples: {
    invalid: [
      'We are short four drivers for the Tuesday round.',
      'The toy library cannot open unless two grown-ups are behind the desk.',
      'The warehouse needs at least six volunteers on every Saturday shift.',
      'We will recruit twenty new drivers before winter.',
      '- Staffing level: two adults per room at all times',
      'Each site must be staffed by four people.',
      'The budget allows for 2.5 full-time staff.',
      { text: 'Keep a staff-to-child ratio of one to eight.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const market = { staffing: { cashiers: 2, stockers: 3 } };', kind: 'ts' },
      { text: 'export const rules = { minimumVolunteersPerShift: 6 };', kind: 'ts' },
    ],
    valid: [
      'Two volunteers turned up last Sunday and it was plenty.',
      'Nobody counts how many of us turn up.',
      'Whoever comes, comes; we never need a set number of people.',
      'Four people cooked dinner last night.',
      'The shop is staffed by whoever feels like opening it.',
      '> The old warehouse needed ten workers per shift.',
      'Do we really need three people at the door?',
      'Tickets are five euros per night.',
      'There is no minimum number of volunteers for a shift.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export default { maxWorkers: 4 };', kind: 'ts' },
      { text: 'export const hall = { capacity: 40 };', kind: 'ts' },
    ],
  },
});
