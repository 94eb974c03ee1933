/** Every rule, in catalogue order, and lookups by id. */
import { rules } from '../rules/index.js';
import type { Rule } from './types.js';

export const allRules: readonly Rule[] = rules;
export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
