/** Word classes used by the centralization rules (see src/lexicon/classes.ts for the format). */
export const centralizationClasses: Record<string, readonly string[]> = {
  /**
   * Standing bodies that decide for others. Narrower than the shared `body` class: no "body",
   * "office", "panel" or "assembly", whose other senses are common.
   */
  'centralization-body': [
    'committee', 'board', 'council', 'executive', 'directorate', 'politburo', 'presidium',
    'secretariat', 'bureau', 'commission', 'cabinet', 'senate', 'parliament', 'trustee',
    '=delegates', 'delegation', 'junta', 'presidency',
  ],
  /** Verbs of a body deciding or disposing for others. */
  'centralization-govern': [
    'decide', 'allocate', 'distribute', 'approve', 'oversee', 'govern', 'represent', 'manage',
    'direct', 'control', 'supervise', 'administer', 'review', 'determine', 'assign', 'appoint',
    'hire', 'ratify', 'authorise', 'authorize', 'veto', 'rule', 'run', 'coordinate', 'set',
    'apportion', 'allot', 'dispense', 'choose', 'select', 'vet', 'sign', 'approval', 'decision',
    'oversight', 'allocation', 'distribution', 'budget', 'elect', 'nominate',
  ],
  /** Places goods are gathered in to be sent out again. */
  'centralization-centre': [
    'warehouse', 'depot', 'hub', 'storehouse', 'stockroom', 'clearinghouse', 'entrepot',
    'headquarters', '=hq',
  ],
  /** Goods (wider than the shared class: what a pantry network moves about). */
  'centralization-goods': [
    'good', 'food', 'produce', 'supply', 'resource', 'stock', 'donation', 'grocery', 'item',
    'bread', 'surplus', 'material', 'tool', 'equipment', 'product', 'provision', 'aid',
    'clothing', 'vegetable', 'fruit', 'meal', 'parcel', 'box', 'harvest', 'everything',
    'medicine', 'fuel', 'seed',
  ],
  /** The places goods are sent out to from a centre. */
  'centralization-outlet': [
    'pantry', 'pantries', 'kitchen', 'branch', 'site', 'shop', 'store', 'outlet', 'point',
    'group', 'household', 'neighbourhood', 'neighborhood', 'street', 'district', 'member',
    'local', 'locality', 'chapter', 'centre', 'center', 'project', 'garden', 'school', 'shelter',
  ],
  /** Local units that a central programme or policy is imposed on. */
  'centralization-locality': [
    'branch', 'chapter', 'local', 'site', 'pantry', 'pantries', 'kitchen', 'region', 'district',
    'locality', 'neighbourhood', 'neighborhood', 'division', 'affiliate', 'cell', 'country',
    'city', 'town', 'village', 'commune', 'store', 'shop', 'outlet', 'franchise', 'territory',
    'department', 'subsidiary', 'corps', 'congregation', 'cooperative', 'co-operative', 'group',
    'location', 'section', 'circle', 'collective', 'member', 'street', 'block', 'estate', 'ward',
    'borough', 'parish', 'area', 'zone', 'school', 'team',
  ],
  /** What a centre imposes uniformly. */
  'centralization-instrument': [
    'policy', 'programme', 'program', 'plan', 'form', 'budget', 'rule', 'rulebook', 'procedure',
    'protocol', 'template', 'guideline', 'directive', 'process', 'strategy', 'handbook', 'manual',
    'campaign', 'scheme', 'regulation', 'decree', 'mandate', 'instruction', 'order', 'agenda',
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
    'do',
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
    'benefit', 'seat', 'place', 'share', 'card', 'account',
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
  /** Technical subjects whose "must" and "enforce" are specification, not obligation of people. */
  'centralization-technical': [
    'function', 'method', 'macro', 'argument', 'parameter', 'type', 'impl', 'trait', 'expression',
    'closure', 'callback', 'iterator', 'compiler', 'implementation', 'code', 'program', 'struct',
    'enum', 'variant', 'crate', 'module', 'api', 'library', 'signature', 'mirror', 'server',
    'client', 'request', 'response', 'string', 'identifier', 'syntax', 'grammar', 'checker',
    'linter', 'parser', 'binary', 'build', 'test', 'pointer', 'reference', 'lifetime', 'borrow',
    'invariant', 'schema', 'endpoint', 'query', 'regex', 'script', 'browser', 'runtime',
  ],
};
