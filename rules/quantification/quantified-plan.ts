import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'quantification/quantified-plan',
  description: 'Flags plans with quantities and time scales that others must keep to: work schedules, milestones, deadlines, Gantt charts.',
  severity: 'warn',
  severityNote:
    'Default severity is `warn`, not `error`: on real documents (the organising and Rust RFC corpora, audit/README.md, second round) its audited precision was 0.58 over 43 judged findings, below the 0.7 the project asks of an `error`. A roadmap or timeline named in a heading, and build plans, are what it gets wrong. Set it to `error` in your config if your documents are plans rather than reference or technical text.',
  message: 'This lays down a plan of quantities and dates for others to keep to',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      'someone conceives a plan, quantified and taking time scales into account, and someone else complies with its terms. In such a case not only is value reestablished.',
    ],
  },
  explanation:
    'A schedule, a set of milestones or a deadline fixes ahead of time how much is to be done and by when, ' +
    'and the people doing it are then held to those terms. The essay names exactly this split, one side ' +
    'drawing up a quantified, timed plan and the other complying with it, as the point where value is ' +
    're-established.',
  suggestion: 'Say what you hope to do together and let those who take it up decide how and when.',
  patterns: [
    { match: 'milestone|gantt', confidence: 'high' },
    { match: 'deliverable|deliverables ..6 due|by|before|within|deadline|date|@quantification-date', confidence: 'high', note: 'a deliverable alone names an outcome, not a time scale' },
    { match: 'deadline', note: 'a date others are held to' },
    { match: 'timeline|timetable', confidence: 'low', note: 'a plan laid out in time; weak alone' },
    { match: 'due date|by' },
    { match: 'phase|stage|step|milestone|part|task|section|job ..5 due|finished|done|complete|completed|ready in|within @num @any? day|week|month|year|fortnight', note: 'a stage due in six weeks: a time scale set for work' },
    { match: 'target date|completion' },
    {
      match: 'work|production|shift|delivery|baking|cooking|staff|staffing|volunteer|cleaning|duty|harvest|planting|picking|packing|crew|employee schedule|timetable|plan',
      confidence: 'high',
    },
    { match: 'workplan|workplans', confidence: 'high' },
    { match: 'five|ten|two|three|@num year plan', confidence: 'high' },
    { match: 'quarterly|annual|yearly|monthly|weekly|project|master|operational|operating plan', note: 'plans counted by period' },
    { match: 'as|when|where scheduled|planned|rostered by', confidence: 'high', note: 'as scheduled by the employer' },
    { match: 'schedule|scheduled|roster|rostered @worker|shift|staff|employee|volunteer' },
    { match: 'comply|conform|stick|adhere|keep|hold|follow ..2 plan|schedule|timeline|timetable|deadline|milestone', confidence: 'high' },
    { match: 'on|behind|ahead of? schedule', note: 'work judged against a timetable' },
    {
      match: '@num ..2 @product ..3 by|before|within|until the? @quantification-date|@num',
      in: 'prose',
      note: '400 loaves by Friday, 100 meals by 1 June',
    },
    { match: 'by|before the? end of ..2 @period|@quantification-date ..4 @num ..2 @product', in: 'prose', note: 'by the end of May, 300 boxes' },
    {
      match: '@num @quantification-date|=may ..4 @num @product',
      in: 'prose',
      note: 'a dated milestone with a quantity: 1 June, first 100 meals',
    },
    { match: '@quantification-date @num ..4 @num @product', in: 'prose', note: 'June 1: 100 meals' },
    {
      match: 'by|before @num? @quantification-date ..6 @num @product|@recipient|@quantification-staff',
      in: 'prose',
      note: 'by June, 40 households signed up',
    },
    {
      match: 'by|before @num? @quantification-date ..4 by|before @num? @quantification-date',
      in: 'prose',
      note: 'phases with dates: design by March, build by July',
    },
    {
      match: 'must|shall ..3 complete|finish|finished|completed|done|ready|delivered|submitted|built|planted|harvested ..4 by|before the? @num? @quantification-date',
      in: 'prose',
      note: 'work that must be done by a date',
    },
    { match: 'schedule|timetable for the? next|coming? @period', note: 'the schedule for the month' },
    { match: 'week|month|day|phase|stage|quarter|year|sprint @num ..4 @num @product', in: 'prose', note: 'week 2, 300 loaves' },
    { match: 'sprint goal|planning|backlog|velocity|review' },
    // Frames that generalise: a plan word, a time scale with an amount, a completion held to a date.
    { match: 'roadmap|workplan', confidence: 'low', note: 'a staged plan laid out in time; weak alone' },
    {
      match: 'planting|sowing|watering|harvest|harvesting|repair|maintenance|cleaning|campaign|outreach|canvassing|canvass|build|building|construction|renovation|release|project|rehearsal|training|delivery|production|work calendar|schedule|timetable|plan|rota',
      confidence: 'high',
      note: 'the planting calendar, the campaign plan',
    },
    {
      match: '@num ..3 @any ..3 in|within|over|during the? first|next|coming|following @num? @period',
      in: 'prose',
      note: '500 doors in the first fortnight',
    },
    {
      match: '@quantification-make|done|ready|finished|completed|open|launch|launched|submitted|signed ..5 by|before the? first|second|third|last|end|middle|start|beginning|@num of? @quantification-date',
      in: 'prose',
      note: 'ship the release by the first of September',
    },
    {
      match: 'week|month|day|phase|stage|quarter|year|sprint|step @num ..4 @num ..2 @quantification-goods|@quantification-unit|@product|@recipient|@quantification-staff',
      in: 'prose',
      note: 'week 2, 300 metres of hose',
    },
    {
      match: 'week|month|day|phase|stage|step|sprint @num ..1 @quantification-make ..4 @num ..2 @quantification-goods|@quantification-unit|@product|@recipient',
      in: 'prose',
      note: 'week two: lay 300 metres of hose (the colon opens the step)',
    },
    {
      match: 'phase|stage|step one|two|three|four|@num ..6 in|by|before|until the? end? of? @quantification-date|@period',
      in: 'prose',
      note: 'phase one finishes in March',
    },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'milestone|milestones|deadline|gantt|roadmap', in: 'code', confidence: 'high' },
    { match: 'due|deadline|by @num', in: 'code', confidence: 'medium', note: 'due: \'2025-03-01\'' },
    { match: 'due date|by', in: 'code', confidence: 'medium' },
  ],
  otherSenses: [
    'due to',
    'due in part|large|no|some|great|small',
    'bus|train|tram|ferry|flight|school|class|tv|television|exam|match|game|broadcast|festival|event|conference|party|wedding|tonight|today timetable|schedule',
    'timeline of|on @any? twitter|facebook|social|history|events|feed',
    'git|commit|version|release|event|history timeline',
    'upgrade|upgrades|deployment|deployments|deprecation|support ..2 timeline|timelines',
    'timeline|timelines for|of the? deprecation|removal|stabilization|stabilisation|support',
    'plan b',
    'in|within|over the? next|coming @num? minute|second',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'due to',
  ],
  examples: {
    invalid: [
      'Stage two is to be finished within eight weeks of the start.',
      'All maintainers are expected to ship the 2.0 release by the first of September.',
      'The campaign plan has us knock on 500 doors in the first fortnight.',
      'The baking schedule for next month is posted on Thursday and every member keeps to it.',
      '## Milestones\n\n- 1 March: first 50 boxes packed\n- 1 April: 200 boxes a week',
      'The garden crew has a deadline of 30 June for the beds.',
      'Shifts will be rostered by the coordinator and everyone must stick to the timetable.',
      'We will deliver 400 meals by the end of the month.',
      { text: 'The mural must be finished by Friday, as scheduled by the committee.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const plan = { milestones: [{ name: \'beds built\', due: \'2025-04-30\' }] };', kind: 'ts' },
      { text: 'export const task = { dueDate: \'2025-06-01\' };', kind: 'ts' },
    ],
    valid: [
      'The delay was due in part to the snow.',
      'The baby goat is due any day now.',
      'There is no deadline; finish the mural whenever you feel like it.',
      'We will not draw up milestones; the roof gets fixed when people come.',
      'The bus timetable is pinned by the door.',
      'The delay was due to rain.',
      'The plan is to meet on Sunday and see who turns up.',
      '> The council kept a five-year plan with targets.',
      'The old co-op had a strict work schedule, which we dropped.',
      'Is there a deadline for the grant application?',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const cron = { schedule: \'0 3 * * *\' };', kind: 'ts' },
      { text: 'export const build = { due: \'when ready\' };', kind: 'ts' },
    ],
  },
});
