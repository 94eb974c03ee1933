import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'centralization/top-down',
  description: 'Flags headquarters, ministries, central offices and one programme, policy, form or budget rolled out to every locality.',
  severity: 'error',
  message: 'This decides from a centre what every locality will do',
  citation: {
    work: WORK,
    section: '§3.1',
    title: 'The Subtleties of the Counterrevolution',
    passages: [
      'it will only exist as a local problem to be solved by the inhabitants of the neighborhood (no ministry of education!)',
    ],
  },
  explanation:
    'A programme, policy or form decided at a headquarters and applied everywhere treats each place as an ' +
    'instance of one general case, and takes the solving of a problem away from the people who live with it. ' +
    'The essay insists that problems exist only as local ones, solved by the inhabitants themselves, and ' +
    'rejects the ministry that would organise them from above.',
  suggestion: 'Let each place work out its own answer with the people there, and share what worked as a story rather than a rule.',
  patterns: [
    // Top-down as a way of deciding or running things; a bare "top-down" is as often a structure described or a reading order.
    { match: 'top down|top-down planning|plan|plans|decision|decisions|decision-making|control|management|direction|allocation|coordination|command|leadership', confidence: 'high' },
    { match: 'decided|planned|imposed|run|managed|allocated|organised|organized|directed|made|taken|decreed|coordinated ..2 top down|top-down', confidence: 'high' },
    { match: 'headquarters|=hq|=ihq', note: 'a headquarters', confidence: 'low' },
    { match: 'head|central|national|international office|offices|secretariat|administration|command|authority|leadership', confidence: 'high' },
    { match: 'ministry|ministries of @any', note: 'a ministry of something', confidence: 'high' },
    { match: 'centrally planned|decided|set|imposed|managed|run|directed|administered|controlled|organised|organized|determined|coordinated|mandated|issued' },
    { match: 'central|centralised|centralized planning|plan|control|direction|management|decision|decisions|authority|government', confidence: 'high' },
    { match: 'centralise|centralize ..3 decision|decisions|control|planning|authority|policy|policies' },
    { match: 'administered|directed|controlled|governed|coordinated|run|managed ..2 by|from the? @any? headquarters|=hq|=ihq|centre|center|ministry' },
    { match: 'headquarters|=hq|=ihq|head office ..4 @centralization-govern|administer|administers|directs|controls|sets|issues|coordinates|decides' },
    { match: '@centralization-scope|world|nation|country|state|city wide ..3 @centralization-instrument|rollout|roll-out|standard|standards|budget|form' },
    { match: 'nationwide|worldwide|countrywide|statewide|citywide|federation-wide|network-wide ..2 @centralization-instrument|rollout|budget' },
    { match: 'national|international|federal|global|worldwide|central @centralization-instrument', note: 'a national programme, a central policy' },
    { match: 'roll|rolled|rolling|impose|imposed|impose|apply|applied|extend|extended ..2 out? ..3 across|to|in|on all|every|each @centralization-locality', confidence: 'high' },
    { match: 'all|every|each @centralization-locality ..4 must|shall|will ..3 use|adopt|follow|apply|implement|run ..2 same|single|one|common|uniform|standard', confidence: 'high' },
    { match: 'same|single|one|common|uniform @any? @centralization-instrument ..3 for|across|in|to all|every|each of? the|our|its|their? @centralization-locality', confidence: 'high' },
    { match: 'same|single|one|common|uniform|standard @any? of? @centralization-instrument ..6 all|every|each of? the|our|its|their? ..2 @centralization-locality', note: 'one form that every local co-op uses' },
    {
      match: '@centralization-instrument ..3 apply|applies|extend|extends|cover|covers|bind|binds|govern|governs ..2 to|in|across? all|every|each of? the|our|its|their? ..2 @centralization-locality',
      note: 'a policy that applies to every café',
    },
    { match: '@centralization-instrument ..8 all|every|each ..4 in|of|across the|our|its|this|that @centralization-scope', note: 'every chapter in the network' },
    {
      match: 'decide|decides|set|sets|determine|determines|choose|chooses|fix|fixes|dictate|dictates|draw|draws|write|writes ..5 for all|every|each of? the|our|its|their? ..2 @centralization-locality',
      note: 'priorities set for all the locals',
    },
    { match: 'central|head|national|international|federal staff|organisers|organizers|officers|leadership|executive', confidence: 'high' },
    { match: 'come|comes|coming|flow|flows|filter|filters|trickle|trickles down from the? ..2 above|top|centre|center|leadership|office|headquarters|=hq|federation|national' },
    { match: 'coordinate|coordinates|harmonise|harmonize ..3 the? policy|policies|strategy|strategies|budget|budgets' },
    { match: 'general\'*|leader\'*|director\'*|chief\'*|president\'*|chairman\'*|commander\'*|party\'* policy|policies|decision|decisions|directive|directives|orders|line', note: 'the policy of a single head' },
    { match: 'directive|directives|instructions|orders from|by the? above|centre|center|top|headquarters|leadership|national|head' },
    { match: 'handed|passed|sent|cascaded down from? the? above|top|centre|center|leadership' },
    { match: 'handed|passed|sent|cascaded down to ..2 @centralization-locality' },
    { match: 'taken|made|set|planned|fixed|decided|agreed centrally|nationally' },
    { match: 'held|filled|made by appointment' },
    { match: 'autocratic|hierarchical|bureaucratic ..2 administration|structure|management|command', confidence: 'high' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'ministry|headquarters|hq|nationwide|federation-wide', in: 'code', confidence: 'high' },
    { match: 'national|federal|federation|central|global programme|program|policy|plan|budget|office|form|template|rollout', in: 'code', confidence: 'high' },
    { match: 'same|one|single|uniform policy|form|programme|program|budget|template for|across all|every|each', in: 'code', confidence: 'high' },
    { match: 'all|every chapter|chapters|branch|branches|locality|localities|site|sites|region|regions', in: 'code', confidence: 'medium' },
  ],
  otherSenses: [
    'top down view|approach|parsing|parser|design|testing|traversal|recursion|order',
    'central office furniture|supplies',
    'command line|prompt|palette|key|output',
    'policy file|files|object|engine|document|id|schema|configuration|config',
    'same|single|one|common form factor|field',
    'department store|stores',
    'working|work|affinity|study|reading|focus|user|support group|groups|party|parties',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'global|national style|css|state|variable|config|setup|error|handler|font',
  ],
  examples: {
    invalid: [
      'Rotas for every garden will be planned top-down by the steering group.',
      'We want top-down coordination of the winter shelters.',
      'The network writes one body of guidelines that each branch applies.',
      'Head office will roll out the same intake form to every block.',
      'The national office sets one budget for every chapter.',
      'All branches must use the same intake form from March.',
      'The programme will be rolled out to every neighbourhood at once.',
      '## Structure\n\nOur work is administered from headquarters in the capital.',
      'Decisions are taken centrally and passed down to the local groups.',
      '- One policy for all sites, set by head office.',
      { text: 'The federation-wide plan applies to each member co-op without change.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const policy = { nationalIntakeForm: \'v2\', appliesTo: \'all-chapters\' };', kind: 'ts' },
      { text: 'export const hq = { approvesBudgets: true };', kind: 'ts' },
    ],
    valid: [
      'Read the checklist top-down before the first shift.',
      'The wiring diagram is drawn top-down, from the roof to the cellar.',
      'Each branch writes its own guidelines.',
      'There is no head office; each street decides what it needs.',
      'We reject any national programme for the kitchens.',
      'Read the diagram top to bottom.',
      'Type the command line shown in the manual.',
      '> Head office decides everything, the old handbook said.',
      'Back then the chain had a head office in the capital.',
      'Should one policy apply to every garden?',
      'Each neighbourhood writes its own intake notes, if it wants any.',
      'The privacy policy document lists what the website stores.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const globalStyle = { fontSize: 14 };', kind: 'ts' },
      { text: 'export const chapters = [\'north\', \'south\'];', kind: 'ts' },
    ],
  },
});
