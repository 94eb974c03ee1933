import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'accounting/wage',
  description: 'Flags paying people for their activity: wages, salaries, stipends, honoraria, pay rates, paid roles, hiring staff.',
  severity: 'error',
  message: 'This pays people for their activity',
  citation: {
    work: WORK,
    section: '§2.2',
    title: '“Consumption” without Necessity',
    passages: [
      'the proletarians who will engage in communization will do so only after having vainly attempted to obtain a wage or some form of compensation for their activity',
      'What is at stake here is the unpaid activity of the communizers',
    ],
  },
  explanation:
    'Paying someone for what they do makes the activity a means to an income and prices it by time, task or ' +
    'role, which is labour sold as a commodity. The essay places communization after the attempt to get a wage ' +
    'or compensation has failed, and insists on the unpaid activity of those who take part: a paid role brings ' +
    'back the separation between activity and living that value rests on.',
  patterns: [
    { match: 'wage|salary|salaried|stipend|honorarium|honoraria|remuneration|remunerate|remunerative|payroll|paycheck|paycheque|payslip', confidence: 'high' },
    { match: 'pay slip|stub|packet|cheque|check' },
    { match: 'per diem' },
    { match: 'pay|payment|compensation|reward|remuneration rate|scale|grade|band|ratio|differential|structure|policy|equity|gap|rise|raise' },
    { match: 'rate|scale|level of pay|payment|reward|compensation|remuneration' },
    { match: 'hourly|overtime rate|wage|pay|premium' },
    { match: 'time and a half|double time' },
    { match: '=paid|=pay|=salaried|=salary @accounting-employee|staff|work|labour|labor|leave|internship', note: 'paid staff, pay a cook' },
    { match: '@accounting-employee|@worker|everyone ..3 =paid', note: 'drivers are paid' },
    { match: '=paid at|by the? hour|rate|week|month|day|piece|job|task|shift' },
    { match: '=paid|pay ..4 per|an|a|each|by @accounting-activity|piece' },
    { match: 'pay|paid|payment|compensate|compensated|reward|rewarded ..2 for @any? @any? work|labour|labor|service|time|effort|help|contribution|shift|hour|job|task|activity|role' },
    { match: 'payment ..2 to @any? @worker|@accounting-employee' },
    { match: 'hire|hiring ..5 @accounting-employee' },
    { match: 'earn|earning ..3 @accounting-money', note: 'earns eighteen dollars an hour' },
    { match: '=paid|=pays|receive|receives ..3 @accounting-money ..2 an|a|per|each|every hour|shift|day|week|month' },
    { match: '@worker|@accounting-employee ..3 compensated|remunerated' },
    { match: 'day|date|time|month|week|year of hire' },
    { match: 'new|recent =hire|=hires' },
    { match: 'hiring process|freeze|committee|decision|policy|round' },
    { match: 'employ ..4 @accounting-employee' },
    { match: 'employment contract|agreement|status' },
    { match: 'on the payroll' },
    { match: 'compensation' },
    { match: 'compensate ..3 @accounting-employee|@worker|them|you|people' },
    { match: 'living|subsistence|staff|officer|volunteer|attendance|travel allowance' },
    { match: 'earn a living' },
    { match: 'performance|productivity|annual|signing bonus' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'wage|salary|salaries|stipend|honorarium|honoraria|payroll|paycheck|paycheque|remuneration|compensation', in: 'code', confidence: 'high' },
    { match: 'hourly|day|daily pay|rate', in: 'code', confidence: 'high' },
    { match: 'pay rate|grade|scale|per|band', in: 'code', confidence: 'high' },
    { match: 'paid role|position|post|staff|coordinator|organiser|organizer', in: 'code', confidence: 'high' },
    { match: '#multiply @labour-time rate|pay|wage', in: 'code', confidence: 'high', note: 'hours * hourlyRate' },
  ],
  otherSenses: [
    'wage ..2 war|campaign|battle|struggle',
    'compensation for ..2 damage|loss|injury|delay|error|lack',
    'compensate for @any? lack|loss|shortfall|absence|difference|gap|weakness|drop|error|delay',
    'hire ..2 van|hall|room|car|bike|truck|venue|equipment|tent|marquee|boat',
    'pay attention|tribute|respect|homage|heed|visit|off',
    'paid off',
    'reward ..2 curiosity|patience|effort',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'compensation transaction|action|step',
    'frame|sample|bit|refresh|rate limit rate',
  ],
  examples: {
    invalid: [
      'The coordinator receives a monthly stipend from the grant.',
      'Drivers are paid twelve euros per shift.',
      'We will hire a part-time bookkeeper next spring.',
      'Contributors are compensated for their time at a flat rate.',
      'Paid staff run the kitchen on weekdays and volunteers help at weekends.',
      'Overtime is paid at the overtime rate agreed with the union.',
      { text: '## Budget\n\n- Rent: 500\n- Organiser salary: 1200\n', kind: 'md' },
      { text: 'Members with rare skills may claim a higher rate of pay for their work.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const coordinatorRole = { title: \'Coordinator\', salary: 2400 };', kind: 'ts' },
      { text: 'export const pay = (hours: number, hourlyRate: number) => hours * hourlyRate;', kind: 'ts' },
    ],
    valid: [
      'Nobody is paid to cook here, and nobody asks to be.',
      'We refuse wages and stipends alike.',
      'We will hire a van for the move.',
      'Please pay attention to the step at the door.',
      'The union said the firm should raise wages.',
      '> Drivers are paid twelve euros per shift.',
      'Would a stipend for the coordinator be fair?',
      'They wage a long campaign against the landlord.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const db = { compensationTransaction: true };', kind: 'ts' },
      { text: 'export const video = { frameRate: 30 };', kind: 'ts' },
    ],
  },
});
