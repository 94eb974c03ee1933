/**
 * Structural facts of code and data that no single word carries, shared by the code and data
 * front-ends: which words name people, time, or slots in a rota, and whether a map fixes people
 * to posts. The word lists here describe structure (weekdays, what a personal name looks like);
 * the value-logic vocabulary stays in src/lexicon.
 */
import { wordClasses } from '../lexicon/classes.js';
import type { Token } from '../engine/tokens.js';

const classSet = (...names: string[]) => new Set(names.flatMap((n) => wordClasses[n] ?? []));
const peopleWords = classSet('recipient', 'worker');
const timeWords = classSet('labour-time', 'period');

function hasLemmaIn(tokens: readonly Token[], set: ReadonlySet<string>): boolean {
  return tokens.some((t) => t.kind === 'word' && t.lemmas.some((l) => set.has(l)));
}

/** Words that name people (members, volunteers, households…): what a per-person quantity is kept by. */
export function namesPeople(tokens: readonly Token[]): boolean {
  return hasLemmaIn(tokens, peopleWords);
}

/** Words of time periods or labour time: what a rate is taken over. */
export function namesTime(tokens: readonly Token[]): boolean {
  return hasLemmaIn(tokens, timeWords);
}

/** Slots a rota fills: weekdays, parts of the day, shifts. */
const slotWords = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'morning', 'afternoon', 'evening', 'night', 'weekday', 'weekend', 'early', 'late', 'shift',
]);
/** Posts people can be fixed to (where a standing role is a place or a task). */
const postWords = new Set([
  'till', 'door', 'kitchen', 'desk', 'bar', 'front', 'counter', 'van', 'oven', 'store', 'storeroom',
  'warehouse', 'depot', 'driver', 'driving', 'cashier', 'cook', 'baker', 'treasurer', 'secretary',
  'chair', 'coordinator', 'manager', 'lead', 'supervisor', 'dishes', 'cleaning', 'intake', 'packing',
  'delivery', 'deliveries', 'reception', 'security', 'childcare', 'garden', 'books',
]);

function isSlot(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z0-9:]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => slotWords.has(w) || /^\d{1,2}(:\d{2})?(am|pm)?$/.test(w)) &&
    words.some((w) => slotWords.has(w) || /\d/.test(w));
}

function isPost(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.some((w) => postWords.has(w));
}

/** A personal name as written in a plan: one or two capitalised words (`Ana`, `Dara K.`), not a slot. */
function isPersonName(text: string): boolean {
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}(?:\p{Ll}+|\.))?$/u.test(text.trim()) && !isSlot(text) && !isPost(text);
}

/** A key or a value of a map entry; a list value holds several people or slots. */
export type EntryValue = string | readonly string[];

const all = (value: EntryValue, test: (s: string) => boolean) =>
  (typeof value === 'string' ? [value] : value).length > 0 && (typeof value === 'string' ? [value] : value).every(test);

/**
 * Does a map fix people to posts? Two entries or more; on one side slots or posts, on the other
 * personal names (`{ monday: 'Ana', tuesday: 'Ben' }`, `{ Ana: 'till', Ben: 'door' }`).
 */
export function isAssignmentMap(entries: ReadonlyArray<readonly [string, EntryValue]>): boolean {
  if (entries.length < 2) return false;
  const slotOrPost = (s: string) => isSlot(s) || isPost(s);
  const keysPlaces = entries.every(([k]) => slotOrPost(k));
  const valuesPeople = entries.every(([, v]) => all(v, isPersonName));
  const keysPeople = entries.every(([k]) => isPersonName(k));
  const valuesPlaces = entries.every(([, v]) => all(v, slotOrPost));
  return (keysPlaces && valuesPeople) || (keysPeople && valuesPlaces);
}
