/** Word classes used by the centralization rules (see src/lexicon/classes.ts for the format). */
export const centralizationClasses: Record<string, readonly string[]> = {};
