/** Word classes used by the quantification rules (see src/lexicon/classes.ts for the format). */
export const quantificationClasses: Record<string, readonly string[]> = {
  /** Activities whose amount a target or a rate is set for ("production target", "sales quota"). */
  'quantification-output': [
    'production', 'output', 'sales', 'baking', 'delivery', 'harvest', 'yield', 'fundraising',
    'collection', 'distribution', 'recruitment', 'throughput', 'volume', 'productivity',
  ],
  /** Words that set an amount to reach. */
  'quantification-target': ['target', 'quota', 'goal', 'objective', 'benchmark', 'norm'],
  /** Calendar words a plan's time scale is written in; "may" is left out (it is mostly a modal). */
  'quantification-date': [
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', '=jan', '=feb', '=mar', '=apr', '=jun', '=jul', '=aug', '=sep', '=sept',
    '=oct', '=nov', '=dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
    'sunday', 'noon', 'midnight', 'tomorrow', 'deadline', 'date', 'end', 'spring', 'summer',
    'autumn', 'winter', 'christmas', 'easter',
  ],
  /** Verbs of taking or being allowed goods: what a ration is counted on. */
  'quantification-take': [
    'take', 'receive', 'get', 'collect', 'borrow', 'have', 'claim', 'pick', 'request', 'order',
    'buy', 'sign', 'check', 'allow', 'entitle', 'permit', 'limit', 'restrict', 'cap', 'reserve',
    'eligible', 'qualify', 'use', 'visit',
  ],
  /** Units goods are counted out in, beyond the shared product class. */
  'quantification-portion': [
    'item', 'thing', 'helping', 'kilo', 'gram', 'litre', 'liter', 'carton', '=cans', 'tin', 'egg',
    'bottle', 'roll', 'bar', 'sack', 'tool', 'book', 'garment', 'nappy', 'diaper', 'voucher', 'coupon',
    'pint', 'glass', 'slice', 'cup', 'bowl', 'portion', 'serving', 'parcel', 'loaf', 'bag', 'box',
    'visit',
  ],
  /** People counted as labour, never as takers of a ration ("meals per volunteer" is productivity). */
  'quantification-labour': [
    'volunteer', 'worker', 'staff', 'staffer', 'employee', 'driver', 'cook', 'baker', 'operative',
    'picker', 'packer', 'cashier', 'stocker', 'crew', 'labourer', 'laborer',
  ],
  /** People who take from a common stock: whom a ration is counted by (not those who work). */
  'quantification-taker': [
    'household', 'family', 'client', 'patron', 'customer', 'visitor', 'guest', 'resident', 'tenant',
    'recipient', 'beneficiary', 'applicant', 'cardholder', 'shopper', 'person', 'individual',
    'borrower', 'subscriber', 'participant', 'student', 'pupil',
    'member', 'user', 'child', 'adult', 'home',
  ],
  /** Bounds on an amount. */
  'quantification-limit': ['limit', 'cap', 'maximum', 'ceiling', 'allowance', 'allocation', 'quota', 'ration'],
  /** What is counted per person without being a ration of goods ("one vote per member"). */
  'quantification-not-goods': [
    'hour', 'minute', '=mins', 'shift', 'vote', 'seat', 'meeting', 'session', 'speaker',
    'representative', 'delegate', 'word', 'character', 'turn', 'time', 'day', 'week',
    'month', 'year', 'night', 'percent', 'point', 'credit', 'share', 'stake', '=hrs', '=hr',
  ],
  /** Staffing units: people or posts counted for a site or a shift. */
  'quantification-staff': [
    'volunteer', 'worker', 'staff', 'staffer', 'employee', 'driver', 'cook', 'baker', 'operative',
    'helper', 'person', 'people', 'cashier', 'stocker', 'picker', 'packer', 'organizer', 'organiser',
    'carer', 'teacher', 'crew', 'hand', 'fte', 'contributor', 'member', 'steward', 'marshal',
    'attendant', 'supervisor', 'lifeguard', 'nurse', 'guard', 'adult', 'chaperone', 'instructor',
    'coordinator', 'position', 'post',
  ],
  /** Units a staffing count is per ("two volunteers per shift"). */
  'quantification-site': [
    'shift', 'site', 'station', 'night', 'day', 'store', 'location', 'kitchen', 'session', 'table',
    'van', 'route', 'team', 'branch', 'pantry', 'floor', 'ward', 'door', 'entrance', 'stall',
    'slot', 'morning', 'evening', 'weekend', 'service', 'trip', 'truck', 'line', 'desk', 'counter',
    'duty', 'call', 'watch',
  ],
  /** Who or what a productivity comparison rates: people and the groups they work in. */
  'quantification-assessed': [
    'volunteer', 'worker', 'staff', 'staffer', 'employee', 'driver', 'cook', 'baker', 'operative',
    'member', 'crew', 'team', 'group', 'kitchen', 'branch', 'store', 'shop', 'site', 'chapter',
    'pantry', 'them', 'everyone', 'everybody', 'person', 'people', 'picker', 'packer', 'cashier',
    'contributor', 'collective', 'department', 'unit', 'shift', 'station',
  ],
};
