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
  /**
   * Activity that a scheme can reward, pay or count: the kinds of work collectives share out
   * (household, garden, care, repair, logistics, organising, software), and the stints they come in.
   */
  'accounting-activity': [
    'work', 'shift', 'delivery', 'task', 'service', 'labour', 'labor', 'help', 'hour', '=hour\'s',
    'volunteering', 'contribution', 'job', 'chore', 'repair', 'effort', 'time', 'activity',
    'duty', 'session', 'errand', 'stint', 'turn', 'afternoon', 'morning', 'evening', 'weekend',
    // household and kitchen
    'cooking', 'cleaning', 'baking', 'washing', 'laundry', 'tidying', 'dishwashing', 'housework',
    // garden and land
    'gardening', 'weeding', 'digging', 'planting', 'watering', 'harvesting', 'composting', 'mowing',
    // care
    'babysitting', 'childcare', 'childminding', 'minding', 'caring', 'care', 'tutoring',
    'teaching', 'coaching', 'mentoring', 'nursing',
    // repair and making
    'mending', 'fixing', 'repairing', 'sewing', 'knitting', 'building', 'painting', 'decorating',
    'maintenance',
    // logistics
    'driving', 'delivering', 'picking', 'packing', 'sorting', 'stacking', 'loading', 'unloading',
    'shopping', 'stocking', 'serving',
    // organising and software
    'organising', 'organizing', 'canvassing', 'leafleting', 'picketing', 'stewarding', 'admin',
    'paperwork', 'coding', 'reviewing', 'triage', 'triaging', 'moderation', 'translating',
    'translation', 'documentation',
  ],
  /** Hours, with the possessive that the lemmatiser does not strip ("an hour's work"). */
  'accounting-hour': ['hour', '=hour\'s', '=hours\'', '=hrs', 'minute', '=minute\'s'],
  /** People a workplace hires and pays: posts, trades, care and organising roles. */
  'accounting-employee': [
    'manager', 'staff', 'worker', 'employee', 'coordinator', 'organiser', 'organizer', 'director',
    'administrator', 'secretary', 'bookkeeper', 'accountant', 'cleaner', 'contractor', 'freelancer',
    'cook', 'chef', 'baker', 'driver', 'developer', 'person', 'someone', 'assistant', 'intern',
    'caretaker', 'consultant', 'teacher', 'facilitator', 'officer', 'clerk', 'cashier', 'nanny',
    'carer', 'caregiver', 'janitor', 'designer', 'editor', 'writer', 'help', 'crew', 'team',
    'volunteer', 'member', 'apprentice', 'trainee', 'labourer', 'laborer', 'operative', 'position',
    'role', 'post', 'job',
    // care and teaching
    'childminder', 'minder', 'babysitter', 'sitter', 'tutor', 'mentor', 'coach', 'trainer',
    'instructor', 'nurse', 'doula', 'midwife', 'therapist', 'counsellor', 'counselor',
    // trades and logistics
    'mechanic', 'plumber', 'electrician', 'builder', 'carpenter', 'gardener', 'grower', 'farmer',
    'repairer', 'courier', 'rider', 'packer', 'picker', 'stocker', 'porter', 'helper', 'barista',
    'waiter', 'bartender', 'translator', 'interpreter',
    // organising and software
    'steward', 'treasurer', 'moderator', 'maintainer', 'contributor', 'programmer', 'engineer',
    'striker', 'picket', 'canvasser', 'researcher', 'artist', 'musician', 'performer',
  ],
  /** Verbs of recording labour time (not "write" or "keep": minutes are written, silence is kept). */
  'accounting-time-record': [
    'track', 'log', 'record', 'register', 'count', 'tally', 'enter', 'measure', 'monitor', 'report',
    'document', 'audit', 'clock', 'submit', 'add', 'bank', 'claim', 'note', 'jot', 'total',
    'write',
  ],
  /** Places goods are kept: what a stock count goes through. */
  'accounting-store': [
    'pantry', 'shelf', 'shelves', 'storeroom', 'store', 'cupboard', 'larder', 'freezer', 'fridge',
    'shed', 'warehouse', 'depot', 'stockroom', 'cellar', 'stores', 'stockpile',
  ],
  /** Verbs of keeping a register of things. */
  'accounting-register-verb': [
    'track', 'log', 'record', 'register', 'catalogue', 'catalog', 'inventory', 'tally', 'count',
    'audit', 'note', 'write', 'enter', 'tick',
  ],
  /**
   * Things a register of goods lists, a price is asked for or a swap gives: the whole field of
   * goods a collective holds or hands out. Words with a common other sense (key, sheet, table,
   * room, file, card) are left out.
   */
  'accounting-holding': [
    'thing', 'item', 'equipment', 'asset', 'good', 'product', 'stock', 'supply', 'device', 'loan',
    'donation', 'possession', 'holding', 'belonging', 'stuff', 'unit', 'resource', 'material',
    // containers and portions
    'jar', 'tin', 'bag', 'box', 'parcel', 'package', 'packet', 'pack', 'crate', 'basket',
    'bottle', 'sack', 'tub', 'punnet', 'tray', 'bucket', 'pot', 'bundle', 'hamper', 'bunch',
    'portion', 'plate', 'bowl', 'cup', 'slice', 'loaf', 'loaves', 'piece', 'pair', 'kit',
    // food
    'food', 'grocery', 'provision', 'ingredient', 'produce', 'meal', 'bread', 'rice', 'pasta',
    'flour', 'bean', 'lentil', 'oil', 'milk', 'egg', 'cheese', 'vegetable', 'veg', 'fruit',
    'apple', 'potato', 'onion', 'soup', 'sandwich', 'cereal', 'coffee', 'tea', 'sugar', 'meat',
    'fish', 'jam', 'honey', 'drink',
    // garden
    'seed', 'seedling', 'plant', 'bulb', 'cutting', 'sapling', 'compost', 'crop', 'allotment',
    // clothing and bedding
    'clothes', 'clothing', 'garment', 'coat', 'jacket', 'jumper', 'sweater', 'cardigan', 'hoodie',
    'shirt', 'trousers', 'jeans', 'dress', 'skirt', 'shoe', 'boot', 'sock', 'glove', 'mitten',
    'hat', 'scarf', 'uniform', 'nappy', 'nappies', 'diaper', 'blanket', 'duvet', 'quilt',
    'pillow', 'towel', 'mattress', 'tent', 'fabric', 'yarn', 'wool', 'thread', 'cloth',
    // tools and parts
    'tool', 'drill', 'ladder', 'hammer', 'spanner', 'wrench', 'screwdriver', 'mower',
    'strimmer', 'washer', 'sander', 'trolley', 'wheelbarrow', 'spade', 'shovel', 'rake', 'hose',
    'cord', 'rope', 'cable', 'battery', 'charger', 'tyre', 'tire', 'spare', 'timber', 'plank',
    'brick', 'paint',
    // household, books and toys
    'furniture', 'chair', 'sofa', 'cot', 'pram', 'buggy', 'pushchair', 'highchair', 'toy',
    'book', 'kettle', 'cooker', 'heater', 'lamp', 'pan', 'appliance', 'machine',
    // electronics and transport
    'computer', 'laptop', 'phone', 'tablet', 'printer', 'camera', 'projector', 'bike', 'bicycle',
    'vehicle', 'car', 'van', 'trailer', 'scooter', 'helmet',
    // housing
    'home', 'house', 'flat', 'apartment', 'garage',
    // care and hygiene
    'medicine', 'medication', 'soap', 'shampoo', 'toothpaste', 'tampon',
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
