/**
 * Word classes that patterns name with `@class`. Data, not code: each entry is a base form
 * (matched through its inflections) unless it starts with `=` (exact word). Multi-word entries are
 * not allowed here; write them in the pattern itself.
 *
 * Keep classes about meaning ("someone who receives goods"), never about one sentence.
 * Classes used by one category's rules live in ./categories/<category>.ts; names must not clash.
 */
import { accountingClasses } from './categories/accounting.js';
import { centralizationClasses } from './categories/centralization.js';
import { quantificationClasses } from './categories/quantification.js';
import { standardizationClasses } from './categories/standardization.js';
import { transitionClasses } from './categories/transition.js';

const sharedClasses: Record<string, readonly string[]> = {
  /** People as recipients or holders: the unit a ration or a right is counted by. */
  recipient: [
    'person', 'people', 'household', 'family', 'member', 'membership', 'individual', 'resident',
    'tenant', 'adult', 'child', 'head', 'patron', 'customer', 'visitor', 'guest', 'client',
    'volunteer', 'participant', 'user', 'home', 'applicant', 'recipient', 'beneficiary', 'share',
    'card', 'cardholder', 'account', 'worker', 'employee',
  ],
  /** Periods a quantity is counted over. */
  period: [
    'day', 'week', 'month', 'year', 'quarter', 'shift', 'night', 'morning', 'evening', 'visit',
    'session', 'season', 'term', 'fortnight', 'weekday', 'weekend', 'daily', 'weekly', 'monthly',
    'yearly', 'annually', 'hour',
  ],
  /** Units of labour time. */
  'labour-time': ['hour', 'minute', '=hrs', '=hr', '=mins', 'overtime', 'timesheet', 'time'],
  /** People doing the activity. */
  worker: [
    'volunteer', 'worker', 'member', 'staff', 'employee', 'driver', 'cook', 'baker', 'operative',
    'helper', 'person', 'people', 'cashier', 'stocker', 'picker', 'packer', 'organizer',
    'organiser', 'carer', 'teacher', 'crew', 'hand', 'shift', 'fte', 'staffer', 'contributor',
  ],
  /** Things produced or handed out. */
  product: [
    'loaf', 'loaves', 'bread', 'meal', 'box', 'parcel', 'package', 'kit', 'bag', 'item', 'unit',
    'portion', 'serving', 'jar', 'zine', 'book', 'garment', 'apron', 'basket', 'bundle', 'plate',
    'bowl', 'dish', 'cup', 'batch', 'piece', 'copy', 'kg', 'kilo', 'pound', 'ton', 'tonne',
    'litre', 'liter', 'crate', 'tray', 'sandwich', 'lunch', 'dinner', 'breakfast', 'hamper',
    'pack', 'packet', 'bike', 'bicycle', 'repair', 'delivery', 'order', 'shirt', 'pair',
  ],
  /** Verbs of making or handing over goods. */
  produce: [
    'produce', 'make', 'bake', 'cook', 'serve', 'deliver', 'sew', 'print', 'build', 'grow',
    'harvest', 'turn', 'pack', 'distribute', 'hand', 'repair', 'fix', 'prepare',
    'manufacture', 'output', 'ship', 'process', 'sell',
  ],
  /** Verbs that keep a record. */
  record: [
    'track', 'log', 'record', 'register', 'count', 'tally', 'note', 'write', 'enter', 'measure',
    'monitor', 'report', 'document', 'audit', 'file', 'keep', 'clock', 'time', 'sign', 'submit',
  ],
  /** Money amounts and currency words. */
  money: [
    'money', 'cash', 'dollar', 'euro', 'pound', 'cent', 'penny', '=$', '=€', '=£', 'fee', 'price',
  ],
  /** Collective governing bodies. */
  body: [
    'committee', 'board', 'council', 'executive', 'directorate', 'politburo', 'presidium',
    'secretariat', 'bureau', 'commission', 'assembly', 'cabinet', 'senate', 'parliament',
    'trustee', 'delegate', 'delegation', 'steering', 'panel', 'body', 'leadership', 'office',
  ],
  /** Verbs of handing out or deciding who gets what. */
  allocate: [
    'allocate', 'distribute', 'apportion', 'assign', 'dispense', 'ration', 'allot', 'decide',
    'share', 'divide', 'hand', 'give', 'send', 'dispatch', 'issue', 'supply', 'route', 'approve',
    'allocation', 'distribution',
  ],
  /** Goods and resources. */
  goods: [
    'good', 'food', 'produce', 'supply', 'resource', 'stock', 'donation', 'grocery', 'item',
    'bread', 'surplus', 'material', 'tool', 'equipment', 'product', 'provision', 'aid', 'clothing',
    'fund', 'money',
  ],
};

export const wordClasses: Record<string, readonly string[]> = {
  ...sharedClasses,
  ...accountingClasses,
  ...quantificationClasses,
  ...standardizationClasses,
  ...centralizationClasses,
  ...transitionClasses,
};

/** Number words a quantity can be spelled with (digits are recognised separately). */
export const numberWords: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
  'thousand', 'million', 'dozen', 'half', 'single', 'couple', 'once', 'twice',
];
