/** Word classes used by the accounting rules (see src/lexicon/classes.ts for the format). */
export const accountingClasses: Record<string, readonly string[]> = {
  /** Money and currency: what a price, a wage or a debt is counted in. */
  'accounting-money': [
    'money', 'monies', 'cash', 'dollar', 'euro', 'pound', 'cent', 'penny', 'pence', 'quid', 'buck',
    'franc', 'peso', 'rupee', 'yen', 'currency', '=$', '=€', '=£', '=usd', '=eur', '=gbp',
  ],
  /** Units of account handed out for activity (time-bank hours have their own patterns). */
  'accounting-unit': [
    'credit', 'point', 'token', 'voucher', 'coupon', 'stamp', 'chit', 'scrip', 'iou', 'ious',
  ],
  /** Getting or holding units of account. */
  'accounting-earn': [
    'earn', 'accrue', 'accumulate', 'collect', 'gain', 'receive', 'award', 'get', 'bank', 'win',
  ],
  /** Activity that a scheme can reward, pay or count. */
  'accounting-activity': [
    'work', 'shift', 'delivery', 'task', 'service', 'labour', 'labor', 'help', 'hour', '=hour\'s',
    'volunteering', 'contribution', 'job', 'chore', 'repair', 'effort', 'time', 'activity',
    'duty', 'session', 'errand', 'babysitting', 'cooking', 'cleaning', 'gardening',
  ],
  /** Hours, with the possessive that the lemmatiser does not strip ("an hour's work"). */
  'accounting-hour': ['hour', '=hour\'s', '=hours\'', '=hrs', 'minute', '=minute\'s'],
  /** People a workplace hires and pays. */
  'accounting-employee': [
    'manager', 'staff', 'worker', 'employee', 'coordinator', 'organiser', 'organizer', 'director',
    'administrator', 'secretary', 'bookkeeper', 'accountant', 'cleaner', 'contractor', 'freelancer',
    'cook', 'chef', 'baker', 'driver', 'developer', 'person', 'someone', 'assistant', 'intern',
    'caretaker', 'consultant', 'teacher', 'facilitator', 'officer', 'clerk', 'cashier', 'nanny',
    'carer', 'caregiver', 'janitor', 'designer', 'editor', 'writer', 'help', 'crew', 'team',
    'volunteer', 'member', 'apprentice', 'trainee', 'labourer', 'laborer', 'operative', 'position',
    'role', 'post', 'job',
  ],
  /** Verbs of recording labour time (not "write" or "keep": minutes are written, silence is kept). */
  'accounting-time-record': [
    'track', 'log', 'record', 'register', 'count', 'tally', 'enter', 'measure', 'monitor', 'report',
    'document', 'audit', 'clock', 'submit', 'add', 'bank', 'claim',
  ],
  /** Places goods are kept: what a stock count goes through. */
  'accounting-store': [
    'pantry', 'shelf', 'shelves', 'storeroom', 'store', 'cupboard', 'larder', 'freezer', 'fridge',
    'shed', 'warehouse', 'depot', 'stockroom', 'cellar', 'stores', 'stockpile',
  ],
  /** Verbs of keeping a register of things. */
  'accounting-register-verb': [
    'track', 'log', 'record', 'register', 'catalogue', 'catalog', 'inventory', 'tally', 'count',
    'audit',
  ],
  /** Things a register of goods lists. */
  'accounting-holding': [
    'thing', 'item', 'tool', 'jar', 'equipment', 'asset', 'good', 'product', 'stock', 'supply',
    'device', 'book', 'loan', 'donation', 'possession', 'holding', 'belonging', 'furniture',
    'kit', 'tin', 'can', 'bag', 'box', 'parcel', 'package', 'crate', 'ingredient',
    'food', 'grocery', 'provision', 'bike', 'bicycle', 'garment', 'piece', 'unit', 'resource',
    'machine', 'appliance', 'computer', 'laptop', 'phone', 'vehicle', 'seed', 'plant', 'produce',
  ],
  /** People who hold, borrow or receive goods, or owe and are owed. */
  'accounting-party': [
    'who', 'whom', 'whoever', 'everyone', 'everybody', 'anyone', 'somebody', 'someone', 'each',
    'member', 'household', 'family', 'person', 'people', 'volunteer', 'borrower', 'patron',
    'user', 'participant', 'resident', 'tenant', 'neighbour', 'neighbor', 'client', 'customer',
  ],
  /** Verbs of taking, holding or receiving goods. */
  'accounting-take': [
    'take', 'took', 'borrow', 'receive', 'hold', 'get', 'got', 'leave', 'collect', 'pick',
  ],
  /** Verbs of giving into a common pot: what contribution accounting records. */
  'accounting-give': [
    'give', 'gave', 'contribute', 'bring', 'brought', 'donate', 'put', 'pay', 'paid', 'do', 'did',
    'help', 'lend', 'lent', 'cook', 'bake',
  ],
  /** Documents and records of money owed or settled. */
  'accounting-books': [
    'ledger', 'bookkeeping', 'bookkeeper', 'accountant', 'accounting',
  ],
  /** Words describing a price as lowered or set. */
  'accounting-price-kind': [
    'low', 'lower', 'reduced', 'discount', 'discounted', 'cheap', 'cheaper', 'affordable', 'fair',
    'set', 'fixed', 'full', 'member', 'retail', 'wholesale', 'cost', 'sale', 'market',
    'restricted', 'subsidised', 'subsidized', 'special', 'standard', 'ticket', 'entry', 'unit',
    'half', 'resale', 'purchase', 'selling', 'asking', 'bargain', 'concession', 'concessionary',
    'solidarity', 'suggested',
  ],
};
