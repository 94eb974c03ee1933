/** Word classes used by the quantification rules (see src/lexicon/classes.ts for the format). */
export const quantificationClasses: Record<string, readonly string[]> = {};
