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
    'picker', 'packer', 'cashier', 'stocker', 'crew', 'labourer', 'laborer', 'sorter', 'fixer',
    'mechanic', 'courier', 'rider', 'canvasser', 'maintainer', 'contributor', 'helper', 'operator',
    'head',
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
    // Roles across kinds of collectives: the same count of bodies whatever the task.
    // "grown-ups" and "first-aiders" are read as two words each.
    'grown', 'aider', 'parent', 'caretaker', 'cleaner', 'janitor', 'mechanic', 'fixer', 'repairer',
    'gardener', 'grower', 'sorter', 'runner', 'server', 'waiter', 'chef', 'porter', 'handyman',
    'electrician', 'plumber', 'carpenter', 'builder', 'labourer', 'laborer', 'striker', 'picket',
    'picketer', 'medic', 'interpreter', 'translator', 'facilitator', 'mentor',
    'tutor', 'childminder', 'nanny', 'babysitter', 'maintainer', 'reviewer', 'moderator', 'host',
    'greeter', 'buddy', 'escort', 'spotter', 'canvasser', 'organiser', 'rider', 'cyclist',
    'loader', 'packer', 'shelver', 'librarian', 'receptionist', 'caller', 'marshal', 'body',
    'officer', 'trainer',
  ],
  /** Units a staffing count is per ("two volunteers per shift"). */
  'quantification-site': [
    'shift', 'site', 'station', 'night', 'day', 'store', 'location', 'kitchen', 'session', 'table',
    'van', 'route', 'team', 'branch', 'pantry', 'floor', 'ward', 'door', 'entrance', 'stall',
    'slot', 'morning', 'evening', 'weekend', 'service', 'trip', 'truck', 'line', 'desk', 'counter',
    'duty', 'call', 'watch',
    'round', 'gate', 'picket', 'drop', 'rota', 'stint', 'rotation', 'bay',
  ],
  /** Who or what a productivity comparison rates: people and the groups they work in. */
  'quantification-assessed': [
    'volunteer', 'worker', 'staff', 'staffer', 'employee', 'driver', 'cook', 'baker', 'operative',
    'member', 'crew', 'team', 'group', 'kitchen', 'branch', 'store', 'shop', 'site', 'chapter',
    'pantry', 'them', 'everyone', 'everybody', 'person', 'people', 'picker', 'packer', 'cashier',
    'contributor', 'collective', 'department', 'unit', 'shift', 'station',
    'parent', 'maintainer', 'reviewer', 'sorter', 'fixer', 'mechanic', 'grower', 'gardener',
    'cleaner', 'caretaker', 'host', 'facilitator', 'organiser', 'organizer', 'canvasser',
    'committer', 'developer', 'participant', 'tutor', 'rider', 'courier',
  ],
  /**
   * Goods as a whole semantic field (food, clothing, bedding, household and garden things, tools,
   * fuel, hygiene, books, parts): whatever can be made, handed out or counted out. Broad on purpose:
   * the frames around it (a number, "per household", "a day") carry the value-logic meaning.
   */
  'quantification-goods': [
    // food and drink
    'food', 'meal', 'dinner', 'lunch', 'breakfast', 'supper', 'snack', 'loaf', 'bread', 'roll',
    'bun', 'cake', 'pie', 'pizza', 'soup', 'stew', 'sandwich', 'egg', 'milk', 'cheese', 'butter',
    'flour', 'rice', 'pasta', 'bean', 'lentil', 'grain', 'oat', 'cereal', 'sugar', 'salt', 'oil',
    'tea', 'coffee', 'juice', 'fruit', 'apple', 'orange', 'banana', 'vegetable', 'veg',
    'potato', 'onion', 'carrot', 'tomato', 'cabbage', 'squash', 'pumpkin', 'lettuce', 'herb',
    'meat', 'fish', 'chicken', 'jam', 'honey', 'preserve', 'tin', '=cans', 'jar', 'bottle', 'carton',
    'packet', 'pack', 'bag', 'box', 'parcel', 'hamper', 'crate', 'tray', 'sack', 'portion', 'serving',
    'plate', 'bowl', 'cup', 'slice', 'dozen', 'grocery', 'staple', 'ration', 'voucher', 'coupon',
    // clothing and bedding
    'coat', 'jacket', 'jumper', 'sweater', 'shirt', 't-shirt', 'trouser', 'jeans', 'dress', 'skirt',
    'sock', 'shoe', 'boot', 'glove', 'hat', 'scarf', 'uniform', 'garment', 'clothes', 'clothing',
    'nappy', 'diaper', 'blanket', 'duvet', 'pillow', 'sheet', 'towel', 'quilt', 'sleeping',
    'mattress', 'tent', 'apron', 'mask',
    // household, hygiene, fuel
    'soap', 'shampoo', 'toothpaste', 'toothbrush', 'pad', 'tampon', 'toilet', 'detergent',
    'candle', 'battery', 'bulb', 'coal', 'log', 'firewood', 'wood', 'fuel', 'gas', 'petrol',
    'kettle', 'heater', 'fan', 'lamp', 'chair', 'table', 'bed', 'furniture', 'appliance',
    'toaster', 'radio', 'phone', 'laptop', 'computer', 'bike', 'bicycle', 'wheel', 'tyre', 'tire',
    // garden and workshop
    'seed', 'seedling', 'plant', 'bulb', 'tree', 'bed', 'compost', 'tool', 'spade', 'rake', 'hoe',
    'drill', 'saw', 'hammer', 'ladder', 'cord', 'rope', 'nail', 'screw', 'plank', 'brick', 'tile',
    'panel', 'part', 'spare', 'kit',
    // printed and made things
    'book', 'zine', 'leaflet', 'flyer', 'poster', 'copy', 'issue', 'pamphlet', 'badge', 'banner',
    'toy', 'game', 'puzzle', 'home', 'house', 'flat', 'unit', 'room',
    // generic
    'item', 'thing', 'piece', 'article', 'good', 'product', 'supply', 'provision', 'donation',
    'stuff', 'batch', 'load', 'bundle', 'set',
  ],
  /** Units quantities of goods are measured in ("two hundred kilos of", "300 metres of"). */
  'quantification-unit': [
    'kg', 'kilo', 'kilogram', 'gram', 'g', 'pound', 'lb', 'ton', 'tonne', 'litre', 'liter', 'ml',
    'gallon', 'pint', 'metre', 'meter', 'km', 'mile', 'foot', 'yard', 'square', 'cubic', 'bushel',
    'load', 'crate', 'box', 'bag', 'sack', 'tray', 'batch', 'dozen', 'bundle', 'barrel', 'pallet',
    'truckload', 'vanload', 'carload', 'roll', 'sheet', 'row', 'bed', 'plot',
  ],
  /**
   * Verbs of turning out or finishing work whose amount a target or rate is set for. Verbs of
   * taking (collect, get, pick up) are left out: with a count and a period they are a ration.
   */
  'quantification-make': [
    'produce', 'make', 'bake', 'cook', 'serve', 'deliver', 'sew', 'knit', 'stitch', 'print',
    'build', 'grow', 'harvest', 'pick', 'plant', 'sow', 'pack', 'sort', 'distribute', 'repair',
    'fix', 'mend', 'prepare', 'manufacture', 'output', 'ship', 'process', 'sell', 'finish',
    'complete', 'fill', 'assemble', 'bottle', 'brew', 'roast', 'raise',
    'recruit', 'sign', 'enrol', 'enroll', 'register', 'canvass', 'knock', 'contact', 'leaflet',
    'publish', 'release', 'merge', 'close', 'resolve', 'translate', 'write', 'paint', 'dig', 'lay',
    'install', 'refurbish', 'restore', 'clear', 'clean', 'wash', 'handle', 'turn', 'crank',
    'churn', 'pump', 'give', 'hand', 'bring', 'donate', 'rescue', 'salvage', 'fit',
  ],
  /** What a comparison of people rates them by: amounts and speeds of output. */
  'quantification-measure': [
    'output', 'productivity', 'efficiency', 'speed', 'pace', 'rate', 'result', 'performance',
    'throughput', 'number', 'amount', 'quantity', 'count', 'volume', 'total', 'tally', 'score',
    'figure', 'stat', 'statistic', 'metric', 'how',
  ],
};
