/**
 * Word classes that patterns name with `@class`: data in rules/classes/*.yml (see
 * schema/classes.schema.json). Each entry is a base form (matched through its inflections) unless
 * it starts with `=` (exact word). A rule pack may add classes (src/catalogue/packs.ts); names
 * never clash.
 */
import { readBundledClasses } from '../catalogue/bundled-classes.js';

const bundledClasses = readBundledClasses();

export const wordClasses: Record<string, readonly string[]> = { ...bundledClasses.classes };

/** Number words a quantity can be spelled with (digits are recognised separately). */
export const numberWords: readonly string[] = bundledClasses.numberWords;
