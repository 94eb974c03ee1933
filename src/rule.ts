/**
 * `defineRule`: what every file in rules/ calls. It checks the definition's shape early (a typo in a
 * rule fails at import, in every test) and derives the category, name and docs path from the id.
 */
import type { Category, CitedSection, Rule, RuleDefinition } from './types.js';

export const categories: readonly Category[] = [
  'accounting',
  'quantification',
  'standardization',
  'centralization',
  'transition',
];

/** The essay every rule cites. */
export const WORK = 'Bruno Astarian, Communization as a Way Out of the Crisis (2009)';

/** Every cited section of a rule, its own first: section, title and passages. */
export function citedSections(rule: Pick<RuleDefinition, 'citation'>): CitedSection[] {
  const { section, title, passages, also = [] } = rule.citation;
  return [{ section, title, passages }, ...also];
}

export function defineRule(definition: RuleDefinition): Rule {
  const [category, name, ...rest] = definition.id.split('/');
  if (!category || !name || rest.length > 0 || !categories.includes(category as Category)) {
    throw new Error(`Rule id "${definition.id}" must be category/rule with a known category`);
  }
  if (definition.citation.passages.length === 0) throw new Error(`Rule ${definition.id} cites no passage`);
  if (definition.patterns.length === 0) throw new Error(`Rule ${definition.id} has no pattern`);
  return {
    ...definition,
    category: category as Category,
    name,
    docsPath: `docs/rules/${definition.id}.md`,
  };
}
