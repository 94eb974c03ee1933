/** Word classes used by the standardization rules (see src/lexicon/classes.ts for the format). */
export const standardizationClasses: Record<string, readonly string[]> = {
  /** Goods handed out or made the same for whoever comes: what a standard is set for. */
  'standardization-goods': [
    'box', 'kit', 'pack', 'packet', 'parcel', 'bag', 'hamper', 'basket', 'bundle', 'portion',
    'serving', 'ration', 'meal', 'lunch', 'dinner', 'breakfast', 'plate', 'bowl', 'dish', 'loaf',
    'loaves', 'bread', 'sandwich', 'jar', 'tray', 'garment', 'apron', 'shirt', 'clothing',
    'contents', 'assortment', 'product', 'goods', 'recipe', 'supply', 'supplies', 'issue', 'bike',
    'bicycle', 'furniture', 'uniform',
    // Containers and sets things are handed out in.
    'toolkit', 'envelope', 'pouch', 'sack', 'crate', 'carton', 'tin', 'bottle', 'package', 'snack',
    'soup', 'stew',
    // Clothing and bedding.
    'coat', 'jacket', 'jumper', 'sweater', 'trousers', 'shoe', 'boot', 'sock', 'hat', 'glove',
    'scarf', 'clothes', 'blanket', 'towel', 'bedding', 'duvet', 'pillow', 'mattress', 'tent',
    // Tools, seeds and household things.
    'seed', 'seedling', 'cord', 'cable', 'kettle', 'lamp', 'pot', 'pan', 'cup', 'mug',
    'bed', 'shelf', 'toy', 'book', 'nappy', 'diaper', 'tampon', 'soap', 'toothbrush', 'medicine',
  ],
  /** Ways a list of goods is fixed in advance, so that requests must fit it. */
  'standardization-list': [
    'menu', '=range', '=ranges', '=line', '=lines', 'lineup', 'assortment', 'selection', 'category',
    'categories', 'catalog', 'catalogue', '=list', '=lists', 'choice', 'option', 'type', 'kind',
    'variety', 'product', 'menu', 'form', 'sheet',
  ],
  /** Statuses people hold and that rights, duties and eligibility are tied to. */
  'standardization-status': [
    'member', 'membership', 'resident', 'citizen', 'adult', 'tenant', 'homeowner',
    'shareholder', 'subscriber', 'employee', 'householder', 'cardholder', 'patron', 'volunteer',
    'worker', 'participant', 'student', 'household',
    // Holders of a place or a stake in a collective.
    'holder', 'plotholder', 'leaseholder', 'parent', 'family', 'renter', 'lodger', 'occupant',
    'borrower', 'gardener', 'supporter', 'stakeholder', 'signatory', 'affiliate',
  ],
  /**
   * Standing places in a collective (not jobs or roles): a duty put on these is a duty of the status.
   * "Drivers must" or "employees are required to" is compliance with a role, not a status.
   */
  'standardization-holder': [
    'member', 'membership', 'tenant', 'resident', 'householder', 'household', 'homeowner', 'holder',
    'plotholder', 'leaseholder', 'shareholder', 'subscriber', 'cardholder', 'parent', 'family',
    'renter', 'occupant', 'lodger', 'citizen', 'neighbour', 'neighbor', 'flat', 'unit', 'home',
  ],
  /** Bodies one joins: membership of these carries conditions. */
  'standardization-collective': [
    'co', 'coop', 'cooperative', 'collective', 'club', 'association', 'union',
    'society', 'group', 'team', 'trust', 'network', 'organisation', 'organization', 'scheme',
    'member', 'community', 'library', 'project',
  ],
  /** People who are trained, certified or credentialled for a role. */
  'standardization-trainee': [
    'volunteer', 'worker', 'staff', 'employee', 'member', 'driver', 'cook', 'teacher', 'trainer',
    'instructor', 'facilitator', 'mediator', 'electrician', 'handler', 'carer', 'caregiver',
    'organizer', 'organiser', 'coordinator', 'leader', 'steward', 'professional', 'practitioner',
    'person', 'people', 'nurse', 'medic', 'operator', 'mechanic',
    'mediator', 'steward', 'rep', 'representative', 'advocate', 'counsellor', 'counselor',
    'tutor', 'mentor', 'guide', 'host', 'chair', 'moderator', 'maintainer', 'reviewer',
    'newcomer', 'recruit', 'apprentice', 'helper', 'caretaker', 'childminder', 'cyclist', 'rider',
    'courier', 'marshal', 'fixer', 'repairer', 'baker', 'gardener', 'parent', 'lifeguard', 'firstaider',
  ],
  /** Kinds of credential a course leads to. */
  'standardization-credential': [
    'certificate', 'certification', 'certified', 'credential', 'licence', 'license', 'diploma',
    'qualification', 'accreditation', 'accredited',
  ],
};
