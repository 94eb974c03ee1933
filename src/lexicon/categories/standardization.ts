/** Word classes used by the standardization rules (see src/lexicon/classes.ts for the format). */
export const standardizationClasses: Record<string, readonly string[]> = {};
