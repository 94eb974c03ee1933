/** Word classes used by the transition rules (see src/lexicon/classes.ts for the format). */
export const transitionClasses: Record<string, readonly string[]> = {};
