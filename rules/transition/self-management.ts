import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'transition/self-management',
  description: "Flags self-management and workers' control: workers running their enterprise themselves, without bosses.",
  severity: 'error',
  message: 'This keeps the enterprise and its work, run by the workers instead of the bosses',
  citation: {
    work: WORK,
    section: '§3.1',
    title: 'The Subtleties of the Counterrevolution',
    passages: ['there will be a confrontation over whether to opt for self-management or communization'],
    also: [
      { section: '§2', title: 'Responses to the Crisis and Communization', passages: ['not to return to work without the bosses'] },
    ],
  },
  explanation:
    'Self-management hands the workplace to those who work there but keeps the enterprise, its production ' +
    'and the division between workers and everyone else. The essay sets self-management against ' +
    'communization and counts the wish to return to work without the bosses as a response to the crisis ' +
    'that stops short of abolishing work and value.',
  patterns: [
    { match: 'self manage|managed|managing|management|manages', confidence: 'high' },
    { match: '=autogestion|=autogestión', confidence: 'high' },
    { match: '@transition-workforce control|council|councils|assembly|assemblies|committee|committees|democracy|management|run|managed|controlled|led|governed|owned|owner|owners|cooperative|coop|co', confidence: 'high' },
    { match: '@transition-workplace democracy' },
    { match: 'democratic|collective|workers control|management|ownership of|over ..2 the? @transition-workplace|production|work|enterprise' },
    { match: '@transition-workforce ..8 run|manage|operate|control|direct|govern ..3 =themselves|=ourselves|collectively|democratically|together' },
    { match: '@transition-workforce ..6 take|taking over ..3 the? @transition-workplace|it|them' },
    { match: '@transition-workplace ..4 collectively|democratically|jointly|cooperatively run|managed|operated|controlled|governed' },
    { match: '@transition-workplace ..3 run|managed|controlled|operated|governed by ..2 its|the|their @transition-workforce|=workers' },
    { match: 'take|taking over ..3 the? @transition-workplace' },
    { match: '@transition-workforce ..3 collectively|democratically|jointly|themselves run|manage|control|govern|operate', note: 'the staff collectively manage the bakery' },
    { match: '@transition-workforce ..8 elect|appoint ..3 council|committee|manager|managers|board|delegates', note: 'workers elect their own management' },
    { match: 'run|managed|controlled|owned|governed|decided|taken|made by ..3 those|people|everyone who? =work|=works', note: 'run by the people who work there' },
    { match: 'those|people|everyone|everybody who work|works there|here ..3 decide|run|manage|control|govern|own', note: 'those who work there decide' },
    { match: 'run|operate|manage|organise|organize ..4 as ..2 a|an|their|our|its own? cooperative|coop|co|collective|commune', note: 'run it as their own cooperative' },
    { match: '@transition-workforce =own|=owned|=run|run|=led|=managed cooperative|coop|co|collective|business|enterprise|company|firm', confidence: 'high', note: 'a worker-run cooperative' },
    { match: '@transition-workforce =collective|=cooperative|=coop ..4 run|runs|manage|manages|operate|operates|own|owns', note: 'the riders\' collective runs the service' },
    { match: '=bossless|=bossfree' },
    { match: 'boss free' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'self managed|management|governed|organized|organised', in: 'code', confidence: 'high' },
    { match: 'worker|workers council|control|assembly|owned|cooperative|coop', in: 'code', confidence: 'high', note: 'workersCouncil' },
  ],
  otherSenses: [
    'self managed|hosted ..2 instance|server|hosting|installation|install|deployment|cluster|runner|edition|version|plan|key|keys',
    'self management of @any? time|diabetes|condition|symptoms|pain|health',
    'control plane|flow|group|character|panel|key',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'self managed certificate|cert|key|cluster|node|service|instance|runner',
  ],
  examples: {
    invalid: [
      'At the laundry every decision about shifts and machines is taken by the people who work there.',
      'The riders want to run the delivery platform as their own cooperative, with no managers.',
      "The bakery will be run under workers' control.",
      'After the owner leaves, the staff will take over the café and run it themselves.',
      'Our goal is a self-managed factory with an elected workers council.',
      '- Decisions on production are made by the workers assembly.',
      'The print shop is collectively run by its workers.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export async function decide(workersCouncil: { vote(q: string): Promise<boolean> }) { return workersCouncil; }', kind: 'ts' },
      { text: 'export const shop = { governance: \'self-managed\' };', kind: 'ts' },
    ],
    valid: [
      'Releases are governed by the Working Group on tooling.',
      'After the closure, the workers occupied the plant and restarted production under their own control.',
      'We are not after self-management; we want to stop running a business at all.',
      'Use a self-managed GitLab instance for the wiki.',
      'The workers at the old mill ran it themselves for a year in 1974.',
      'Critics argue that workers should take over the plant.',
      'Food Not Bombs chapters share meals in the park every Sunday.',
      'Could a workers council decide what the mill makes?',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const k8s = { selfManagedNodes: 3 };', kind: 'ts' },
      { text: 'export default { maxWorkers: 4 };', kind: 'ts' },
    ],
  },
});
