import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'transition/transitional-stage',
  description: 'Flags transitional phases and interim economies: keeping money, prices or wages "for now", until conditions allow, as a step towards abolishing them later.',
  severity: 'warn',
  message: 'This defers the end of value to a later stage and keeps it in the meantime',
  citation: {
    work: WORK,
    section: '§1.1',
    title: 'Definition and Origin',
    passages: [
      'the goal of the proletarian revolution no longer consists in creating a transitional society, but in directly establishing communism',
    ],
    also: [
      { section: 'Conclusion', title: 'Conclusion', passages: ['The transitional society is an illusion, just like the gradual extinction of the State.'] },
    ],
  },
  explanation:
    'A staged plan keeps prices, wages or accounts for an interim period and promises to drop them once ' +
    'conditions allow; in the meantime the interim rules are the ones that organise the activity. The essay ' +
    'holds that the revolution no longer aims at a transitional society but at establishing communism ' +
    'directly, and calls the transitional society an illusion.',
  suggestion: 'Start now with what can be free, and let the rest change as people take it on, rather than scheduling a stage for it.',
  patterns: [
    { match: 'transitional|interim|transition society|economy|currency|government|programme|program|demand|demands', confidence: 'high' },
    { match: 'transitional|interim stage|phase|period|step|arrangement|measure|system|regime ..8 @transition-value', note: 'an interim stage that keeps prices' },
    { match: '@transition-value ..8 transitional|interim stage|phase|period|step|arrangement|measure|system|regime' },
    { match: 'gradual|gradually|progressive|progressively|eventual|eventually|slow ..2 abolition|elimination|withering|extinction|phasing|replacement|transition|disappearance|decommodification', confidence: 'high' },
    { match: 'phase|wind out|down ..4 @transition-value' },
    { match: '@transition-value ..3 phase|phased out|down', note: 'prices will be phased out' },
    { match: 'eventually|ultimately|later|gradually ..4 be|become|go|turn =free|moneyless|unpaid', note: 'later it will be free' },
    { match: 'first|initial|early year|years|months|phase|stage ..8 still ..2 @transition-value', note: 'for the first year we still charge' },
    { match: 'wither|withering away' },
    { match: 'lower|first|higher stage|phase of communism|socialism', confidence: 'high' },
    { match: 'dictatorship of the proletariat', confidence: 'high' },
    { match: 'once|when|until|soon ..2 condition|conditions|circumstance|circumstances ..2 allow|permit|improve|ripe|mature', note: 'once conditions allow' },
    { match: 'until then ..6 @transition-value', note: 'value kept until a later stage' },
    { match: 'until|till|once ..2 revolution|transition|insurrection|uprising ..3 complete|completed|over|won|secure|secured|consolidated|finished ..8 @transition-value', note: 'wages kept until the revolution is complete: value put off to a later stage' },
    { match: 'until that|this point|day|time|stage ..6 @transition-value' },
    { match: 'for now ..6 @transition-value', confidence: 'low' },
    { match: 'for the time|moment =being ..6 @transition-value', confidence: 'low' },
    { match: 'in the meantime ..6 @transition-value', confidence: 'low' },
    { match: 'meanwhile|temporarily|provisionally ..6 @transition-value', confidence: 'low' },
    { match: 'first|initial|early|interim step|stage|phase ..8 price|prices|charge|charges|fee|fees|pay|paying|money|wage|wages|=dues|rent|cost|costs|sell|selling|credit|credits|voucher|vouchers|euro|euros|dollar|dollars|pound|pounds|cent|cents|=$|=€|=£', note: 'as a first step we charge for parts; money words only, "work" is too common here' },
    { match: 'move|moving|moves|shift|shifting|switch|switching|transition|transitioning|progress|progressing to|towards|toward =free|moneyless|unpaid|non-monetary|gift|giving', note: 'moving to free repairs later' },
    { match: 'later|eventually|ultimately|someday|afterwards ..5 drop|abolish|scrap|end|waive|remove|phase|stop ..2 @transition-value|them|it|dues|charging|paying', note: 'later we hope to drop them' },
    { match: 'then|later|eventually|ultimately|afterwards ..3 make|become|go|turn|be ..2 it|them|everything|all? =free|moneyless|unpaid', note: 'then we make it free' },
    { match: '@transition-value ..6 step|bit|little|stage|year by step|bit|little|stage|year', note: 'prices come down step by step' },
    { match: 'step|bit|little|stage|year by step|bit|little|stage|year ..6 @transition-value' },
    { match: '@transition-value ..6 gradually|progressively' },
    { match: 'gradually|progressively ..6 @transition-value' },
    { match: 'bridge|stepping ..1 to|towards|toward ..3 world|society|economy|future|system|communism|socialism|gift|moneyless', note: 'a bridge to a world without money' },
    { match: 'once|until ..3 fund|funds|donation|donations|funding|grant|grants|income|surplus|volunteer|volunteers|membership|network ..4 cover|covers|allow|allows|enough|grow|grows|big|large|ready|sustain|viable', note: 'until the fund is large enough' },
    { match: 'interim|transitional|temporary ..1 measure|stage|step|phase|arrangement|solution ..6 free|moneyless|gift|abolition|communism|sharing', note: 'an interim measure on the way to free sharing' },
    { match: 'small|first|gradual|intermediate|transitional|interim|necessary|initial|incremental|stepping step|steps|stage|stone toward|towards|to ..3 that|the|our|a? goal|communism|socialism|abolition|freedom|gift|moneyless|postcapitalist|utopia' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'transitional|interim', in: 'code', confidence: 'high' },
    { match: 'transition phase|stage|period|economy|society', in: 'code', confidence: 'high' },
    { match: 'until ..2 repaid|paid|viable|ready|conditions', in: 'code', confidence: 'medium', note: 'until: \'loan repaid\'' },
    { match: 'phase|stage @num', in: 'code', confidence: 'medium' },
  ],
  otherSenses: [
    'transition period|phase ..3 edition|syntax|api|compiler|release|version|deprecation|migration',
    'state transition|transitions',
    'intermediate representation|language|result|value|variable|step',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'css|opacity|transform|ease|duration|view|page|route|state transition',
    'transition duration|delay|timing|property|ease|all|opacity|group|end|start',
  ],
  examples: {
    invalid: [
      'Till the uprising is won, the canteen keeps charging a small fee.',
      'Until the fund is large enough, borrowers repay their loans with a small fee.',
      'As a first step the repair café will charge for parts, moving to free repairs in year three.',
      'Prices will come down step by step until the shop gives everything away.',
      'The shop is a transitional economy: prices stay until the network can supply everyone.',
      'Until then, members still pay two euros a meal.',
      'Money will wither away as the gift circle grows.',
      '## Phase one: an interim currency for the neighbourhood',
      'For now, tea still costs fifty cents a cup.',
      'The free fridge is a small step towards that goal.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const phases = [{ name: \'transition\', until: \'loan repaid\' }, { name: \'free\' }];', kind: 'ts' },
      { text: 'export const roadmap = { interimEconomy: \'vouchers\' };', kind: 'ts' },
    ],
    valid: [
      'Until the rain is over, the canteen stays indoors.',
      'We will not start until there is enough interest.',
      'The first phase of the working group is to write a charter.',
      'We are not a stepping stone to anything; the pantry is free today.',
      'Nothing here is transitional: we are not building a stepping stone to anything.',
      'The new syntax lands after a transition period of one edition.',
      'The old federation wanted a transitional society.',
      'Critics argue that we need an interim currency first.',
      'The CSS transition lasts half a second.',
      'Should the market be a transitional stage or the thing itself?',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const fade = { transition: \'opacity 0.3s ease\' };', kind: 'ts' },
      { text: 'export const fsm = { stateTransition: "idle->busy" };', kind: 'ts' },
    ],
  },
});
