/**
 * Rule packs: a collective's own catalogue (rules/**\/*.yml, sources/*.yml, optional
 * rules/classes/*.yml) in a folder named by the config's `rulePacks`. A pack is loaded with every
 * check of the bundled catalogue, against it (its classes, passages, categories and rule ids are
 * known; the pack's may not clash), then joins the registry so that its rules are listed,
 * explained, configured and reported like the bundled ones.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { wordClasses } from '../lexicon/classes.js';
import { allRules, registerRules } from '../registry.js';
import type { Rule } from '../types.js';
import { bundled } from './bundled.js';
import { loadCatalogue, type Catalogue } from './load.js';
import { CatalogueError } from './problems.js';

const loaded = new Map<string, Catalogue>();

/**
 * Load and check one pack (not registered). Files in messages are named relative to `relativeTo`
 * (default: the working directory).
 */
export function loadRulePack(dir: string, { relativeTo = process.cwd() }: { relativeTo?: string } = {}): Catalogue {
  const root = path.resolve(dir);
  const display = path.relative(relativeTo, root) || '.';
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new CatalogueError([{ file: display, line: 1, column: 1, message: 'rule pack folder not found' }]);
  }
  if (!existsSync(path.join(root, 'rules'))) {
    throw new CatalogueError([{ file: display, line: 1, column: 1, message: 'a rule pack holds rules/<category>/<rule>.yml (and sources/*.yml): no rules/ folder here' }]);
  }
  const catalogue = loadCatalogue(root, {
    relativeTo,
    pack: display,
    knownClasses: wordClasses,
    knownPassages: new Map(bundled.passages.map((p) => [p.id, p])),
    knownCategories: bundled.categories.map((c) => c.id),
    knownRuleIds: new Set(allRules.map((r) => r.id)),
  });
  if (catalogue.rules.length === 0) {
    throw new CatalogueError([{ file: display, line: 1, column: 1, message: 'the rule pack has no rule (rules/<category>/<rule>.yml)' }]);
  }
  return catalogue;
}

/** Load (once per folder) and register the packs; returns their rules. Throws CatalogueError. */
export function useRulePacks(dirs: readonly string[], options: { relativeTo?: string } = {}): Rule[] {
  const out: Rule[] = [];
  for (const dir of dirs) {
    const root = path.resolve(dir);
    let catalogue = loaded.get(root);
    if (!catalogue) {
      catalogue = loadRulePack(root, options);
      // Classes first: the engine compiles the pack's patterns against the shared class table.
      Object.assign(wordClasses, catalogue.classes);
      registerRules(catalogue.rules);
      loaded.set(root, catalogue);
    }
    out.push(...catalogue.rules);
  }
  return out;
}
