/** Word classes used by the centralization rules (see src/lexicon/classes.ts for the format). */
export const centralizationClasses: Record<string, readonly string[]> = {
  /**
   * Standing bodies that decide for others. Narrower than the shared `body` class: no "body",
   * "office", "panel" or "assembly", whose other senses are common.
   */
  'centralization-body': [
    'committee', 'board', 'council', 'executive', 'directorate', 'politburo', 'presidium',
    'secretariat', 'bureau', 'commission', 'cabinet', 'senate', 'parliament', 'trustee',
    '=delegates', 'delegation', 'junta', 'presidency', 'subcommittee', 'sub-committee', 'governor',
  ],
  /** Verbs of a body deciding or disposing for others. */
  'centralization-govern': [
    'decide', 'allocate', 'distribute', 'approve', 'oversee', 'govern', 'represent', 'manage',
    'direct', 'control', 'supervise', 'administer', 'review', 'determine', 'assign', 'appoint',
    'hire', 'ratify', 'authorise', 'authorize', 'veto', 'rule', 'run', 'coordinate', 'set',
    'apportion', 'allot', 'dispense', 'choose', 'select', 'vet', 'sign', 'approval', 'decision',
    'oversight', 'allocation', 'distribution', 'budget', 'elect', 'nominate',
  ],
  /**
   * What a body does when it stands above others: decides, approves, allocates, assigns, directs.
   * Narrower than `centralization-govern`: no "run", "set", "choose", "represent" or nouns, which a
   * bare mention of a body ("a member running for the committee") also carries.
   */
  'centralization-body-act': [
    'decide', 'allocate', 'distribute', 'approve', 'oversee', 'govern', 'administer', 'supervise',
    'determine', 'assign', 'appoint', 'hire', 'ratify', 'authorise', 'authorize', 'veto',
    'apportion', 'allot', 'dispense', 'vet', 'direct', 'manage', 'control', 'review', 'grant',
    'reject', 'prioritise', 'prioritize', 'adjudicate', 'arbitrate', 'delegate', 'elect',
    'nominate', 'dismiss',
  ],
  /** Places goods are gathered in to be sent out again. */
  'centralization-centre': [
    'warehouse', 'depot', 'hub', 'storehouse', 'stockroom', 'storeroom', 'clearinghouse', 'entrepot',
    'headquarters', '=hq',
  ],
  /**
   * Any place goods can be gathered in. Only a centre in a frame that gathers goods there and
   * sends them out again, or brings everything to one place.
   */
  'centralization-store': [
    'warehouse', 'depot', 'hub', 'storehouse', 'stockroom', 'storeroom', 'store', 'shed', 'hall',
    'garage', 'basement', 'cellar', 'barn', 'office', 'centre', 'center', 'base', 'headquarters',
    'lockup', 'container', 'site', 'room', 'cupboard', 'church', 'building', 'place', 'location',
    'point', 'unit', 'yard', 'kitchen', 'pantry', 'library', 'shop', 'address',
  ],
  /** Verbs that send goods out from where they were gathered. */
  'centralization-dispatch': [
    'send', 'dispatch', 'distribute', 'ship', 'allocate', 'parcel', 'share', 'hand', 'give', 'dole',
    'deliver', 'route', 'divide', 'split', 'apportion', 'ration', 'redistribute', 'farm', 'pass',
    'portion', 'issue', 'supply',
  ],
  /** Goods (wider than the shared class: what a pantry network moves about). */
  'centralization-goods': [
    // Collective names for what is given or made.
    'good', 'food', 'produce', 'supply', 'resource', 'stock', 'donation', 'grocery', 'item',
    'surplus', 'material', 'equipment', 'product', 'provision', 'aid', 'harvest', 'crop',
    'everything', 'gift', 'haul', 'collection', 'leftover', 'excess', 'stuff', 'belongings',
    // Food.
    'bread', 'loaf', 'loaves', 'vegetable', 'veg', 'fruit', 'meal', 'flour', 'rice', 'pasta', 'bean',
    'tin', 'can', 'milk', 'egg', 'meat', 'fish', 'cheese', 'potato', 'apple', 'soup', 'sandwich',
    'cereal', 'oil', 'sugar', 'tea', 'coffee', 'formula', 'snack', 'ingredient', 'dish',
    // Clothing and bedding.
    'clothing', 'clothes', 'garment', 'coat', 'jacket', 'jumper', 'sweater', 'shoe', 'boot', 'sock',
    'glove', 'hat', 'scarf', 'uniform', 'blanket', 'duvet', 'pillow', 'sheet', 'towel', 'mattress',
    'bedding', 'tent', 'tarp', 'nappy', 'nappies', 'diaper',
    // Health and hygiene.
    'medicine', 'medication', 'drug', 'bandage', 'mask', 'soap', 'toiletry', 'toiletries', 'pad',
    'tampon', 'sanitiser', 'sanitizer', 'vitamin',
    // Tools, household things, fuel.
    'tool', 'drill', 'ladder', 'saw', 'hammer', 'spade', 'rake', 'mower', 'cord', 'rope', 'cable',
    'battery', 'bike', 'bicycle', 'furniture', 'chair', 'table', 'bed', 'appliance', 'toy', 'book',
    'laptop', 'computer', 'phone', 'kit', 'fuel', 'firewood', 'wood', 'timber', 'coal', 'gas',
    'paint', 'compost', 'seed', 'seedling', 'plant', 'water',
    // Containers goods travel in.
    'parcel', 'box', 'packet', 'pack', 'package', 'bag', 'crate', 'hamper', 'bundle', 'pallet',
  ],
  /** The places goods are sent out to from a centre. */
  'centralization-outlet': [
    'pantry', 'pantries', 'kitchen', 'branch', 'site', 'shop', 'store', 'outlet', 'point',
    'group', 'household', 'neighbourhood', 'neighborhood', 'street', 'district', 'member',
    'local', 'locality', 'chapter', 'centre', 'center', 'project', 'garden', 'school', 'shelter',
    'camp', 'encampment', 'hostel', 'squat', 'clinic', 'library', 'family', 'ward', 'block',
    'estate', 'building', 'allotment', 'stall', 'market', 'cafe', 'café', 'picket', 'village',
    'town', 'area', 'region', 'zone', 'parish', 'community', 'hub', 'house', 'home', 'cooperative',
    'coop', 'team', 'crew', 'unit', 'station', 'nursery', 'church', 'mosque', 'temple', 'hall',
  ],
  /** Local units that a central programme or policy is imposed on. */
  'centralization-locality': [
    'branch', 'chapter', 'local', 'site', 'pantry', 'pantries', 'kitchen', 'region', 'district',
    'locality', 'neighbourhood', 'neighborhood', 'division', 'affiliate', 'cell', 'country',
    'city', 'town', 'village', 'commune', 'store', 'shop', 'outlet', 'franchise', 'territory',
    'department', 'subsidiary', 'corps', 'congregation', 'cooperative', 'co-operative', 'group',
    'location', 'section', 'circle', 'collective', 'member', 'street', 'block', 'estate', 'ward',
    'borough', 'parish', 'area', 'zone', 'school', 'team', 'cafe', 'café', 'hall', 'centre', 'center',
    'library', 'nursery', 'clinic', 'garden', 'allotment', 'workshop', 'shelter', 'house', 'home',
    'project', 'coop', 'club', 'lodge', 'unit', 'campus', 'office', 'initiative', 'venue', 'crew',
    'household', 'community', 'organisation', 'organization', 'union', 'hub',
  ],
  /** What a centre imposes uniformly. */
  'centralization-instrument': [
    'policy', 'programme', 'program', 'plan', 'form', 'budget', 'rule', 'rulebook', 'procedure',
    'protocol', 'template', 'guideline', 'directive', 'process', 'strategy', 'handbook', 'manual',
    'campaign', 'scheme', 'regulation', 'decree', 'mandate', 'instruction', 'order', 'agenda',
    'toolkit', 'playbook', 'blueprint', 'model', 'curriculum', 'syllabus', 'standard', 'framework',
    'checklist', 'questionnaire', 'contract', 'agreement', 'priority', 'target', 'calendar',
    'timetable', 'schedule', 'method', 'approach', 'constitution', 'charter', 'bylaw', 'code',
    'format', 'system', 'script', 'menu', 'brief', 'briefing',
  ],
  /** Scopes wider than a locality ("federation-wide", "network-wide"). */
  'centralization-scope': [
    'federation', 'network', 'movement', 'organisation', 'organization', 'company', 'union',
    'association', 'country', 'nation', 'system', 'group', 'coalition', 'alliance', 'state',
    'region', 'city', 'province', 'county', 'chapter',
  ],
  /** Activities a person can be made to do. */
  'centralization-duty': [
    'attend', 'complete', 'obtain', 'follow', 'adhere', 'comply', 'undergo', 'sign', 'work',
    'pay', 'contribute', 'participate', 'serve', 'report', 'submit', 'log', 'record', 'wear',
    'perform', 'volunteer', 'register', 'cooperate', 'co-operate', 'obey', 'abide', 'conform',
    'take', 'join', 'donate', 'train', 'fill', 'clean', 'staff', 'cover', 'respect', 'observe',
    'accept', 'commit', 'return', 'bring', 'notify', 'inform', 'apply', 'renew', 'check',
    'do', 'put', 'give', 'help', 'spend', 'host', 'use', 'lead', 'provide', 'maintain', 'read',
    'cook', 'bake', 'deliver', 'collect', 'sweep', 'tidy', 'wash', 'weed', 'mentor', 'supervise',
    'review', 'respond', 'reply', 'answer', 'vote', 'agree', 'pledge', 'swear', 'buy', 'purchase',
    'subscribe', 'lend', 'canvass', 'picket', 'organise', 'organize', 'open', 'lock', 'mow',
    'repair', 'fix', 'babysit', 'chair', 'facilitate', 'mind',
  ],
  /** Tests and checks a person can be made to pass. */
  'centralization-test': [
    'quiz', 'test', 'exam', 'examination', 'check', 'assessment', 'inspection', 'vetting',
    'induction', 'interview', 'screening', 'evaluation', 'audition', 'probation', 'course',
    'training', 'module', 'background', 'dbs', 'trial',
  ],
  /** Papers that prove a status (a certificate held, a licence carried). */
  'centralization-credential': [
    'certificate', 'certification', 'licence', 'license', 'qualification', 'clearance', 'permit',
    'accreditation', 'credential', 'diploma', 'badge', 'dbs',
  ],
  /** Activities as nouns ("attendance is mandatory"). */
  'centralization-duty-noun': [
    'attendance', 'participation', 'presence', 'training', 'induction', 'course', 'certification',
    'volunteering', 'service', 'contribution', 'shift', 'work', 'overtime', 'registration',
    'vetting', 'inspection', 'orientation', 'labour', 'labor', 'duty',
    'attendence', 'cleanup', 'clean', 'check', 'payment', 'dues', 'subscription', 'fee',
  ],
  /** Punishments a collective can impose. */
  'centralization-sanction': [
    'penalty', 'surcharge', 'suspension', 'expulsion', 'demerit', 'punishment',
    'reprimand', 'probation', 'disciplinary', 'penalise', 'penalize', 'punish', 'reprimand',
  ],
  /** What a sanction takes away. */
  'centralization-privilege': [
    'privilege', 'right', 'access', 'membership', 'vote', 'voting', 'borrowing', 'status',
    'benefit', 'seat', 'place', 'share', 'card', 'account', 'spot', 'slot', 'turn', 'key',
    'discount', 'allotment', 'plot', 'room', 'bed', 'locker', 'priority', 'eligibility', 'pass',
    'deposit', 'standing', 'role', 'post', 'permission',
  ],
  /** What a person can be struck off or shut out of as a sanction. */
  'centralization-exclusion': [
    'list', 'rota', 'roster', 'register', 'team', 'group', 'scheme', 'programme', 'program',
    'project', 'membership', 'chat', 'channel', 'forum', 'meeting', 'event', 'space', 'hall',
    'premises', 'building', 'garden', 'plot', 'allotment', 'union', 'coop', 'collective',
    'library', 'shop', 'kitchen', 'pantry', 'network', 'share', 'harvest', 'site', 'workshop',
    'club', 'roll', 'organisation', 'organization', 'association', 'committee',
  ],
  /** People as the subject of a duty or a sanction. */
  'centralization-person': [
    'member', 'volunteer', 'tenant', 'resident', 'household', 'parent', 'carer', 'family',
    'neighbour', 'neighbor', 'contributor', 'maintainer', 'committer', 'participant', 'organiser',
    'organizer', 'worker', 'staff', 'employee', 'driver', 'cook', 'user', 'borrower', 'gardener',
    'holder', 'student', 'trainee', 'newcomer', 'applicant', 'candidate', 'everyone', 'everybody',
    'anyone', 'anybody', 'whoever', 'those', 'people', 'person', 'someone', 'steward', 'reviewer',
    'host', 'facilitator', 'helper', 'mentor', 'plotholder', 'rider', 'cyclist', 'buyer',
    'shopper', 'customer', 'patron', 'guest', 'visitor', 'child', 'adult', 'delegate',
    'representative', 'officer', 'coordinator', 'fixer', 'mechanic', 'repairer', 'teacher',
    'each', 'picketer', 'striker', 'renter', 'lodger', 'occupant',
  ],
  /** Norms people are held to, whose enforcement is compliance ("enforce the rules", "the ban is enforced"). */
  'centralization-norm': [
    'rule', 'policy', 'agreement', 'requirement', 'decision', 'norm', 'boundary', 'ban', 'curfew',
    'quota', 'attendance', 'deadline', 'coc', 'conduct', 'guideline', 'bylaw', 'by-law',
    'constitution', 'charter', 'term', 'condition', 'obligation', 'duty', 'sanction', 'penalty',
    'fine', 'rota', 'schedule', 'hour', 'limit', 'order', 'instruction', 'expectation', 'standard',
  ],
  /** Matters a body decides on: what is "referred to the committee". */
  'centralization-matter': [
    'request', 'application', 'proposal', 'decision', 'dispute', 'complaint', 'appeal', 'purchase',
    'spending', 'expense', 'expenditure', 'grant', 'bid', 'case', 'nomination', 'claim',
    'allocation', 'hire', 'hiring', 'admission', 'budget', 'payment', 'loan', 'booking', 'motion',
  ],
  /** What a post can be made of: the areas one person owns or keeps. */
  'centralization-area': [
    'module', 'component', 'package', 'area', 'part', 'section', 'subsystem', 'service',
    'repository', 'repo', 'crate', 'task', 'job', 'duty', 'post', 'stall', 'corner', 'desk',
    'door', 'phone', 'van', 'key', 'booking', 'account', 'books', 'website', 'inbox', 'newsletter',
    'till', 'kitchen', 'bar', 'counter', 'shift', 'slot', 'role', 'station', 'rota',
  ],
  /** Posts a person can be fixed to. */
  'centralization-post': [
    'cook', 'baker', 'driver', 'treasurer', 'secretary', 'coordinator', 'manager', 'cashier',
    'keyholder', 'caretaker', 'janitor', 'chair', 'chairperson', 'facilitator', 'bookkeeper',
    'storekeeper', 'gatekeeper', 'receptionist', 'staff', 'personnel', 'role', 'post',
    'position', 'job', 'station', 'duty', 'team', 'crew', 'lead', 'leader', 'supervisor',
    'steward', 'greeter', 'dishwasher', 'cleaner', 'worker', 'volunteer', 'employee', 'member',
    'maintainer', 'owner', 'operator', 'organiser', 'organizer', 'administrator', 'admin',
    'officer', 'contact', 'liaison', 'representative', 'clerk', 'guard', 'warden', 'minder',
    'assignment', 'task', 'shift', 'slot', 'area', 'desk', 'counter', 'section', 'stall',
    'bakery', 'kitchen', 'delivery', 'deliveries', 'till', 'door', 'gardener', 'carer',
    'phone', 'phones', 'reception', 'bar', 'van', 'entrance', 'gate',
  ],
  /** Military ranks (not "general", "major", "private" or "officer", whose other senses dominate). */
  'centralization-rank': [
    'lieutenant', 'sergeant', 'corporal', 'colonel', 'brigadier', 'commander', 'commandant',
    'admiral', 'cadet', 'captain', 'marshal', 'commissar', 'adjutant', 'quartermaster',
  ],
  /** Military units. */
  'centralization-unit': [
    'militia', 'brigade', 'battalion', 'platoon', 'regiment', 'squadron', 'troop', 'detachment',
    'legion', 'garrison', 'cohort', 'division', 'column', 'squad', 'unit', 'company', 'corps',
    'army', 'guard', 'patrol', 'detail',
  ],
  /**
   * Technical subjects whose "must" and "enforce" are specification, not obligation of people.
   * Not "code": "the code of conduct must be followed" binds people (software code is an other sense
   * in the compliance rule, by its own collocations).
   */
  'centralization-technical': [
    'function', 'method', 'macro', 'argument', 'parameter', 'type', 'impl', 'trait', 'expression',
    'closure', 'callback', 'iterator', 'compiler', 'implementation', 'program', 'struct',
    'enum', 'variant', 'crate', 'module', 'api', 'library', 'signature', 'mirror', 'server',
    'target', 'platform', 'toolchain', 'backend', 'linker', 'abi', 'ci', 'component', 'dependency',
    'attribute', 'lint', 'clippy', 'rustfmt', 'cargo', 'rustc', 'sanitizer', 'mitigation', 'keyword',
    'operator', 'declaration', 'generic', 'allocator', 'thread', 'float', 'integer', 'bot', 'spec',
    'specification', 'semantics', 'ieee', 'posix', 'unicode', 'codebase', 'kernel', 'hardware',
    'client', 'request', 'response', 'string', 'identifier', 'syntax', 'grammar', 'checker',
    'linter', 'parser', 'binary', 'build', 'test', 'pointer', 'reference', 'lifetime', 'borrow',
    'invariant', 'schema', 'endpoint', 'query', 'regex', 'script', 'browser', 'runtime',
  ],
};
