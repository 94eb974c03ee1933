import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'centralization/central-distribution',
  description: 'Flags goods gathered at a centre (warehouse, depot, hub, pool) and allocated or sent out from it.',
  severity: 'error',
  message: 'This gathers goods at a centre to allocate them from there',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      'a counterrevolutionary method that would attempt to inventory and centralize goods, coordinate their distribution',
      'Communization will be a constellation of local initiatives.',
    ],
  },
  explanation:
    'Pooling goods in one place so that a centre can share them out makes the centre decide who gets what, ' +
    'and so weigh people\'s needs against a common stock. The essay names centralising goods and coordinating ' +
    'their distribution as the counterrevolutionary method, against a constellation of local initiatives ' +
    'where goods go straight to those who take them.',
  suggestion: 'Let each place keep what reaches it and give it out directly to whoever comes, without a centre that allocates.',
  patterns: [
    { match: 'central|centralised|centralized|coordinated|regional|national|single|main distribution|allocation|warehouse|depot|hub|store|stores|storehouse|stockpile|pantry|kitchen|stock|supply', confidence: 'high', note: 'a named central point of distribution' },
    { match: 'centralise|centralize|pool|concentrate ..3 @centralization-goods|distribution|allocation|supply|supplies|storage|stock', confidence: 'high' },
    { match: '@centralization-goods ..4 pool|pooled|centralised|centralized|concentrated|stockpiled|warehoused at|in|into|centrally|together', note: 'goods pooled at one place' },
    { match: 'distribution|supply|logistics|sorting|allocation centre|center|hub|warehouse|depot|point', confidence: 'high' },
    { match: '@centralization-centre ..4 decide|decides|allocate|distribute|dispatch|send|sends|supply|supplies|ship|route|assign|apportion|divide|ration|parcel', note: 'the centre disposes of goods' },
    { match: 'go|goes|brought|bring|taken|take|send|sent|deliver|delivered|come|comes|pass|passes to ..2 the? central? @centralization-centre ..8 out? to', note: 'in through a centre and out again' },
    { match: 'to the? central? @centralization-centre first|before', note: 'goods pass through the centre first' },
    { match: 'then? sent|dispatched|distributed|shipped|allocated|parcelled|parceled|shared|handed|given|doled|farmed|passed out|on|onward|onwards to ..3 @num? @centralization-outlet', note: 'sent on to each shelter' },
    { match: 'then? sent|dispatched|distributed|shipped|allocated|parcelled|parceled|redistributed to each|every|all ..2 @centralization-outlet' },
    {
      match: '@centralization-goods ..10 divided|split|parcelled|parceled|portioned|apportioned|allocated|distributed|redistributed|rationed|doled up|out? among|between|across ..3 @centralization-outlet',
      note: 'goods divided among the camps',
    },
    { match: '@centralization-goods ..8 shared|handed|given out among|between|across ..3 @centralization-outlet' },
    { match: '@centralization-dispatch ..6 from there', note: 'parcelled out from there: a centre' },
    {
      match: '@centralization-goods|everything ..6 through|via the|a|one|our|its? ..2 @centralization-centre',
      note: 'goods pass through the hub',
    },
    {
      match: '@centralization-goods|everything ..6 come|comes|go|goes|brought|taken|collected|gathered|pooled|stored|delivered|sent|kept|dropped into|to|at|in one ..1 @centralization-store',
      note: 'everything comes into one storeroom',
    },
    { match: '@centralization-goods|everything ..6 come|comes|go|goes|brought|taken|collected|gathered|pooled|stored|delivered|sent|kept|dropped into|to|at|in a|the single|same|central|main ..1 @centralization-store' },
    {
      match: 'collected|gathered|dropped|brought|taken|delivered|pooled|stored|sorted|received off? at|to|into|in the|a|an|our|one ..3 @centralization-store ..10 out|on|onward|onwards to',
      note: 'in at one place and out to the others',
    },
    {
      match: 'decide|decides|determine|determines|set|sets|choose|chooses|work|works out? how much|many|what|which ..4 @centralization-outlet ..2 get|gets|receive|receives',
      note: 'the centre decides how much each pantry gets',
    },
    { match: 'shared|handed|given|parcelled|parceled|doled|distributed|redistributed|allocated|divided out? by the? coordinator|coordinators|committee|office|hub|centre|center|depot|warehouse|organisers|organizers|management' },
    { match: '@centralization-goods ..6 @centralization-dispatch out|up? by the|a|an|our|its ..2 coordinator|coordinators|office|hub|centre|center|depot|warehouse|organisers|organizers|management|@centralization-body', note: 'goods handed out by the (food) committee' },
    { match: 'allocation|distribution|apportionment of resources|goods|supplies|stock|food|donations', in: 'prose' },
    { match: 'allocate|apportion|distribute resources|supplies', in: 'prose', confidence: 'low' },
    { match: 'centrally allocated|distributed|stored|pooled|held|managed|supplied' },
    { match: 'collected|gathered|stored|held|kept centrally' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'central|main|regional|distribution warehouse|hub|depot|pool|store|kitchen|pantry|stock', in: 'code', confidence: 'high' },
    { match: '@allocate|allocation ..2 hub|warehouse|depot|centre|center|central|pool', in: 'code', confidence: 'high', note: 'allocateFromHubOnly' },
    { match: 'distribution method|authority|centre|center|point|hub|plan', in: 'code', confidence: 'high' },
    { match: 'method allocation|allocate|distribution', in: 'code', confidence: 'medium', note: 'method: \'allocation\'' },
    { match: 'pool|pooled|pooling @goods|@product|@centralization-goods|donation|donations|resource|resources', in: 'code', confidence: 'high' },
    { match: 'warehouse', in: 'code', confidence: 'low' },
  ],
  otherSenses: [
    'data warehouse|warehousing|hub|pool|store',
    'hub|centre|center for information|ideas|discussion|discussions|community|knowledge|documentation|news|learning',
    'connection|thread|worker|memory|buffer|object|string|mining|gene|car|swimming|paddling|tide pool',
    'bus|train|tram|rail|coach depot|depots',
    'usb|docker|network|spoke|wheel hub',
    'app|play|key|value|state|data|object|session|local|cookie store',
    'memory|heap|stack|buffer|register|resource|resources allocation|allocated|allocate',
    'allocate|allocation|allocated|distribute|distributed of? memory|heap|stack|buffer|threads|cpu|storage|bandwidth|traffic|load',
    'probability|normal|statistical|frequency|binary|linux|software distribution',
    'distribution|distributed system|systems|version|versions|package|packages|list|lists|license|licence|rights',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'memory|heap|buffer|register allocation|allocate',
    'thread|connection|worker|db|database pool',
    'data warehouse',
    'normal|gaussian|uniform|probability distribution',
  ],
  examples: {
    invalid: [
      'All donations go to the central warehouse, and the warehouse sends boxes to each pantry.',
      'The regional depot decides which kitchens get the fresh vegetables.',
      'We will pool the surplus bread at the hall and share it out from there.',
      '## Logistics\n\n- Everything collected is taken to the hub first.',
      'Seed is collected centrally and then sent out to the eight gardens.',
      'The food is handed out by the coordinator every Friday.',
      { text: 'A distribution centre will serve all the neighbourhoods of the town.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const logistics = { hub: { warehouse: \'depot-1\' }, allocateFromHubOnly: true };', kind: 'ts' },
      { text: 'export const plan = { distribution: { method: \'allocation\' } };', kind: 'ts' },
    ],
    valid: [
      'There will be no central depot; each street keeps what it collects.',
      'We refuse to pool the harvest; gardeners give it away where they grow it.',
      'The bus depot is two stops after the market.',
      'Our data warehouse holds the attendance of nobody: it stores sensor readings.',
      'The swimming pool is open to everyone on Sundays.',
      '> Everything went to the central warehouse first, the old manual said.',
      'Before the strike, the union ran a distribution centre in the port.',
      'Should the harvest go through a hub at all?',
      'The probability distribution of rainfall is skewed.',
      'Each kitchen gives its bread directly to whoever comes.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const db = { connectionPool: 10 };', kind: 'ts' },
      { text: 'export const sample = { distribution: \'gaussian\' };', kind: 'ts' },
    ],
  },
});
