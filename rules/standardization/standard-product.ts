import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'standardization/standard-product',
  description: 'Flags goods made or handed out in one standard form for an average user: standard or identical boxes, kits and portions, one size for all, mass production.',
  severity: 'error',
  message: 'This makes one standard product for an average, unknown user',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      'its usefulness must be of a general kind, or in accordance with an average mode of use, so that it can satisfy an unknown user, whose particular needs are not taken into account (standardized mass production)',
      'It is anti-standardization.',
    ],
  },
  explanation:
    'A standard box, kit or portion is made for whoever turns up, sized to an average person rather than ' +
    'to anyone who asked for it. The essay names this general usefulness for an unknown user as the ' +
    'abstract side of use value, the mark of standardized mass production; activity free of value ' +
    'makes the particular thing a particular person needs.',
  suggestion: 'Ask people what they need and make or pack that, one request at a time.',
  patterns: [
    { match: 'standard|standardised|standardized|uniform|generic|predefined|preset @any? @standardization-goods', confidence: 'high', note: 'a generic hygiene bundle' },
    { match: 'a|the|our|one =set @standardization-goods', note: 'a set plate, a set meal' },
    { match: 'get|gets|receive|receives|given|give|hand|handed|issue|issued|offer|offered|take ..3 the =same ..2 @standardization-goods', note: 'every tenant gets the same pack' },
    { match: '@standardization-goods ..6 =same for|to ..2 all|everyone|everybody|anyone|whoever|each|every', note: 'a kit that is the same for all' },
    { match: 'in|of one|=single ..1 size|sizes', note: 'ordered in one medium size' },
    { match: 'standardis*|standardiz* ..3 @standardization-goods', note: 'standardise the kits', confidence: 'high' },
    { match: '@standardization-goods ..4 be standardised|standardized', confidence: 'high' },
    { match: 'identical|interchangeable @any? @standardization-goods', confidence: 'high', note: 'an identical sleeping kit' },
    { match: 'standardised|standardized collection|set|selection|list|specification', confidence: 'high' },
    { match: 'same @standardization-goods for|to ..2 @recipient|everyone|everybody|all|anyone|whoever' },
    { match: '@produce|pack|portion|cut|assemble|fill|sew|make ..3 identically|uniformly', note: 'packed identically' },
    { match: '@produce|pack|sew|knit|cut|design|make ..3 single|one|standard|uniform pattern|design|template|model|recipe', note: 'one pattern for everyone' },
    { match: 'same|identical @num? @standardization-goods|item|items|contents|food|foods|ingredients|variety|varieties ..3 for|to ..1 whoever|everyone|everybody|anyone|each|every|all', note: 'the same five varieties to whoever comes' },
    { match: 'same @num? @standardization-goods ..4 whoever|whatever', note: 'the same nappies whoever the parents are' },
    { match: 'one size fit all|everyone|everybody', confidence: 'high' },
    { match: 'fit|suit most|all people|bodies|sizes|users|households|families' },
    { match: 'average @any? @recipient|user|consumer|size|appetite|need|eater|mode', note: 'sized to an average household' },
    { match: 'unknown|anonymous|typical user|recipient|consumer|customer', in: 'prose' },
    { match: 'mass produce|produced|production|manufacture|manufactured|manufacturing|market' },
    { match: 'pre portion|portioned|pack|packed|packaged|assembled' },
    { match: 'pre defined|set @standardization-goods' },
    { match: 'preportion*|prepack*', note: 'one-word spellings' },
    { match: 'come|available|made in one|a =single? size', note: 'one size only' },
    { match: 'come|comes|available|made|sold|stocked in @num? standard|fixed|set size|sizes', note: 'three standard sizes' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'standard|uniform|identical|generic|default|preset|predefined box|kit|portion|parcel|package|hamper|basket|meal|bag|bundle|size|serving', in: 'code', confidence: 'high', note: 'standardBox' },
    { match: 'same for all|everyone|each|everybody', in: 'code', confidence: 'high', note: 'sameForAll' },
    { match: 'one size fits all', in: 'code', confidence: 'high' },
    { match: 'mass produced|production', in: 'code', confidence: 'high' },
  ],
  otherSenses: [
    'standard library|deviation|error|input|output|time|practice|procedure|reply|answer|format|model',
    'design pattern',
    'average rating|score|speed|time|wait|length|cost|price',
    'generic type|function|parameter|argument|method|class',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'default package manager|json|lock',
    'standard library|lib|output|error|input|deviation',
  ],
  examples: {
    invalid: [
      'Every new tenant gets the same welcome pack of bedding, two towels and a kettle.',
      'Each family is given a generic hygiene bundle regardless of who lives in the house.',
      'Every household gets the standard box: rice, lentils, oil and tea.',
      'Lunch bags are packed identically, whatever the child likes.',
      'We will sew one pattern of apron, one size fits all.',
      'Portions are sized for the average adult appetite.',
      '- Pre-packed hygiene kits for anyone who comes to the door',
      'The kits should be standardised so that volunteers can assemble them quickly.',
      'Volunteers hand out identical parcels on Saturdays.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const standardBox = { contents: [\'pasta\', \'lentils\'] };', kind: 'ts' },
      { text: 'export const kits = { sameForAll: true };', kind: 'ts' },
    ],
    valid: [
      'The coats are donated in all shapes and sizes, and people take what fits.',
      'The standard of the repairs has gone up a lot since spring.',
      'There is no standard box: each parcel is packed for the person who asked.',
      'The scripts only use the Python standard library.',
      'Our standard reply to newcomers is to come along on Thursday.',
      'We refuse to pre-pack anything; people pick what they want.',
      'The soup kitchen used to hand out identical parcels.',
      '> Every family receives the same standard box.',
      'Should we make the aprons in one size for everyone?',
      'The average wait at the door was ten minutes.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const theme = { standard: \'#fff\' };', kind: 'ts' },
      { text: 'import standard from \'standard\';', kind: 'ts' },
    ],
  },
});
