/** Word classes used by the accounting rules (see src/lexicon/classes.ts for the format). */
export const accountingClasses: Record<string, readonly string[]> = {};
