/** Word classes used by the standardization rules (see src/lexicon/classes.ts for the format). */
export const standardizationClasses: Record<string, readonly string[]> = {
  /** Goods handed out or made the same for whoever comes: what a standard is set for. */
  'standardization-goods': [
    'box', 'kit', 'pack', 'packet', 'parcel', 'bag', 'hamper', 'basket', 'bundle', 'portion',
    'serving', 'ration', 'meal', 'lunch', 'dinner', 'breakfast', 'plate', 'bowl', 'dish', 'loaf',
    'loaves', 'bread', 'sandwich', 'jar', 'tray', 'garment', 'apron', 'shirt', 'clothing',
    'contents', 'assortment', 'product', 'goods', 'recipe', 'supply', 'supplies', 'issue', 'bike',
    'bicycle', 'furniture', 'uniform',
  ],
  /** Ways a list of goods is fixed in advance, so that requests must fit it. */
  'standardization-list': [
    'menu', '=range', '=ranges', '=line', '=lines', 'lineup', 'assortment', 'selection', 'category',
    'categories', 'catalog', 'catalogue', '=list', '=lists', 'choice', 'option', 'type', 'kind',
    'variety', 'product',
  ],
  /** Statuses people hold and that rights, duties and eligibility are tied to. */
  'standardization-status': [
    'member', 'membership', 'resident', 'citizen', 'adult', 'tenant', 'homeowner',
    'shareholder', 'subscriber', 'employee', 'householder', 'cardholder', 'patron', 'volunteer',
    'worker', 'participant', 'student', 'household',
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
  ],
  /** Kinds of credential a course leads to. */
  'standardization-credential': [
    'certificate', 'certification', 'certified', 'credential', 'licence', 'license', 'diploma',
    'qualification', 'accreditation', 'accredited',
  ],
};
