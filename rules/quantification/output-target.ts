import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'quantification/output-target',
  description: 'Flags production targets and quotas: a number of units to make or hand out per period, or a yield to reach.',
  severity: 'error',
  message: 'This sets a quantity of output to reach',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      'they will not construct it in order to produce a certain number of loaves of bread, but to socialize',
    ],
  },
  explanation:
    'A target fixes in advance how many units an activity must turn out, so the activity is judged by a ' +
    'count of products rather than by what the people doing it and asking for it want. The essay contrasts ' +
    'building a bakery to produce a certain number of loaves with building it to socialize: once the count ' +
    'is the point, the products are abstract quantities again, which is value.',
  suggestion: 'Say what people have asked for and who is making it, and let the amount follow from the requests.',
  patterns: [
    { match: '@num ..3 @quantification-goods ..3 must|need|needs|=have|=has ..2 be ready|done|finished|made|packed|baked|sewn|printed ..2 each|every|per|a|by @period|@quantification-date', note: 'forty loaves must be ready each morning: an amount to reach by a time' },
    { match: 'quota', note: 'production and sales quotas; other quotas are excluded below' },
    { match: '@quantification-output @quantification-target', confidence: 'high', note: 'production target, sales quota' },
    { match: 'daily|weekly|monthly|yearly|annual|quarterly|hourly target|quota', confidence: 'high' },
    { match: 'target|targeted @product|@quantification-output', note: 'target loaves, targeted output; also code names' },
    { match: 'target|goal|quota of @num ..2 @product|@period|per|a|each', note: 'a target of 400 loaves a week' },
    { match: '@quantification-target ..3 @num ..2 @product', note: 'our goal is 300 meals' },
    { match: '@num @product|@quantification-output ..2 target|quota', note: '400 loaves is the target' },
    { match: 'hit|meet|reach|exceed|beat|achieve|miss|surpass ..2 target|quota', confidence: 'high' },
    { match: 'production|output standard|standards|norm|norms', confidence: 'high', note: 'a rate of output required' },
    {
      match: 'aim|target|expect|commit|pledge|promise|want|intend|plan|strive|need|must|should|have|has ..3 @produce|turn|crank|churn ..3 @num ..2 @product',
      in: 'prose',
      note: 'aims to turn out 500 zines',
    },
    {
      match: '@produce|turn|crank|churn ..2 @num ..2 @product ..3 a|per|each|every|this|next @period',
      in: 'prose',
      note: 'bake 400 loaves a day',
    },
    {
      match: '@produce|turn|crank|churn ..2 least|minimum @num ..2 @product',
      in: 'prose',
      note: 'make at least 200',
    },
    { match: 'least|minimum @num ..2 @product a|per|each|every @period', in: 'prose' },
    { match: 'each|every|a|per @period ..6 @produce ..2 @num ..2 @product', in: 'prose', note: 'each morning the bakery bakes 400 loaves' },
    { match: 'minimum of @num ..2 @product a|per|each|every @period', in: 'prose' },
    { match: 'produce|make|bake|output|deliver ..2 a certain|fixed|set|given number|quantity|amount|volume', confidence: 'high' },
    {
      match: '@num @product served|baked|made|produced|printed|delivered|sewn|built|repaired|packed|shipped|harvested|distributed',
      in: 'prose',
      note: 'a count of products as a milestone: "first 100 meals served"',
    },
    // Frames that generalise: a verb of making with a count and a period or a floor, whatever the goods.
    {
      match: '@quantification-make ..3 @num ..4 a|per|each|every @period',
      in: 'prose',
      note: 'bring in two hundred kilos of potatoes per season; sew ten quilts a month',
    },
    {
      match: 'expect|expected|supposed|required|aim|aims|aiming|plan|plans|want|wants|hope|hopes|need|needs|must|should|pledge|commit ..3 @quantification-make ..3 @num ..3 @quantification-goods|@product|@goods|@quantification-unit',
      in: 'prose',
      note: 'is expected to finish sixty blankets',
    },
    {
      match: 'has|have to ..2 @quantification-make ..3 @num ..3 @quantification-goods|@product|@goods|@quantification-unit',
      in: 'prose',
      note: 'has to sew forty masks ("has written two books" is a past result)',
    },
    { match: 'least|minimum|fewer @num ..4 @quantification-goods|@product|@quantification-unit ..4 a|per|each|every @period', in: 'prose', note: 'at least forty packets of seed each autumn' },
    { match: 'get|send|push|put ..3 @num ..3 out of? the? door|gate', in: 'prose', note: '150 dinners out of the door' },
    {
      match: 'reach|reaches|hit|hits|top|tops|pass|passes|exceed|exceeds @num ..2 @quantification-goods|@product|@quantification-unit|copy|member|signature|household|door',
      in: 'prose',
      note: 'until the print run reaches 2,000 copies',
    },
    {
      match: '@quantification-target ..4 @num ..3 @quantification-goods|@product|@quantification-unit|door|household|member|signature|tenant|repair',
      in: 'prose',
      note: 'goal for the spring build: twelve raised beds; a target of fifty signatures',
    },
    {
      match: 'good|successful|busy|decent @period ..6 @num ..2 @quantification-goods|@product|@quantification-unit|repair|appliance',
      in: 'prose',
      note: 'a good Saturday is one where thirty appliances leave working',
    },
    { match: '@product per @period', in: 'code', note: 'loavesPerDay' },
    { match: '@product|@quantification-output target|goal|quota', in: 'code', note: 'mealsTarget, outputGoal' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'quota|quotas', in: 'code', confidence: 'high' },
    { match: 'target|goal|minimum|min @product|@goods|output|yield|production', in: 'code', confidence: 'high', note: 'targetLoaves' },
    { match: '@product|@goods|output|yield|production target|goal|quota', in: 'code', confidence: 'high' },
    { match: '@produce @num @product', in: 'code', confidence: 'high', note: '\'harvest 200 kg\'' },
    { match: '@num @product per|a|each @period', in: 'code', confidence: 'medium' },
    { match: '@product|@goods|output per @period goal|target|minimum', in: 'code', confidence: 'high', note: 'mealsPerDayGoal' },
  ],
  otherSenses: [
    '@num @quantification-not-goods',
    'gender|women|female|male|ethnic|racial|diversity|immigration|fishing|catch|import|export|editorial|seat quota',
    'resource|storage|disk|api|cpu|memory|rate|namespace quota',
    'quota management|enforcement|system',
    'quota sample|sampling',
    'target audience|group|population|user|reader|market|date|language|platform|architecture|triple|directory|file|crate|os|arch|feature|spec|cpu|machine|system|environment|version|type|object|element|node|url|path|branch',
    'build|compile|cross|deployment|release|link|test target',
    'reach|reaches|hit|hits @num @quantification-unit per|an|a hour',
    '@num pair|pairs of hands|eyes',
    '=$|=€|=£ @num',
    '@num @money',
    '=once|=twice|=thrice',
    'pick|picks|picking up',
    '@num time|times',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'build|compile|deploy|event|drop|link|scroll|click target',
  ],
  examples: {
    invalid: [
      'Sixty sandwiches need to be packed every Friday.',
      'The sewing circle is expected to finish sixty blankets before the cold snap.',
      'Each allotment team should be bringing in around two hundred kilos of potatoes per season.',
      'Every evening the kitchen will cook 120 meals.',
      'The bakery will turn out 400 loaves a day from September.',
      'Each team has a weekly quota of bikes to repair.',
      'We aim to bake at least 300 loaves for the fair.',
      '## Production target\n\nThe print shop should hit its target of 1,000 zines this quarter.',
      '- Kitchen: serve 250 meals per day',
      { text: 'Our sales target for the stall is 80 jars of jam.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export default { bakery: { dailyQuota: 400 } };', kind: 'ts' },
      { text: 'export const goals = { targetLoaves: 2800 };', kind: 'ts' },
    ],
    valid: [
      'The sandwiches need to be ready when people arrive.',
      'Nobody sets a number of blankets; the circle sews while the tea is hot.',
      'There is no quota: we bake what people ask for on the day.',
      'We refuse production targets of any kind.',
      'The target audience for the zine is new tenants.',
      'Set the build target to wasm32 before compiling.',
      '> The old collective had a quota of 500 loaves a week.',
      'Last year the kitchen served 12,000 meals.',
      'Should we aim to bake a set number of loaves?',
      'The party reserved a gender quota for its list.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const build = { target: "ES2022" };', kind: 'ts' },
      { text: 'export function onClick(e: Event) { return e.target; }', kind: 'ts' },
    ],
  },
});
