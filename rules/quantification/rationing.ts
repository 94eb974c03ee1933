import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'quantification/rationing',
  description: 'Flags rations: a fixed amount of goods per person, household or share, caps and allowances to stop hoarding.',
  severity: 'error',
  message: 'This rations goods: a fixed amount per person or household',
  citation: {
    work: WORK,
    section: '§2.2',
    title: '“Consumption” without Necessity',
    passages: [
      'In communism this fear of scarcity will disappear together with property',
      'why would one want to overconsume and hoard food in one’s pantry just because it is free?',
    ],
  },
  explanation:
    'A ration fixes in advance how much each person or household may take, so goods are handed out as ' +
    'measured shares and each taker is counted against a limit. It answers a fear of hoarding that, in the ' +
    'essay, belongs to scarcity and property: where goods are free and keep coming, nobody needs to take ' +
    'more than they want, and the measured share has nothing left to guard.',
  suggestion: 'Say that people take what they need, and tell each other when something is running short.',
  patterns: [
    { match: 'each|every|per @quantification-taker ..3 allot|allocate|apportion|ration ..1 @num ..3 @quantification-goods|@quantification-portion|@quantification-unit', note: 'each household is allotted two kilos: a fixed amount per recipient' },
    { match: 'ration|rations|rationed|rationing', confidence: 'high' },
    // Frames that generalise: the frame carries the ration, whatever the goods ("one coat per child").
    { match: '@num @any per|each @quantification-taker', in: 'prose', note: 'one coat per child; the noun is left free' },
    { match: '@num ..3 @quantification-goods ..4 per|each|every @quantification-taker', in: 'prose', note: 'three packets of seed for each family' },
    {
      match: '@quantification-taker ..6 use|book|borrow|take|visit|come|shop|collect|attend|have|get|wash|fill ..5 once|twice|@num times? a|per|each|every @period',
      in: 'prose',
      note: 'tenants may use the washing machine twice a week',
    },
    { match: 'limited|capped|restricted|kept to ..2 @num ..4 per|each|a|every @quantification-taker|@period|baby|infant|pupil', in: 'prose', note: 'limited to one pack per baby' },
    { match: '@quantification-taker|baby|infant get|gets|receive|receives|take|takes ..1 a|one|@num single ..3 @quantification-goods', in: 'prose', note: 'every household gets a single bag of coal' },
    { match: 'at @num ..2 @quantification-goods a|per|each @quantification-taker', in: 'prose', note: 'handed out at three packets a family' },
    { match: '@num ..3 @product|@goods|@quantification-portion ..5 per|each|every @recipient', note: 'two loaves per household' },
    {
      match: '@quantification-taker ..4 visit|come|shop|use|collect|attend ..4 once|twice|@num times? a|per|each|every @period',
      in: 'prose',
      note: 'households may visit once a month',
    },
    { match: '@num @product|@goods a|per head|person|household|family|member|adult|child', note: 'three bags a family' },
    { match: '@num per|each @recipient', note: 'one per household' },
    { match: '@product|@goods|@quantification-portion per|each @recipient', note: 'items per membership' },
    {
      match: '@recipient|@quantification-taker ..3 @quantification-take ..4 @num ..2 @product|@goods|@quantification-portion',
      in: 'prose',
      note: 'each household may take two loaves; patrons can sign out eight',
    },
    { match: 'limit|limited|capped|restricted to ..2 @num ..4 per|each|a|every @period|@recipient', note: 'limited to one per week' },
    { match: '@goods|@product|@quantification-portion ..2 capped|limited|restricted|rationed at|to', note: 'vouchers are capped at' },
    {
      match: '@recipient|@quantification-taker ..3 @quantification-take ..2 a|an|one @quantification-portion ..3 a|per|each|every @period',
      in: 'prose',
      note: 'each child gets a pint of milk a day',
    },
    { match: 'limit|cap|maximum|max|ceiling|allowance|quota of ..2 @num ..4 per|each|a|every @period|@recipient' },
    { match: '=per|=household|=person|=family|=individual|=member|=customer|=patron|=visitor|=child|=adult @quantification-limit', note: 'per-person limit, household allowance' },
    { match: '@quantification-limit per|each @recipient' },
    { match: '@goods|@product|food|flour|bread|fuel|water|petrol|grocery allowance|quota|ration', confidence: 'high' },
    { match: 'maximum|limit|cap|ceiling ..3 credit|borrowing|overdraft|withdrawal|loan' },
    { match: 'credit|debt|borrowing|spending|overdraft|withdrawal|loan limit|cap|ceiling', note: 'a cap on a per-person account' },
    { match: 'max|limit|maximum|cap per|each @recipient', in: 'code', note: 'maxPerHousehold' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'ration|rations|rationing|allowance|allotment', in: 'code', confidence: 'high' },
    { match: 'max|maximum|limit|cap|min @product|@goods per|each @recipient', in: 'code', confidence: 'high', note: 'maxBoxesPerHousehold' },
    { match: '@product|@goods per|each @recipient limit|max|cap|allowance', in: 'code', confidence: 'high' },
    { match: 'per @recipient limit|max|cap|allowance|quota', in: 'code', confidence: 'high' },
    { match: '@product|@goods per @recipient|visit|@period limit|max|cap', in: 'code', confidence: 'high', note: 'itemsPerVisitLimit' },
  ],
  otherSenses: [
    'ration @any? energy|time|strength|attention|patience|word|words|breath',
    '@num @quantification-not-goods',
    '=once each|every',
    'per|each @quantification-labour',
    '=$|=€|=£ @num',
    '@num @money',
    'per|each @recipient per year|month|week|visit ..1 =$|=€|=£',
    'speed|time|age|rate|size|file|memory|character|word|length|weight|load|upload|height limit',
    'user|api|rate|account limit',
    '@num @quantification-staff|@quantification-labour per|each|a',
    'quota of @any ..2 @quantification-make',
    'resource|storage|disk|api|cpu|memory|rate|namespace quota|limit',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'rate limit',
    'token|request|requests|call|calls per user',
  ],
  examples: {
    invalid: [
      'Every tenant is allocated three bags of coal.',
      'One coat per child, and the rest stays on the rail for next week.',
      'Tenants in the shared house may use the washing machine twice a week each.',
      'Each household may take two loaves per week.',
      'Flour is rationed at one kilo per family.',
      '- Limit: one box per household per visit',
      'Members can borrow at most three tools at a time.',
      'The food allowance is set at five items a head.',
      { text: 'Milk is limited to two cartons per person so that nobody hoards.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const pantry = { maxBoxesPerHousehold: 1 };', kind: 'ts' },
      { text: 'export const rules = { weeklyRation: 2 };', kind: 'ts' },
    ],
    valid: [
      'Every tenant is allocated a parking space by the council.',
      'Take as many seed packets as you like; there is no limit.',
      'There is no limit on how much a family can take.',
      'Take what you need, as often as you like.',
      'Tickets cost £5 per person.',
      'Each member has one vote per motion.',
      'The shelf holds a maximum load of 40 kilos.',
      '> Old rule: two items per household.',
      'We used to ration the bread during the strike.',
      'Should we limit eggs to a dozen per family?',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const api = { requestsPerUser: 100 };', kind: 'ts' },
      { text: 'export const llm = { maxTokensPerUser: 1000 };', kind: 'ts' },
    ],
  },
});
