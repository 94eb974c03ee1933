import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'centralization/permanent-assignment',
  description: 'Flags people fixed to posts: permanent or designated roles, staff attached to a place, rotas and rosters assigning people to duties.',
  severity: 'error',
  message: 'This fixes people to posts instead of letting them move between activities',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      'The “places of production” will not have permanently assigned personnel, and they will produce or not produce according to the motivation and the number of required contributors.',
    ],
  },
  explanation:
    'Attaching a person to a post, or filling posts from a rota, makes the post the fixed thing and the ' +
    'people interchangeable units that must cover it. The essay describes places of activity without ' +
    'permanently assigned personnel, where what happens depends on who is moved to come, and sees ' +
    'individuals circulating between activities in place of fixed functions.',
  suggestion: 'Say what needs doing and when, and let whoever is moved to do it come, without attaching anyone to the post.',
  patterns: [
    { match: 'permanent|permanently|fixed|designated|dedicated|standing|sole|resident|official|assigned @centralization-post', confidence: 'high' },
    { match: 'permanently|always|exclusively assigned|attached|posted|stationed|allocated|tied|fixed|responsible', confidence: 'high' },
    { match: 'assign|assigns|assigned|allocate|allocated|post|posted|station|stationed|appoint|appointed @recipient|@worker|someone|people|them|each|everyone ..2 to ..3 @centralization-post|post|station|area|desk|site|store|location' },
    { match: '@recipient|@worker|everyone|each ..3 is|are|gets|get|be assigned|allocated|given ..2 a|an|one|their|to @any? @centralization-post' },
    { match: 'rota|rotas|roster|rosters|rostered|rostering', note: 'a rota fills posts in turn', confidence: 'high' },
    { match: 'duty|shift|staff|volunteer|cleaning|cooking|kitchen|delivery|work|staffing schedule|schedules|timetable|timetables|chart|charts', note: 'a duty schedule' },
    { match: 'rotate|rotates|rotating|rotation ..3 @centralization-post|role|roles|duty|duties|chair|facilitator|post|posts|job|jobs|position|positions', confidence: 'high' },
    { match: 'job title|titles|description|descriptions' },
    { match: 'first|next|new|permanent|initial|overseas posting|postings', note: 'a posting: a person sent to a station' },
    { match: '@centralization-post|@worker|@recipient|someone|who|she|he|they ..2 is|are|be in charge of', in: 'prose' },
    { match: 'owned|maintained|run|staffed|handled|covered by exactly|only|a|the? one|single|same team|person|group|volunteer|member|people|crew' },
    { match: 'only|always the? @centralization-post ..2 may|can|is allowed|gets|keeps|holds|opens|handles|signs|drives|cooks' },
    { match: 'permanent|fixed staff|staffing|personnel|workforce|employees|crew|team' },
    { match: 'staffed|manned|crewed permanently|always|continuously' },
    { match: 'the same @num? @centralization-person|@worker|faces|crew|team|household|households ..6 every|each|always', note: 'the same two people open every Tuesday' },
    {
      match: '@centralization-person|@worker|@recipient ..2 own|owns|keep|keeps|hold|holds|look|looks|run|runs one|a|an|the|each|their|his|her ..3 @centralization-area',
      note: 'each maintainer owns one module',
    },
    {
      match: 'keep|keeps|hold|holds|own|owns|stay|stays|remain|remains|run|runs|cover|covers|have|has ..6 for the whole|entire|full @period|year|season|term|project',
      note: 'a slot kept for the whole term',
    },
    { match: 'keep|keeps|hold|holds|own|owns|stay|stays|remain|remains|run|runs|cover|covers ..6 for as long as|life' },
    { match: 'go to person|people|contact|volunteer|member', note: 'the go-to person for the van' },
    { match: 'keep|keeps|hold|holds|have|has the only|sole ..3 key|keys|copy|login|password|access', note: 'the only set of keys' },
    { match: 'take|takes|taking turns|turn ..4 @centralization-post|@centralization-area', note: 'turns at the door: a post filled in turn' },
    { match: 'always the one|same|person|people who' },
    { match: 'permanently|always|exclusively|solely in charge', note: 'always in charge of the van: a post held by one person' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: '#assignment-map', in: 'code', confidence: 'high', note: '{ monday: \'Ana\', tuesday: \'Ben\' }' },
    { match: 'permanent|fixed|dedicated|assigned|standing @worker|staff|role|post|position|driver|cashier|team', in: 'code', confidence: 'high' },
    { match: 'coordinator|manager|supervisor|treasurer|secretary|foreman|director|cashier role|post|position|title|salary', in: 'code', confidence: 'high', note: 'coordinatorRole' },
    { match: 'title coordinator|manager|supervisor|treasurer|secretary|foreman|director', in: 'code', confidence: 'high' },
    { match: 'job title', in: 'code', confidence: 'high' },
  ],
  otherSenses: [
    'fixed price|prices|cost|costs|fee|rate|term|income|asset|assets|point|width|size|position|bug|issue|string|type',
    'dedicated server|servers|machine|host|ip|channel|page|section|space|room|line|hardware',
    'official website|site|page|documentation|docs|repository|release|statement|account',
    'official position|positions statement|statements|on|paper',
    'allocated|deallocated|assigned ..3 heap|stack|memory|buffer|register|pool',
    'standing ovation|desk|desks|room|water|stone|order',
    'long standing',
    'member|members|membership|class|club roster|rosters',
    'crop|crops rotation|rotate',
    'rotation of the? earth|wheel|axis|image|key|keys|log|logs|secret|secrets|credential|credentials|password|passwords',
    'rotate|rotating the? image|key|keys|log|logs|secret|secrets|credential|credentials|password|passwords|token|tokens|screen|device',
    'assign|assigned|assigns to the? variable|field|property|value',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'page|document|window|html|meta|chart|axis title',
  ],
  examples: {
    invalid: [
      'Jo is permanently in charge of the seed library.',
      'Sam is our permanent driver; the others ride along when they can.',
      'Each volunteer is assigned a station for the whole season.',
      'The kitchen rota is posted on Mondays and everyone must take a slot.',
      '## Roles\n\n- The treasurer is in charge of the cash box.',
      'We rotate the role of facilitator every month.',
      '- The bakery has two fixed staff and a dedicated cleaner.',
      { text: 'Each shop is staffed permanently by the same crew.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const rota = { monday: \'Ana\', tuesday: \'Ben\', friday: \'Ana\' };', kind: 'ts' },
      { text: 'export const posts = new Map([[\'Ana\', \'till\'], [\'Ben\', \'door\']]);', kind: 'ts' },
    ],
    valid: [
      'Whoever comes first is in charge of making tea that day.',
      'There is no rota; people pick what they feel like doing on the day.',
      'Nobody is assigned to a post, and nobody owns a job.',
      'The bread is sold at a fixed price in town, not here.',
      'We rent a dedicated server for the mailing list.',
      'Crop rotation keeps the soil healthy.',
      '> Everyone had their fixed post, the retired baker told us.',
      'The old rota was scrapped when the hall reopened.',
      'Should someone be in charge of the keys?',
      'Rotate the image before printing the poster.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const pick = <T,>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];', kind: 'ts' },
      { text: 'export const labels = { monday: \'Mon\', tuesday: \'Tue\' };', kind: 'ts' },
    ],
  },
});
