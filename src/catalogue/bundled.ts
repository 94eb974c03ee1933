/**
 * The bundled catalogue (rules/, sources/ of this package), loaded once: the precompiled
 * dist/catalogue.json when built, else the YAML with every check (source mode, under vitest).
 */
import { readFileSync } from 'node:fs';
import type { Rule } from '../types.js';
import { loadCatalogue, type Catalogue, type Passage, type SourceInfo } from './load.js';
import { builtCataloguePath, catalogueRoot, useBuiltCatalogue } from './paths.js';

export interface BuiltCatalogue {
  rules: Rule[];
  classes: Record<string, readonly string[]>;
  numberWords: readonly string[];
  categories: Catalogue['categories'];
  sources: SourceInfo[];
  passages: Passage[];
}

/** What `npm run build` writes to dist/catalogue.json. */
export function buildCatalogue(): BuiltCatalogue {
  const c = loadCatalogue(catalogueRoot);
  return { rules: c.rules, classes: c.classes, numberWords: c.numberWords ?? [], categories: c.categories, sources: c.sources, passages: [...c.passages.values()] };
}

export const bundled: BuiltCatalogue = useBuiltCatalogue
  ? (JSON.parse(readFileSync(builtCataloguePath, 'utf8')) as BuiltCatalogue)
  : buildCatalogue();
