/** Word classes used by the transition rules (see src/lexicon/classes.ts for the format). */
export const transitionClasses: Record<string, readonly string[]> = {
  /** The value forms a transitional stage keeps "for now" and promises to end later. */
  'transition-value': [
    'money', 'price', 'wage', 'salary', 'pay', 'payment', 'fee', 'charge', 'cost', 'rent',
    'exchange', 'market', 'credit', 'point', 'token', 'voucher', 'euro', 'dollar', 'pound', 'cent',
    'ledger', 'accounting', 'quota', 'ration', 'property', 'ownership', 'state', 'currency',
    'capital', 'profit', 'labour', 'labor', 'work', '=$', '=€', '=£',
    '=dues', 'subscription', 'levy', 'deposit', 'tariff', 'toll', 'tax', 'loan',
    'cash', 'coin', 'bill', 'invoice', 'timebank', 'barter', 'sale', 'sell',
  ],
  /** Workplaces and enterprises that workers may run themselves. */
  'transition-workplace': [
    'factory', 'workplace', 'plant', 'shop', 'enterprise', 'business', 'firm', 'company', 'mill',
    'laundry', 'bakery', 'cafe', 'café', 'restaurant', 'kitchen', 'farm', 'workshop', 'store',
    'cooperative', 'coop', 'co', 'warehouse', 'mine', 'hospital', 'school', 'depot',
    'garage', 'press', 'printworks', 'production', 'work',
    'platform', 'bookshop', 'bookstore', 'bar', 'pub', 'brewery', 'cinema', 'theatre', 'theater',
    'studio', 'clinic', 'hotel', 'nursery', 'daycare', 'dairy', 'venue', 'office', 'agency',
    'service', 'canteen', 'bistro', 'salon', 'site', 'yard', 'foundry',
  ],
  /** People doing the work, who might run the workplace. */
  'transition-workforce': [
    'worker', 'workers', 'employee', 'staff', 'workforce', 'labourer', 'laborer', 'operative',
    'rider', 'courier', 'driver', 'cook', 'baker', 'nurse', 'cleaner', 'machinist', 'miner',
    'crew', 'staffer', 'waiter', 'barista', 'printer', 'weaver',
    // Trades, as a semantic field: the people who do a particular work.
    'brewer', 'carpenter', 'joiner', 'plumber', 'electrician', 'tailor', 'seamstress', 'roaster',
    'picker', 'packer', 'docker', 'builder', 'welder', 'potter', 'cooper', 'chef', 'teacher',
    'carer', 'cyclist', 'mechanic', 'grower', 'farmer', 'fisher', 'fisherman', 'textile', 'cleaner',
  ],
  /** Things that are owned as property (not code, tasks or responsibilities). */
  'transition-property': [
    'land', 'house', 'home', 'building', 'property', 'premises', 'site', 'lot', 'plot', 'farm',
    'farmland', 'orchard', 'garden', 'field', 'housing', 'flat', 'apartment', 'estate', 'freehold',
    'asset', 'share', 'stake', 'equity', 'business', 'company', 'enterprise', 'firm', 'factory',
    'workshop', 'shop', 'store', 'bakery', 'cafe', 'café', 'cooperative',
    'machinery', 'equipment', 'van', 'vehicle', 'truck', 'tractor', 'hall', 'warehouse', 'mill',
    'laundry', 'restaurant', 'means', 'forest', 'woodland', 'allotment', 'dwelling', 'unit',
    'chapel', 'church', 'barn', 'pub', 'cottage', 'centre', 'center', 'hall', 'yard',
    'block', 'tower', 'terrace', 'street', 'flats', 'acre', 'hectare', 'meadow', 'pasture', 'wood',
    'woods', 'quarry', 'mine', 'well', 'turbine', 'panel', 'boat', 'bus', 'fleet', 'kitchen',
    'studio', 'bookshop', 'venue', 'cinema', 'theatre', 'library', 'clinic', 'nursery', 'school',
    'greenhouse', 'allotments', 'garage', 'storefront', 'plant', 'brewery', 'dairy', 'grid',
    'asset', 'holding', 'title', 'deed', 'bike', 'bicycle', 'machine', 'tool', 'boat', 'press',
    'loom', 'oven', 'kiln', 'lorry', 'cart',
  ],
  /** Collective or public holders that ownership is vested in. */
  'transition-owner': [
    'member', 'worker', 'resident', 'tenant', 'community', 'collective', 'trust', 'co', 'coop',
    'cooperative', 'commons', 'state', 'public', 'employee', 'shareholder',
    'producer', 'association', 'neighbourhood', 'neighborhood', 'people', 'city', 'council',
    'municipality', 'homeowner', 'society', 'union', 'nation',
    'government', 'household', 'family', 'clt',
    'commune', 'collective', 'foundation', 'charity', 'federation',
    'village', 'town', 'parish', 'region', 'occupant',
  ],
};
