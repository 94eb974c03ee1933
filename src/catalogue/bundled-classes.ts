/**
 * The bundled word classes and number words, read without the pattern checker (the engine's
 * tokenizer needs them, and the checker needs the tokenizer): from dist/catalogue.json when built,
 * else straight from rules/classes/*.yml. The full loader validates the same files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtCataloguePath, catalogueRoot, useBuiltCatalogue } from './paths.js';

export interface BundledClasses {
  classes: Record<string, readonly string[]>;
  numberWords: readonly string[];
}

export function readBundledClasses(): BundledClasses {
  if (useBuiltCatalogue) {
    const built = JSON.parse(readFileSync(builtCataloguePath, 'utf8')) as BundledClasses;
    return { classes: built.classes, numberWords: built.numberWords };
  }
  const dir = join(catalogueRoot, 'rules', 'classes');
  const classes: Record<string, readonly string[]> = {};
  let numberWords: readonly string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yml')).sort()) {
    const data = parse(readFileSync(join(dir, name), 'utf8'), { maxAliasCount: 0 }) as { classes?: Record<string, { words: string[] }>; numberWords?: string[] };
    for (const [cls, { words }] of Object.entries(data.classes ?? {})) classes[cls] = words.map((w) => w.toLowerCase());
    if (data.numberWords) numberWords = data.numberWords;
  }
  return { classes, numberWords };
}
