/**
 * Every rule, in catalogue order, and lookups by id: the bundled catalogue (rules/*.yml, see
 * src/catalogue/), then the rules of any rule pack a configuration loaded (src/catalogue/packs.ts).
 */
import { bundled } from './catalogue/bundled.js';
import type { Rule } from './types.js';

const rules: Rule[] = [...bundled.rules];
const byId = new Map<string, Rule>(rules.map((r) => [r.id, r]));

export const allRules: readonly Rule[] = rules;
export const ruleById: ReadonlyMap<string, Rule> = byId;
export const bundledRules: readonly Rule[] = bundled.rules;

/** Add a rule pack's rules (ids already checked unique at load); a pack loaded twice adds nothing. */
export function registerRules(added: readonly Rule[]): void {
  for (const rule of added) {
    if (byId.has(rule.id)) continue;
    rules.push(rule);
    byId.set(rule.id, rule);
  }
}
