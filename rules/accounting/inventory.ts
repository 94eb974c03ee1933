import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'accounting/inventory',
  description: 'Flags inventories: stock registers, asset lists, and records of which goods exist or who holds or received what.',
  severity: 'error',
  message: 'This keeps an inventory of goods or of who holds them',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      'a counterrevolutionary method that would attempt to inventory and centralize goods',
    ],
  },
  explanation:
    'An inventory turns the things a group has into counted stock, item by item, so that they can be ' +
    'allocated, checked and reconciled. The essay names inventorying goods as the first move of a ' +
    'counterrevolutionary method that then centralises and distributes them: a register of goods or of ' +
    'who holds what is the groundwork for managing them as economic quantities.',
  suggestion: 'Leave the goods where people can see and take them, without recording each item or who took it.',
  patterns: [
    { match: 'inventory|inventories|inventoried|stocktake|stocktaking', confidence: 'high', in: 'prose', note: 'in code a bare inventory may be a game\'s; see the code patterns' },
    { match: 'stock take|taking|count|check|list|sheet|record|register|book|level|control|ledger|audit|management|system|tracking', confidence: 'high' },
    { match: 'asset|equipment|tool|stock|property|goods|holding|loan|lending|borrowing|donation|supply|pantry register|registry|log|record|database|spreadsheet|tracker|tracking|book|sheet|ledger' },
    { match: 'asset|equipment|stock|property|goods|loan|lending|borrowing|donation|pantry list', note: 'not "tool list", which is as often software' },
    { match: 'register|registry|log|database|spreadsheet of ..2 @accounting-holding|everything|holding' },
    { match: 'record|register|log|list|database|spreadsheet|inventory|track of? what|everything ..2 we|you|the? have|hold|own|store|keep|stock' },
    { match: 'list|register|record|log|spreadsheet|sheet of who|whoever|which ..3 @accounting-take|@accounting-holding' },
    { match: '@accounting-register-verb ..4 every|each|all @any? @accounting-holding', note: 'track every jar' },
    { match: '@accounting-register-verb who|which|what @any? ..2 @accounting-take|borrow|leave|return|come', note: 'record who took what' },
    { match: 'track of who|which|what @any? ..2 @accounting-take|borrow|leave|return|come' },
    { match: '@accounting-register-verb|keep track of ..2 =stock|=supplies|=holdings|=assets|=donations|=loans' },
    { match: 'keep|check|monitor|update ..2 stock level|count|list' },
    { match: 'count|tally|audit|log|record ..3 what|everything ..4 @accounting-store', note: 'count what is in the pantry' },
    { match: 'count|tally|audit|inventory the|our|each @accounting-store' },
    { match: 'sign|check out sheet|log|book|record|register|form' },
    // Registers named after what they list, counts of what is left, and who has what.
    { match: '@accounting-holding register|registry|log|logbook|ledger|database|spreadsheet|tracker|inventory', note: 'the seed register, a laptop log' },
    { match: 'list|register|record|log|spreadsheet|sheet|book of which|what|whose ..3 @accounting-holding ..3 out|lent|borrowed|loaned|taken|held|given|loan|have|has|hold|holds', note: 'a list of which tools are out' },
    { match: 'count|counts|tally|tallies|audit|audits|check|checks|weigh|weighs ..3 @accounting-holding ..3 left|remaining|@accounting-store', note: 'count the tins left on the shelves' },
    { match: 'count|tally of ..3 @accounting-holding', note: 'a running count of tins' },
    { match: '@accounting-holding|@goods|@quantification-goods ..3 be|=is|=are|get|=gets catalogue|catalog|register|log|record|list|enter|inventory ..3 in|on|into ..2 register|registry|log|logbook|ledger|database|spreadsheet|inventory|catalogue|catalog|sheet|book', note: 'the passive: tools are logged in a register' },
    { match: 'count|counts|counted|audit|audits|tally|tallies ..2 the|our|all? =stock|=supplies', note: 'not "take stock", which is reflection' },
    { match: '@accounting-register-verb|keep ..6 on hand|in stock' },
    { match: '@accounting-register-verb ..8 and? who|whom ..2 it|they|each ..1 go|goes|went|lent|given|handed to', note: 'noting every blanket and who it went to' },
    { match: '@accounting-register-verb ..8 and? to whom' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'inventory|stock|stocktake @goods|@product|count|level|register|list|sheet|sheets|record|take|ledger', in: 'code', confidence: 'high' },
    { match: '@goods|@product|food|pantry|warehouse|depot|shelf inventory|stock|stocks|register', in: 'code', confidence: 'high' },
    { match: '@accounting-holding|@goods loan|loans|lending|borrowing|checkout', in: 'code', confidence: 'high', note: 'toolLoans' },
    { match: '=stock', in: 'code', confidence: 'low', note: 'a stock map or register by itself' },
    { match: 'on hand', in: 'code', confidence: 'medium', note: 'quantityOnHand' },
    { match: 'received|handed|given @goods|@product|item', in: 'code', confidence: 'medium', note: 'itemsReceived' },
  ],
  otherSenses: [
    'inventory of ..2 idea|skill|feeling|need|assumption|question',
    'take inventory of ..2 yourself|themselves|ourselves',
    'log in|out|on|off',
    'record ..2 a|the? video|song|podcast|album|meeting|talk|call',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'stock price|ticker|market|exchange|option|symbol|photo|image|icon',
  ],
  examples: {
    invalid: [
      'We keep a sheet of which families have collected a heater.',
      'Every donated drill is entered in the register before it goes on the shelf.',
      'Every packet of seeds that comes in or goes out is written into the seed register.',
      'Before each distribution, volunteers count the tins left on the shelves.',
      'The pantry keeps an inventory of every tin on the shelves.',
      'We will track every jar that goes out in a shared spreadsheet.',
      'The tool register will show who borrowed which drill.',
      'Volunteers do a stocktake on the first Monday of the month.',
      'Once a month we count what is in the pantry and post the totals.',
      'We need an accurate record of what we have and where it is kept.',
      { text: '## Equipment\n\nKeep the equipment list up to date and log each item that leaves the shed.\n', kind: 'md' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'const stock = new Map<string, number>([[\'rice\', 120]]);', kind: 'ts' },
      { text: 'export const pantryInventory = { rice: 12, beans: 30 };', kind: 'ts' },
    ],
    valid: [
      'We keep a list of which songs people want to sing.',
      'Every new idea is logged in the meeting notes.',
      'Before the meeting, take stock of how the year went.',
      'Keep a list of what you would like to learn this season.',
      'There is no inventory; people take what is on the shelf.',
      'We will not count the jars or record who took them.',
      'Take an inventory of your own feelings before the meeting.',
      'Log in with your email to read the notes.',
      'Critics argue that without a stock register food will go missing.',
      '> The pantry keeps an inventory of every tin.',
      'Should we list every tool on a spreadsheet?',
      'Make a soup stock from the vegetable peelings.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const stockPrice = await quote("ACME");', kind: 'ts' },
      { text: 'const inventory: string[] = []; // the player\'s items in the game', kind: 'ts' },
    ],
  },
});
