import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'quantification/productivity',
  description: 'Flags measuring productivity: output per hour or per person, efficiency of workers, throughput, KPIs, performance reviews.',
  severity: 'error',
  message: 'This measures activity by its productivity',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      '“Production” without productivity is not a productive function properly speaking',
      'how to resume production without work, without productivity or exchange',
    ],
    also: [
      { section: '§3.1', title: 'The Subtleties of the Counterrevolution', passages: ['will not require heroic feats of productivity'] },
    ],
  },
  explanation:
    'Rating people or groups by output per hour, per head or against indicators puts their activity on a ' +
    'single scale where more product in less time is better. That ratio of result to labour is what value ' +
    'measures; the essay says activity that escapes value is production without productivity, valued for ' +
    'the activity and the relations in it rather than the result.',
  suggestion: 'Talk about what people enjoyed, learned or found hard, not about how much each produced.',
  patterns: [
    // "Productivity" alone is as often a remark or a language's ergonomics: it counts as a measure,
    // a goal pushed up, or the productivity of people.
    {
      match: 'productivity gain|gains|target|targets|goal|goals|figure|figures|metric|metrics|measure|measures|measurement|review|reviews|bonus|bonuses|score|scores|data|report|reports|level|levels|standard|standards|rate|rates|per|push|drive',
      confidence: 'high',
    },
    {
      match: 'increase|increases|increasing|boost|boosts|boosting|raise|raises|raising|improve|improves|improving|support|supports|maximise|maximize|maximising|maximizing|measure|measures|measuring|track|tracks|tracking|monitor|monitors|monitoring|drive|drives|driving ..3 productivity',
      confidence: 'high',
    },
    { match: '@worker|@quantification-labour|labour|labor|workforce|worker|employee|programmer|developer|team productivity', confidence: 'high' },
    { match: 'productivity of ..2 @worker|@quantification-labour|labour|labor|workforce|team|teams|group|groups', confidence: 'high' },
    { match: 'kpi|kpis', confidence: 'high' },
    { match: 'key performance indicator|metric', confidence: 'high' },
    { match: 'performance review|appraisal|evaluation|rating|management|bonus|pay|related', confidence: 'high', note: 'HR senses of performance' },
    { match: '@worker|operational|operating|labour|labor|work|staff|production|workforce|team efficiency|output|throughput', note: 'staff efficiency, worker output' },
    { match: '@worker|labour|labor|workforce|staff performance' },
    { match: 'efficiency|output|throughput|performance of ..2 @worker|labour|labor|production|workforce', note: 'output of the workers' },
    { match: 'efficiency of ..2 operations|work|production|labour|labor', note: 'efficiency of operations' },
    { match: 'productive|unproductive|efficient|inefficient|underperforming|low-performing|high-performing @worker' },
    {
      match: 'output|unit|@product @produce? per|an|a|each|every @quantification-staff? hour|minute',
      note: 'loaves per hour, meals served per volunteer hour',
    },
    { match: 'output|production|unit|task|job|@product @produce? per|each @quantification-staff', note: 'bikes repaired per volunteer' },
    {
      match: 'measure|rank|rate|score|evaluate|assess|judge|benchmark|compare|grade|review @any? @quantification-assessed ..3 by|on|against|according to? @any? @product|output|productivity|efficiency|speed|result|performance|throughput',
      confidence: 'high',
      note: 'each kitchen judged by meals served',
    },
    {
      match: '@quantification-assessed ..3 measured|ranked|rated|scored|evaluated|assessed|judged|graded|compared|benchmarked|appraised ..2 by|on|against|according to? @any? @product|output|productivity|efficiency|speed|result|performance|throughput',
      confidence: 'high',
      note: 'drivers are ranked on efficiency',
    },
    { match: 'maximi*|increase|boost|raise|double|triple output|production|productivity|yield', note: 'productivism' },
    {
      match: 'promot*|reward*|bonus*|hire|hiring|hired|fire|fired|dismiss*|sack* ..8 efficiency|productivity|output|performance',
      in: 'prose',
      note: 'promotion based on efficiency',
    },
    { match: 'time and motion|piece rate|piecework|work rate|run rate', note: 'Taylorist measures' },
    // Frames that generalise: output per worker or per unit of labour time, people ranked, pace expected.
    {
      match: '@quantification-goods|@product|@goods|@quantification-make ..4 per @quantification-labour',
      in: 'prose',
      note: 'how many parcels each one packs per volunteer (per household is a ration, not this)',
    },
    {
      match: '@quantification-make ..4 per|every @quantification-labour? hour|minute',
      in: 'prose',
      note: 'complete the most drops per hour',
    },
    {
      match: 'key|performance|success|output|impact indicator|indicators|metric|metrics',
      confidence: 'high',
      note: 'key indicators',
    },
    {
      match: 'rank|ranks|ranked|ranking|rate|rates|rated|score|scores|scored|grade|grades|graded|benchmark|league @any? @quantification-assessed ..2 by|on|according',
      note: 'people ranked by anything is a performance scale',
    },
    {
      match: 'measure|compare|judge|evaluate|assess|review ..1 @any? @quantification-assessed ..3 by|on|against|according to? @any? @quantification-measure',
      note: 'compare the branches by how many parcels',
    },
    {
      match: 'review|reviews|measure|measures|monitor|monitors|track|tracks|assess|assesses|evaluate|evaluates|check|checks|compare|compares ..3 how efficient*|productive*|fast|quickly|hard',
      note: 'reviews how efficiently each parent runs a session',
    },
    { match: 'slow|slower|slowest|fast|faster|fastest|quick|quicker|quickest @quantification-labour', in: 'prose', note: 'slow pickers, the fastest sorters' },
    { match: 'compare|compares|rank|ranks|measure|measures|score|scores ..3 how many|much ..6 each|every|per @quantification-assessed', note: 'compare how many boxes each team packs' },
    { match: 'fewest|most|least|highest|lowest @num? @quantification-goods|@product ..1 per|a|an|each|every @period', in: 'prose', note: 'the crews with the fewest repairs a shift: output ranked per period' },
    {
      match: 'expect|expects|expected|require|requires|required|set|sets|keep|keeps|match|matches|maintain|maintains ..3 pace|speed|tempo|rate ..1 up?',
      in: 'prose',
      note: 'we expect that pace from everyone; keeps its pace up',
    },
    {
      match: 'get|gets|getting|go|goes|going|work|works|working|race|races|racing through ..4 in|within|under @num minute|hour|second',
      in: 'prose',
      note: 'gets through a crate of donations in ten minutes (a cooking time is not a work rate)',
    },
    { match: 'team|sprint|development velocity', note: 'agile output per iteration' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'productivity|throughput|kpi|kpis|efficiency', in: 'code', confidence: 'high' },
    { match: 'performance review|rating|score|metric|appraisal', in: 'code', confidence: 'high' },
    { match: 'task|tasks|item|items|order|orders|job|jobs|delivery|deliveries completed|done|closed|processed|finished', in: 'code', confidence: 'high' },
    { match: '#rate @product|@goods|task|output|order|delivery|item|job|yield', in: 'code', confidence: 'high', note: 'loavesBaked / hoursWorked' },
    { match: '@product|@goods|task|output per @labour-time|@worker|head|capita', in: 'code', confidence: 'high' },
  ],
  otherSenses: [
    'energy|fuel|power|thermal|battery|memory|cpu|runtime|compile|compiler|algorithmic|cache|space|storage|network|water|heat|spectral efficiency',
    'performance of the? code|compiler|program|query|algorithm|app|site|page|build|system|song|play|band|choir',
    'network|disk|io|memory|bandwidth|database|cpu throughput',
    'escape|terminal|angular|orbital|muzzle velocity',
    'performance review of the? play|show|concert|film',
    'output of the? command|program|compiler|function|script|tool|build|test',
    'heart rate',
    'slow|fast|quick cooker|cooking|food|fashion|lane|track|train|burn|release',
    'rate|rates|rated @any? @quantification-assessed ..2 on a scale of',
    'in|within|under @num minute|hour|second walk|drive|ride|bike|cycle|away|from|of',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'web|page|query|cpu|render|lighthouse|network|memory|energy|fuel performance|efficiency|throughput',
    'performance now|mark|measure|observer|api',
  ],
  examples: {
    invalid: [
      'Stewards compare how many parcels every crew sorts.',
      'The shifts with the fewest repairs a day get extra training.',
      'We compare the branches by how many parcels each one packs per volunteer.',
      'The maintainers rank contributors by merged pull requests every month.',
      'The committee will review each volunteer’s productivity every quarter.',
      'We measure the repair shop by bikes fixed per volunteer hour.',
      '- KPI: meals served per shift',
      'Drivers are ranked on efficiency at the end of each month.',
      'The aim is to double output without taking on more people.',
      { text: 'Staff performance reviews happen every spring.', kind: 'txt' },
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export interface PerformanceReview { member: string; tasksCompleted: number }', kind: 'ts' },
      { text: 'export const rate = (loavesBaked: number, hoursWorked: number) => loavesBaked / hoursWorked;', kind: 'ts' },
    ],
    valid: [
      'We talk about how many of us enjoyed the day.',
      'The fewest people come on rainy Mondays.',
      'Some readers worry that productivity and ease of learning pull in different directions.',
      'A shorter syntax would be a real boon for productivity.',
      'She is efficient at explaining the bylaws to newcomers.',
      'Bake the bread in 40 minutes at 200 degrees.',
      'Nobody measures how many bikes anyone fixes.',
      'The new oven has much better energy efficiency.',
      'We dropped the performance reviews.',
      'The choir’s performance of the song was lovely.',
      'Some members worry about productivity; we do not.',
      '> Output per worker rose every year under the old board.',
      'How productive was the meeting, honestly?',
      'Pipe the output of the command into a file.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'const t0 = performance.now();', kind: 'ts' },
      { text: 'export const bytesPerSecond = (bytes: number, seconds: number) => bytes / seconds;', kind: 'ts' },
    ],
  },
});
