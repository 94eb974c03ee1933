import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'centralization/militarization',
  description: 'Flags militias, brigades, ranks, commanders, chains of command and military discipline, elected or "revolutionary" ones included.',
  severity: 'error',
  message: 'This organises people militarily, with ranks and command',
  citation: {
    work: WORK,
    section: '§3.2',
    title: 'Reject All Militarization',
    passages: [
      'History does not offer us even one example where militarization, even the most flexible and democratic militarization, did not throw the doors wide open to the counterrevolution.',
    ],
  },
  explanation:
    'Ranks, commanders and chains of command make people answer upward and carry out orders, which ' +
    'separates those who decide from those who act and freezes that separation into a hierarchy. ' +
    'The essay holds that no militarization, however flexible, democratic or revolutionary it is called, ' +
    'has failed to open the way to the counterrevolution.',
  patterns: [
    { match: 'militia|militias|militarise|militarize|militarised|militarized|militarisation|militarization|paramilitary', confidence: 'high' },
    { match: '@centralization-rank', note: 'a military rank', confidence: 'high' },
    { match: 'brigade|brigades|battalion|battalions|platoon|platoons|regiment|regiments|squadron|squadrons|detachment|detachments', confidence: 'high' },
    { match: 'chain|chains|line|lines of command|reporting|authority', confidence: 'high' },
    { match: 'second|third in command', confidence: 'high' },
    { match: 'command structure|structures|hierarchy|post|posts|staff', confidence: 'high' },
    { match: 'under the? command of' },
    { match: 'commanding officer|officers', confidence: 'high' },
    { match: 'military|martial|army|armed|paramilitary discipline|style|lines|structure|structures|hierarchy|order|organisation|organization|command|ranks|rank|drill|drills|fashion|unit|units|wing|group|groups|squad|squads|formation|formations' },
    { match: 'iron|strict|revolutionary|party discipline', in: 'prose' },
    { match: 'discipline ..6 strict|iron|military|army|barracks', in: 'prose' },
    { match: 'armed @centralization-unit|defence|defense|struggle|group|groups|wing|guard|guards|patrol|patrols' },
    { match: 'according to =rank|=ranks', in: 'prose' },
    { match: 'by =rank|=ranks', in: 'prose', confidence: 'low' },
    { match: 'rank|ranks of? lieutenant|sergeant|captain|officer|officers' },
    { match: 'senior|junior|military|officer rank|ranks' },
    { match: 'promote|promoted|promotion|promotions ..4 rank|ranks|grade|grades|seniority|merit|service|based|according', in: 'prose' },
    { match: 'superior|superiors officer|officers', confidence: 'high' },
    { match: 'report|reports|answer|answers directly? to ..2 @centralization-rank|superior|superiors|commander|chief|command' },
    { match: 'chief of staff|=staff', confidence: 'high' },
    { match: 'obey|obeys|follow|follows|execute|carry ..2 orders', confidence: 'high' },
    { match: 'obey|obeys ..2 commands', confidence: 'high' },
    { match: 'salute|salutes|saluting' },
    { match: 'marching orders' },
    { match: 'revolutionary|red|workers|popular|people army|armies|guard|guards' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'militia|militias|brigade|brigades|battalion|platoon|regiment|commander|commanders|lieutenant|sergeant|cadre|cadres|militarization|militarisation', in: 'code', confidence: 'high' },
    { match: 'chain of command', in: 'code', confidence: 'high' },
    { match: 'military|militia rank|ranks|discipline|unit|units', in: 'code', confidence: 'high' },
  ],
  otherSenses: [
    'fire|bucket|food brigade|brigades',
    'higher|lower rank|ranked',
    'rank of a|the? tensor|tensors|matrix|matrices',
    'rank and file',
    'command line|prompt|palette|key|keys|output|name',
    'salvation army',
    'army knife|knives',
    'team|club|ship|boat|house captain|captains',
    'captain|captains of industry',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'command line|palette|pattern|handler',
    'commander js|program',
  ],
  examples: {
    invalid: [
      'The defence group will be organised into brigades with elected commanders.',
      'Each squad reports to a captain, and captains report to the coordinator.',
      '## Security\n\n- We keep a clear chain of command during actions.',
      'Stewards are promoted through the ranks according to seniority.',
      'The neighbourhood militia will guard the depot at night.',
      '- Military discipline applies to everyone on patrol.',
      { text: 'A revolutionary army will protect the communes.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const defence = { brigades: [\'north\', \'south\'], commander: \'Rosa\' };', kind: 'ts' },
      { text: 'export const org = { chainOfCommand: [\'captain\', \'sergeant\'] };', kind: 'ts' },
    ],
    valid: [
      'We reject militias, even elected ones, and any chain of command.',
      'The fire brigade checked the chimney on Tuesday.',
      'Open a terminal and type the command line below.',
      '> The militia kept order, the old pamphlet boasted.',
      'In 1936 the columns elected their officers.',
      'Should the defence group have a commander?',
      'Rank the proposals in whatever order you like at the meeting.',
      'She bought a Swiss army knife for the camping trip.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'import { Command } from \'commander\';', kind: 'ts' },
      { text: 'export const search = { rank: 3 };', kind: 'ts' },
    ],
  },
});
